#include "executionmodel.h"

#include "blotterpalette.h"
#include "domain/format.h"
#include "ordermodel.h"
#include "riskmodels.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace ordo {
namespace {

template<typename T> int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool rightAligned(int col)
{
    switch (col) {
    case ExecutionModel::ColOrder: case ExecutionModel::ColQuantity: case ExecutionModel::ColPrice:
    case ExecutionModel::ColNotional: case ExecutionModel::ColFees:
        return true;
    default:
        return false;
    }
}

// Money with the fixed point kept, for files: "-1234.56".
QString plainMoney(Money m)
{
    return QString::fromStdString(formatMoney(m));
}

}  // namespace

QString liquidityText(Liquidity l)
{
    switch (l) {
    case Liquidity::Unknown: return QString();
    case Liquidity::Added: return ExecutionModel::tr("Added");
    case Liquidity::Removed: return ExecutionModel::tr("Removed");
    case Liquidity::Auction: return ExecutionModel::tr("Auction");
    }
    return {};
}

ExecutionModel::ExecutionModel(const OrderModel* orders, QObject* parent)
    : QAbstractTableModel(parent)
    , m_orders(orders)
{
}

int ExecutionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExecutionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ExecutionSnapshot* ExecutionModel::executionAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

const OrderSnapshot* ExecutionModel::orderOf(const ExecutionSnapshot& x) const
{
    return m_orders ? m_orders->find(x.orderId) : nullptr;
}

QVariant ExecutionModel::data(const QModelIndex& index, int role) const
{
    const ExecutionSnapshot* x = executionAt(index.row());
    if (!x || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int col = index.column();
    switch (role) {
    case OrderIdRole: return QVariant::fromValue(x->orderId);
    case roles::Symbol: return x->symbol;
    case Qt::TextAlignmentRole: return int((rightAligned(col) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (col == ColSide)
            return QBrush(sideSign(x->side) > 0 ? BlotterPalette::current().buy() : BlotterPalette::current().sell());
        return {};
    case roles::Sort:
        switch (col) {
        case ColTime: return qlonglong(x->time);
        case ColOrder: return QVariant::fromValue(x->orderId);
        case ColSide: return int(x->side);
        case ColQuantity: return qlonglong(x->quantity);
        case ColPrice: return qlonglong(x->price);
        case ColNotional: return qlonglong(notional(x->price, x->quantity));
        case ColLiquidity: return int(x->liquidity);
        case ColFees: return qlonglong(x->fees);
        default: return data(index, Qt::DisplayRole);
        }
    case roles::Export:
        switch (col) {
        case ColTime: return QDateTime::fromMSecsSinceEpoch(x->time / 1'000'000, Qt::UTC).toString(Qt::ISODateWithMs);
        case ColQuantity: return QString::number(x->quantity);
        case ColNotional: return plainMoney(notional(x->price, x->quantity));
        case ColFees: return plainMoney(x->fees);
        default: return data(index, Qt::DisplayRole).toString();
        }
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (static_cast<Column>(col)) {
    case ColTime: return clockText(x->time);
    case ColOrder: return QVariant::fromValue(x->orderId);
    case ColExecId:
        return x->state == Execution::State::Busted      ? tr("%1 (busted)").arg(x->execId)
             : x->state == Execution::State::Corrected ? tr("%1 (corrected)").arg(x->execId)
                                                        : x->execId;
    case ColSymbol: return x->symbol;
    case ColSide: return sideText(x->side);
    case ColQuantity: return QLocale().toString(x->quantity);
    case ColPrice: return priceText(x->price);
    case ColNotional: return moneyText(notional(x->price, x->quantity));
    case ColLiquidity: return liquidityText(x->liquidity);
    case ColFees: return moneyText(x->fees);
    case ColAccount: return x->account;
    case ColVenue: return x->venue;
    case ColStrategy: {
        const OrderSnapshot* o = orderOf(*x);
        return o ? o->strategy : QString();
    }
    case ColTrader: {
        const OrderSnapshot* o = orderOf(*x);
        return o ? o->trader : QString();
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant ExecutionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((rightAligned(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ColTime: return tr("Time");
    case ColOrder: return tr("Order");
    case ColExecId: return tr("Exec ID");
    case ColSymbol: return tr("Symbol");
    case ColSide: return tr("Side");
    case ColQuantity: return tr("Quantity");
    case ColPrice: return tr("Price");
    case ColNotional: return tr("Notional");
    case ColLiquidity: return tr("Liquidity");
    case ColFees: return tr("Fees");
    case ColAccount: return tr("Account");
    case ColVenue: return tr("Venue");
    case ColStrategy: return tr("Strategy");
    case ColTrader: return tr("Trader");
    case ColumnCount: break;
    }
    return {};
}

void ExecutionModel::append(const QList<ExecutionSnapshot>& executions)
{
    if (executions.isEmpty())
        return;
    QList<ExecutionSnapshot> fresh;
    for (const ExecutionSnapshot& x : executions) {
        const QString key = x.venue + QChar(0x01) + x.execId;
        const auto known = m_rowOf.constFind(key);
        if (known == m_rowOf.cend()) {
            m_rowOf.insert(key, int(m_rows.size()) + int(fresh.size()));
            fresh.push_back(x);
            continue;
        }
        // A bust or correction of a fill already shown: its row takes the
        // new terms. The fill may be in this very batch, not yet a row.
        if (*known >= int(m_rows.size())) {
            fresh[*known - int(m_rows.size())] = x;
            continue;
        }
        m_rows[std::size_t(*known)] = x;
        emit dataChanged(index(*known, 0), index(*known, ColumnCount - 1));
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

ExecutionFilterProxy::ExecutionFilterProxy(ExecutionModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_executions(source)
{
    setSourceModel(source);
    setSortRole(roles::Sort);
}

void ExecutionFilterProxy::setCriteria(const OrderCriteria& criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    invalidateFilter();
}

bool ExecutionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const ExecutionSnapshot* x = m_executions->executionAt(sourceRow);
    return x && (m_criteria.isEmpty() || matches(m_criteria, *x, m_executions->orderOf(*x)));
}

bool ExecutionFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // On the snapshots themselves: no QVariant per comparison.
    const ExecutionSnapshot* a = m_executions->executionAt(left.row());
    const ExecutionSnapshot* b = m_executions->executionAt(right.row());
    if (!a || !b)
        return false;
    int c = 0;
    switch (left.column()) {
    case ExecutionModel::ColTime: c = threeWay(a->time, b->time); break;
    case ExecutionModel::ColOrder: c = threeWay(a->orderId, b->orderId); break;
    case ExecutionModel::ColQuantity: c = threeWay(a->quantity, b->quantity); break;
    case ExecutionModel::ColPrice: c = threeWay(a->price, b->price); break;
    case ExecutionModel::ColNotional: c = threeWay(notional(a->price, a->quantity), notional(b->price, b->quantity)); break;
    case ExecutionModel::ColFees: c = threeWay(a->fees, b->fees); break;
    case ExecutionModel::ColSide: c = threeWay(int(a->side), int(b->side)); break;
    case ExecutionModel::ColLiquidity: c = threeWay(int(a->liquidity), int(b->liquidity)); break;
    default:
        c = left.data(Qt::DisplayRole).toString().compare(right.data(Qt::DisplayRole).toString(), Qt::CaseInsensitive);
        break;
    }
    return c != 0 ? c < 0 : left.row() < right.row();
}

}  // namespace ordo
