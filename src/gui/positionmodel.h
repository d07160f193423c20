#pragma once

// Positions with P&L per account and instrument, updated in place by batch:
// realized, unrealized and total P&L coloured by sign (BlotterPalette),
// raw values under roles::Sort, plain ones under roles::Export.

#include "blotterroles.h"
#include "snapshots.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ordo {

class PositionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColAccount, ColSymbol, ColQuantity, ColAvgPrice, ColMark, ColRealized, ColUnrealized, ColTotal,
                  ColFees, ColWorkingBuy, ColWorkingSell, ColumnCount };
    explicit PositionModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const PositionSnapshot* positionAt(int row) const;

public slots:
    void applyBatch(const QList<ordo::PositionSnapshot>& batch);

private:
    QList<PositionSnapshot> m_rows;
    QHash<QString, int> m_rowOf;  // "account\x1fsymbol" -> row
};

// Alerts, newest last; the log a user reads when something was refused.
class AlertModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColTime, ColSeverity, ColCode, ColOrder, ColUser, ColText, ColumnCount };
    explicit AlertModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const AlertSnapshot* alertAt(int row) const;

public slots:
    void append(const QList<ordo::AlertSnapshot>& alerts);

private:
    QList<AlertSnapshot> m_rows;
};

}  // namespace ordo
