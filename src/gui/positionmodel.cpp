#include "positionmodel.h"

#include "blotterpalette.h"
#include "domain/format.h"
#include "riskmodels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
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
    if (!p || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const auto col = static_cast<Column>(index.column());
    const Money total = p->realizedPnl + p->unrealizedPnl;
    switch (role) {
    case roles::Symbol: return p->symbol;
    case Qt::TextAlignmentRole: return int((col <= ColSymbol ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        if (col != ColRealized && col != ColUnrealized && col != ColTotal && col != ColQuantity)
            return {};
        const qint64 m = col == ColRealized ? p->realizedPnl
                       : col == ColUnrealized ? p->unrealizedPnl
                       : col == ColTotal ? total : p->quantity;
        // From the palette: blue gains, vermillion losses, readable with
        // red-green colour blindness; the sign is printed as well.
        const BlotterPalette& palette = BlotterPalette::current();
        if (m > 0)
            return QBrush(col == ColQuantity ? palette.buy() : palette.gain());
        if (m < 0)
            return QBrush(col == ColQuantity ? palette.sell() : palette.loss());
        return {};
    }
    case Qt::FontRole:
        if (col == ColTotal) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case roles::Sort:
        switch (col) {
        case ColQuantity: return qlonglong(p->quantity);
        case ColAvgPrice: return qlonglong(p->avgPrice);
        case ColMark: return qlonglong(p->markPrice);
        case ColRealized: return qlonglong(p->realizedPnl);
        case ColUnrealized: return qlonglong(p->unrealizedPnl);
        case ColTotal: return qlonglong(total);
        case ColFees: return qlonglong(p->fees);
        case ColWorkingBuy: return qlonglong(p->workingBuyQty);
        case ColWorkingSell: return qlonglong(p->workingSellQty);
        default: return data(index, Qt::DisplayRole);
        }
    case roles::Export:
        switch (col) {
        case ColQuantity: return QString::number(p->quantity);
        case ColRealized: return QString::fromStdString(formatMoney(p->realizedPnl));
        case ColUnrealized: return QString::fromStdString(formatMoney(p->unrealizedPnl));
        case ColTotal: return QString::fromStdString(formatMoney(total));
        case ColFees: return QString::fromStdString(formatMoney(p->fees));
        case ColWorkingBuy: return QString::number(p->workingBuyQty);
        case ColWorkingSell: return QString::number(p->workingSellQty);
        default: return data(index, Qt::DisplayRole).toString();
        }
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (col) {
    case ColAccount: return p->account;
    case ColSymbol: return p->symbol;
    case ColQuantity: return QLocale().toString(p->quantity);
    case ColAvgPrice: return price(p->avgPrice);
    case ColMark: return price(p->markPrice);
    case ColRealized: return money(p->realizedPnl);
    case ColUnrealized: return money(p->unrealizedPnl);
    case ColTotal: return money(total);
    case ColFees: return money(p->fees);
    case ColWorkingBuy: return QLocale().toString(p->workingBuyQty);
    case ColWorkingSell: return QLocale().toString(p->workingSellQty);
    case ColumnCount: break;
    }
    return {};
}

QVariant PositionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section <= ColSymbol ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
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
    // Like the orders: changes in place, new positions as one appended range.
    int firstChanged = -1;
    int lastChanged = -1;
    QList<PositionSnapshot> added;
    QHash<QString, qsizetype> addedAt;
    for (const PositionSnapshot& p : batch) {
        const QString k = key(p);
        if (auto it = m_rowOf.constFind(k); it != m_rowOf.constEnd()) {
            m_rows[*it] = p;
            firstChanged = firstChanged < 0 ? *it : std::min(firstChanged, *it);
            lastChanged = std::max(lastChanged, *it);
        } else if (auto a = addedAt.constFind(k); a != addedAt.constEnd()) {
            added[*a] = p;
        } else {
            addedAt.insert(k, added.size());
            added.push_back(p);
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (const PositionSnapshot& p : std::as_const(added)) {
        m_rowOf.insert(key(p), static_cast<int>(m_rows.size()));
        m_rows.push_back(p);
    }
    endInsertRows();
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
