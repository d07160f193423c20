#pragma once

// What every depth ladder needs from EngineHost besides the book: the
// user's working orders and the positions, kept from the start of the
// session, so a ladder opened (or pointed at another instrument) later still
// sees the orders placed before it. One per main window, shared by all its
// ladders; GUI thread.

#include "enginehost.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace ordo {

class LadderFeed final : public QObject {
    Q_OBJECT
public:
    explicit LadderFeed(EngineHost& host, QObject* parent = nullptr);

    EngineHost& host() const { return m_host; }
    // The user's working orders on symbol that rest at a price (limit and
    // stop-limit), in no particular order.
    QList<OrderSnapshot> workingOrders(const QString& symbol) const;
    // nullptr until the engine reported a position for the pair.
    const PositionSnapshot* position(const QString& account, const QString& symbol) const;

signals:
    // Orders of the user that changed, working or not (a ladder drops the
    // ones that stopped working).
    void ordersChanged(const QList<ordo::OrderSnapshot>& orders);
    void positionsChanged(const QList<ordo::PositionSnapshot>& positions);

private:
    void applyOrders(const QList<OrderSnapshot>& batch);
    void applyPositions(const QList<PositionSnapshot>& batch);

    EngineHost& m_host;
    QString m_user;
    QHash<OrderId, OrderSnapshot> m_working;
    QHash<QString, PositionSnapshot> m_positions; // "account\x1fsymbol"
};

// Whether an order shows on a ladder: working, ours, resting at a price.
bool restsOnLadder(const OrderSnapshot& order);

} // namespace ordo
