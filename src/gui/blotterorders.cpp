#include "blotterorders.h"

#include "blotterdelegate.h"
#include "blotterfilterbar.h"
#include "blotterproxy.h"
#include "ordermodel.h"
#include "replacedialog.h"

#include "oms/lifecycle.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <set>

namespace ordo {

bool canCancel(OrderStatus s)
{
    return allows(s, LifecycleEvent::CancelRequested);
}

bool canReplace(OrderStatus s)
{
    return allows(s, LifecycleEvent::ReplaceRequested);
}

OrderBlotter::OrderBlotter(EngineHost& host, OrderModel* orders, QWidget* parent)
    : BlotterPanel(parent)
    , m_host(host)
    , m_orders(orders)
{
    setObjectName(QStringLiteral("orderBlotter"));
    m_proxy = new BlotterProxy(orders, this);
    m_filter = new BlotterFilterBar(this);
    m_filter->setObjectName(QStringLiteral("orderFilterBar"));
    setUpView(m_proxy, QStringLiteral("ordersView"), m_filter);
    auto* tree = new BlotterTreeDelegate(m_view);
    m_view->setItemDelegateForColumn(OrderModel::ColId, tree);
    connect(tree, &BlotterTreeDelegate::toggleRequested, this, [this](const QModelIndex& index) {
        if (const OrderSnapshot* o = m_proxy->orderAt(index.row()))
            m_proxy->setExpanded(o->id, !m_proxy->isExpanded(o->id));
    });

    setUpColumns({{OrderModel::ColId, 86}, {OrderModel::ColTime, 96}, {OrderModel::ColSymbol, 70},
                  {OrderModel::ColSide, 52}, {OrderModel::ColType, 70}, {OrderModel::ColQuantity, 78},
                  {OrderModel::ColLimit, 74}, {OrderModel::ColStop, 64}, {OrderModel::ColTif, 44},
                  {OrderModel::ColStatus, 128}, {OrderModel::ColFilled, 74}, {OrderModel::ColLeaves, 74},
                  {OrderModel::ColAvgPrice, 80}, {OrderModel::ColAccount, 70}, {OrderModel::ColStrategy, 76},
                  {OrderModel::ColTrader, 70}, {OrderModel::ColVenue, 62}, {OrderModel::ColClOrdId, 130},
                  {OrderModel::ColDisplayQty, 64}, {OrderModel::ColParent, 60}, {OrderModel::ColUpdated, 96}},
                 OrderModel::ColTime, Qt::DescendingOrder, QStringLiteral("blotter/ordersHeader"),
                 // Shown on demand from the header's menu.
                 {OrderModel::ColStop, OrderModel::ColDisplayQty, OrderModel::ColParent, OrderModel::ColUpdated,
                  OrderModel::ColClOrdId});

    const bool mayTrade = host.config().role != Role::Analyst;
    m_cancel = new QAction(tr("&Cancel selected"), this);
    m_cancel->setShortcut(QKeySequence::Delete);
    // Only while the table has the focus: Delete in the filter bar edits text.
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancel->setEnabled(false);
    m_cancel->setVisible(mayTrade);
    connect(m_cancel, &QAction::triggered, this, &OrderBlotter::cancelSelected);
    m_view->addAction(m_cancel);

    m_replace = new QAction(tr("&Modify (cancel/replace)…"), this);
    m_replace->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_replace->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_replace->setEnabled(false);
    m_replace->setVisible(mayTrade);
    connect(m_replace, &QAction::triggered, this, &OrderBlotter::replaceCurrent);
    m_view->addAction(m_replace);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this, mayTrade](const QModelIndex& index) {
        const OrderSnapshot* o = m_proxy->orderAt(index.row());
        if (mayTrade && o && canReplace(o->status))
            replaceCurrent();
    });

    setUpExport(tr("&Export orders to CSV…"), QStringLiteral("orders"), [](int rows, const QString& path) {
        return tr("%n order row(s) written to %1", nullptr, rows).arg(path);
    });
    m_expandAll = new QAction(tr("E&xpand all"), this);
    connect(m_expandAll, &QAction::triggered, this, [this] { m_proxy->setAllExpanded(true); });
    m_collapseAll = new QAction(tr("C&ollapse all"), this);
    connect(m_collapseAll, &QAction::triggered, this, [this] { m_proxy->setAllExpanded(false); });
    m_findAction = m_filter->addFindAction(this);
    m_findAction->setText(tr("Filter"));

    connect(m_filter, &BlotterFilterBar::criteriaChanged, m_proxy, &BlotterProxy::setCriteria);
    connect(m_proxy, &BlotterProxy::matchingCountChanged, this, &OrderBlotter::updateCount);
    connect(m_orders, &OrderModel::batchApplied, this,
            [this](const std::vector<int>&, int first, int count) { noteNewOrders(first, count); });
    // Orders changing under a selection change what it can cancel, but a
    // recount walks the whole selection: a few times a second is enough,
    // however many batches arrive (a user's own selection change is at once).
    auto* recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(200);
    connect(recount, &QTimer::timeout, this, &OrderBlotter::updateActions);
    connect(m_orders, &OrderModel::batchApplied, recount, [recount] {
        if (!recount->isActive())
            recount->start();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrderBlotter::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        // Layout changes move the current row with its order; only a
        // different order is a new choice.
        const OrderSnapshot* o = m_proxy->orderAt(current.row());
        const OrderId id = o ? o->id : kNoOrder;
        if (id == m_currentOrder)
            return;
        m_currentOrder = id;
        if (o)
            emit instrumentSelected(o->symbol);
    });
    noteNewOrders(0, m_orders->rowCount());
    updateCount();
}

OrderBlotter::~OrderBlotter() = default;

QList<OrderId> OrderBlotter::selectedOrders() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<OrderId> ids;
    for (int r : rows)
        if (const OrderSnapshot* o = m_proxy->orderAt(r))
            ids << o->id;
    return ids;
}

int OrderBlotter::cancelSelected()
{
    if (m_host.config().role == Role::Analyst)
        return 0;
    QList<OrderId> ids;
    int finished = 0;
    for (OrderId id : selectedOrders()) {
        const OrderSnapshot* o = m_orders->find(id);
        if (o && canCancel(o->status))
            ids << id;
        else
            ++finished;
    }
    if (ids.isEmpty()) {
        if (finished > 0)
            emit message(tr("Nothing to cancel: the selected orders are finished or already being cancelled."));
        return 0;
    }
    if (ids.size() > 1) {
        const int n = static_cast<int>(ids.size());
        bool go = false;
        if (m_confirm) {
            go = m_confirm(n);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Cancel orders"), tr("Cancel %1 working orders?").arg(n),
                            QMessageBox::NoButton, this);
            box.setInformativeText(tr("Each is cancelled at its venue; whatever fills before the cancel arrives "
                                      "stays filled."));
            QPushButton* yes = box.addButton(tr("Cancel %1 orders").arg(n), QMessageBox::AcceptRole);
            box.setDefaultButton(box.addButton(tr("Keep them"), QMessageBox::RejectRole));
            box.exec();
            go = box.clickedButton() == yes;
        }
        if (!go)
            return 0;
    }
    for (OrderId id : ids)
        m_host.cancelOrder(id);
    emit message(finished > 0 ? tr("Cancel sent for %n order(s); %1 finished or pending skipped.", nullptr,
                                   static_cast<int>(ids.size()))
                                    .arg(finished)
                              : tr("Cancel sent for %n order(s).", nullptr, static_cast<int>(ids.size())));
    return static_cast<int>(ids.size());
}

ReplaceDialog* OrderBlotter::replaceCurrent()
{
    if (m_host.config().role == Role::Analyst)
        return nullptr;
    const OrderSnapshot* o = m_proxy->orderAt(m_view->currentIndex().row());
    if (!o) {
        const QList<OrderId> selected = selectedOrders();
        o = selected.size() == 1 ? m_orders->find(selected.front()) : nullptr;
    }
    if (!o || !canReplace(o->status))
        return nullptr;
    const Instrument* instrument = nullptr;
    for (const InstrumentConfig& ic : m_host.config().instruments)
        if (QString::fromStdString(ic.instrument.symbol) == o->symbol)
            instrument = &ic.instrument;
    auto* dialog = new ReplaceDialog(*o, instrument, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplaceDialog::replaceRequested, this, [this](quint32 id, const OrderAmendment& amendment) {
        m_host.modifyOrder(id, amendment);
        emit message(tr("Replace sent for order %1.").arg(id));
    });
    dialog->open();
    return dialog;
}

void OrderBlotter::addContextActions(QMenu& menu)
{
    updateActions();
    if (m_cancel->isVisible()) {
        menu.addAction(m_cancel);
        menu.addAction(m_replace);
        menu.addSeparator();
    }
    menu.addAction(m_expandAll);
    menu.addAction(m_collapseAll);
    menu.addSeparator();
}

void OrderBlotter::updateActions()
{
    int cancellable = 0;
    for (OrderId id : selectedOrders())
        if (const OrderSnapshot* o = m_orders->find(id); o && canCancel(o->status))
            ++cancellable;
    m_cancel->setEnabled(cancellable > 0);
    m_cancel->setText(cancellable > 1 ? tr("&Cancel %n selected orders", nullptr, cancellable) : tr("&Cancel selected"));
    const OrderSnapshot* current = m_proxy->orderAt(m_view->currentIndex().row());
    m_replace->setEnabled(current && canReplace(current->status));
}

void OrderBlotter::updateCount()
{
    m_filter->setCounts(m_proxy->matchingCount(), m_orders->rowCount(), tr("%1 orders"), tr("%1 of %2 orders"));
}

void OrderBlotter::noteNewOrders(int first, int count)
{
    for (int r = first; r < first + count; ++r) {
        const OrderSnapshot* o = m_orders->orderAt(r);
        if (!o)
            continue;
        m_filter->addCompletion(BlotterFilterBar::Field::Symbol, o->symbol);
        m_filter->addCompletion(BlotterFilterBar::Field::Account, o->account);
        m_filter->addCompletion(BlotterFilterBar::Field::Strategy, o->strategy);
        m_filter->addCompletion(BlotterFilterBar::Field::Venue, o->venue);
        m_filter->addCompletion(BlotterFilterBar::Field::Trader, o->trader);
    }
}

}  // namespace ordo
