#pragma once

// The orders blotter's view of OrderModel: parents with their child orders
// as a tree flattened into rows (a child follows its parent, indented by the
// delegate), filtered by OrderCriteria and sorted on raw values.
//
// Why not QSortFilterProxyModel under a QTreeView: with 100,000 orders and
// 10,000 updates a second, each changed row costs them a pass over every row
// (QSortFilterProxyModel rebuilds its mapping per moved row, QTreeView looks
// an index up linearly per dataChanged). Here one batch of the source is one
// pass: criteria are evaluated once per changed order, rows that stay where
// they are only get dataChanged, and moved, new and vanished rows together
// cost one rowsInserted at the end, one layoutChanged (persistent indexes,
// hence the selection, follow their orders) and one rowsRemoved at the end.
// Never a model reset.
//
// A child shows when it or one of its descendants meets the criteria; a
// parent shows when it or any descendant does. A child that arrives before
// its parent is shown at the top level until the parent comes, then moves
// under it. GUI thread only.

#include "orderfilter.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace ordo {

class OrderModel;

class BlotterProxy final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit BlotterProxy(OrderModel* source, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // column -1: the order in which orders arrived.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    OrderModel* sourceModel() const { return m_source; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int sourceRow(int proxyRow) const;
    int proxyRow(int sourceRow) const;  // -1 when not shown
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const;
    const OrderSnapshot* orderAt(int proxyRow) const;
    int rowOfOrder(OrderId id) const;  // -1 when not shown
    int depth(int proxyRow) const;

    void setCriteria(const OrderCriteria& criteria);
    const OrderCriteria& criteria() const { return m_criteria; }
    // Orders that meet the criteria, shown or inside a collapsed parent.
    int matchingCount() const { return m_matching; }

    bool isExpanded(OrderId id) const;
    void setExpanded(OrderId id, bool expanded);
    // Every parent, and the parents still to come.
    void setAllExpanded(bool expanded);

signals:
    void matchingCountChanged(int matching, int total);

private:
    void onBatch(const std::vector<int>& changedRows, int firstNewRow, int newRows);
    void grow(int rows);
    bool attach(int child, int parent);
    int rootOf(int row) const;
    bool rebuildSubtree(int row);
    bool before(int a, int b) const;
    std::vector<int> flatten() const;
    void appendBlock(int row, std::vector<int>& out) const;
    void rebuildTopPositions(const std::vector<int>& previousTop);
    void rebuildAll(bool rematch);
    void publish(const std::vector<int>& target);
    void emitChanged(std::vector<int> proxyRows);
    void sortChildren(std::vector<int>& rows) const;

    OrderModel* m_source = nullptr;
    OrderCriteria m_criteria;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_expandNew = true;
    int m_matching = 0;

    // Indexed by source row.
    std::vector<int> m_parent;          // source row of the parent, -1 at the top
    std::vector<quint8> m_match;        // meets the criteria
    std::vector<quint8> m_visible;      // it or a descendant meets them
    std::vector<quint8> m_expanded;     // its children are shown
    std::vector<quint8> m_hasKids;      // has child orders: saves a hash lookup per row
    std::vector<quint8> m_mark;         // scratch, always 0 between calls
    std::vector<int> m_topPos;          // index in m_top, -1 if not there
    std::vector<int> m_proxyRow;        // row in m_flat, -1 if not shown
    QHash<int, std::vector<int>> m_children;      // parent row -> child rows, in arrival order
    QHash<int, std::vector<int>> m_visibleKids;   // parent row -> visible child rows, sorted
    QHash<OrderId, std::vector<int>> m_waiting;   // absent parent -> rows of its children

    std::vector<int> m_top;   // visible top-level rows, sorted
    std::vector<int> m_flat;  // proxy row -> source row
};

}  // namespace ordo
