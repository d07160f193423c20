#pragma once

// Executions (fills) as they arrive from EngineHost::executionsAdded: one
// appended row range per batch, never a reset. Strategy and trader are read
// from the order in OrderModel, which the execution itself does not carry.
// ExecutionFilterProxy sorts on raw values and filters by OrderCriteria.

#include "blotterroles.h"
#include "orderfilter.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QHash>
#include <QSortFilterProxyModel>

#include <vector>

namespace ordo {

class OrderModel;

class ExecutionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColTime, ColOrder, ColExecId, ColSymbol, ColSide, ColQuantity, ColPrice, ColNotional, ColLiquidity, ColFees,
        ColAccount, ColVenue, ColStrategy, ColTrader, ColumnCount
    };
    static constexpr int OrderIdRole = Qt::UserRole + 1;

    explicit ExecutionModel(const OrderModel* orders = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ExecutionSnapshot* executionAt(int row) const;
    // The order an execution belongs to, if the order model knows it.
    const OrderSnapshot* orderOf(const ExecutionSnapshot& execution) const;

public slots:
    void append(const QList<ordo::ExecutionSnapshot>& executions);

private:
    std::vector<ExecutionSnapshot> m_rows;
    QHash<QString, int> m_rowOf;  // venue + ExecID -> row: busts and corrections update their row
    QPointer<const OrderModel> m_orders;
};

class ExecutionFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ExecutionFilterProxy(ExecutionModel* source, QObject* parent = nullptr);
    void setCriteria(const OrderCriteria& criteria);
    const OrderCriteria& criteria() const { return m_criteria; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ExecutionModel* m_executions;
    OrderCriteria m_criteria;
};

QString liquidityText(Liquidity liquidity);

}  // namespace ordo
