#pragma once

// The executions blotter: every fill as it arrives, with the orders
// blotter's filter bar (without states), sorting on raw values, CSV export
// and column choices kept in QSettings.

#include <QWidget>

class QAction;
class QTableView;

namespace ordo {

class BlotterFilterBar;
class ExecutionFilterProxy;
class ExecutionModel;
class HeaderSettings;

class ExecutionBlotter final : public QWidget {
    Q_OBJECT
public:
    ExecutionBlotter(ExecutionModel* executions, QWidget* parent = nullptr);
    ~ExecutionBlotter() override;

    ExecutionFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    BlotterFilterBar* filterBar() const { return m_filter; }
    QAction* exportAction() const { return m_export; }
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    void saveSettings();

signals:
    void instrumentSelected(const QString& symbol);
    void message(const QString& text);

private:
    void updateCount();
    void noteNew(int first, int last);

    ExecutionModel* m_executions;
    ExecutionFilterProxy* m_proxy = nullptr;
    BlotterFilterBar* m_filter = nullptr;
    QTableView* m_view = nullptr;
    HeaderSettings* m_header = nullptr;
    QAction* m_export = nullptr;
};

}  // namespace ordo
