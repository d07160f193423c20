#include "blotterproxy.h"

#include "ordermodel.h"

#include <algorithm>

namespace ordo {
namespace {

template<typename T> int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareOrders(const OrderSnapshot& x, const OrderSnapshot& y, int column)
{
    switch (static_cast<OrderModel::Column>(column)) {
    case OrderModel::ColId: return threeWay(x.id, y.id);
    case OrderModel::ColTime: return threeWay(x.createdTime, y.createdTime);
    case OrderModel::ColUpdated: return threeWay(x.updatedTime, y.updatedTime);
    case OrderModel::ColSymbol: return x.symbol.compare(y.symbol, Qt::CaseInsensitive);
    case OrderModel::ColSide: return threeWay(int(x.side), int(y.side));
    case OrderModel::ColType: return threeWay(int(x.type), int(y.type));
    case OrderModel::ColQuantity: return threeWay(x.quantity, y.quantity);
    case OrderModel::ColLimit: return threeWay(x.limitPrice, y.limitPrice);
    case OrderModel::ColStop: return threeWay(x.stopPrice, y.stopPrice);
    case OrderModel::ColTif: return threeWay(int(x.tif), int(y.tif));
    case OrderModel::ColStatus: return threeWay(statusRank(x.status), statusRank(y.status));
    case OrderModel::ColFilled: return threeWay(x.cumQty, y.cumQty);
    case OrderModel::ColLeaves: return threeWay(x.leavesQty, y.leavesQty);
    case OrderModel::ColAvgPrice: return threeWay(x.avgPrice, y.avgPrice);
    case OrderModel::ColAccount: return x.account.compare(y.account, Qt::CaseInsensitive);
    case OrderModel::ColStrategy: return x.strategy.compare(y.strategy, Qt::CaseInsensitive);
    case OrderModel::ColTrader: return x.trader.compare(y.trader, Qt::CaseInsensitive);
    case OrderModel::ColVenue: return x.venue.compare(y.venue, Qt::CaseInsensitive);
    case OrderModel::ColClOrdId: return x.clOrdId.compare(y.clOrdId);
    case OrderModel::ColText: return x.text.compare(y.text, Qt::CaseInsensitive);
    case OrderModel::ColDisplayQty: return threeWay(x.displayQty, y.displayQty);
    case OrderModel::ColParent: return threeWay(x.parentId, y.parentId);
    case OrderModel::ColumnCount: break;
    }
    return 0;
}

}  // namespace

BlotterProxy::BlotterProxy(OrderModel* source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    Q_ASSERT(source);
    connect(m_source, &OrderModel::batchApplied, this, &BlotterProxy::onBatch);
    connect(m_source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    // Whatever the source holds already arrives as one batch.
    if (const int n = m_source->rowCount())
        onBatch({}, 0, n);
}

int BlotterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_flat.size());
}

int BlotterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

Qt::ItemFlags BlotterProxy::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

int BlotterProxy::sourceRow(int proxyRow) const
{
    return proxyRow >= 0 && proxyRow < static_cast<int>(m_flat.size()) ? m_flat[std::size_t(proxyRow)] : -1;
}

int BlotterProxy::proxyRow(int sourceRow) const
{
    return sourceRow >= 0 && sourceRow < static_cast<int>(m_proxyRow.size()) ? m_proxyRow[std::size_t(sourceRow)] : -1;
}

QModelIndex BlotterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int s = sourceRow(proxyIndex.row());
    return s < 0 ? QModelIndex() : m_source->index(s, proxyIndex.column());
}

QModelIndex BlotterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int p = proxyRow(sourceIndex.row());
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

const OrderSnapshot* BlotterProxy::orderAt(int proxyRow) const
{
    return m_source->orderAt(sourceRow(proxyRow));
}

int BlotterProxy::rowOfOrder(OrderId id) const
{
    return proxyRow(m_source->rowOf(id));
}

int BlotterProxy::depth(int proxyRow) const
{
    const int s = sourceRow(proxyRow);
    int d = 0;
    for (int r = s < 0 ? -1 : m_parent[std::size_t(s)]; r >= 0; r = m_parent[std::size_t(r)])
        ++d;
    return d;
}

QVariant BlotterProxy::data(const QModelIndex& index, int role) const
{
    const int s = index.isValid() && index.model() == this ? sourceRow(index.row()) : -1;
    if (s < 0)
        return {};
    switch (role) {
    case roles::Depth: return depth(index.row());
    case roles::ChildCount: {
        if (!m_hasKids[std::size_t(s)])
            return 0;
        const auto it = m_visibleKids.constFind(s);
        return it == m_visibleKids.constEnd() ? 0 : static_cast<int>(it->size());
    }
    case roles::Expanded: return bool(m_expanded[std::size_t(s)]);
    case roles::LastChild: {
        const int p = m_parent[std::size_t(s)];
        const auto it = p < 0 ? m_visibleKids.constEnd() : m_visibleKids.constFind(p);
        return it != m_visibleKids.constEnd() && !it->empty() && it->back() == s;
    }
    default: return m_source->data(m_source->index(s, index.column()), role);
    }
}

QVariant BlotterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return m_source->headerData(section, orientation, role);
}

void BlotterProxy::grow(int rows)
{
    const auto n = static_cast<std::size_t>(rows);
    if (m_parent.size() >= n)
        return;
    m_parent.resize(n, -1);
    m_match.resize(n, 0);
    m_visible.resize(n, 0);
    m_expanded.resize(n, m_expandNew);
    m_hasKids.resize(n, 0);
    m_mark.resize(n, 0);
    m_topPos.resize(n, -1);
    m_proxyRow.resize(n, -1);
}

int BlotterProxy::rootOf(int row) const
{
    while (m_parent[std::size_t(row)] >= 0)
        row = m_parent[std::size_t(row)];
    return row;
}

bool BlotterProxy::attach(int child, int parent)
{
    // A parent chain that leads back to the child would make a cycle: a bad
    // snapshot must not hang the GUI, so the child stays at the top.
    for (int r = parent; r >= 0; r = m_parent[std::size_t(r)])
        if (r == child)
            return false;
    m_parent[std::size_t(child)] = parent;
    std::vector<int>& kids = m_children[parent];
    if (kids.empty())
        m_expanded[std::size_t(parent)] = m_expandNew;
    kids.push_back(child);
    m_hasKids[std::size_t(parent)] = 1;
    return true;
}

bool BlotterProxy::before(int a, int b) const
{
    if (m_sortColumn >= 0) {
        const int c = compareOrders(*m_source->orderAt(a), *m_source->orderAt(b), m_sortColumn);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    // Ties in arrival order, newest first when descending: a strict order
    // keeps the rows from jumping between equal keys.
    return m_sortOrder == Qt::AscendingOrder || m_sortColumn < 0 ? a < b : a > b;
}

void BlotterProxy::sortChildren(std::vector<int>& rows) const
{
    std::sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
}

bool BlotterProxy::rebuildSubtree(int row)
{
    bool visible = m_match[std::size_t(row)];
    const auto kids = m_hasKids[std::size_t(row)] ? m_children.constFind(row) : m_children.constEnd();
    if (kids != m_children.constEnd()) {
        std::vector<int> shown;
        for (int c : *kids)
            if (rebuildSubtree(c))
                shown.push_back(c);
        if (shown.empty()) {
            m_visibleKids.remove(row);
        } else {
            visible = true;
            sortChildren(shown);
            m_visibleKids.insert(row, std::move(shown));
        }
    }
    m_visible[std::size_t(row)] = visible;
    return visible;
}

void BlotterProxy::appendBlock(int row, std::vector<int>& out) const
{
    out.push_back(row);
    if (!m_hasKids[std::size_t(row)] || !m_expanded[std::size_t(row)])
        return;
    const auto kids = m_visibleKids.constFind(row);
    if (kids != m_visibleKids.constEnd())
        for (int c : *kids)
            appendBlock(c, out);
}

std::vector<int> BlotterProxy::flatten() const
{
    std::vector<int> out;
    out.reserve(m_flat.size() + 64);
    for (int t : m_top)
        appendBlock(t, out);
    return out;
}

void BlotterProxy::rebuildTopPositions(const std::vector<int>& previousTop)
{
    for (int t : previousTop)
        m_topPos[std::size_t(t)] = -1;
    for (std::size_t i = 0; i < m_top.size(); ++i)
        m_topPos[std::size_t(m_top[i])] = static_cast<int>(i);
}

void BlotterProxy::onBatch(const std::vector<int>& changedRows, int firstNewRow, int newRows)
{
    grow(m_source->rowCount());
    const int matchingBefore = m_matching;

    std::vector<int> touched;  // rows whose subtree must be looked at again
    touched.reserve(changedRows.size() + std::size_t(newRows));
    for (int r : changedRows) {
        const bool m = matches(m_criteria, *m_source->orderAt(r));
        if (m != bool(m_match[std::size_t(r)])) {
            m_matching += m ? 1 : -1;
            m_match[std::size_t(r)] = m;
        }
        touched.push_back(r);
    }
    const int end = firstNewRow + newRows;
    for (int r = firstNewRow; r < end; ++r) {
        const bool m = matches(m_criteria, *m_source->orderAt(r));
        m_match[std::size_t(r)] = m;
        m_matching += m;
        touched.push_back(r);
    }

    // Links for the new orders. A parent in the same batch is already in the
    // source, whichever comes first in it.
    bool structural = false;
    std::vector<int> leftTop;  // top-level rows that became children
    for (int r = firstNewRow; r < end; ++r) {
        const OrderSnapshot& o = *m_source->orderAt(r);
        if (o.parentId != kNoOrder && o.parentId != o.id) {
            const int p = m_source->rowOf(o.parentId);
            if (p < 0)
                m_waiting[o.parentId].push_back(r);
            else if (p != r)
                attach(r, p);
        }
        const auto waiting = m_waiting.find(o.id);
        if (waiting != m_waiting.end()) {
            const std::vector<int> kids = std::move(*waiting);
            m_waiting.erase(waiting);
            for (int c : kids) {
                if (m_parent[std::size_t(c)] >= 0 || !attach(c, r))
                    continue;
                if (m_topPos[std::size_t(c)] >= 0) {
                    leftTop.push_back(c);
                    structural = true;
                }
            }
        }
    }

    std::vector<int> roots;
    for (int r : touched) {
        const int t = rootOf(r);
        if (!m_mark[std::size_t(t)]) {
            m_mark[std::size_t(t)] = 1;
            roots.push_back(t);
        }
    }

    std::vector<int> changedProxyRows;
    for (int t : roots) {
        const bool was = m_topPos[std::size_t(t)] >= 0;
        const bool now = rebuildSubtree(t);
        if (!was && !now)
            continue;
        if (was != now) {
            structural = true;
            continue;
        }
        if (structural)
            continue;
        const auto pos = static_cast<std::size_t>(m_topPos[std::size_t(t)]);
        const bool ordered = (pos == 0 || before(m_top[pos - 1], t)) && (pos + 1 == m_top.size() || before(t, m_top[pos + 1]));
        if (!ordered) {
            structural = true;
            continue;
        }
        // In place only if its rows (itself and its shown descendants) are
        // exactly those already there.
        std::vector<int> block;
        appendBlock(t, block);
        const auto at = static_cast<std::size_t>(m_proxyRow[std::size_t(t)]);
        const std::size_t next = at + block.size();
        if (next > m_flat.size() || !std::equal(block.begin(), block.end(), m_flat.begin() + std::ptrdiff_t(at))
            || (next < m_flat.size() && m_parent[std::size_t(m_flat[next])] >= 0)) {
            structural = true;
            continue;
        }
    }

    if (structural) {
        const std::vector<int> previousTop = m_top;
        for (int c : leftTop)
            m_mark[std::size_t(c)] = 1;  // out of the top level, like the roots about to be placed again
        std::vector<int> keep;
        keep.reserve(m_top.size());
        for (int t : m_top)
            if (!m_mark[std::size_t(t)])
                keep.push_back(t);
        for (int c : leftTop)
            m_mark[std::size_t(c)] = 0;
        for (int t : roots)
            m_mark[std::size_t(t)] = 0;
        std::vector<int> placed;
        for (int t : roots)
            if (m_parent[std::size_t(t)] < 0 && m_visible[std::size_t(t)])
                placed.push_back(t);
        std::sort(placed.begin(), placed.end(), [this](int a, int b) { return before(a, b); });
        // Merge by binary search: O(k log n) comparisons for k placed rows
        // into n kept ones, instead of comparing all n.
        m_top.clear();
        m_top.reserve(keep.size() + placed.size());
        auto from = keep.begin();
        for (int t : placed) {
            auto to = std::upper_bound(from, keep.end(), t, [this](int a, int b) { return before(a, b); });
            m_top.insert(m_top.end(), from, to);
            m_top.push_back(t);
            from = to;
        }
        m_top.insert(m_top.end(), from, keep.end());
        rebuildTopPositions(previousTop);
        publish(flatten());
    } else {
        for (int t : roots)
            m_mark[std::size_t(t)] = 0;
    }

    // Rows whose text changed where they stand (moved rows were repainted
    // with the layout change, but a view may cache more than it paints).
    for (int r : changedRows)
        if (m_proxyRow[std::size_t(r)] >= 0)
            changedProxyRows.push_back(m_proxyRow[std::size_t(r)]);
    for (int r = firstNewRow; r < end; ++r)
        if (const int p = m_parent[std::size_t(r)]; p >= 0 && m_proxyRow[std::size_t(p)] >= 0)
            changedProxyRows.push_back(m_proxyRow[std::size_t(p)]);  // its child count changed
    emitChanged(std::move(changedProxyRows));

    if (m_matching != matchingBefore || newRows > 0)
        emit matchingCountChanged(m_matching, m_source->rowCount());
}

void BlotterProxy::emitChanged(std::vector<int> rows)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int lastColumn = columnCount() - 1;
    std::size_t i = 0;
    while (i < rows.size()) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        emit dataChanged(index(rows[i], 0), index(rows[j], lastColumn));
        i = j + 1;
    }
}

void BlotterProxy::publish(const std::vector<int>& target)
{
    // 1. Rows that were not shown join at the end, in one range.
    std::vector<int> joining;
    for (int s : target)
        if (m_proxyRow[std::size_t(s)] < 0)
            joining.push_back(s);
    if (!joining.empty()) {
        const int first = static_cast<int>(m_flat.size());
        beginInsertRows({}, first, first + static_cast<int>(joining.size()) - 1);
        for (int s : joining) {
            m_proxyRow[std::size_t(s)] = static_cast<int>(m_flat.size());
            m_flat.push_back(s);
        }
        endInsertRows();
    }

    // 2. One layout change puts every row where it belongs, with the rows
    // that leave gathered after them.
    for (int s : target)
        m_mark[std::size_t(s)] = 1;
    std::vector<int> arranged = target;
    for (int s : m_flat)
        if (!m_mark[std::size_t(s)])
            arranged.push_back(s);
    for (int s : target)
        m_mark[std::size_t(s)] = 0;
    if (arranged != m_flat) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        std::vector<int> fromSource;
        fromSource.reserve(std::size_t(from.size()));
        for (const QModelIndex& i : from)
            fromSource.push_back(sourceRow(i.row()));
        m_flat = std::move(arranged);
        for (std::size_t i = 0; i < m_flat.size(); ++i)
            m_proxyRow[std::size_t(m_flat[i])] = static_cast<int>(i);
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype i = 0; i < from.size(); ++i)
            to << (fromSource[std::size_t(i)] < 0 ? QModelIndex()
                                                 : index(m_proxyRow[std::size_t(fromSource[std::size_t(i)])],
                                                         from[i].column()));
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. The rows that leave go in one range from the end.
    if (m_flat.size() > target.size()) {
        beginRemoveRows({}, static_cast<int>(target.size()), static_cast<int>(m_flat.size()) - 1);
        for (std::size_t i = target.size(); i < m_flat.size(); ++i)
            m_proxyRow[std::size_t(m_flat[i])] = -1;
        m_flat.resize(target.size());
        endRemoveRows();
    }
}

void BlotterProxy::rebuildAll(bool rematch)
{
    const int n = m_source->rowCount();
    grow(n);
    const int matchingBefore = m_matching;
    if (rematch) {
        m_matching = 0;
        for (int r = 0; r < n; ++r) {
            const bool m = matches(m_criteria, *m_source->orderAt(r));
            m_match[std::size_t(r)] = m;
            m_matching += m;
        }
    }
    const std::vector<int> previousTop = m_top;
    m_top.clear();
    for (int r = 0; r < n; ++r)
        if (m_parent[std::size_t(r)] < 0 && rebuildSubtree(r))
            m_top.push_back(r);
    std::sort(m_top.begin(), m_top.end(), [this](int a, int b) { return before(a, b); });
    rebuildTopPositions(previousTop);
    publish(flatten());
    if (m_matching != matchingBefore)
        emit matchingCountChanged(m_matching, n);
}

void BlotterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= OrderModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildAll(false);
}

void BlotterProxy::setCriteria(const OrderCriteria& criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    rebuildAll(true);
}

bool BlotterProxy::isExpanded(OrderId id) const
{
    const int r = m_source->rowOf(id);
    return r >= 0 && r < static_cast<int>(m_expanded.size()) && m_expanded[std::size_t(r)];
}

void BlotterProxy::setExpanded(OrderId id, bool expanded)
{
    const int r = m_source->rowOf(id);
    if (r < 0 || r >= static_cast<int>(m_expanded.size()) || bool(m_expanded[std::size_t(r)]) == expanded)
        return;
    m_expanded[std::size_t(r)] = expanded;
    if (m_visibleKids.contains(r) && m_proxyRow[std::size_t(r)] >= 0)
        publish(flatten());
    if (const int p = m_proxyRow[std::size_t(r)]; p >= 0)
        emitChanged({p});
}

void BlotterProxy::setAllExpanded(bool expanded)
{
    m_expandNew = expanded;
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        m_expanded[std::size_t(it.key())] = expanded;
    publish(flatten());
    std::vector<int> parents;
    for (auto it = m_visibleKids.cbegin(); it != m_visibleKids.cend(); ++it)
        if (m_proxyRow[std::size_t(it.key())] >= 0)
            parents.push_back(m_proxyRow[std::size_t(it.key())]);
    emitChanged(std::move(parents));
}

}  // namespace ordo
