#pragma once

// An Engine wired to a RecordingGateway, with helpers that play the venue.
// Each test builds its own fixture, so no state leaks between tests or rows.

#include "testprinters.h"

#include "engine/engine.h"
#include "ports/clock.h"
#include "recordinggateway.h"

#include <string>

namespace ordo::test {

inline constexpr Price cents(std::int64_t c)
{
    return c * (kPriceScale / 100);
}
// For QCOMPARE: QTest cannot print std::string or std::string_view.
inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
inline constexpr Money units(std::int64_t u)
{
    return u * kPriceScale;
}

inline constexpr Timestamp kSessionStart = Timestamp(1'795'271'400) * kNanosPerSecond; // 2026-11-21 14:30 UTC
inline constexpr const char* kSession = "20261121";

class EngineFixture {
public:
    EngineFixture()
    {
        engine.startSession(kSession);
        engine.setDefaultVenue("XSIM");
        engine.defineInstrument(Instrument { "AAPL", kPriceScale / 100, 1, "USD", {} });
        engine.defineInstrument(Instrument { "MSFT", kPriceScale / 100, 1, "USD", {} });
        engine.defineInstrument(Instrument { "7203", kPriceScale, 100, "JPY", {} });
        alice = engine.actor("alice", Role::Trader);
        bob = engine.actor("bob", Role::Trader);
        supervisor = engine.actor("sam", Role::Supervisor);
        analyst = engine.actor("ann", Role::Analyst);
    }

    ManualClock clock { kSessionStart };
    RecordingGateway gateway;
    Engine engine { clock, gateway };
    Actor alice;
    Actor bob;
    Actor supervisor;
    Actor analyst;

    static OrderRequest limitOrder(
        Side side, Qty qty, Price price, std::string symbol = "AAPL", std::string account = "ACC1")
    {
        OrderRequest r;
        r.symbol = std::move(symbol);
        r.side = side;
        r.type = OrdType::Limit;
        r.tif = TimeInForce::Day;
        r.quantity = qty;
        r.limitPrice = price;
        r.account = std::move(account);
        return r;
    }

    // The new order's id; kNoOrder if the command was refused outright.
    OrderId submit(
        const Actor& a, Side side, Qty qty, Price price, std::string symbol = "AAPL", std::string account = "ACC1")
    {
        return engine.submit(a, limitOrder(side, qty, price, std::move(symbol), std::move(account))).id;
    }

    // Submitted and acknowledged by the venue.
    OrderId working(
        const Actor& a, Side side, Qty qty, Price price, std::string symbol = "AAPL", std::string account = "ACC1")
    {
        const OrderId id = submit(a, side, qty, price, std::move(symbol), std::move(account));
        ack(id);
        return id;
    }

    // The ClOrdID the venue currently knows the order by.
    std::string currentClOrdId(OrderId id) const
    {
        const Order* o = engine.order(id);
        return std::string(engine.clOrdId(id, o ? o->requestSeq : 0).view());
    }
    // The ClOrdID of the newest request about the order: what an answer to it carries.
    std::string requestClOrdId(OrderId id) const { return gateway.lastClOrdId(id); }

    Reason venue(VenueEventType type, std::string clOrdId, std::string text = {})
    {
        VenueEvent e = venueEvent(type, std::move(clOrdId));
        e.text = std::move(text);
        return engine.onVenueEvent(e);
    }
    Reason ack(OrderId id) { return venue(VenueEventType::Ack, currentClOrdId(id)); }
    // Answers the newest request (cancel, replace) or reports on the order.
    Reason answer(OrderId id, VenueEventType type, std::string text = {})
    {
        return venue(type, requestClOrdId(id), std::move(text));
    }
    Reason fill(OrderId id, Qty qty, Price price, Money fee = 0)
    {
        return engine.onVenueEvent(fillEvent(currentClOrdId(id), nextExecId(), qty, price, fee));
    }
    Reason fill(OrderId id, const std::string& execId, Qty qty, Price price)
    {
        return engine.onVenueEvent(fillEvent(currentClOrdId(id), execId, qty, price));
    }

    const Order& order(OrderId id) const { return *engine.order(id); }

    int sentCount(OrderId id, SentMessage::Kind kind) const
    {
        int n = 0;
        for (const auto& m : gateway.sent)
            n += m.orderId == id && m.kind == kind;
        return n;
    }
    int sentCount(SentMessage::Kind kind) const
    {
        int n = 0;
        for (const auto& m : gateway.sent)
            n += m.kind == kind;
        return n;
    }

    const TradingControl* control(ControlScope::Kind kind, std::string_view name = {}) const
    {
        for (const auto& c : engine.controls().all()) {
            if (c.scope.kind != kind)
                continue;
            if (kind == ControlScope::Kind::All)
                return &c;
            const std::uint32_t id
                = kind == ControlScope::Kind::Instrument ? engine.findInstrument(name) : engine.names().find(name);
            if (c.scope.id == id)
                return &c;
        }
        return nullptr;
    }

    Qty positionQty(std::string_view account, std::string_view symbol = "AAPL") const
    {
        const Position* p = engine.positions().find(engine.names().find(account), engine.findInstrument(symbol));
        return p ? p->quantity : 0;
    }

    std::string nextExecId() { return "E" + std::to_string(++m_execSeq); }

private:
    int m_execSeq = 0;
};

} // namespace ordo::test
