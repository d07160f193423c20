#pragma once

// The trader's main window: the live order blotter, positions and alerts,
// fed by EngineHost's snapshot batches. Window layout persists in QSettings.

#include "enginehost.h"

#include <QMainWindow>
#include <QPointer>
#include <QMap>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QAction;

namespace ordo {

class OrderModel;
class OrderBlotter;
class ExecutionBlotter;
class ExecutionModel;
class PositionBlotter;
class PositionModel;
class AlertModel;
class LadderFeed;
class FixCockpit;
class ReconciliationDialog;
class LadderWidget;
class OrderTicket;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(EngineHost& host, QStringList configProblems, QWidget* parent = nullptr);
    ~MainWindow() override;

    OrderModel* orderModel() const { return m_orders; }
    QTableView* orderView() const;
    OrderBlotter* blotter() const { return m_blotter; }
    ExecutionModel* executionModel() const { return m_executions; }
    // Opens a depth ladder docked on the right: for symbol, else the
    // instrument chosen last, else the first configured. Several may be open.
    LadderWidget* openLadder(const QString& symbol = {});
    QList<LadderWidget*> ladders() const;
    // The docked order ticket; it follows instrumentSelected.
    OrderTicket* ticket() const { return m_ticket; }

signals:
    // A row was chosen somewhere (blotter, positions): linked ladders and the
    // ladder action follow that instrument.
    void instrumentSelected(const QString& symbol);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void onStarted(const StartupReport& report);
    void onControls(const QList<ControlSnapshot>& controls);
    void enterOrder();
    void engageKillSwitch();
    void rearm();
    void updateCounts();
    QTableView* makeView(QAbstractItemModel* model, const QString& name);
    void setUpLadders();
    void followInstrument(const QString& symbol);
    LadderWidget* addLadder(const QString& symbol, const QString& dockName);
    void saveLadders() const;

    EngineHost& m_host;
    QStringList m_configProblems;
    OrderModel* m_orders = nullptr;
    PositionModel* m_positions = nullptr;
    AlertModel* m_alerts = nullptr;
    ExecutionModel* m_executions = nullptr;
    OrderBlotter* m_blotter = nullptr;
    ExecutionBlotter* m_executionBlotter = nullptr;
    PositionBlotter* m_positionBlotter = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_journalLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_venueLabel = nullptr;
    FixCockpit* m_cockpit = nullptr;
    ReconciliationDialog* m_reconciliation = nullptr;
    QMap<QString, ReconciliationPhase> m_reconciling;  // by venue, the latest report's phase
    void updateVenueLabel();
    void openMassCancel();
    void reportKillSwitch(const QList<ControlSnapshot>& controls);
    QString m_killReported;  // the kill switch outcome last reported
    QAction* m_massCancelAction = nullptr;
    QMap<QString, SessionSnapshot> m_sessions;
    QAction* m_killAction = nullptr;
    QAction* m_rearmAction = nullptr;
    QAction* m_newOrderAction = nullptr;
    OrderTicket* m_ticket = nullptr;
    LadderFeed* m_ladderFeed = nullptr;
    QList<QPointer<LadderWidget>> m_ladders;  // a closed ladder's dock deletes it
    QString m_selectedSymbol;
    int m_ladderSerial = 0;
};

}  // namespace ordo
