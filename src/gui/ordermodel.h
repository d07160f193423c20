#pragma once

// The blotter's orders as a table model, fed by EngineHost's batches. New
// orders are inserted as one row range per batch; changed rows get dataChanged
// over merged row ranges (or one full-range signal when most rows changed);
// never a model reset per update.

#include "snapshots.h"

#include <QAbstractTableModel>

#include <vector>

namespace ordo {

class OrderModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColId, ColTime, ColSymbol, ColSide, ColType, ColQuantity, ColLimit, ColStop, ColTif, ColStatus, ColFilled,
        ColLeaves, ColAvgPrice, ColAccount, ColStrategy, ColTrader, ColVenue, ColClOrdId, ColText, ColumnCount
    };
    // Raw value for sorting (numbers as numbers, not text).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int OrderIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;

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

private:
    std::vector<OrderSnapshot> m_rows;
    std::vector<int> m_rowOf;  // OrderId -> row, -1 if absent
    int m_working = 0;         // rows whose order a venue may still fill
};

QString statusText(OrderStatus status);
QString sideText(Side side);

}  // namespace ordo
