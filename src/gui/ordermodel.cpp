#include "ordermodel.h"

#include "blotterpalette.h"
#include "domain/format.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace ordo {
namespace {

QString exportTime(Timestamp t)
{
    return t ? QDateTime::fromMSecsSinceEpoch(t / 1'000'000, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

bool rightAligned(OrderModel::Column col)
{
    switch (col) {
    case OrderModel::ColQuantity: case OrderModel::ColLimit: case OrderModel::ColStop:
    case OrderModel::ColFilled: case OrderModel::ColLeaves: case OrderModel::ColAvgPrice:
    case OrderModel::ColDisplayQty: case OrderModel::ColParent:
        return true;
    default:
        return false;
    }
}

}  // namespace

QString priceText(Price p)
{
    if (!p)
        return {};
    // Prices line up in a column with at least cents: "190.00", "189.995".
    QString text = QString::fromStdString(formatPrice(p));
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const qsizetype decimals = dot < 0 ? 0 : text.size() - dot - 1;
    if (dot < 0)
        text += QLatin1Char('.');
    if (decimals < 2)
        text += QString(2 - decimals, QLatin1Char('0'));
    return text;
}

// Local wall-clock time, HH:mm:ss.zzz. QDateTime::toLocalTime asks the C
// library for the zone on every call (tzset, a lock, sometimes a file):
// too slow for a column painted 60 times a second. The offset is looked up
// once per quarter of an hour, the span within which zones change it.
QString clockText(Timestamp t)
{
    if (!t)
        return {};
    static qint64 cachedQuarter = std::numeric_limits<qint64>::min();
    static qint64 offsetSeconds = 0;
    const qint64 ms = t >= 0 ? t / 1'000'000 : (t - 999'999) / 1'000'000;
    const qint64 secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    const qint64 quarter = secs >= 0 ? secs / 900 : (secs - 899) / 900;
    if (quarter != cachedQuarter) {
        offsetSeconds = QDateTime::fromSecsSinceEpoch(quarter * 900, Qt::UTC).toLocalTime().offsetFromUtc();
        cachedQuarter = quarter;
    }
    const qint64 local = secs + offsetSeconds;
    const qint64 day = ((local % 86400) + 86400) % 86400;
    const int millis = int(((ms % 1000) + 1000) % 1000);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03d", int(day / 3600), int(day / 60 % 60), int(day % 60), millis);
    return QString::fromLatin1(buf, 12);
}

QString orderTypeText(OrdType t)
{
    switch (t) {
    case OrdType::Market: return OrderModel::tr("Market");
    case OrdType::Limit: return OrderModel::tr("Limit");
    case OrdType::Stop: return OrderModel::tr("Stop");
    case OrdType::StopLimit: return OrderModel::tr("Stop limit");
    }
    return {};
}

QString statusText(OrderStatus s)
{
    switch (s) {
    case OrderStatus::New: return OrderModel::tr("New");
    case OrderStatus::PendingRisk: return OrderModel::tr("Pending risk");
    case OrderStatus::Rejected: return OrderModel::tr("Rejected");
    case OrderStatus::PendingNew: return OrderModel::tr("Pending new");
    case OrderStatus::Accepted: return OrderModel::tr("Working");
    case OrderStatus::PartiallyFilled: return OrderModel::tr("Partially filled");
    case OrderStatus::Filled: return OrderModel::tr("Filled");
    case OrderStatus::PendingCancel: return OrderModel::tr("Pending cancel");
    case OrderStatus::PendingReplace: return OrderModel::tr("Pending replace");
    case OrderStatus::Cancelled: return OrderModel::tr("Cancelled");
    case OrderStatus::Expired: return OrderModel::tr("Expired");
    case OrderStatus::Suspended: return OrderModel::tr("Suspended");
    }
    return {};
}

QString sideText(Side s)
{
    switch (s) {
    case Side::Buy: return OrderModel::tr("Buy");
    case Side::Sell: return OrderModel::tr("Sell");
    case Side::Short: return OrderModel::tr("Short");
    case Side::Cover: return OrderModel::tr("Cover");
    }
    return {};
}

int statusRank(OrderStatus s)
{
    switch (s) {
    case OrderStatus::New: return 0;
    case OrderStatus::PendingRisk: return 1;
    case OrderStatus::PendingNew: return 2;
    case OrderStatus::Accepted: return 3;
    case OrderStatus::PartiallyFilled: return 4;
    case OrderStatus::PendingReplace: return 5;
    case OrderStatus::PendingCancel: return 6;
    case OrderStatus::Suspended: return 7;
    case OrderStatus::Filled: return 8;
    case OrderStatus::Cancelled: return 9;
    case OrderStatus::Expired: return 10;
    case OrderStatus::Rejected: return 11;
    }
    return 12;
}

OrderModel::OrderModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int OrderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OrderSnapshot* OrderModel::orderAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int OrderModel::rowOf(OrderId id) const
{
    return id < m_rowOf.size() ? std::max(m_rowOf[id], -1) : -1;
}

const OrderSnapshot* OrderModel::find(OrderId id) const
{
    return orderAt(rowOf(id));
}

QVariant OrderModel::data(const QModelIndex& index, int role) const
{
    const OrderSnapshot* o = orderAt(index.row());
    if (!o || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const auto col = static_cast<Column>(index.column());
    switch (role) {
    case OrderIdRole: return QVariant::fromValue(o->id);
    case StatusRole: return static_cast<int>(o->status);
    case ParentIdRole: return QVariant::fromValue(o->parentId);
    case roles::Symbol: return o->symbol;
    case Qt::TextAlignmentRole:
        return int((rightAligned(col) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const BlotterPalette& palette = BlotterPalette::current();
        if (col == ColStatus)
            return QBrush(palette.status(o->status));
        if (o->status == OrderStatus::Cancelled || o->status == OrderStatus::Expired)
            return QBrush(palette.muted());
        if (col == ColSide)
            return QBrush(sideSign(o->side) > 0 ? palette.buy() : palette.sell());
        return {};
    }
    case Qt::BackgroundRole: {
        const QColor tint = BlotterPalette::current().statusTint(o->status);
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::DecorationRole:
        return col == ColStatus ? QVariant(BlotterPalette::current().statusIcon(o->status)) : QVariant();
    case Qt::ToolTipRole:
        return o->text.isEmpty() ? QVariant() : QVariant(o->text);
    case SortRole:
        switch (col) {
        case ColId: return QVariant::fromValue(o->id);
        case ColTime: return qlonglong(o->createdTime);
        case ColUpdated: return qlonglong(o->updatedTime);
        case ColSide: return static_cast<int>(o->side);
        case ColType: return static_cast<int>(o->type);
        case ColTif: return static_cast<int>(o->tif);
        case ColQuantity: return qlonglong(o->quantity);
        case ColLimit: return qlonglong(o->limitPrice);
        case ColStop: return qlonglong(o->stopPrice);
        case ColFilled: return qlonglong(o->cumQty);
        case ColLeaves: return qlonglong(o->leavesQty);
        case ColAvgPrice: return qlonglong(o->avgPrice);
        case ColDisplayQty: return qlonglong(o->displayQty);
        case ColParent: return QVariant::fromValue(o->parentId);
        case ColStatus: return statusRank(o->status);
        default: return data(index, Qt::DisplayRole);
        }
    case roles::Export:
        switch (col) {
        case ColTime: return exportTime(o->createdTime);
        case ColUpdated: return exportTime(o->updatedTime);
        case ColQuantity: return QString::number(o->quantity);
        case ColFilled: return QString::number(o->cumQty);
        case ColLeaves: return QString::number(o->leavesQty);
        case ColDisplayQty: return QString::number(o->displayQty);
        default: return data(index, Qt::DisplayRole).toString();
        }
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (col) {
    case ColId: return QVariant::fromValue(o->id);
    case ColTime: return clockText(o->createdTime);
    case ColSymbol: return o->symbol;
    case ColSide: return sideText(o->side);
    case ColType: return orderTypeText(o->type);
    case ColQuantity: return QLocale().toString(o->quantity);
    case ColLimit: return priceText(o->limitPrice);
    case ColStop: return priceText(o->stopPrice);
    case ColTif: return QString::fromLatin1(toString(o->tif).data());
    case ColStatus: return statusText(o->status);
    case ColFilled: return QLocale().toString(o->cumQty);
    case ColLeaves: return QLocale().toString(o->leavesQty);
    case ColAvgPrice: return priceText(o->avgPrice);
    case ColAccount: return o->account;
    case ColStrategy: return o->strategy;
    case ColTrader: return o->trader;
    case ColVenue: return o->venue;
    case ColClOrdId: return o->clOrdId;
    case ColText: return o->text;
    case ColDisplayQty: return o->displayQty ? QLocale().toString(o->displayQty) : QString();
    case ColParent: return o->parentId ? QVariant::fromValue(o->parentId) : QVariant();
    case ColUpdated: return clockText(o->updatedTime);
    case ColumnCount: break;
    }
    return {};
}

QVariant OrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= 0 && section < ColumnCount)
        return int((rightAligned(static_cast<Column>(section)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ColId: return tr("Order");
    case ColTime: return tr("Time");
    case ColSymbol: return tr("Symbol");
    case ColSide: return tr("Side");
    case ColType: return tr("Type");
    case ColQuantity: return tr("Quantity");
    case ColLimit: return tr("Limit");
    case ColStop: return tr("Stop");
    case ColTif: return tr("TIF");
    case ColStatus: return tr("Status");
    case ColFilled: return tr("Filled");
    case ColLeaves: return tr("Leaves");
    case ColAvgPrice: return tr("Avg price");
    case ColAccount: return tr("Account");
    case ColStrategy: return tr("Strategy");
    case ColTrader: return tr("Trader");
    case ColVenue: return tr("Venue");
    case ColClOrdId: return tr("ClOrdID");
    case ColText: return tr("Text");
    case ColDisplayQty: return tr("Display");
    case ColParent: return tr("Parent");
    case ColUpdated: return tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

void OrderModel::applyBatch(const QList<OrderSnapshot>& batch)
{
    std::vector<int> changedRows;
    std::vector<const OrderSnapshot*> added;
    changedRows.reserve(static_cast<std::size_t>(batch.size()));
    for (const OrderSnapshot& s : batch) {
        if (s.id == kNoOrder)
            continue;  // not an order: nothing could ever find it again
        if (s.id >= m_rowOf.size())
            m_rowOf.resize(std::max<std::size_t>(std::size_t(s.id) + 1, m_rowOf.size() * 2), -1);
        const int row = m_rowOf[s.id];
        if (row >= 0) {
            m_working += int(isWorking(s.status)) - int(isWorking(m_rows[static_cast<std::size_t>(row)].status));
            m_rows[static_cast<std::size_t>(row)] = s;
            changedRows.push_back(row);
        } else if (row <= -2) {
            added[static_cast<std::size_t>(-2 - row)] = &s;  // new twice in one batch: the later snapshot wins
        } else {
            m_rowOf[s.id] = -2 - static_cast<int>(added.size());
            added.push_back(&s);
        }
    }
    std::sort(changedRows.begin(), changedRows.end());
    changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());

    if (!changedRows.empty()) {
        const int lastColumn = ColumnCount - 1;
        if (changedRows.size() * 2 > m_rows.size()) {
            emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, lastColumn));
        } else {
            std::size_t i = 0;
            while (i < changedRows.size()) {
                std::size_t j = i;
                while (j + 1 < changedRows.size() && changedRows[j + 1] == changedRows[j] + 1)
                    ++j;
                emit dataChanged(index(changedRows[i], 0), index(changedRows[j], lastColumn));
                i = j + 1;
            }
        }
    }

    const int first = static_cast<int>(m_rows.size());
    if (!added.empty()) {
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (const OrderSnapshot* s : added) {
            m_rowOf[s->id] = static_cast<int>(m_rows.size());
            m_working += int(isWorking(s->status));
            m_rows.push_back(*s);
        }
        endInsertRows();
    }
    if (!changedRows.empty() || !added.empty())
        emit batchApplied(changedRows, first, static_cast<int>(added.size()));
}

}  // namespace ordo
