#include "positionmodel.h"

#include "domain/format.h"
#include "riskmodels.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QTimeZone>
#include <QLocale>

namespace ordo {
namespace {

QString money(Money m)
{
    return moneyText(m);
}

QString price(Price p)
{
    return p ? QString::fromStdString(formatPrice(p)) : QString();
}

QString key(const PositionSnapshot& p)
{
    return p.account + QChar(0x1f) + p.symbol;
}

}  // namespace

PositionModel::PositionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int PositionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PositionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PositionSnapshot* PositionModel::positionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QVariant PositionModel::data(const QModelIndex& index, int role) const
{
    const PositionSnapshot* p = positionAt(index.row());
    if (!p)
        return {};
    const auto col = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return int((col <= ColSymbol ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (col == ColRealized || col == ColUnrealized || col == ColTotal)) {
        const Money m = col == ColRealized ? p->realizedPnl
                      : col == ColUnrealized ? p->unrealizedPnl : p->realizedPnl + p->unrealizedPnl;
        // Blue for gains, orange for losses: readable for red-green colour blindness.
        if (m > 0)
            return QBrush(QColor(0x1f, 0x77, 0xb4));
        if (m < 0)
            return QBrush(QColor(0xd9, 0x5f, 0x02));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (col) {
    case ColAccount: return p->account;
    case ColSymbol: return p->symbol;
    case ColQuantity: return QLocale().toString(p->quantity);
    case ColAvgPrice: return price(p->avgPrice);
    case ColMark: return price(p->markPrice);
    case ColRealized: return money(p->realizedPnl);
    case ColUnrealized: return money(p->unrealizedPnl);
    case ColTotal: return money(p->realizedPnl + p->unrealizedPnl);
    case ColFees: return money(p->fees);
    case ColWorkingBuy: return QLocale().toString(p->workingBuyQty);
    case ColWorkingSell: return QLocale().toString(p->workingSellQty);
    case ColumnCount: break;
    }
    return {};
}

QVariant PositionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ColAccount: return tr("Account");
    case ColSymbol: return tr("Symbol");
    case ColQuantity: return tr("Position");
    case ColAvgPrice: return tr("Avg price");
    case ColMark: return tr("Mark");
    case ColRealized: return tr("Realized P&L");
    case ColUnrealized: return tr("Unrealized P&L");
    case ColTotal: return tr("Total P&L");
    case ColFees: return tr("Fees");
    case ColWorkingBuy: return tr("Working buy");
    case ColWorkingSell: return tr("Working sell");
    case ColumnCount: break;
    }
    return {};
}

void PositionModel::applyBatch(const QList<PositionSnapshot>& batch)
{
    for (const PositionSnapshot& p : batch) {
        const QString k = key(p);
        auto it = m_rowOf.constFind(k);
        if (it != m_rowOf.constEnd()) {
            m_rows[*it] = p;
            emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
            continue;
        }
        const int row = static_cast<int>(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.push_back(p);
        m_rowOf.insert(k, row);
        endInsertRows();
    }
}

AlertModel::AlertModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AlertModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AlertSnapshot* AlertModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QVariant AlertModel::data(const QModelIndex& index, int role) const
{
    const AlertSnapshot* a = alertAt(index.row());
    if (!a)
        return {};
    if (role == Qt::ForegroundRole && index.column() == ColSeverity) {
        if (a->severity == Severity::Critical)
            return QBrush(QColor(0xd6, 0x27, 0x28));
        if (a->severity == Severity::Warning)
            return QBrush(QColor(0xd9, 0x5f, 0x02));
        return {};
    }
    if (role == Qt::ToolTipRole)
        return a->text;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case ColTime:
        return QDateTime::fromMSecsSinceEpoch(a->time / 1'000'000, Qt::UTC).toLocalTime().toString(
            QStringLiteral("HH:mm:ss.zzz"));
    case ColSeverity:
        return a->severity == Severity::Critical ? tr("Critical") : a->severity == Severity::Warning ? tr("Warning")
                                                                                                     : tr("Info");
    case ColCode: return QString::fromLatin1(toString(a->code).data());
    case ColOrder: return a->orderId ? QVariant::fromValue(a->orderId) : QVariant();
    case ColUser: return a->user;
    case ColText: return a->text;
    case ColumnCount: break;
    }
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ColTime: return tr("Time");
    case ColSeverity: return tr("Severity");
    case ColCode: return tr("Code");
    case ColOrder: return tr("Order");
    case ColUser: return tr("User");
    case ColText: return tr("Message");
    case ColumnCount: break;
    }
    return {};
}

void AlertModel::append(const QList<AlertSnapshot>& alerts)
{
    if (alerts.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(alerts.size()) - 1);
    m_rows.append(alerts);
    endInsertRows();
}

}  // namespace ordo
