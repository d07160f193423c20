#pragma once

// Models for the risk panel: limits with their utilisation, and the audit
// of risk changes. Both are snapshots, replaced a few times a second.

#include "snapshots.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace ordo {

// Money as people read it: grouped digits, two decimals, in the user's locale.
QString moneyText(Money money);
// A limit's value as people read it: money with cents, percentages, counts.
QString limitValueText(RiskCheck check, qint64 value);
QString riskCheckTitle(RiskCheck check);

class LimitModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColCheck, ColPlace, ColUsed, ColLimit, ColUtilisation, ColKind, ColumnCount };
    static constexpr int UtilisationRole = Qt::UserRole;  // basis points, -1 if none

    explicit LimitModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const LimitSnapshot* limitAt(int row) const;
    qint64 warnAtBp() const { return m_warnAtBp; }

public slots:
    void setSnapshot(const ordo::RiskSnapshot& snapshot);

private:
    QList<LimitSnapshot> m_rows;
    qint64 m_warnAtBp = 8000;
};

// Paints utilisation as a bar: blue below the warning threshold, orange
// above it, red past the limit (colour-blind safe, and the number is printed).
class UtilisationDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

class RiskAuditModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColTime, ColUser, ColWhat, ColBefore, ColAfter, ColumnCount };
    explicit RiskAuditModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void setSnapshot(const ordo::RiskSnapshot& snapshot);

private:
    QList<RiskAuditSnapshot> m_rows;
};

}  // namespace ordo
