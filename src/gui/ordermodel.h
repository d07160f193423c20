#pragma once

// The blotter's orders as a flat table model, fed by EngineHost's batches.
// New orders are appended as one row range per batch; changed rows get
// dataChanged over merged row ranges (or one full-range signal when most
// rows changed); never a model reset per update. Rows never move: the tree
// of parent and child orders, sorting and filtering are BlotterProxy's job.

#include "blotterroles.h"
#include "snapshots.h"

#include <QAbstractTableModel>

#include <vector>

namespace ordo {

class OrderModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColId, ColTime, ColSymbol, ColSide, ColType, ColQuantity, ColLimit, ColStop, ColTif, ColStatus, ColFilled,
        ColLeaves, ColAvgPrice, ColAccount, ColStrategy, ColTrader, ColVenue, ColClOrdId, ColText, ColDisplayQty,
        ColParent, ColUpdated, ColumnCount
    };
    // Raw value for sorting (numbers as numbers, not text).
    static constexpr int SortRole = roles::Sort;
    static constexpr int OrderIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;
    static constexpr int ParentIdRole = Qt::UserRole + 3;

    explicit OrderModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OrderSnapshot* orderAt(int row) const;
    const OrderSnapshot* find(OrderId id) const;
    int rowOf(OrderId id) const;
    int workingCount() const { return m_working; }

public slots:
    void applyBatch(const QList<ordo::OrderSnapshot>& batch);

signals:
    // After each batch's model signals: the rows updated in place (sorted,
    // without duplicates) and the rows appended, [firstNewRow, firstNewRow +
    // newRows). Lets a proxy process one batch in one pass.
    void batchApplied(const std::vector<int>& changedRows, int firstNewRow, int newRows);

private:
    std::vector<OrderSnapshot> m_rows;
    std::vector<int> m_rowOf;  // OrderId -> row, -1 if absent
    int m_working = 0;         // rows whose order a venue may still fill
};

QString statusText(OrderStatus status);
QString sideText(Side side);
QString orderTypeText(OrdType type);
// Working states first, in lifecycle order, then the finished ones.
int statusRank(OrderStatus status);
// Plain decimal with at least two places ("190.00", "189.995"); empty for 0.
QString priceText(Price price);
// Local wall-clock time, HH:mm:ss.zzz; empty for 0. GUI thread only.
QString clockText(Timestamp time);

}  // namespace ordo
