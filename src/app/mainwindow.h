#pragma once

// The trader's main window: the live order blotter, positions and alerts,
// fed by EngineHost's snapshot batches. Window layout persists in QSettings.

#include "enginehost.h"

#include <QMainWindow>
#include <QMap>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QAction;

namespace ordo {

class OrderModel;
class PositionModel;
class AlertModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(EngineHost& host, QStringList configProblems, QWidget* parent = nullptr);
    ~MainWindow() override;

    OrderModel* orderModel() const { return m_orders; }
    QTableView* orderView() const { return m_orderView; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void onStarted(const StartupReport& report);
    void onControls(const QList<ControlSnapshot>& controls);
    void enterOrder();
    void cancelSelected();
    void engageKillSwitch();
    void rearm();
    void updateCounts();
    QTableView* makeView(QAbstractItemModel* model, const QString& name);

    EngineHost& m_host;
    QStringList m_configProblems;
    OrderModel* m_orders = nullptr;
    PositionModel* m_positions = nullptr;
    AlertModel* m_alerts = nullptr;
    QSortFilterProxyModel* m_orderProxy = nullptr;
    QTableView* m_orderView = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_journalLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_venueLabel = nullptr;
    QMap<QString, SessionSnapshot> m_sessions;
    QAction* m_killAction = nullptr;
    QAction* m_rearmAction = nullptr;
    QAction* m_newOrderAction = nullptr;
};

}  // namespace ordo
