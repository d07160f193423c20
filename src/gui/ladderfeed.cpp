#include "ladderfeed.h"

namespace ordo {
namespace {

QString positionKey(const QString& account, const QString& symbol)
{
    return account + QChar(0x1f) + symbol;
}

} // namespace

bool restsOnLadder(const OrderSnapshot& o)
{
    return isWorking(o.status) && o.limitPrice > 0 && o.leavesQty > 0
        && (o.type == OrdType::Limit || o.type == OrdType::StopLimit);
}

LadderFeed::LadderFeed(EngineHost& host, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_user(host.config().user)
{
    connect(&host, &EngineHost::ordersChanged, this, &LadderFeed::applyOrders);
    connect(&host, &EngineHost::positionsChanged, this, &LadderFeed::applyPositions);
}

QList<OrderSnapshot> LadderFeed::workingOrders(const QString& symbol) const
{
    QList<OrderSnapshot> out;
    for (const OrderSnapshot& o : m_working)
        if (o.symbol == symbol)
            out.push_back(o);
    return out;
}

const PositionSnapshot* LadderFeed::position(const QString& account, const QString& symbol) const
{
    auto it = m_positions.constFind(positionKey(account, symbol));
    return it == m_positions.cend() ? nullptr : &it.value();
}

void LadderFeed::applyOrders(const QList<OrderSnapshot>& batch)
{
    // A supervisor's blotter shows everyone's orders; a ladder only the user's own.
    QList<OrderSnapshot> ours;
    for (const OrderSnapshot& o : batch) {
        if (o.trader != m_user)
            continue;
        if (restsOnLadder(o))
            m_working.insert(o.id, o);
        else
            m_working.remove(o.id);
        ours.push_back(o);
    }
    if (!ours.isEmpty())
        emit ordersChanged(ours);
}

void LadderFeed::applyPositions(const QList<PositionSnapshot>& batch)
{
    for (const PositionSnapshot& p : batch)
        m_positions.insert(positionKey(p.account, p.symbol), p);
    if (!batch.isEmpty())
        emit positionsChanged(batch);
}

} // namespace ordo
