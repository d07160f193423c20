#include "blotterexecutions.h"

#include "blotterfilterbar.h"
#include "executionmodel.h"

namespace ordo {

ExecutionBlotter::ExecutionBlotter(ExecutionModel* executions, QWidget* parent)
    : BlotterPanel(parent)
    , m_executions(executions)
{
    setObjectName(QStringLiteral("executionBlotter"));
    m_proxy = new ExecutionFilterProxy(executions, this);
    m_filter = new BlotterFilterBar(this);
    m_filter->setObjectName(QStringLiteral("executionFilterBar"));
    m_filter->setStatesShown(false);
    setUpView(m_proxy, QStringLiteral("executionsView"), m_filter);
    setUpColumns({{ExecutionModel::ColTime, 96}, {ExecutionModel::ColOrder, 60}, {ExecutionModel::ColExecId, 120},
                  {ExecutionModel::ColSymbol, 70}, {ExecutionModel::ColSide, 52}, {ExecutionModel::ColQuantity, 74},
                  {ExecutionModel::ColPrice, 74}, {ExecutionModel::ColNotional, 100},
                  {ExecutionModel::ColLiquidity, 70}, {ExecutionModel::ColFees, 70}, {ExecutionModel::ColAccount, 70},
                  {ExecutionModel::ColVenue, 62}, {ExecutionModel::ColStrategy, 76}, {ExecutionModel::ColTrader, 70}},
                 ExecutionModel::ColTime, Qt::DescendingOrder, QStringLiteral("blotter/executionsHeader"));
    setUpExport(tr("E&xport executions to CSV…"), QStringLiteral("executions"), [](int rows, const QString& path) {
        return tr("%n execution row(s) written to %1", nullptr, rows).arg(path);
    });
    m_filter->addFindAction(this);

    connect(m_filter, &BlotterFilterBar::criteriaChanged, this, [this](const OrderCriteria& c) {
        m_proxy->setCriteria(c);
        updateCount();
    });
    connect(m_executions, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        noteNew(first, last);
        updateCount();
    });
    followCurrentInstrument(m_proxy);
    noteNew(0, m_executions->rowCount() - 1);
    updateCount();
}

ExecutionBlotter::~ExecutionBlotter() = default;

void ExecutionBlotter::updateCount()
{
    m_filter->setCounts(m_proxy->rowCount(), m_executions->rowCount(), tr("%1 executions"),
                        tr("%1 of %2 executions"));
}

void ExecutionBlotter::noteNew(int first, int last)
{
    for (int r = first; r <= last; ++r) {
        const ExecutionSnapshot* x = m_executions->executionAt(r);
        if (!x)
            continue;
        m_filter->addCompletion(BlotterFilterBar::Field::Symbol, x->symbol);
        m_filter->addCompletion(BlotterFilterBar::Field::Account, x->account);
        m_filter->addCompletion(BlotterFilterBar::Field::Venue, x->venue);
        if (const OrderSnapshot* o = m_executions->orderOf(*x)) {
            m_filter->addCompletion(BlotterFilterBar::Field::Strategy, o->strategy);
            m_filter->addCompletion(BlotterFilterBar::Field::Trader, o->trader);
        }
    }
}

}  // namespace ordo
