#include "blotterexecutions.h"

#include "blotterfilterbar.h"
#include "blotterheader.h"
#include "blotterview.h"
#include "executionmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace ordo {

ExecutionBlotter::ExecutionBlotter(ExecutionModel* executions, QWidget* parent)
    : QWidget(parent)
    , m_executions(executions)
{
    setObjectName(QStringLiteral("executionBlotter"));
    m_proxy = new ExecutionFilterProxy(executions, this);
    m_filter = new BlotterFilterBar(this);
    m_filter->setObjectName(QStringLiteral("executionFilterBar"));
    m_filter->setStatesShown(false);
    m_view = createBlotterView(m_proxy, QStringLiteral("executionsView"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    QHeaderView* header = m_view->horizontalHeader();
    const QList<QPair<int, int>> widths = {
        {ExecutionModel::ColTime, 96}, {ExecutionModel::ColOrder, 60}, {ExecutionModel::ColExecId, 120},
        {ExecutionModel::ColSymbol, 70}, {ExecutionModel::ColSide, 52}, {ExecutionModel::ColQuantity, 74},
        {ExecutionModel::ColPrice, 74}, {ExecutionModel::ColNotional, 100}, {ExecutionModel::ColLiquidity, 70},
        {ExecutionModel::ColFees, 70}, {ExecutionModel::ColAccount, 70}, {ExecutionModel::ColVenue, 62},
        {ExecutionModel::ColStrategy, 76}, {ExecutionModel::ColTrader, 70}};
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ExecutionModel::ColTime, Qt::DescendingOrder);
    m_header = new HeaderSettings(header, QStringLiteral("blotter/executionsHeader"));
    m_header->restore();

    m_export = new QAction(tr("E&xport executions to CSV…"), this);
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path = exportViewInteractively(m_view, QStringLiteral("executions"));
        if (!path.isEmpty())
            emit message(tr("%n execution row(s) written to %1", nullptr, m_proxy->rowCount()).arg(path));
    });
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->quickEdit()->setFocus();
        m_filter->quickEdit()->selectAll();
    });
    addAction(find);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_export);
        menu.addMenu(m_header->makeMenu(&menu));
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_filter, &BlotterFilterBar::criteriaChanged, this, [this](const OrderCriteria& c) {
        m_proxy->setCriteria(c);
        updateCount();
    });
    connect(m_executions, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        noteNew(first, last);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                const QString symbol = current.data(roles::Symbol).toString();
                if (!symbol.isEmpty() && m_proxy->mapToSource(current).row() != m_proxy->mapToSource(previous).row())
                    emit instrumentSelected(symbol);
            });
    noteNew(0, m_executions->rowCount() - 1);
    updateCount();
}

ExecutionBlotter::~ExecutionBlotter() = default;

void ExecutionBlotter::saveSettings()
{
    m_header->save();
}

bool ExecutionBlotter::exportCsv(const QString& path, QString* error) const
{
    return exportView(m_view, path, error);
}

void ExecutionBlotter::updateCount()
{
    const QLocale locale;
    const int total = m_executions->rowCount();
    const int shown = m_proxy->rowCount();
    m_filter->setCountText(shown == total ? tr("%1 executions").arg(locale.toString(total))
                                          : tr("%1 of %2 executions").arg(locale.toString(shown), locale.toString(total)));
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
