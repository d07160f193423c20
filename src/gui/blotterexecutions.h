#pragma once

// The executions blotter: every fill as it arrives, with the orders
// blotter's filter bar (without states), sorting on raw values, CSV export
// and column choices kept in QSettings.

#include "blotterpanel.h"

namespace ordo {

class BlotterFilterBar;
class ExecutionFilterProxy;
class ExecutionModel;

class ExecutionBlotter final : public BlotterPanel {
    Q_OBJECT
public:
    ExecutionBlotter(ExecutionModel* executions, QWidget* parent = nullptr);
    ~ExecutionBlotter() override;

    ExecutionFilterProxy* proxy() const { return m_proxy; }
    BlotterFilterBar* filterBar() const { return m_filter; }

private:
    void updateCount();
    void noteNew(int first, int last);

    ExecutionModel* m_executions;
    ExecutionFilterProxy* m_proxy = nullptr;
    BlotterFilterBar* m_filter = nullptr;
};

}  // namespace ordo
