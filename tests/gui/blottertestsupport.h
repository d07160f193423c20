#pragma once

// Order snapshots for the blotter's tests, built field by field.

#include "snapshots.h"

namespace ordo::test {

struct OrderBuilder {
    OrderSnapshot s;
    explicit OrderBuilder(OrderId id)
    {
        s.id = id;
        s.clientOrderId = QStringLiteral("c%1").arg(id);
        s.clOrdId = QStringLiteral("20261121-%1").arg(id);
        s.symbol = QStringLiteral("AAPL");
        s.account = QStringLiteral("ACC1");
        s.strategy = QStringLiteral("MANUAL");
        s.trader = QStringLiteral("alice");
        s.venue = QStringLiteral("XLIT1");
        s.status = OrderStatus::Accepted;
        s.quantity = 100;
        s.leavesQty = 100;
        s.limitPrice = 190 * kPriceScale;
        s.createdTime = Timestamp(id) * 1'000'000;
        s.updatedTime = s.createdTime;
    }
    OrderBuilder& parent(OrderId p) { s.parentId = p; return *this; }
    OrderBuilder& status(OrderStatus v) { s.status = v; return *this; }
    OrderBuilder& symbol(const QString& v) { s.symbol = v; return *this; }
    OrderBuilder& side(Side v) { s.side = v; return *this; }
    OrderBuilder& qty(Qty v) { s.quantity = v; s.leavesQty = v - s.cumQty; return *this; }
    OrderBuilder& filled(Qty v) { s.cumQty = v; s.leavesQty = s.quantity - v; return *this; }
    OrderBuilder& account(const QString& v) { s.account = v; return *this; }
    OrderBuilder& strategy(const QString& v) { s.strategy = v; return *this; }
    OrderBuilder& trader(const QString& v) { s.trader = v; return *this; }
    OrderBuilder& venue(const QString& v) { s.venue = v; return *this; }
    OrderBuilder& text(const QString& v) { s.text = v; return *this; }
    OrderBuilder& limit(Price v) { s.limitPrice = v; return *this; }
    OrderBuilder& time(Timestamp v) { s.createdTime = v; return *this; }
    operator OrderSnapshot() const { return s; }
};

inline OrderBuilder order(OrderId id)
{
    return OrderBuilder(id);
}

}  // namespace ordo::test
