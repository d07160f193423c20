#include "ordermodel.h"

#include "domain/format.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace ordo {
namespace {

QString price(Price p)
{
    return p ? QString::fromStdString(formatPrice(p)) : QString();
}

QString timeText(Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(t / 1'000'000, Qt::UTC).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString typeText(OrdType t)
{
    switch (t) {
    case OrdType::Market: return OrderModel::tr("Market");
    case OrdType::Limit: return OrderModel::tr("Limit");
    case OrdType::Stop: return OrderModel::tr("Stop");
    case OrdType::StopLimit: return OrderModel::tr("Stop limit");
    }
    return {};
}

// Colour by state; chosen to stay distinguishable for colour-blind users
// (blue/orange contrast, not red/green alone), and always backed by the text.
QColor statusColour(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Filled: return QColor(0x1f, 0x77, 0xb4);
    case OrderStatus::PartiallyFilled: return QColor(0x17, 0xbe, 0xcf);
    case OrderStatus::Rejected: return QColor(0xd6, 0x27, 0x28);
    case OrderStatus::Cancelled:
    case OrderStatus::Expired: return QColor(0x7f, 0x7f, 0x7f);
    case OrderStatus::PendingNew:
    case OrderStatus::PendingCancel:
    case OrderStatus::PendingReplace:
    case OrderStatus::PendingRisk: return QColor(0xff, 0x7f, 0x0e);
    case OrderStatus::Suspended: return QColor(0x94, 0x67, 0xbd);
    default: return {};
    }
}

}  // namespace

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
    return id < m_rowOf.size() ? m_rowOf[id] : -1;
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
    if (role == OrderIdRole)
        return QVariant::fromValue(o->id);
    if (role == StatusRole)
        return static_cast<int>(o->status);
    if (role == Qt::TextAlignmentRole) {
        switch (col) {
        case ColId: case ColQuantity: case ColLimit: case ColStop: case ColFilled: case ColLeaves: case ColAvgPrice:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ForegroundRole && col == ColStatus) {
        const QColor c = statusColour(o->status);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    if (role == Qt::ToolTipRole && !o->text.isEmpty())
        return o->text;
    if (role == SortRole) {
        switch (col) {
        case ColId: return QVariant::fromValue(o->id);
        case ColTime: return QVariant::fromValue(o->createdTime);
        case ColQuantity: return QVariant::fromValue(o->quantity);
        case ColLimit: return QVariant::fromValue(o->limitPrice);
        case ColStop: return QVariant::fromValue(o->stopPrice);
        case ColFilled: return QVariant::fromValue(o->cumQty);
        case ColLeaves: return QVariant::fromValue(o->leavesQty);
        case ColAvgPrice: return QVariant::fromValue(o->avgPrice);
        case ColStatus: return static_cast<int>(o->status);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (col) {
    case ColId: return QVariant::fromValue(o->id);
    case ColTime: return timeText(o->createdTime);
    case ColSymbol: return o->symbol;
    case ColSide: return sideText(o->side);
    case ColType: return typeText(o->type);
    case ColQuantity: return QLocale().toString(o->quantity);
    case ColLimit: return price(o->limitPrice);
    case ColStop: return price(o->stopPrice);
    case ColTif: return QString::fromLatin1(toString(o->tif).data());
    case ColStatus: return statusText(o->status);
    case ColFilled: return QLocale().toString(o->cumQty);
    case ColLeaves: return QLocale().toString(o->leavesQty);
    case ColAvgPrice: return price(o->avgPrice);
    case ColAccount: return o->account;
    case ColStrategy: return o->strategy;
    case ColTrader: return o->trader;
    case ColVenue: return o->venue;
    case ColClOrdId: return o->clOrdId;
    case ColText: return o->text;
    case ColumnCount: break;
    }
    return {};
}

QVariant OrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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
        const int row = rowOf(s.id);
        if (row >= 0) {
            m_working += int(isWorking(s.status)) - int(isWorking(m_rows[static_cast<std::size_t>(row)].status));
            m_rows[static_cast<std::size_t>(row)] = s;
            changedRows.push_back(row);
        } else {
            added.push_back(&s);
        }
    }

    if (!changedRows.empty()) {
        const int lastColumn = ColumnCount - 1;
        if (changedRows.size() * 2 > m_rows.size()) {
            emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, lastColumn));
        } else {
            std::sort(changedRows.begin(), changedRows.end());
            std::size_t i = 0;
            while (i < changedRows.size()) {
                std::size_t j = i;
                while (j + 1 < changedRows.size() && changedRows[j + 1] <= changedRows[j] + 1)
                    ++j;
                emit dataChanged(index(changedRows[i], 0), index(changedRows[j], lastColumn));
                i = j + 1;
            }
        }
    }

    if (!added.empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (const OrderSnapshot* s : added) {
            if (s->id >= m_rowOf.size())
                m_rowOf.resize(std::max<std::size_t>(s->id + 1, m_rowOf.size() * 2), -1);
            m_rowOf[s->id] = static_cast<int>(m_rows.size());
            m_working += int(isWorking(s->status));
            m_rows.push_back(*s);
        }
        endInsertRows();
    }
}

}  // namespace ordo
