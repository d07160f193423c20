#include "enginefixture.h"

#include <QtTest>

#include <deque>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace ordo {

using test::cents;
using test::EngineFixture;

namespace {

// Drives the engine with a random mix of valid and invalid commands and venue
// events, then checks the order and position invariants after every step.
// Random numbers come straight from mt19937 (whose output the standard fixes)
// rather than from std distributions (which vary between standard libraries),
// so a seed reproduces the same run everywhere.
class Driver {
public:
    explicit Driver(std::uint32_t seed)
        : m_rng(seed)
    {
    }

    // Performs one random action; returns a failure message, empty if fine.
    std::string step(int n);
    // Checks every invariant; returns a failure message, empty if all hold.
    std::string check();

    const std::deque<std::string>& history() const { return m_history; }
    const std::map<std::string, int>& outcomes() const { return m_outcomes; }
    const Engine& engine() const { return f.engine; }

private:
    struct OrderState {
        OrderStatus status;
        Qty quantity;
        Qty cumQty;
        Price limitPrice;
        friend bool operator==(const OrderState&, const OrderState&) = default;
    };
    struct TrackedKill {
        ControlScope scope;
        Timestamp since;
        std::vector<OrderId> orders; // working in scope when the switch was thrown
    };
    using Key = std::pair<NameId, InstrumentId>;

    std::uint32_t below(std::uint32_t n) { return n ? m_rng() % n : 0; }
    bool percent(std::uint32_t p) { return below(100) < p; }
    template<typename T, std::size_t N> const T& pick(const T (&items)[N]) { return items[below(N)]; }

    OrderId anyOrder();
    OrderId workingOrder();
    OrderId targetOrder(bool (*wanted)(OrderStatus) = nullptr);
    const Actor& someTrader();
    const Actor& actorFor(OrderId id);
    ScopeSpec someScope();
    std::string clOrdIdFor(OrderId id, bool answer);
    Price priceNear(OrderId id);

    std::string submit();
    std::string cancel();
    std::string modify();
    std::string venueEvent(VenueEventType type);
    std::string fill(bool duplicate);
    std::string unknownClOrdId();
    std::string massCancel();
    std::string tradingControl(int what);
    std::string mark();

    void record(std::string_view kind, const std::string& detail, const Reason& r);
    std::string unchangedUnlessApplied(OrderId id, const OrderState& before, const Reason& r, const char* what);
    OrderState stateOf(OrderId id) const;
    void trackKill(const ScopeSpec& spec);

    EngineFixture f;
    std::mt19937 m_rng;
    std::vector<std::string> m_execIds;
    std::vector<std::string> m_clientIds;
    std::deque<std::string> m_history;
    std::map<std::string, int> m_outcomes;
    std::string m_last;

    // what the checker has seen so far
    std::vector<std::optional<OrderState>> m_terminal; // by order id
    std::size_t m_executionsSeen = 0;
    std::map<Key, Qty> m_signedFills;
    std::map<OrderId, Qty> m_filledByOrder;
    std::map<OrderId, Money> m_notionalByOrder;
    std::vector<TrackedKill> m_kills;
};

const char* const kSymbols[] = { "AAPL", "AAPL", "MSFT", "7203" };
const char* const kAccounts[] = { "ACC1", "ACC2", "ACC3" };

OrderId Driver::anyOrder()
{
    const auto n = f.engine.orders().size();
    return n ? OrderId(1 + below(std::uint32_t(n))) : kNoOrder;
}

OrderId Driver::workingOrder()
{
    std::vector<OrderId> working;
    f.engine.orders().forEach([&](const Order& o) {
        if (isWorking(o.status))
            working.push_back(o.id);
    });
    return working.empty() ? anyOrder() : working[below(std::uint32_t(working.size()))];
}

// Mostly a working order (most often one in a status the event suits),
// sometimes a finished one or one that does not exist.
OrderId Driver::targetOrder(bool (*wanted)(OrderStatus))
{
    const auto r = below(100);
    if (wanted && r < 60) {
        std::vector<OrderId> suited;
        f.engine.orders().forEach([&](const Order& o) {
            if (wanted(o.status))
                suited.push_back(o.id);
        });
        if (!suited.empty())
            return suited[below(std::uint32_t(suited.size()))];
    }
    if (r < 85)
        return workingOrder();
    if (r < 97)
        return anyOrder();
    return r == 97 ? kNoOrder : OrderId(f.engine.orders().size() + 1 + below(10));
}

// Mostly whoever may touch the order, sometimes anybody.
const Actor& Driver::actorFor(OrderId id)
{
    const Order* o = f.engine.order(id);
    if (!o || percent(15))
        return someTrader();
    if (percent(20))
        return f.supervisor;
    return o->trader == f.alice.user ? f.alice : o->trader == f.bob.user ? f.bob : f.supervisor;
}

const Actor& Driver::someTrader()
{
    const auto r = below(10);
    return r < 4 ? f.alice : r < 8 ? f.bob : f.supervisor;
}

ScopeSpec Driver::someScope()
{
    switch (below(6)) {
    case 0: return { ControlScope::Kind::Trader, "alice" };
    case 1: return { ControlScope::Kind::Trader, "bob" };
    case 2: return { ControlScope::Kind::Account, "ACC1" };
    case 3: return { ControlScope::Kind::Instrument, "AAPL" };
    default: return { ControlScope::Kind::All, {} };
    }
}

// What a venue would put in ClOrdID: for an answer to a cancel or replace the
// id of that request, otherwise the id it knows the order by; now and then the
// other one, which the engine must cope with as well.
std::string Driver::clOrdIdFor(OrderId id, bool answer)
{
    const bool request = answer ? percent(85) : percent(25);
    return request ? f.requestClOrdId(id) : f.currentClOrdId(id);
}

Price Driver::priceNear(OrderId id)
{
    const Order* o = f.engine.order(id);
    const Instrument* inst = o ? f.engine.instrument(o->instrument) : nullptr;
    const Price tick = inst ? inst->tickSize : cents(1);
    const Price base
        = o && o->limitPrice > 0 ? o->limitPrice : (inst && inst->lotSize > 1 ? 2500 * kPriceScale : cents(15000));
    return std::max<Price>(tick, base + (Price(below(11)) - 5) * tick);
}

Driver::OrderState Driver::stateOf(OrderId id) const
{
    const Order* o = f.engine.order(id);
    return o ? OrderState { o->status, o->quantity, o->cumQty, o->limitPrice } : OrderState {};
}

void Driver::record(std::string_view kind, const std::string& detail, const Reason& r)
{
    ++m_outcomes[std::string(kind) + " -> " + std::string(toString(r.code))];
    m_last = std::string(kind) + " " + detail + " -> " + std::string(toString(r.code))
        + (r.text.empty() ? "" : ": " + r.text);
}

std::string Driver::unchangedUnlessApplied(OrderId id, const OrderState& before, const Reason& r, const char* what)
{
    if (r.ok() || !f.engine.order(id) || stateOf(id) == before)
        return {};
    return std::string("a refused ") + what + " changed order " + std::to_string(id);
}

std::string Driver::step(int n)
{
    f.clock.advance(kNanosPerSecond / 1000);
    m_last.clear();
    std::string failure;

    const auto r = below(100);
    if (r < 14)
        failure = submit();
    else if (r < 21)
        failure = cancel();
    else if (r < 28)
        failure = modify();
    else if (r < 38)
        failure = venueEvent(VenueEventType::Ack);
    else if (r < 40)
        failure = venueEvent(VenueEventType::Reject);
    else if (r < 60)
        failure = fill(false);
    else if (r < 63)
        failure = fill(true);
    else if (r < 69)
        failure = venueEvent(VenueEventType::Cancelled);
    else if (r < 71)
        failure = venueEvent(VenueEventType::DoneForDay);
    else if (r < 77)
        failure = venueEvent(VenueEventType::Replaced);
    else if (r < 82)
        failure = venueEvent(VenueEventType::CancelRejected);
    else if (r < 86)
        failure = venueEvent(VenueEventType::ReplaceRejected);
    else if (r < 88)
        failure = venueEvent(VenueEventType::Expired);
    else if (r < 90)
        failure = venueEvent(VenueEventType::Suspended);
    else if (r < 92)
        failure = venueEvent(VenueEventType::Resumed);
    else if (r < 94)
        failure = unknownClOrdId();
    else if (r < 95)
        failure = massCancel();
    else if (r < 97)
        failure = tradingControl(int(below(10)));
    else
        failure = mark();

    m_history.push_back(std::to_string(n) + ": " + m_last);
    if (m_history.size() > 40)
        m_history.pop_front();
    return failure;
}

std::string Driver::submit()
{
    const auto who = below(20);
    const Actor& actor = who == 19 ? f.analyst : someTrader();
    OrderRequest r;
    r.symbol = pick(kSymbols);
    const bool lots = r.symbol == "7203";
    r.account = pick(kAccounts);
    r.side = Side(below(4));
    r.type = percent(85) ? OrdType::Limit : OrdType::Market;
    r.tif = r.type == OrdType::Limit && percent(20) ? TimeInForce::Gtc
        : percent(15)                               ? TimeInForce::Ioc
                                                    : TimeInForce::Day;
    r.quantity = lots ? Qty(1 + below(5)) * 100 : Qty(1 + below(500));
    if (r.type == OrdType::Limit)
        r.limitPrice = lots ? Price(2400 + below(200)) * kPriceScale : cents(14000 + below(2000));
    if (actor.role == Role::Supervisor && percent(50))
        r.trader = percent(50) ? "alice" : "bob";

    // some invalid ones
    switch (below(40)) {
    case 0: r.quantity = 0; break;
    case 1: r.quantity = lots ? 150 : -r.quantity; break;
    case 2: r.limitPrice += kPriceScale / 1000; break;
    case 3: r.limitPrice = 0; break;
    case 4: r.account.clear(); break;
    case 5: r.symbol = "NOPE"; break;
    default: break;
    }

    const auto idChoice = below(10);
    if (idChoice == 0 && !m_clientIds.empty())
        r.clientOrderId = m_clientIds[below(std::uint32_t(m_clientIds.size()))];
    else if (idChoice < 5)
        r.clientOrderId = m_clientIds.emplace_back("c" + std::to_string(m_clientIds.size() + 1));

    const auto sizeBefore = f.engine.orders().size();
    const SubmitResult result = f.engine.submit(actor, r);
    record(result.duplicate ? "submit (duplicate)" : "submit",
        std::string(toString(r.side)) + " " + std::to_string(r.quantity) + " " + r.symbol, result.reason);

    if (result.duplicate) {
        if (f.engine.orders().size() != sizeBefore
            || result.id != f.engine.orders().findByClientOrderId(r.clientOrderId))
            return "a duplicate submit created an order or returned another id";
        return {};
    }
    if (result.reason.ok()) {
        const Order* o = f.engine.order(result.id);
        if (!o || o->status != OrderStatus::PendingNew)
            return "an accepted submit did not leave a PendingNew order";
        if (f.engine.controls().stateFor(*o) == TradingState::Halted)
            return "an order was accepted under a kill switch";
    } else if (result.id && f.engine.order(result.id)->status != OrderStatus::Rejected) {
        return "a refused submit left its order " + std::string(toString(f.engine.order(result.id)->status));
    }
    return {};
}

std::string Driver::cancel()
{
    const OrderId id = targetOrder();
    const OrderState before = stateOf(id);
    const Reason r = f.engine.cancel(actorFor(id), id);
    record("cancel", std::to_string(id), r);
    return unchangedUnlessApplied(id, before, r, "cancel");
}

std::string Driver::modify()
{
    const OrderId id
        = targetOrder([](OrderStatus s) { return s == OrderStatus::Accepted || s == OrderStatus::PartiallyFilled; });
    const Order* o = f.engine.order(id);
    const bool lots = o && f.engine.instrument(o->instrument)->lotSize > 1;
    OrderAmendment am;
    if (percent(60))
        am.quantity = lots ? Qty(1 + below(6)) * 100 : Qty(1 + below(600));
    if (percent(60) || am.quantity == 0)
        am.limitPrice = priceNear(id);
    switch (below(30)) {
    case 0: am.quantity = -5; break;
    case 1: am.limitPrice += kPriceScale / 1000; break;
    case 2: am.quantity = lots ? 150 : am.quantity; break;
    default: break;
    }
    const OrderState before = stateOf(id);
    const Reason r = f.engine.modify(actorFor(id), id, am);
    record(
        "modify", std::to_string(id) + " to " + std::to_string(am.quantity) + " @ " + std::to_string(am.limitPrice), r);
    return unchangedUnlessApplied(id, before, r, "modify");
}

std::string Driver::venueEvent(VenueEventType type)
{
    bool (*wanted)(OrderStatus) = nullptr;
    switch (type) {
    case VenueEventType::Ack:
    case VenueEventType::Reject: wanted = [](OrderStatus s) { return s == OrderStatus::PendingNew; }; break;
    case VenueEventType::Cancelled:
    case VenueEventType::CancelRejected: wanted = [](OrderStatus s) { return s == OrderStatus::PendingCancel; }; break;
    case VenueEventType::Replaced:
    case VenueEventType::ReplaceRejected:
        wanted = [](OrderStatus s) { return s == OrderStatus::PendingReplace; };
        break;
    case VenueEventType::Resumed: wanted = [](OrderStatus s) { return s == OrderStatus::Suspended; }; break;
    default: break;
    }
    const OrderId id = targetOrder(wanted);
    const bool answer = type == VenueEventType::Cancelled || type == VenueEventType::Replaced
        || type == VenueEventType::CancelRejected || type == VenueEventType::ReplaceRejected;
    const std::string clOrdId = id ? clOrdIdFor(id, answer) : "20261121-0";
    const OrderState before = stateOf(id);
    const Reason r = f.venue(type, clOrdId);
    record(toString(type), clOrdId, r);
    return unchangedUnlessApplied(id, before, r, "venue event");
}

std::string Driver::fill(bool duplicate)
{
    const OrderId id = targetOrder();
    const Order* o = f.engine.order(id);
    const Qty leaves = o ? o->quantity - o->cumQty : 0;
    Qty qty;
    const auto r = below(100);
    if (r < 20 && leaves > 0)
        qty = leaves;
    else if (r < 80)
        qty = 1 + below(std::uint32_t(std::max<Qty>(leaves, 1)));
    else if (r < 92)
        qty = leaves + 1 + below(50); // overfill
    else if (r < 96)
        qty = 0;
    else
        qty = -1 - Qty(below(5));
    const bool repeated = duplicate && !m_execIds.empty();
    const std::string execId = repeated ? m_execIds[below(std::uint32_t(m_execIds.size()))] : f.nextExecId();
    const std::string clOrdId = id ? clOrdIdFor(id, false) : "20261121-0";
    const Money fee = percent(30) ? cents(below(100)) : 0;

    const OrderState before = stateOf(id);
    const Reason res = f.engine.onVenueEvent(test::fillEvent(clOrdId, execId, qty, priceNear(id), fee));
    record(repeated ? "repeated fill" : "fill",
        execId + " " + std::to_string(qty) + " on " + clOrdId + " (leaves " + std::to_string(leaves) + ")", res);
    if (repeated && res.ok())
        return "exec id " + execId + " was applied twice";
    if (res.ok())
        m_execIds.push_back(execId);
    return unchangedUnlessApplied(id, before, res, "fill");
}

std::string Driver::unknownClOrdId()
{
    const OrderId id = anyOrder();
    std::string clOrdId;
    std::string venue = "XSIM";
    switch (below(5)) {
    case 0: clOrdId = "20261121-" + std::to_string(f.engine.orders().size() + 1 + below(100)); break;
    case 1: clOrdId = "20261120-" + std::to_string(id); break;
    case 2:
        clOrdId = "20261121-" + std::to_string(id) + "."
            + std::to_string(id ? std::max(f.order(id).requestSeq, f.order(id).pendingSeq) + 1 + below(5) : 1);
        break;
    case 3: clOrdId = "garbage"; break;
    default:
        clOrdId = id ? f.currentClOrdId(id) : "20261121-1";
        venue = "XOTHER";
        break;
    }
    VenueEvent e = test::venueEvent(VenueEventType(below(11)), clOrdId, venue);
    e.execId = f.nextExecId();
    e.lastQty = 1;
    e.lastPrice = cents(15000);
    const OrderState before = stateOf(id);
    const Reason r = f.engine.onVenueEvent(e);
    record("unknown ClOrdID", std::string(toString(e.type)) + " " + clOrdId + " from " + venue, r);
    if (r.code != ReasonCode::UnknownOrder)
        return "an event for unknown ClOrdID " + clOrdId + " was not refused as unknown";
    return unchangedUnlessApplied(id, before, r, "unknown event");
}

std::string Driver::massCancel()
{
    OrderFilter filter;
    switch (below(5)) {
    case 0: filter.symbol = pick(kSymbols); break;
    case 1: filter.side = Side(below(4)); break;
    case 2: filter.account = pick(kAccounts); break;
    case 3: filter.trader = percent(50) ? "alice" : "bob"; break;
    default: break;
    }
    const MassCancelResult r = f.engine.massCancel(someTrader(), filter);
    record("mass cancel", std::to_string(r.matched) + " matched, " + std::to_string(r.cancelsSent) + " sent", r.reason);
    return r.cancelsSent <= r.matched ? std::string() : "mass cancel sent more cancels than it matched";
}

void Driver::trackKill(const ScopeSpec& spec)
{
    const TradingControl* c = f.control(spec.kind, spec.name);
    if (!c)
        return;
    std::erase_if(m_kills, [&](const TrackedKill& k) { return k.scope == c->scope; });
    TrackedKill k { c->scope, c->since, {} };
    f.engine.orders().forEach([&](const Order& o) {
        // Cancels sent by this command are working too: PendingCancel is working.
        if (isWorking(o.status) && c->scope.matches(o))
            k.orders.push_back(o.id);
    });
    m_kills.push_back(std::move(k));
}

std::string Driver::tradingControl(int what)
{
    const ScopeSpec scope = someScope();
    const Actor& who = percent(90) ? f.supervisor : f.alice;
    Reason r;
    const char* kind;
    std::string name = std::string(toString(scope.kind)) + " " + scope.name;
    if (what < 2) {
        r = f.engine.engageKillSwitch(who, scope);
        kind = "kill switch";
        if (r.ok())
            trackKill(scope);
    } else if (what < 7) {
        // Mostly a control in force, so that trading is active most of the time.
        const auto& controls = f.engine.controls().all();
        ScopeSpec target = scope;
        if (!controls.empty() && percent(80)) {
            const ControlScope& c = controls[below(std::uint32_t(controls.size()))].scope;
            target.kind = c.kind;
            target.name = c.kind == ControlScope::Kind::Instrument ? f.engine.instrument(c.id)->symbol
                                                                   : std::string(f.engine.names().name(c.id));
        }
        r = f.engine.rearm(who, target);
        kind = "rearm";
        name = std::string(toString(target.kind)) + " " + target.name;
    } else if (what < 8) {
        r = f.engine.setReducing(who, scope);
        kind = "reducing";
    } else {
        const ScopeSpec flat
            = what == 8 ? ScopeSpec { ControlScope::Kind::All, {} } : ScopeSpec { ControlScope::Kind::Account, "ACC1" };
        r = f.engine.flatten(who, flat);
        kind = "flatten";
        name = std::string(toString(flat.kind)) + " " + flat.name;
    }
    // A kill switch no longer in force, or replaced by REDUCING, is no longer tracked.
    std::erase_if(m_kills, [&](const TrackedKill& k) {
        for (const auto& c : f.engine.controls().all())
            if (c.scope == k.scope)
                return c.state != TradingState::Halted || c.since != k.since;
        return true;
    });
    record(kind, name, r);
    return {};
}

std::string Driver::mark()
{
    const char* symbol = pick(kSymbols);
    const Price price
        = std::string_view(symbol) == "7203" ? Price(2400 + below(200)) * kPriceScale : cents(14000 + below(2000));
    f.engine.markPrice(symbol, price);
    m_last = std::string("mark ") + symbol;
    return {};
}

std::string Driver::check()
{
    const Engine& e = f.engine;
    auto orderText = [&](const Order& o) {
        return "order " + std::to_string(o.id) + " (" + std::string(toString(o.status)) + ", qty "
            + std::to_string(o.quantity) + ", cum " + std::to_string(o.cumQty) + ")";
    };

    // Executions are append-only: fold in the new ones.
    const auto& xs = e.executions();
    for (; m_executionsSeen < xs.size(); ++m_executionsSeen) {
        const Execution& x = xs[m_executionsSeen];
        m_signedFills[{ x.account, x.instrument }] += sideSign(x.side) * x.quantity;
        m_filledByOrder[x.orderId] += x.quantity;
        m_notionalByOrder[x.orderId] += notional(x.price, x.quantity);
    }

    std::map<Key, std::pair<Qty, Qty>> working; // leaves of working orders: buys, sells
    m_terminal.resize(e.orders().size() + 1);
    std::string failure;
    e.orders().forEach([&](const Order& o) {
        if (!failure.empty())
            return;
        // (A request refused by validation keeps the invalid quantity it asked for.)
        if (o.cumQty < 0 || (o.cumQty > o.quantity && o.cumQty > 0))
            failure = "cumQty outside 0..quantity: " + orderText(o);
        else if (!isTerminal(o.status) && o.leavesQty() != o.quantity - o.cumQty)
            failure = "leaves != quantity - cumQty on a live order: " + orderText(o);
        else if (isTerminal(o.status) && o.leavesQty() != 0)
            failure = "leaves on a terminal order: " + orderText(o);
        else if (isWorking(o.status) && o.cumQty >= o.quantity)
            failure = "a working order with nothing left: " + orderText(o);
        else if (o.status == OrderStatus::New || o.status == OrderStatus::PendingRisk)
            failure = "an order stuck before routing: " + orderText(o);
        else if (o.status == OrderStatus::Accepted && o.cumQty != 0)
            failure = "Accepted with a filled quantity: " + orderText(o);
        else if (o.status == OrderStatus::PartiallyFilled && o.cumQty == 0)
            failure = "PartiallyFilled with nothing filled: " + orderText(o);
        else if (o.status == OrderStatus::Filled && o.cumQty != o.quantity)
            failure = "Filled with quantity left: " + orderText(o);
        else if (o.cumQty != (m_filledByOrder.count(o.id) ? m_filledByOrder[o.id] : 0))
            failure = "cumQty differs from the sum of its executions: " + orderText(o);
        else if (o.cumNotional != (m_notionalByOrder.count(o.id) ? m_notionalByOrder[o.id] : 0))
            failure = "cumNotional differs from its executions: " + orderText(o);
        if (!failure.empty())
            return;

        auto& seen = m_terminal[o.id];
        const OrderState now { o.status, o.quantity, o.cumQty, o.limitPrice };
        if (seen && !(*seen == now)) {
            failure = "a terminal order changed: was " + std::string(toString(seen->status)) + ", now " + orderText(o);
            return;
        }
        if (isTerminal(o.status))
            seen = now;

        if (isWorking(o.status)) {
            auto& w = working[{ o.account, o.instrument }];
            (sideSign(o.side) > 0 ? w.first : w.second) += o.quantity - o.cumQty;
        }
    });
    if (!failure.empty())
        return failure;

    std::size_t positionsWithFills = 0;
    e.positions().forEach([&](const Position& p) {
        if (!failure.empty())
            return;
        const Key key { p.account, p.instrument };
        const auto fills = m_signedFills.find(key);
        const Qty expected = fills == m_signedFills.end() ? 0 : fills->second;
        positionsWithFills += fills != m_signedFills.end();
        const auto w = working.count(key) ? working[key] : std::pair<Qty, Qty> { 0, 0 };
        const std::string where = "account " + std::string(e.names().name(p.account)) + ", "
            + std::string(e.instrument(p.instrument)->symbol);
        if (p.quantity != expected)
            failure = "position " + std::to_string(p.quantity) + " != sum of signed fills " + std::to_string(expected)
                + " for " + where;
        else if (p.boughtQty - p.soldQty != p.quantity)
            failure = "bought - sold != position for " + where;
        else if (p.workingBuyQty != w.first)
            failure = "workingBuyQty " + std::to_string(p.workingBuyQty) + " != leaves of working buys "
                + std::to_string(w.first) + " for " + where;
        else if (p.workingSellQty != w.second)
            failure = "workingSellQty " + std::to_string(p.workingSellQty) + " != leaves of working sells "
                + std::to_string(w.second) + " for " + where;
    });
    if (!failure.empty())
        return failure;
    if (positionsWithFills != m_signedFills.size())
        return "fills without a position";
    for (const auto& [key, w] : working)
        if ((w.first || w.second) && !e.positions().find(key.first, key.second))
            return "working orders without a position entry";

    for (const TrackedKill& k : m_kills) {
        const TradingControl* c = nullptr;
        for (const auto& ctl : e.controls().all())
            if (ctl.scope == k.scope)
                c = &ctl;
        if (!c)
            return "a tracked kill switch vanished";
        std::uint32_t live = 0;
        for (OrderId id : k.orders)
            live += !isTerminal(e.order(id)->status);
        const std::string what = "kill switch " + std::string(toString(k.scope.kind));
        if (c->phase == KillPhase::Cancelling && c->stillWorking != live)
            return what + ": stillWorking " + std::to_string(c->stillWorking) + " but " + std::to_string(live)
                + " of its orders are not done";
        if (c->phase == KillPhase::Confirmed && live != 0)
            return what + " confirmed with " + std::to_string(live) + " of its orders not done";
        if (c->cancelsFailed > k.orders.size())
            return what + ": " + std::to_string(c->cancelsFailed) + " cancels failed, but it governs only "
                + std::to_string(k.orders.size()) + " orders";
    }
    return {};
}

} // namespace

class TestRandomized : public QObject {
    Q_OBJECT

private slots:
    void randomEvents_data();
    void randomEvents();
};

void TestRandomized::randomEvents_data()
{
    QTest::addColumn<uint>("seed");
    QTest::addColumn<int>("steps");

    QTest::addRow("seed 20261121") << 20261121u << 20000;
    QTest::addRow("seed 1") << 1u << 20000;
    QTest::addRow("seed 424242") << 424242u << 20000;
}

void TestRandomized::randomEvents()
{
    QFETCH(uint, seed);
    QFETCH(int, steps);

    Driver d(seed);
    for (int n = 1; n <= steps; ++n) {
        std::string failure = d.step(n);
        if (failure.empty())
            failure = d.check();
        if (!failure.empty()) {
            for (const auto& h : d.history())
                qInfo("%s", h.c_str());
            const QByteArray message = QByteArray("step ") + QByteArray::number(n) + ": " + failure.c_str();
            QFAIL(message.constData());
        }
    }

    // Once more from scratch: every position is the sum of its signed fills.
    std::map<std::pair<NameId, InstrumentId>, Qty> sums;
    for (const Execution& x : d.engine().executions())
        sums[{ x.account, x.instrument }] += sideSign(x.side) * x.quantity;
    for (const auto& [key, qty] : sums) {
        const Position* p = d.engine().positions().find(key.first, key.second);
        QVERIFY(p);
        QCOMPARE(p->quantity, qty);
    }

    // The mix must actually have reached the interesting cases.
    const Engine& e = d.engine();
    int filled = 0, cancelled = 0, rejected = 0;
    e.orders().forEach([&](const Order& o) {
        filled += o.status == OrderStatus::Filled;
        cancelled += o.status == OrderStatus::Cancelled;
        rejected += o.status == OrderStatus::Rejected;
    });
    auto outcomes = [&](std::string_view code) {
        int n = 0;
        for (const auto& [what, count] : d.outcomes())
            if (what.ends_with(code))
                n += count;
        return n;
    };
    for (const auto& [what, count] : d.outcomes())
        qInfo("%6d  %s", count, what.c_str());
    qInfo("%zu orders (%d filled, %d cancelled, %d rejected), %zu executions, %llu refused events", e.orders().size(),
        filled, cancelled, rejected, e.executions().size(),
        static_cast<unsigned long long>(e.counters().refusedEvents));
    QVERIFY(filled > 50);
    QVERIFY(cancelled > 50);
    QVERIFY(rejected > 50);
    QVERIFY(outcomes("OVERFILL") > 50);
    QVERIFY(outcomes("DUPLICATE_EXEC_ID") > 50);
    QVERIFY(outcomes("UNKNOWN_ORDER") > 50);
    QVERIFY(outcomes("KILL_SWITCH_ENGAGED") > 10);
    QVERIFY(outcomes("NOT_PERMITTED") > 10);
}

} // namespace ordo

QTEST_APPLESS_MAIN(ordo::TestRandomized)
#include "tst_randomized.moc"
