// Pre-trade risk through the Engine: every check at its boundary, the limit
// hierarchy, soft limits held for a second pair of eyes, checks switched off,
// reducing orders, algo child orders, replaces, supervisor commands (who may,
// the audit, a restart) and monitoring.
//
// Risk only runs once configureRisk was called, so every test configures it.
// Prices are marked at 100.00 unless a test says otherwise; the clock starts
// at kSessionStart (14:30 UTC) and moves only when a test moves it.

#include "enginefixture.h"

#include "engine/statedump.h"
#include "ports/journal.h"

#include <QtTest>

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

namespace ordo {

using test::cents;
using test::kSession;
using test::kSessionStart;
using test::qs;
using test::RecordingGateway;
using test::SentMessage;
using test::units;

namespace {

constexpr Timestamp kMs = 1'000'000;
constexpr Timestamp kSecond = kNanosPerSecond;
constexpr Timestamp kMinute = 60 * kSecond;
constexpr Timestamp kHour = 60 * kMinute;
// Midnight UTC of the session day; kSessionStart is 14:30.
constexpr Timestamp kMidnight = kSessionStart - (14 * kHour + 30 * kMinute);
// SAP trades 08:00 - 16:30 UTC; the other instruments around the clock.
constexpr TradingHours kSapHours{8 * 60, 16 * 60 + 30};

// A journal that keeps what was committed in memory, in order.
class VectorJournal final : public Journal {
public:
    void append(std::span<const std::uint8_t> record) override { m_pending.emplace_back(record.begin(), record.end()); }
    Reason commit() override
    {
        for (auto& r : m_pending)
            records.push_back(std::move(r));
        m_pending.clear();
        return {};
    }

    std::vector<std::vector<std::uint8_t>> records;

private:
    std::vector<std::vector<std::uint8_t>> m_pending;
};

OrderRequest limitOrder(Side side, Qty qty, Price price, std::string symbol = "AAPL", std::string account = "ACC1")
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

OrderRequest marketOrder(Side side, Qty qty, std::string symbol = "AAPL", TimeInForce tif = TimeInForce::Day)
{
    OrderRequest r = limitOrder(side, qty, 0, std::move(symbol));
    r.type = OrdType::Market;
    r.tif = tif;
    return r;
}

OrderRequest withLocate(OrderRequest r, std::string locate)
{
    r.locateId = std::move(locate);
    return r;
}

OrderRequest withStrategy(OrderRequest r, std::string strategy)
{
    r.strategy = std::move(strategy);
    return r;
}

OrderRequest withTif(OrderRequest r, TimeInForce tif)
{
    r.tif = tif;
    return r;
}

// A row's configuration: limits and, where a row needs them, the rest.
RiskConfig riskConfig(std::vector<LimitSetting> limits, std::vector<std::string> restricted = {},
                      std::vector<std::pair<std::string, std::string>> desks = {}, RiskParameters parameters = {})
{
    RiskConfig c;
    c.limits = std::move(limits);
    c.restricted = std::move(restricted);
    c.desks = std::move(desks);
    c.parameters = parameters;
    return c;
}

RiskParameters withConcentrationFloor(Money floor)
{
    RiskParameters p;
    p.concentrationFloor = floor;
    return p;
}

// An engine with an in-memory journal, three instruments and five users:
// traders alice and bob, supervisors sam and sue, analyst ann.
class RiskFixture {
public:
    RiskFixture()
    {
        engine.startSession(kSession);
        engine.setDefaultVenue("XSIM");
        engine.defineInstrument(Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}});
        engine.defineInstrument(Instrument{"MSFT", kPriceScale / 100, 1, "USD", {}});
        engine.defineInstrument(Instrument{"SAP", kPriceScale / 100, 1, "EUR", kSapHours});
        alice = engine.actor("alice", Role::Trader);
        bob = engine.actor("bob", Role::Trader);
        sam = engine.actor("sam", Role::Supervisor);
        sue = engine.actor("sue", Role::Supervisor);
        ann = engine.actor("ann", Role::Analyst);
    }

    VectorJournal journal;  // declared before the engine: outlives it
    ManualClock clock{kSessionStart};
    RecordingGateway gateway;
    Engine engine{clock, gateway, &journal};
    Actor alice, bob, sam, sue, ann;

    const Actor& actorNamed(const QString& name) const
    {
        if (name == QLatin1String("bob"))
            return bob;
        if (name == QLatin1String("sam"))
            return sam;
        if (name == QLatin1String("sue"))
            return sue;
        if (name == QLatin1String("ann"))
            return ann;
        return alice;
    }

    Reason configure(const RiskConfig& config) { return engine.configureRisk(config); }
    // Risk's reference prices for the instruments the tests trade.
    void markAll()
    {
        engine.markPrice("AAPL", cents(10000));
        engine.markPrice("MSFT", cents(10000));
    }
    SubmitResult submit(const Actor& a, const OrderRequest& r) { return engine.submit(a, r); }

    std::string currentClOrdId(OrderId id) const
    {
        const Order* o = engine.order(id);
        return std::string(engine.clOrdId(id, o ? o->requestSeq : 0).view());
    }
    Reason ack(OrderId id) { return engine.onVenueEvent(test::venueEvent(VenueEventType::Ack, currentClOrdId(id))); }
    Reason fill(OrderId id, Qty qty, Price price)
    {
        return engine.onVenueEvent(test::fillEvent(currentClOrdId(id), "E" + std::to_string(++m_execSeq), qty, price));
    }
    // Fills what is left of the order at its limit price.
    Reason fillAll(OrderId id)
    {
        const Order& o = order(id);
        return fill(id, o.quantity - o.cumQty, o.limitPrice);
    }
    // Submits, checks that it passed, and fills it: a position.
    OrderId filled(const Actor& a, const OrderRequest& r)
    {
        const SubmitResult s = submit(a, r);
        if (!s.reason.ok() || !s.id)
            return kNoOrder;
        return fillAll(s.id).ok() ? s.id : kNoOrder;
    }

    const Order& order(OrderId id) const { return *engine.order(id); }
    int sent(OrderId id, SentMessage::Kind kind) const
    {
        return int(std::count_if(gateway.sent.begin(), gateway.sent.end(),
                                 [&](const SentMessage& m) { return m.orderId == id && m.kind == kind; }));
    }
    bool hasAlert(ReasonCode code, OrderId id) const
    {
        return std::any_of(engine.alerts().begin(), engine.alerts().end(),
                           [&](const Alert& a) { return a.code == code && a.orderId == id; });
    }
    int alertCount(ReasonCode code, Severity severity) const
    {
        return int(std::count_if(engine.alerts().begin(), engine.alerts().end(),
                                 [&](const Alert& a) { return a.code == code && a.severity == severity; }));
    }
    // The newest alert with this code and severity; empty if there is none.
    QString lastAlert(ReasonCode code, Severity severity) const
    {
        for (auto it = engine.alerts().rbegin(); it != engine.alerts().rend(); ++it)
            if (it->code == code && it->severity == severity)
                return qs(it->text);
        return {};
    }
    const TradingControl* control(ControlScope::Kind kind, std::string_view name) const
    {
        for (const auto& c : engine.controls().all()) {
            if (c.scope.kind != kind)
                continue;
            const std::uint32_t id =
                kind == ControlScope::Kind::Instrument ? engine.findInstrument(name) : engine.names().find(name);
            if (kind == ControlScope::Kind::All || c.scope.id == id)
                return &c;
        }
        return nullptr;
    }
    Qty workingBuy(std::string_view account = "ACC1", std::string_view symbol = "AAPL") const
    {
        const Position* p = engine.positions().find(engine.names().find(account), engine.findInstrument(symbol));
        return p ? p->workingBuyQty : 0;
    }
    // Working buy and sell quantity in the request's account and instrument.
    std::pair<Qty, Qty> working(const OrderRequest& r) const
    {
        const Position* p = engine.positions().find(engine.names().find(r.account), engine.findInstrument(r.symbol));
        return p ? std::pair<Qty, Qty>{p->workingBuyQty, p->workingSellQty} : std::pair<Qty, Qty>{0, 0};
    }
    std::optional<LimitUsage> usage(RiskCheck check, LimitLevel level, std::string_view name) const
    {
        for (const LimitUsage& u : engine.risk().usage())
            if (u.check == check && u.level == level && engine.limitPlace(u.level, u.id) == placeOf(level, name))
                return u;
        return std::nullopt;
    }
    static std::string placeOf(LimitLevel level, std::string_view name)
    {
        std::string s(toString(level));
        return level == LimitLevel::Firm ? s : s + " " + std::string(name);
    }

private:
    int m_execSeq = 0;
};

using Setup = void (*)(RiskFixture&);

// Positions and history a row needs before its two orders. Each setup
// checks its own steps with QVERIFY; the test stops if one failed.
void longAapl(RiskFixture& f, Qty qty)
{
    const OrderId id = f.filled(f.alice, limitOrder(Side::Buy, qty, cents(10000)));
    QVERIFY2(id, "the setup position could not be built");
}
void tripAapl(RiskFixture& f)
{
    f.clock.advance(kMinute);
    f.engine.markPrice("AAPL", cents(11100));
    QVERIFY(f.engine.risk().circuitBreakerActive(f.engine.findInstrument("AAPL"), f.clock.now()));
}

// One check at its boundary: the first order (at the limit where the rule
// allows it) passes, the second (one step further) is rejected.
struct BoundaryCase {
    RiskCheck check = RiskCheck::MaxOrderQty;
    RiskConfig config;
    Setup setup = nullptr;
    OrderRequest pass;
    OrderRequest fail;
    bool fillPass = false;     // fill the passing order before the failing one
    QStringList fragments;     // the reason text names the limit, its value, the place and the order's figure
    bool switchable = true;    // switching the check off lets the failing order through
};

struct NamedCase {
    const char* name;
    BoundaryCase c;
};

std::vector<NamedCase> boundaryCases()
{
    using L = LimitLevel;
    using C = RiskCheck;
    std::vector<NamedCase> v;
    v.push_back({"MaxOrderQty: 100 passes, 101 rejected at ACCOUNT ACC1",
                 {C::MaxOrderQty, riskConfig({{C::MaxOrderQty, L::Account, "ACC1", 100}}), nullptr,
                  limitOrder(Side::Buy, 100, cents(10000)), limitOrder(Side::Buy, 101, cents(10000)), false,
                  {"MaxOrderQty limit of ACCOUNT ACC1 is 100", "would make it 101"}}});
    v.push_back({"MaxOrderNotional: 10000.00 passes, 10001.00 rejected",
                 {C::MaxOrderNotional, riskConfig({{C::MaxOrderNotional, L::Account, "ACC1", units(10000)}}), nullptr,
                  limitOrder(Side::Buy, 100, cents(10000)), limitOrder(Side::Buy, 100, cents(10001)), false,
                  {"MaxOrderNotional limit of ACCOUNT ACC1 is 10000.00", "would make it 10001.00"}}});
    v.push_back({"PriceCollar: buy 5% above the reference passes, 5.01% rejected",
                 {C::PriceCollar, riskConfig({{C::PriceCollar, L::Firm, "", 500}}), nullptr,
                  limitOrder(Side::Buy, 10, cents(10500)), limitOrder(Side::Buy, 10, cents(10501)), false,
                  {"Price collar of FIRM is 5%", "reference price 100", "105.01 is 5.01% away"}}});
    v.push_back({"PriceCollar: sell 5% below passes, 5.01% below rejected at INSTRUMENT AAPL",
                 {C::PriceCollar, riskConfig({{C::PriceCollar, L::Instrument, "AAPL", 500}}), nullptr,
                  limitOrder(Side::Sell, 10, cents(9500)), limitOrder(Side::Sell, 10, cents(9499)), false,
                  {"Price collar of INSTRUMENT AAPL is 5%", "94.99 is 5.01% away"}}});
    v.push_back({"MaxLongPosition: working buys count, 100 passes, 101 rejected",
                 {C::MaxLongPosition, riskConfig({{C::MaxLongPosition, L::Trader, "alice", 100}}), nullptr,
                  limitOrder(Side::Buy, 100, cents(10000)), limitOrder(Side::Buy, 1, cents(10000)), false,
                  {"MaxLongPosition limit of TRADER alice is 100", "would make it 101"}}});
    v.push_back({"MaxLongPosition: the position counts",
                 {C::MaxLongPosition, riskConfig({{C::MaxLongPosition, L::Account, "ACC1", 100}}),
                  [](RiskFixture& f) { longAapl(f, 60); }, limitOrder(Side::Buy, 40, cents(10000)),
                  limitOrder(Side::Buy, 1, cents(10000)), false,
                  {"MaxLongPosition limit of ACCOUNT ACC1 is 100", "would make it 101"}}});
    v.push_back({"MaxShortPosition: short sales with a locate, 100 passes, 101 rejected",
                 {C::MaxShortPosition, riskConfig({{C::MaxShortPosition, L::Account, "ACC1", 100}}), nullptr,
                  withLocate(limitOrder(Side::Short, 100, cents(10000)), "LOC-1"),
                  withLocate(limitOrder(Side::Short, 1, cents(10000)), "LOC-2"), false,
                  {"MaxShortPosition limit of ACCOUNT ACC1 is 100", "would make it 101"}}});
    v.push_back({"MaxShortPosition: a sale beyond a long position",
                 {C::MaxShortPosition, riskConfig({{C::MaxShortPosition, L::Account, "ACC1", 100}}),
                  [](RiskFixture& f) { longAapl(f, 50); }, limitOrder(Side::Sell, 150, cents(10000)),
                  limitOrder(Side::Sell, 1, cents(10000)), false,
                  {"MaxShortPosition limit of ACCOUNT ACC1 is 100", "would make it 101"}}});
    v.push_back({"GrossExposure: at the reference price, not the order's: 10000.00 passes, 10100.00 rejected",
                 {C::GrossExposure, riskConfig({{C::GrossExposure, L::Account, "ACC1", units(10000)}}), nullptr,
                  limitOrder(Side::Buy, 100, cents(9900)), limitOrder(Side::Buy, 1, cents(9500)), false,
                  {"GrossExposure limit of ACCOUNT ACC1 is 10000.00", "would make it 10100.00"}}});
    v.push_back({"GrossExposure: longs and shorts add up",
                 {C::GrossExposure, riskConfig({{C::GrossExposure, L::Account, "ACC1", units(10000)}}),
                  [](RiskFixture& f) { QVERIFY(f.submit(f.alice, limitOrder(Side::Buy, 60, cents(10000))).reason.ok()); },
                  limitOrder(Side::Sell, 40, cents(10000), "MSFT"), limitOrder(Side::Sell, 1, cents(10000), "MSFT"),
                  false, {"GrossExposure limit of ACCOUNT ACC1 is 10000.00", "would make it 10100.00"}}});
    v.push_back({"NetExposure: a long and a short of the same size pass, one more short rejected",
                 {C::NetExposure, riskConfig({{C::NetExposure, L::Account, "ACC1", units(10000)}}),
                  [](RiskFixture& f) { QVERIFY(f.submit(f.alice, limitOrder(Side::Buy, 100, cents(10000))).reason.ok()); },
                  limitOrder(Side::Sell, 100, cents(10000), "MSFT"), limitOrder(Side::Sell, 1, cents(10000), "MSFT"),
                  false, {"NetExposure limit of ACCOUNT ACC1 is 10000.00", "would make it 10100.00"}}});
    v.push_back({"Concentration: below the floor one instrument may be all, at the floor it may not",
                 {C::Concentration, riskConfig({{C::Concentration, L::Account, "ACC1", 6000}}), nullptr,
                  limitOrder(Side::Buy, 9999, cents(10000)), limitOrder(Side::Buy, 1, cents(10000)), false,
                  {"Concentration limit of ACCOUNT ACC1 is 60%", "would make it 100%"}}});
    v.push_back({"Concentration: above the floor 60% passes, 60.39% rejected",
                 {C::Concentration,
                  riskConfig({{C::Concentration, L::Account, "ACC1", 6000}}, {}, {}, withConcentrationFloor(units(10000))),
                  [](RiskFixture& f) {
                      QVERIFY(f.submit(f.alice, limitOrder(Side::Buy, 40, cents(10000), "MSFT")).reason.ok());
                  },
                  limitOrder(Side::Buy, 60, cents(10000)), limitOrder(Side::Buy, 1, cents(10000)), false,
                  {"Concentration limit of ACCOUNT ACC1 is 60%", "would make it 60.39%"}}});
    v.push_back({"DailyVolume: fills and working orders count, 100 passes, 101 rejected",
                 {C::DailyVolume, riskConfig({{C::DailyVolume, L::Account, "ACC1", 100}}),
                  [](RiskFixture& f) { longAapl(f, 30); }, limitOrder(Side::Buy, 70, cents(10000)),
                  limitOrder(Side::Buy, 1, cents(10000)), false,
                  {"DailyVolume limit of ACCOUNT ACC1 is 100", "would make it 101"}}});
    v.push_back({"DailyNotional: fills and working orders count, 10000.00 passes, 10100.00 rejected",
                 {C::DailyNotional, riskConfig({{C::DailyNotional, L::Account, "ACC1", units(10000)}}),
                  [](RiskFixture& f) { longAapl(f, 30); }, limitOrder(Side::Buy, 70, cents(10000)),
                  limitOrder(Side::Buy, 1, cents(10000)), false,
                  {"DailyNotional limit of ACCOUNT ACC1 is 10000.00", "would make it 10100.00"}}});
    v.push_back({"DailyOrders: the 3rd order passes, the 4th rejected",
                 {C::DailyOrders, riskConfig({{C::DailyOrders, L::Trader, "alice", 3}}),
                  [](RiskFixture& f) {
                      QVERIFY(f.submit(f.alice, limitOrder(Side::Buy, 1, cents(10000))).reason.ok());
                      QVERIFY(f.submit(f.alice, limitOrder(Side::Buy, 2, cents(10000))).reason.ok());
                  },
                  limitOrder(Side::Buy, 3, cents(10000)), limitOrder(Side::Buy, 4, cents(10000)), false,
                  {"DailyOrders limit of TRADER alice is 3", "would make it 4"}}});
    v.push_back({"DailyFills: below the limit passes, at the limit rejected",
                 {C::DailyFills, riskConfig({{C::DailyFills, L::Account, "ACC1", 2}}),
                  [](RiskFixture& f) { longAapl(f, 10); }, limitOrder(Side::Buy, 20, cents(10000)),
                  limitOrder(Side::Buy, 1, cents(10000)), true, {"DailyFills limit of ACCOUNT ACC1 is 2"}}});
    v.push_back({"BuyingPower: 50% margin on longs, the cash covers 100 not 101",
                 {C::BuyingPower, riskConfig({{C::BuyingPower, L::Account, "ACC1", units(5000)}}), nullptr,
                  limitOrder(Side::Buy, 100, cents(10000)), limitOrder(Side::Buy, 1, cents(10000)), false,
                  {"Buying power of ACCOUNT ACC1", "cash 5000.00", "margin of 5050.00"}}});
    v.push_back({"BuyingPower: 150% margin on shorts",
                 {C::BuyingPower, riskConfig({{C::BuyingPower, L::Account, "ACC1", units(15000)}}), nullptr,
                  limitOrder(Side::Sell, 100, cents(10000)), limitOrder(Side::Sell, 1, cents(10000)), false,
                  {"Buying power of ACCOUNT ACC1", "cash 15000.00", "margin of 15150.00"}}});
    v.push_back({"BuyingPower: a loss reduces the equity",
                 {C::BuyingPower, riskConfig({{C::BuyingPower, L::Account, "ACC1", units(5000)}}),
                  [](RiskFixture& f) {
                      longAapl(f, 50);
                      f.engine.markPrice("AAPL", cents(9000));  // 500.00 lost: equity 4500.00
                  },
                  limitOrder(Side::Buy, 50, cents(9000)), limitOrder(Side::Buy, 1, cents(9000)), false,
                  {"Buying power of ACCOUNT ACC1", "equity 4500.00", "margin of 4545.00"}}});
    v.push_back({"RestrictedList: MSFT passes, the restricted AAPL rejected",
                 {C::RestrictedList, riskConfig({}, {"AAPL"}), nullptr, limitOrder(Side::Buy, 10, cents(10000), "MSFT"),
                  limitOrder(Side::Buy, 10, cents(10000)), false, {"INSTRUMENT AAPL is on the restricted list"}}});
    v.push_back({"ShortLocate: a short sale without a locate id",
                 {C::ShortLocate, riskConfig({}), nullptr, withLocate(limitOrder(Side::Short, 10, cents(10000)), "LOC-1"),
                  limitOrder(Side::Short, 20, cents(10000)), false, {"needs a locate"}}});
    v.push_back({"ShortLocate: no short sale in a restricted instrument, even with the restricted list soft",
                 {C::ShortLocate, riskConfig({{C::RestrictedList, L::Firm, "", 0, true}}, {"AAPL"}), nullptr,
                  withLocate(limitOrder(Side::Short, 10, cents(10000), "MSFT"), "LOC-1"),
                  withLocate(limitOrder(Side::Short, 10, cents(10000)), "LOC-2"), false,
                  {"No short sales in a restricted instrument"}, false}});
    v.push_back({"ShortLocate: no short sale while the circuit breaker halts the instrument",
                 {C::ShortLocate, riskConfig({{C::CircuitBreaker, L::Firm, "", 0, true}}), tripAapl,
                  withLocate(limitOrder(Side::Short, 10, cents(10000), "MSFT"), "LOC-1"),
                  withLocate(limitOrder(Side::Short, 10, cents(11100)), "LOC-2"), false,
                  {"No short sales while the instrument is halted"}, false}});
    v.push_back({"TradingPhase: a limit order before the open passes, a market order does not",
                 {C::TradingPhase, riskConfig({}),
                  [](RiskFixture& f) { f.clock.set(kMidnight + 24 * kHour + 7 * kHour); },
                  limitOrder(Side::Buy, 10, cents(10000), "SAP"), marketOrder(Side::Buy, 10, "SAP"), false,
                  {"No market orders outside continuous trading", "(phase PRE_OPEN)"}}});
    v.push_back({"DuplicateOrder: the same order again after 1999 ms",
                 {C::DuplicateOrder, riskConfig({}),
                  [](RiskFixture& f) {
                      QVERIFY(f.submit(f.alice, limitOrder(Side::Buy, 10, cents(10000))).reason.ok());
                      f.clock.advance(1999 * kMs);
                  },
                  limitOrder(Side::Buy, 11, cents(10000)), limitOrder(Side::Buy, 10, cents(10000)), false,
                  {"Possible duplicate", "1999 ms ago", "window 2000 ms"}}});
    v.push_back({"CircuitBreaker: MSFT passes, AAPL after a move of 11% rejected",
                 {C::CircuitBreaker, riskConfig({}), tripAapl, limitOrder(Side::Buy, 10, cents(10000), "MSFT"),
                  limitOrder(Side::Buy, 10, cents(11100)), false,
                  {"INSTRUMENT AAPL moved more than 10% from 100", "halted for 300 s more"}}});
    return v;
}

// What a rejected new order must look like. The result is evaluated once.
#define VERIFY_REJECTED(f, result, expectedCode)                                                                     \
    do {                                                                                                              \
        const SubmitResult res_ = (result);                                                                           \
        QVERIFY(res_.id != kNoOrder);                                                                                 \
        QCOMPARE_EQ(res_.reason.code, expectedCode);                                                                  \
        QCOMPARE_EQ((f).order(res_.id).status, OrderStatus::Rejected);                                               \
        QCOMPARE((f).sent(res_.id, SentMessage::Kind::New), 0);                                                       \
        QCOMPARE(qs((f).engine.orderText(res_.id)), qs(res_.reason.text));                                            \
        QVERIFY((f).hasAlert(expectedCode, res_.id));                                                                 \
    } while (false)

// What a new order that passed must look like: sent once, nothing held.
#define VERIFY_SENT(f, result)                                                                                        \
    do {                                                                                                              \
        const SubmitResult res_ = (result);                                                                           \
        QVERIFY2(res_.reason.ok(), res_.reason.text.c_str());                                                         \
        QVERIFY(res_.id != kNoOrder);                                                                                 \
        QCOMPARE_EQ((f).order(res_.id).status, OrderStatus::PendingNew);                                             \
        QCOMPARE((f).sent(res_.id, SentMessage::Kind::New), 1);                                                       \
    } while (false)

#define VERIFY_CONTAINS(text, fragment)                                                                               \
    QVERIFY2(qs(text).contains(fragment), qPrintable(QStringLiteral("'%1' does not contain '%2'").arg(qs(text), fragment)))

// Comparable renderings of what a restart must keep.
QStringList usageLines(const Engine& e)
{
    QStringList out;
    for (const LimitUsage& u : e.risk().usage())
        out << QStringLiteral("%1 %2 used=%3 limit=%4 soft=%5")
                   .arg(qs(toString(u.check)), qs(e.limitPlace(u.level, u.id)))
                   .arg(u.used)
                   .arg(u.limit)
                   .arg(u.soft);
    out.sort();
    return out;
}

QStringList auditLines(const Engine& e)
{
    QStringList out;
    for (const RiskAuditEntry& a : e.riskAudit())
        out << QStringLiteral("t=%1 user=%2 what=%3 %4 -> %5")
                   .arg(a.time)
                   .arg(qs(e.names().name(a.user)), qs(a.what), qs(a.before), qs(a.after));
    return out;
}

} // namespace

} // namespace ordo

Q_DECLARE_METATYPE(ordo::BoundaryCase)
Q_DECLARE_METATYPE(ordo::RiskConfig)
Q_DECLARE_METATYPE(ordo::RiskParameters)
Q_DECLARE_METATYPE(ordo::OrderRequest)
Q_DECLARE_METATYPE(ordo::OrderAmendment)
Q_DECLARE_METATYPE(ordo::LimitSetting)
Q_DECLARE_METATYPE(ordo::LimitLevel)
Q_DECLARE_METATYPE(ordo::Setup)
Q_DECLARE_METATYPE(ordo::ControlScope::Kind)

namespace ordo {

class TestPreTradeRisk : public QObject {
    Q_OBJECT

private slots:
    void oneReasonCodePerCheck();
    void unconfiguredEngineChecksNothing();
    void referencePriceFromMarkOrFirstFill();
    void collarLeavesAnUncappedPegAlone();

    // every check at its boundary
    void limitBoundary_data();
    void limitBoundary();
    void tradingPhase_data();
    void tradingPhase();
    void duplicateWindow_data();
    void duplicateWindow();
    void orderRate_data();
    void orderRate();
    void orderRateMinuteCapFreesAfterAMinute();
    void dailyLossReducingThenHalted_data();
    void dailyLossReducingThenHalted();
    void circuitBreakerTrips_data();
    void circuitBreakerTrips();
    void circuitBreakerHaltsNewOrdersNotCancels();

    // the hierarchy
    void tightestLimitBinds_data();
    void tightestLimitBinds();

    // hard and soft
    void softLimitHoldsForFourEyes_data();
    void softLimitHoldsForFourEyes();
    void hardFailureWinsOverSoft();

    // switched off, reducing, children, replaces
    void switchedOffCheckLetsOrderPass_data();
    void switchedOffCheckLetsOrderPass();
    void reducingOrderPassesLimitItCannotWorsen_data();
    void reducingOrderPassesLimitItCannotWorsen();
    void algoChildOrderIsChecked_data();
    void algoChildOrderIsChecked();
    void replaceIsChecked_data();
    void replaceIsChecked();

    // supervisor commands
    void onlySupervisorsChangeRisk_data();
    void onlySupervisorsChangeRisk();
    void supervisorChangesAreAudited();
    void limitsSurviveRestart();

    // monitoring
    void warningRaisedOnceOnMarks();
    void warningRaisedOnceOnFills();
    void breachRaisedWhenTheMarkJumpsOverTheLimit();
};

// ---------------------------------------------------------------------------

void TestPreTradeRisk::oneReasonCodePerCheck()
{
    using C = RiskCheck;
    using R = ReasonCode;
    const std::pair<RiskCheck, ReasonCode> expected[] = {
        {C::MaxOrderQty, R::RiskMaxOrderQty},       {C::MaxOrderNotional, R::RiskMaxOrderNotional},
        {C::PriceCollar, R::RiskPriceCollar},       {C::MaxLongPosition, R::RiskMaxLongPosition},
        {C::MaxShortPosition, R::RiskMaxShortPosition}, {C::GrossExposure, R::RiskGrossExposure},
        {C::NetExposure, R::RiskNetExposure},       {C::Concentration, R::RiskConcentration},
        {C::DailyVolume, R::RiskDailyVolume},       {C::DailyNotional, R::RiskDailyNotional},
        {C::DailyOrders, R::RiskDailyOrders},       {C::DailyFills, R::RiskDailyFills},
        {C::BuyingPower, R::RiskBuyingPower},       {C::RestrictedList, R::RiskRestrictedList},
        {C::ShortLocate, R::RiskShortLocate},       {C::TradingPhase, R::RiskTradingPhase},
        {C::DuplicateOrder, R::RiskDuplicateOrder}, {C::OrderRate, R::RiskOrderRate},
        {C::DailyLoss, R::RiskDailyLoss},           {C::CircuitBreaker, R::RiskCircuitBreaker},
    };
    QCOMPARE(int(std::size(expected)), kRiskCheckCount);
    for (const auto& [check, code] : expected) {
        QCOMPARE_EQ(reasonFor(check), code);
        RiskCheck parsed{};
        QVERIFY(parseRiskCheck(toString(check), parsed));
        QCOMPARE_EQ(int(parsed), int(check));
    }
}

void TestPreTradeRisk::unconfiguredEngineChecksNothing()
{
    RiskFixture f;
    QVERIFY(!f.engine.riskConfigured());
    f.markAll();
    // Limits set by a supervisor do not switch risk on; configureRisk does.
    QVERIFY(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxOrderQty, LimitLevel::Firm, "", 10}).ok());
    const SubmitResult unchecked = f.submit(f.alice, limitOrder(Side::Buy, 11, cents(10000)));
    VERIFY_SENT(f, unchecked);

    QVERIFY(f.configure(riskConfig({{RiskCheck::MaxOrderQty, LimitLevel::Firm, "", 10}})).ok());
    QVERIFY(f.engine.riskConfigured());
    const SubmitResult checked = f.submit(f.alice, limitOrder(Side::Buy, 12, cents(10000)));
    VERIFY_REJECTED(f, checked, ReasonCode::RiskMaxOrderQty);
}

void TestPreTradeRisk::collarLeavesAnUncappedPegAlone()
{
    RiskFixture f;
    QVERIFY(f.configure(riskConfig({{RiskCheck::PriceCollar, LimitLevel::Firm, "", 500}})).ok());
    f.markAll();
    // A midpoint peg without a cap names no price: nothing to collar.
    OrderRequest peg = limitOrder(Side::Buy, 100, 0);
    peg.peg = PegType::Mid;
    const SubmitResult uncapped = f.submit(f.alice, peg);
    VERIFY_SENT(f, uncapped);
    // A cap is a price, and is collared like any limit.
    peg.limitPrice = cents(11000);
    peg.quantity = 101;
    const SubmitResult capped = f.submit(f.alice, peg);
    VERIFY_REJECTED(f, capped, ReasonCode::RiskPriceCollar);
}

void TestPreTradeRisk::referencePriceFromMarkOrFirstFill()
{
    RiskFixture f;
    QVERIFY(f.configure(riskConfig({{RiskCheck::PriceCollar, LimitLevel::Firm, "", 500}})).ok());
    const InstrumentId aapl = f.engine.findInstrument("AAPL");
    QCOMPARE(f.engine.risk().referencePrice(aapl), 0);
    // No reference yet: nothing to hold the price against.
    const SubmitResult first = f.submit(f.alice, limitOrder(Side::Buy, 10, cents(20000)));
    VERIFY_SENT(f, first);
    // The first fill sets it ...
    QVERIFY(f.fill(first.id, 10, cents(10000)).ok());
    QCOMPARE(f.engine.risk().referencePrice(aapl), cents(10000));
    const SubmitResult far = f.submit(f.alice, limitOrder(Side::Buy, 10, cents(10501)));
    VERIFY_REJECTED(f, far, ReasonCode::RiskPriceCollar);
    VERIFY_CONTAINS(far.reason.text, QStringLiteral("reference price 100;"));
    // ... and marks move it; later fills do not.
    f.engine.markPrice("AAPL", cents(10400));
    QCOMPARE(f.engine.risk().referencePrice(aapl), cents(10400));
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Buy, 11, cents(10501))));
    const SubmitResult other = f.submit(f.alice, limitOrder(Side::Buy, 12, cents(10000)));
    VERIFY_SENT(f, other);
    QVERIFY(f.fill(other.id, 12, cents(10000)).ok());
    QCOMPARE(f.engine.risk().referencePrice(aapl), cents(10400));
}

// ---------------------------------------------------------------------------
// Every check at its boundary

void TestPreTradeRisk::limitBoundary_data()
{
    QTest::addColumn<BoundaryCase>("c");
    for (const NamedCase& n : boundaryCases())
        QTest::addRow("%s", n.name) << n.c;
}

void TestPreTradeRisk::limitBoundary()
{
    QFETCH(BoundaryCase, c);
    RiskFixture f;
    const Reason configured = f.configure(c.config);
    QVERIFY2(configured.ok(), configured.text.c_str());
    f.markAll();
    if (c.setup) {
        c.setup(f);
        if (QTest::currentTestFailed())
            return;
    }
    const std::size_t sentBefore = f.gateway.sent.size();

    const SubmitResult ok = f.submit(f.alice, c.pass);
    VERIFY_SENT(f, ok);
    if (c.fillPass)
        QVERIFY(f.fillAll(ok.id).ok());

    const std::pair<Qty, Qty> workingBefore = f.working(c.fail);
    const SubmitResult bad = f.submit(f.alice, c.fail);
    VERIFY_REJECTED(f, bad, reasonFor(c.check));
    for (const QString& fragment : std::as_const(c.fragments))
        VERIFY_CONTAINS(bad.reason.text, fragment);
    QCOMPARE(f.gateway.sent.size(), sentBefore + 1);  // only the passing order went out
    QVERIFY(f.working(c.fail) == workingBefore);      // the rejected order left no working quantity
}

void TestPreTradeRisk::tradingPhase_data()
{
    QTest::addColumn<Timestamp>("timeOfDay");
    QTest::addColumn<OrderRequest>("request");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QString>("why");

    // SAP: 08:00 - 16:30 UTC
    const Timestamp open = 8 * kHour;
    const Timestamp close = 16 * kHour + 30 * kMinute;
    const OrderRequest day = limitOrder(Side::Buy, 10, cents(10000), "SAP");
    const OrderRequest market = marketOrder(Side::Buy, 10, "SAP");

    QTest::addRow("market DAY one second before the open: rejected")
        << open - kSecond << market << false << "No market orders outside continuous trading (phase PRE_OPEN)";
    QTest::addRow("market DAY at the open: passes") << open << market << true << "";
    QTest::addRow("market ATO before the open: passes")
        << open - kHour << withTif(market, TimeInForce::Ato) << true << "";
    QTest::addRow("limit ATO before the open: passes")
        << open - kMs << withTif(day, TimeInForce::Ato) << true << "";
    QTest::addRow("limit ATO at the open: rejected")
        << open << withTif(day, TimeInForce::Ato) << false << "ATO orders are accepted only before the open (phase CONTINUOUS)";
    QTest::addRow("market ATO after the open: rejected")
        << open + kHour << withTif(market, TimeInForce::Ato) << false << "ATO orders are accepted only before the open";
    QTest::addRow("IOC before the open: rejected")
        << open - kMs << withTif(day, TimeInForce::Ioc) << false << "IOC and FOK orders need continuous trading (phase PRE_OPEN)";
    QTest::addRow("IOC at the open: passes") << open << withTif(day, TimeInForce::Ioc) << true << "";
    QTest::addRow("FOK after the close: rejected")
        << close << withTif(day, TimeInForce::Fok) << false << "IOC and FOK orders need continuous trading (phase CLOSED)";
    QTest::addRow("DAY limit before the open: passes") << open - kHour << day << true << "";
    QTest::addRow("DAY limit one millisecond before the close: passes") << close - kMs << day << true << "";
    QTest::addRow("DAY limit at the close: rejected")
        << close << day << false << "The market is closed for today: use GTC or GTD to rest until the next session (phase CLOSED)";
    QTest::addRow("GTC limit after the close: passes") << close + kHour << withTif(day, TimeInForce::Gtc) << true << "";
    QTest::addRow("ATC before the close: passes") << close - kMinute << withTif(day, TimeInForce::Atc) << true << "";
    QTest::addRow("ATC after the close: rejected")
        << close << withTif(day, TimeInForce::Atc) << false << "ATC orders are accepted only before the close (phase CLOSED)";
    QTest::addRow("market DAY after the close: rejected")
        << close + kMinute << market << false << "No market orders outside continuous trading (phase CLOSED)";
}

void TestPreTradeRisk::tradingPhase()
{
    QFETCH(Timestamp, timeOfDay);
    QFETCH(OrderRequest, request);
    QFETCH(bool, passes);
    QFETCH(QString, why);

    RiskFixture f;
    QVERIFY(f.configure(riskConfig({})).ok());
    f.engine.markPrice("SAP", cents(10000));
    f.clock.set(kMidnight + 24 * kHour + timeOfDay);  // the next day, at that time
    const SubmitResult r = f.submit(f.alice, request);
    if (passes) {
        VERIFY_SENT(f, r);
    } else {
        VERIFY_REJECTED(f, r, ReasonCode::RiskTradingPhase);
        VERIFY_CONTAINS(r.reason.text, why);
    }
    // Instruments without trading hours trade around the clock.
    OrderRequest aapl = request;
    aapl.symbol = "AAPL";
    if (aapl.tif != TimeInForce::Ato && aapl.tif != TimeInForce::Atc) {
        const SubmitResult any = f.submit(f.bob, aapl);
        VERIFY_SENT(f, any);
    }
}

void TestPreTradeRisk::duplicateWindow_data()
{
    QTest::addColumn<Timestamp>("after");
    QTest::addColumn<OrderRequest>("second");
    QTest::addColumn<bool>("duplicate");

    const OrderRequest first = limitOrder(Side::Buy, 10, cents(10000));
    QTest::addRow("the same order 1 ms later") << kMs << first << true;
    QTest::addRow("the same order 1999 ms later") << 1999 * kMs << first << true;
    QTest::addRow("the same order 2000 ms later, when the window closed") << 2000 * kMs << first << false;
    QTest::addRow("another quantity") << kMs << limitOrder(Side::Buy, 11, cents(10000)) << false;
    QTest::addRow("another price") << kMs << limitOrder(Side::Buy, 10, cents(10001)) << false;
    QTest::addRow("another side") << kMs << limitOrder(Side::Sell, 10, cents(10000)) << false;
    QTest::addRow("another account") << kMs << limitOrder(Side::Buy, 10, cents(10000), "AAPL", "ACC2") << false;
    QTest::addRow("another instrument") << kMs << limitOrder(Side::Buy, 10, cents(10000), "MSFT") << false;
}

void TestPreTradeRisk::duplicateWindow()
{
    QFETCH(Timestamp, after);
    QFETCH(OrderRequest, second);
    QFETCH(bool, duplicate);

    RiskFixture f;
    QVERIFY(f.configure(riskConfig({})).ok());
    f.markAll();
    const SubmitResult one = f.submit(f.alice, limitOrder(Side::Buy, 10, cents(10000)));
    VERIFY_SENT(f, one);
    f.clock.advance(after);
    const SubmitResult two = f.submit(f.alice, second);
    if (!duplicate) {
        VERIFY_SENT(f, two);
        return;
    }
    VERIFY_REJECTED(f, two, ReasonCode::RiskDuplicateOrder);
    VERIFY_CONTAINS(two.reason.text, QStringLiteral("%1 ms ago (window 2000 ms)").arg(after / kMs));
}

void TestPreTradeRisk::orderRate_data()
{
    QTest::addColumn<qint64>("perMinute");
    QTest::addColumn<Timestamp>("interval");  // between one order and the next
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("refusedFrom");     // index of the first refused order; -1: none refused
    QTest::addColumn<int>("refusedBy");
    QTest::addColumn<QString>("why");

    // The per-minute cap is raised where a row is about the per-second rate.
    QTest::addRow("100 a second sustained for 30 s passes")
        << qint64(6000) << 10 * kMs << 3000 << -1 << -1 << "";
    QTest::addRow("200 a second (2x burst) passes for about 10 s, then refused")
        << qint64(1'000'000) << 5 * kMs << 3000 << 2000 << 2400
        << "Order rate limit: more than 100 orders a second (200 for at most 10 s)";
    QTest::addRow("300 a second is refused after about 2 s")
        << qint64(1'000'000) << Timestamp(3'333'333) << 3000 << 450 << 750
        << "Order rate limit: more than 100 orders a second";
    QTest::addRow("at one instant: a second's burst of 200 passes, the 201st refused")
        << qint64(1'000'000) << Timestamp(0) << 300 << 200 << 200 << "Order rate limit: more than 100 orders a second";
    QTest::addRow("the 1000 a minute cap: the 1001st order within the minute refused")
        << qint64(1000) << 20 * kMs << 1500 << 1000 << 1000
        << "Order rate limit: 1000 orders in the last minute, limit 1000 a minute";
}

void TestPreTradeRisk::orderRate()
{
    QFETCH(qint64, perMinute);
    QFETCH(Timestamp, interval);
    QFETCH(int, count);
    QFETCH(int, refusedFrom);
    QFETCH(int, refusedBy);
    QFETCH(QString, why);

    RiskFixture f;
    RiskParameters p;
    p.ordersPerMinute = perMinute;
    RiskConfig config = riskConfig({}, {}, {}, p);
    config.disabled = {RiskCheck::DuplicateOrder};  // the orders repeat: only the rate is under test
    QVERIFY(f.configure(config).ok());
    f.markAll();

    const Timestamp t0 = f.clock.now();
    int refusedAt = -1;
    SubmitResult refused;
    for (int k = 0; k < count; ++k) {
        f.clock.set(t0 + k * interval);
        SubmitResult r = f.submit(f.alice, limitOrder(Side::Buy, 1 + k % 100, cents(10000)));
        if (!r.reason.ok()) {
            refusedAt = k;
            refused = std::move(r);
            break;
        }
    }
    if (refusedFrom < 0) {
        QVERIFY2(refusedAt < 0, qPrintable(QStringLiteral("order %1 refused: %2").arg(refusedAt).arg(qs(refused.reason.text))));
        return;
    }
    QVERIFY2(refusedAt >= 0, "never refused");
    QVERIFY2(refusedAt >= refusedFrom && refusedAt <= refusedBy,
             qPrintable(QStringLiteral("order %1 refused, after %2 ms").arg(refusedAt).arg(refusedAt * interval / kMs)));
    VERIFY_REJECTED(f, refused, ReasonCode::RiskOrderRate);
    VERIFY_CONTAINS(refused.reason.text, why);

    // The rate is per trader: bob trades at the same moment.
    const SubmitResult bob = f.submit(f.bob, limitOrder(Side::Buy, 1, cents(10000)));
    VERIFY_SENT(f, bob);
}

void TestPreTradeRisk::orderRateMinuteCapFreesAfterAMinute()
{
    RiskFixture f;
    RiskConfig config = riskConfig({});
    config.disabled = {RiskCheck::DuplicateOrder};
    QVERIFY(f.configure(config).ok());
    const Timestamp t0 = f.clock.now();  // on a whole second
    QCOMPARE(t0 % kSecond, 0);
    // 1000 orders in the first 20 s, 50 of them in the first second.
    for (int k = 0; k < 1000; ++k) {
        f.clock.set(t0 + k * 20 * kMs);
        const SubmitResult r = f.submit(f.alice, limitOrder(Side::Buy, 1 + k % 100, cents(10000)));
        QVERIFY2(r.reason.ok(), r.reason.text.c_str());
    }
    f.clock.set(t0 + 60 * kSecond - kMs);
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Buy, 1, cents(10000))), ReasonCode::RiskOrderRate);
    f.clock.set(t0 + 60 * kSecond);  // the first second's 50 orders are out of the minute
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Buy, 2, cents(10000))));
}

void TestPreTradeRisk::dailyLossReducingThenHalted_data()
{
    QTest::addColumn<LimitLevel>("level");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ControlScope::Kind>("kind");

    QTest::addRow("daily loss limit of a trader") << LimitLevel::Trader << "alice" << ControlScope::Kind::Trader;
    QTest::addRow("daily loss limit of an account") << LimitLevel::Account << "ACC1" << ControlScope::Kind::Account;
}

void TestPreTradeRisk::dailyLossReducingThenHalted()
{
    QFETCH(LimitLevel, level);
    QFETCH(QString, name);
    QFETCH(ControlScope::Kind, kind);
    const std::string who = name.toStdString();
    const QString place = qs(RiskFixture::placeOf(level, who));

    RiskFixture f;
    RiskConfig config = riskConfig({{RiskCheck::DailyLoss, level, who, units(1000)}});
    config.disabled = {RiskCheck::CircuitBreaker};  // the 10% fall is about the loss, not the breaker
    QVERIFY(f.configure(config).ok());
    f.markAll();
    QVERIFY(f.filled(f.alice, limitOrder(Side::Buy, 100, cents(10000))));

    // 999.00 lost: a warning, trading goes on.
    f.engine.markPrice("AAPL", cents(9001));
    QCOMPARE(f.alertCount(ReasonCode::RiskDailyLoss, Severity::Warning), 1);
    VERIFY_CONTAINS(f.lastAlert(ReasonCode::RiskDailyLoss, Severity::Warning).toStdString(), place);
    QVERIFY(!f.control(kind, who));
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Buy, 1, cents(9001))));

    // 1000.00 lost, the limit: REDUCING on that trader or account.
    f.engine.markPrice("AAPL", cents(9000));
    const TradingControl* c = f.control(kind, who);
    QVERIFY(c);
    QCOMPARE_EQ(c->state, TradingState::Reducing);
    QCOMPARE(qs(f.engine.names().name(c->by)), QStringLiteral("risk"));
    QCOMPARE(f.engine.controls().all().size(), 1u);
    const QString breach = f.lastAlert(ReasonCode::RiskDailyLoss, Severity::Critical);
    QVERIFY2(breach.contains("Daily loss limit of " + place + " breached") && breach.contains("REDUCING"),
             qPrintable(breach));
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Buy, 1, cents(9000))), ReasonCode::ReducingOnly);
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Sell, 10, cents(9000))));
    VERIFY_SENT(f, f.submit(f.bob, limitOrder(Side::Buy, 1, cents(9000), "AAPL", "ACC2")));

    // A supervisor re-arms; the loss limit itself still lets only reducing orders through.
    QVERIFY(f.engine.rearm(f.sam, {kind, who}).ok());
    const SubmitResult still = f.submit(f.alice, limitOrder(Side::Buy, 2, cents(9000)));
    VERIFY_REJECTED(f, still, ReasonCode::RiskDailyLoss);
    VERIFY_CONTAINS(still.reason.text, "Daily loss limit of " + place + " is 1000.00");
    VERIFY_CONTAINS(still.reason.text, QStringLiteral("the loss today is 1000.00"));
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Sell, 11, cents(9000))));

    // Recovered below the warning level, breached again: REDUCING again.
    f.engine.markPrice("AAPL", cents(9201));  // 799.00 lost
    QVERIFY(!f.control(kind, who));
    f.engine.markPrice("AAPL", cents(9000));
    c = f.control(kind, who);
    QVERIFY(c);
    QCOMPARE_EQ(c->state, TradingState::Reducing);

    // The third breach halts for the cooling-off period ...
    f.engine.markPrice("AAPL", cents(9201));
    f.engine.markPrice("AAPL", cents(9000));
    const Timestamp haltedAt = f.clock.now();
    c = f.control(kind, who);
    QVERIFY(c);
    QCOMPARE_EQ(c->state, TradingState::Halted);
    VERIFY_CONTAINS(f.lastAlert(ReasonCode::RiskDailyLoss, Severity::Critical).toStdString(),
                    QStringLiteral("cooling-off period of 15 minutes"));
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Sell, 12, cents(9000))), ReasonCode::KillSwitchEngaged);
    f.clock.set(haltedAt + 15 * kMinute - kMs);
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Sell, 13, cents(9000))), ReasonCode::KillSwitchEngaged);

    // ... after which it is REDUCING until a supervisor re-arms.
    f.clock.set(haltedAt + 15 * kMinute);
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Sell, 14, cents(9000))));
    c = f.control(kind, who);
    QVERIFY(c);
    QCOMPARE_EQ(c->state, TradingState::Reducing);
    VERIFY_CONTAINS(f.lastAlert(ReasonCode::RiskDailyLoss, Severity::Warning).toStdString(),
                    "Cooling-off for " + place + " is over");
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Buy, 3, cents(9000))), ReasonCode::ReducingOnly);
}

void TestPreTradeRisk::circuitBreakerTrips_data()
{
    QTest::addColumn<QList<qint64>>("seconds");  // when each mark after 100.00 at 0 s comes
    QTest::addColumn<QList<qint64>>("prices");   // in cents
    QTest::addColumn<bool>("trips");

    QTest::newRow("up exactly 10% within the window: no trip") << QList<qint64>{60} << QList<qint64>{11000} << false;
    QTest::newRow("up 10.01%: trips") << QList<qint64>{60} << QList<qint64>{11001} << true;
    QTest::newRow("down exactly 10%: no trip") << QList<qint64>{60} << QList<qint64>{9000} << false;
    QTest::newRow("down 10.01%: trips") << QList<qint64>{60} << QList<qint64>{8999} << true;
    QTest::newRow("11% at the end of the 5 minute window: trips") << QList<qint64>{300} << QList<qint64>{11100} << true;
    QTest::newRow("11% over 6 minutes: no trip")
        << QList<qint64>{180, 360} << QList<qint64>{10500, 11100} << false;
    QTest::newRow("a dip then a rise of 10.5% within the window: trips")
        << QList<qint64>{120, 240} << QList<qint64>{9500, 10500} << true;
}

void TestPreTradeRisk::circuitBreakerTrips()
{
    QFETCH(QList<qint64>, seconds);
    QFETCH(QList<qint64>, prices);
    QFETCH(bool, trips);

    RiskFixture f;
    QVERIFY(f.configure(riskConfig({})).ok());
    const Timestamp t0 = f.clock.now();
    f.markAll();
    for (int i = 0; i < seconds.size(); ++i) {
        f.clock.set(t0 + seconds[i] * kSecond);
        f.engine.markPrice("AAPL", cents(prices[i]));
    }
    QCOMPARE(f.engine.risk().circuitBreakerActive(f.engine.findInstrument("AAPL"), f.clock.now()), trips);
    QCOMPARE(f.alertCount(ReasonCode::RiskCircuitBreaker, Severity::Critical), trips ? 1 : 0);
    const SubmitResult r = f.submit(f.alice, limitOrder(Side::Buy, 10, cents(prices.last())));
    if (trips)
        VERIFY_REJECTED(f, r, ReasonCode::RiskCircuitBreaker);
    else
        VERIFY_SENT(f, r);
}

void TestPreTradeRisk::circuitBreakerHaltsNewOrdersNotCancels()
{
    RiskFixture f;
    QVERIFY(f.configure(riskConfig({})).ok());
    f.markAll();
    const SubmitResult resting = f.submit(f.alice, limitOrder(Side::Buy, 10, cents(9900)));
    VERIFY_SENT(f, resting);
    QVERIFY(f.ack(resting.id).ok());

    f.clock.advance(kMinute);
    f.engine.markPrice("AAPL", cents(11100));
    const Timestamp trippedAt = f.clock.now();
    const QString alert = f.lastAlert(ReasonCode::RiskCircuitBreaker, Severity::Critical);
    QVERIFY2(alert.contains("Circuit breaker on INSTRUMENT AAPL") && alert.contains("new orders halted for 300 s"),
             qPrintable(alert));

    const SubmitResult buy = f.submit(f.alice, limitOrder(Side::Buy, 5, cents(11100)));
    VERIFY_REJECTED(f, buy, ReasonCode::RiskCircuitBreaker);
    VERIFY_CONTAINS(buy.reason.text,
                    QStringLiteral("INSTRUMENT AAPL moved more than 10% from 100; new orders halted for 300 s more"));
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Sell, 5, cents(11100))), ReasonCode::RiskCircuitBreaker);
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Buy, 5, cents(10000), "MSFT")));

    // Cancels still pass.
    QVERIFY(f.engine.cancel(f.alice, resting.id).ok());
    QCOMPARE_EQ(f.order(resting.id).status, OrderStatus::PendingCancel);
    QCOMPARE(f.sent(resting.id, SentMessage::Kind::Cancel), 1);

    f.clock.set(trippedAt + 5 * kMinute - kMs);
    const SubmitResult late = f.submit(f.alice, limitOrder(Side::Buy, 6, cents(11100)));
    VERIFY_REJECTED(f, late, ReasonCode::RiskCircuitBreaker);
    VERIFY_CONTAINS(late.reason.text, QStringLiteral("halted for 1 s more"));

    // After the halt time, new orders are accepted again.
    f.clock.set(trippedAt + 5 * kMinute);
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Buy, 7, cents(11100))));
    VERIFY_CONTAINS(f.lastAlert(ReasonCode::RiskCircuitBreaker, Severity::Warning).toStdString(),
                    QStringLiteral("Circuit breaker on INSTRUMENT AAPL reset"));
}

// ---------------------------------------------------------------------------
// The hierarchy

void TestPreTradeRisk::tightestLimitBinds_data()
{
    QTest::addColumn<RiskConfig>("config");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QString>("trader");
    QTest::addColumn<OrderRequest>("request");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<QString>("why");

    using L = LimitLevel;
    using C = RiskCheck;
    const LimitSetting firm1000{C::MaxOrderQty, L::Firm, "", 1000};
    const std::vector<std::pair<std::string, std::string>> desks{{"alice", "EQ"}};
    const OrderRequest buy600 = limitOrder(Side::Buy, 600, cents(10000));
    const Setup none = nullptr;

    QTest::addRow("firm 1000: 1001 rejected naming the firm")
        << riskConfig({firm1000}) << none << "alice" << limitOrder(Side::Buy, 1001, cents(10000))
        << ReasonCode::RiskMaxOrderQty << "MaxOrderQty limit of FIRM is 1000";
    QTest::addRow("firm 1000: 1000 passes")
        << riskConfig({firm1000}) << none << "alice" << limitOrder(Side::Buy, 1000, cents(10000)) << ReasonCode::None << "";
    QTest::addRow("firm 1000, desk EQ 500: alice on EQ rejected at 600 naming the desk")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Desk, "EQ", 500}}, {}, desks) << none << "alice" << buy600
        << ReasonCode::RiskMaxOrderQty << "MaxOrderQty limit of DESK EQ is 500";
    QTest::addRow("firm 1000, desk EQ 500: bob on no desk passes at 600")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Desk, "EQ", 500}}, {}, desks) << none << "bob" << buy600
        << ReasonCode::None << "";
    QTest::addRow("firm 1000, trader alice 500: 600 rejected naming the trader")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Trader, "alice", 500}}) << none << "alice" << buy600
        << ReasonCode::RiskMaxOrderQty << "MaxOrderQty limit of TRADER alice is 500";
    QTest::addRow("firm 1000, trader alice 500: bob passes at 600")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Trader, "alice", 500}}) << none << "bob" << buy600
        << ReasonCode::None << "";
    QTest::addRow("firm 1000, account ACC1 500: 600 rejected naming the account")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Account, "ACC1", 500}}) << none << "alice" << buy600
        << ReasonCode::RiskMaxOrderQty << "MaxOrderQty limit of ACCOUNT ACC1 is 500";
    QTest::addRow("firm 1000, account ACC1 500: 600 in ACC2 passes")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Account, "ACC1", 500}}) << none << "alice"
        << limitOrder(Side::Buy, 600, cents(10000), "AAPL", "ACC2") << ReasonCode::None << "";
    QTest::addRow("firm 1000, strategy MOMO 500: 600 rejected naming the strategy")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Strategy, "MOMO", 500}}) << none << "alice"
        << withStrategy(buy600, "MOMO") << ReasonCode::RiskMaxOrderQty << "MaxOrderQty limit of STRATEGY MOMO is 500";
    QTest::addRow("firm 1000, strategy MOMO 500: 600 without the strategy passes")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Strategy, "MOMO", 500}}) << none << "alice" << buy600
        << ReasonCode::None << "";
    QTest::addRow("firm 1000, instrument AAPL 500: 600 rejected naming the instrument")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Instrument, "AAPL", 500}}) << none << "alice" << buy600
        << ReasonCode::RiskMaxOrderQty << "MaxOrderQty limit of INSTRUMENT AAPL is 500";
    QTest::addRow("firm 1000, instrument AAPL 500: 600 MSFT passes")
        << riskConfig({firm1000, {C::MaxOrderQty, L::Instrument, "AAPL", 500}}) << none << "alice"
        << limitOrder(Side::Buy, 600, cents(10000), "MSFT") << ReasonCode::None << "";
    QTest::addRow("firm 500, account ACC1 1000: a looser lower level does not loosen the firm's")
        << riskConfig({{C::MaxOrderQty, L::Firm, "", 500}, {C::MaxOrderQty, L::Account, "ACC1", 1000}}) << none
        << "alice" << buy600 << ReasonCode::RiskMaxOrderQty << "MaxOrderQty limit of FIRM is 500";
    const RiskConfig every = riskConfig({firm1000, {C::MaxOrderQty, L::Desk, "EQ", 900},
                                         {C::MaxOrderQty, L::Trader, "alice", 800}, {C::MaxOrderQty, L::Account, "ACC1", 700},
                                         {C::MaxOrderQty, L::Strategy, "MOMO", 600},
                                         {C::MaxOrderQty, L::Instrument, "AAPL", 500}},
                                        {}, desks);
    QTest::addRow("a limit at every level: the instrument's 500 binds at 501")
        << every << none << "alice" << withStrategy(limitOrder(Side::Buy, 501, cents(10000)), "MOMO")
        << ReasonCode::RiskMaxOrderQty << "MaxOrderQty limit of INSTRUMENT AAPL is 500";
    QTest::addRow("a limit at every level: 500 passes them all")
        << every << none << "alice" << withStrategy(limitOrder(Side::Buy, 500, cents(10000)), "MOMO")
        << ReasonCode::None << "";
    // Running figures add up per level: the desk's position is both traders'.
    const RiskConfig deskLong =
        riskConfig({{C::MaxLongPosition, L::Desk, "EQ", 100}}, {}, {{"alice", "EQ"}, {"bob", "EQ"}});
    const Setup aliceBuys60 = [](RiskFixture& f) {
        QVERIFY(f.submit(f.alice, limitOrder(Side::Buy, 60, cents(10000))).reason.ok());
    };
    QTest::addRow("desk EQ long 100: bob's 40 on top of alice's 60 passes")
        << deskLong << aliceBuys60 << "bob" << limitOrder(Side::Buy, 40, cents(10000), "AAPL", "ACC2")
        << ReasonCode::None << "";
    QTest::addRow("desk EQ long 100: bob's 41 on top of alice's 60 rejected naming the desk")
        << deskLong << aliceBuys60 << "bob" << limitOrder(Side::Buy, 41, cents(10000), "AAPL", "ACC2")
        << ReasonCode::RiskMaxLongPosition << "MaxLongPosition limit of DESK EQ is 100; this order would make it 101";
}

void TestPreTradeRisk::tightestLimitBinds()
{
    QFETCH(RiskConfig, config);
    QFETCH(Setup, setup);
    QFETCH(QString, trader);
    QFETCH(OrderRequest, request);
    QFETCH(ReasonCode, code);
    QFETCH(QString, why);

    RiskFixture f;
    QVERIFY(f.configure(config).ok());
    f.markAll();
    if (setup) {
        setup(f);
        if (QTest::currentTestFailed())
            return;
    }
    const SubmitResult r = f.submit(f.actorNamed(trader), request);
    if (code == ReasonCode::None) {
        VERIFY_SENT(f, r);
        return;
    }
    VERIFY_REJECTED(f, r, code);
    VERIFY_CONTAINS(r.reason.text, why);
}

// ---------------------------------------------------------------------------
// Hard and soft

void TestPreTradeRisk::softLimitHoldsForFourEyes_data()
{
    QTest::addColumn<QString>("enteredBy");
    QTest::addColumn<QString>("decider");
    QTest::addColumn<bool>("release");
    QTest::addColumn<QString>("meanwhile");
    QTest::addColumn<ReasonCode>("result");
    QTest::addColumn<OrderStatus>("status");

    QTest::addRow("another supervisor releases: sent")
        << "alice" << "sue" << true << "" << ReasonCode::None << OrderStatus::PendingNew;
    QTest::addRow("another supervisor releases a supervisor's own order: sent")
        << "sam" << "sue" << true << "" << ReasonCode::None << OrderStatus::PendingNew;
    QTest::addRow("four eyes: a supervisor cannot release an order they are the trader of")
        << "sam" << "sam" << true << "" << ReasonCode::NotPermitted << OrderStatus::PendingRisk;
    QTest::addRow("four eyes: nor refuse it")
        << "sam" << "sam" << false << "" << ReasonCode::NotPermitted << OrderStatus::PendingRisk;
    QTest::addRow("a trader cannot release")
        << "alice" << "bob" << true << "" << ReasonCode::NotPermitted << OrderStatus::PendingRisk;
    QTest::addRow("an analyst cannot release")
        << "alice" << "ann" << true << "" << ReasonCode::NotPermitted << OrderStatus::PendingRisk;
    QTest::addRow("another supervisor refuses: rejected")
        << "alice" << "sue" << false << "" << ReasonCode::None << OrderStatus::Rejected;
    QTest::addRow("a kill switch thrown while held: the release rejects it")
        << "alice" << "sue" << true << "kill switch" << ReasonCode::KillSwitchEngaged << OrderStatus::Rejected;
    QTest::addRow("a hard limit set while held: the release rejects it")
        << "alice" << "sue" << true << "hard limit" << ReasonCode::RiskMaxOrderNotional << OrderStatus::Rejected;
}

void TestPreTradeRisk::softLimitHoldsForFourEyes()
{
    QFETCH(QString, enteredBy);
    QFETCH(QString, decider);
    QFETCH(bool, release);
    QFETCH(QString, meanwhile);
    QFETCH(ReasonCode, result);
    QFETCH(OrderStatus, status);

    RiskFixture f;
    QVERIFY(f.configure(riskConfig({{RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", 100, true}})).ok());
    f.markAll();
    const SubmitResult held = f.submit(f.actorNamed(enteredBy), limitOrder(Side::Buy, 150, cents(10000)));
    QVERIFY(held.id != kNoOrder);
    QCOMPARE_EQ(held.reason.code, ReasonCode::RiskHeld);
    QVERIFY2(held.reason.text.starts_with(
                 "Held for a supervisor: MaxOrderQty limit of ACCOUNT ACC1 is 100; this order would make it 150"),
             held.reason.text.c_str());
    QCOMPARE_EQ(f.order(held.id).status, OrderStatus::PendingRisk);
    QCOMPARE(qs(f.engine.orderText(held.id)), qs(held.reason.text));
    QVERIFY(f.hasAlert(ReasonCode::RiskHeld, held.id));
    QVERIFY(f.gateway.sent.empty());
    QCOMPARE(f.workingBuy(), 0);

    if (meanwhile == QLatin1String("kill switch"))
        QVERIFY(f.engine.engageKillSwitch(f.sam, {ControlScope::Kind::All, ""}).ok());
    else if (meanwhile == QLatin1String("hard limit"))
        QVERIFY(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxOrderNotional, LimitLevel::Account, "ACC1", units(10000)})
                    .ok());

    const Actor& who = f.actorNamed(decider);
    const Reason r = release ? f.engine.releaseHeldOrder(who, held.id) : f.engine.refuseHeldOrder(who, held.id, "too big");
    QCOMPARE_EQ(r.code, result);
    QCOMPARE_EQ(f.order(held.id).status, status);
    const int sent = f.sent(held.id, SentMessage::Kind::New);
    QCOMPARE(sent, status == OrderStatus::PendingNew ? 1 : 0);
    QCOMPARE(f.gateway.sent.size(), std::size_t(sent));
    QCOMPARE(f.workingBuy(), status == OrderStatus::PendingNew ? 150 : 0);
    if (status == OrderStatus::PendingNew)
        QCOMPARE(qs(f.engine.orderText(held.id)), QStringLiteral("Released by ") + decider);
    if (status == OrderStatus::Rejected && release)
        QCOMPARE(qs(f.engine.orderText(held.id)), qs(r.text));
    if (status == OrderStatus::Rejected && !release)
        QCOMPARE(qs(f.engine.orderText(held.id)), QStringLiteral("Refused by sue: too big"));
    if (result == ReasonCode::NotPermitted) {
        // Still waiting for someone who may decide.
        QVERIFY(f.engine.releaseHeldOrder(f.sue, held.id).ok());
        QCOMPARE_EQ(f.order(held.id).status, OrderStatus::PendingNew);
        QCOMPARE(f.sent(held.id, SentMessage::Kind::New), 1);
    }
}

void TestPreTradeRisk::hardFailureWinsOverSoft()
{
    RiskFixture f;
    // The soft limit sits at the firm, checked before the instrument's hard collar.
    QVERIFY(f.configure(riskConfig({{RiskCheck::MaxOrderQty, LimitLevel::Firm, "", 100, true},
                                    {RiskCheck::PriceCollar, LimitLevel::Instrument, "AAPL", 500},
                                    {RiskCheck::RestrictedList, LimitLevel::Firm, "", 0, true}},
                                   {"MSFT"}))
                .ok());
    f.markAll();
    // Soft over the quantity, hard outside the collar: rejected, not held.
    const SubmitResult both = f.submit(f.alice, limitOrder(Side::Buy, 150, cents(10600)));
    VERIFY_REJECTED(f, both, ReasonCode::RiskPriceCollar);
    // A firm-level soft setting makes a yes/no check hold instead of reject.
    const SubmitResult restricted = f.submit(f.alice, limitOrder(Side::Buy, 10, cents(10000), "MSFT"));
    QCOMPARE_EQ(restricted.reason.code, ReasonCode::RiskHeld);
    QCOMPARE_EQ(f.order(restricted.id).status, OrderStatus::PendingRisk);
    VERIFY_CONTAINS(restricted.reason.text, QStringLiteral("Held for a supervisor: INSTRUMENT MSFT is on the restricted list"));
    QVERIFY(f.gateway.sent.empty());
}

// ---------------------------------------------------------------------------
// Switched off, reducing, children, replaces

void TestPreTradeRisk::switchedOffCheckLetsOrderPass_data()
{
    QTest::addColumn<BoundaryCase>("c");
    for (const NamedCase& n : boundaryCases())
        if (n.c.switchable)
            QTest::addRow("%s", n.name) << n.c;
}

void TestPreTradeRisk::switchedOffCheckLetsOrderPass()
{
    QFETCH(BoundaryCase, c);
    RiskFixture f;
    RiskConfig config = c.config;
    if (c.check != RiskCheck::DuplicateOrder)
        config.disabled.push_back(RiskCheck::DuplicateOrder);  // the failing order is sent twice
    QVERIFY(f.configure(config).ok());
    f.markAll();
    if (c.setup) {
        c.setup(f);
        if (QTest::currentTestFailed())
            return;
    }
    const SubmitResult ok = f.submit(f.alice, c.pass);
    VERIFY_SENT(f, ok);
    if (c.fillPass)
        QVERIFY(f.fillAll(ok.id).ok());

    QVERIFY(f.engine.risk().enabled(c.check));
    QVERIFY(f.engine.setRiskCheckEnabled(f.sam, c.check, false).ok());
    QVERIFY(!f.engine.risk().enabled(c.check));
    const SubmitResult off = f.submit(f.alice, c.fail);
    VERIFY_SENT(f, off);

    QVERIFY(f.engine.setRiskCheckEnabled(f.sam, c.check, true).ok());
    QVERIFY(f.engine.risk().enabled(c.check));
    const SubmitResult on = f.submit(f.alice, c.fail);
    VERIFY_REJECTED(f, on, reasonFor(c.check));
}

void TestPreTradeRisk::reducingOrderPassesLimitItCannotWorsen_data()
{
    QTest::addColumn<RiskParameters>("parameters");
    QTest::addColumn<qint64>("position");      // built before the limit is set
    QTest::addColumn<LimitSetting>("limit");   // set by a supervisor: the position is now over it
    QTest::addColumn<OrderRequest>("reducing");
    QTest::addColumn<OrderRequest>("increasing");
    QTest::addColumn<ReasonCode>("code");

    using L = LimitLevel;
    using C = RiskCheck;
    const OrderRequest sell30 = limitOrder(Side::Sell, 30, cents(10000));
    const OrderRequest buy1 = limitOrder(Side::Buy, 1, cents(10000));
    const RiskParameters defaults;

    QTest::addRow("MaxLongPosition")
        << defaults << qint64(100) << LimitSetting{C::MaxLongPosition, L::Account, "ACC1", 50} << sell30 << buy1
        << ReasonCode::RiskMaxLongPosition;
    QTest::addRow("MaxShortPosition: buying back a short")
        << defaults << qint64(-100) << LimitSetting{C::MaxShortPosition, L::Account, "ACC1", 50}
        << limitOrder(Side::Buy, 30, cents(10000)) << limitOrder(Side::Sell, 1, cents(10000))
        << ReasonCode::RiskMaxShortPosition;
    QTest::addRow("MaxShortPosition: a sale beyond the long position is not reducing")
        << defaults << qint64(100) << LimitSetting{C::MaxShortPosition, L::Account, "ACC1", 50} << sell30
        << limitOrder(Side::Sell, 130, cents(10000)) << ReasonCode::RiskMaxShortPosition;
    QTest::addRow("GrossExposure")
        << defaults << qint64(100) << LimitSetting{C::GrossExposure, L::Account, "ACC1", units(5000)} << sell30 << buy1
        << ReasonCode::RiskGrossExposure;
    QTest::addRow("NetExposure")
        << defaults << qint64(100) << LimitSetting{C::NetExposure, L::Account, "ACC1", units(5000)} << sell30 << buy1
        << ReasonCode::RiskNetExposure;
    QTest::addRow("Concentration")
        << withConcentrationFloor(units(1000)) << qint64(100) << LimitSetting{C::Concentration, L::Account, "ACC1", 5000}
        << sell30 << buy1 << ReasonCode::RiskConcentration;
    QTest::addRow("BuyingPower")
        << defaults << qint64(100) << LimitSetting{C::BuyingPower, L::Account, "ACC1", units(2000)} << sell30 << buy1
        << ReasonCode::RiskBuyingPower;
    QTest::addRow("DailyFills")
        << defaults << qint64(100) << LimitSetting{C::DailyFills, L::Account, "ACC1", 1} << sell30 << buy1
        << ReasonCode::RiskDailyFills;
}

void TestPreTradeRisk::reducingOrderPassesLimitItCannotWorsen()
{
    QFETCH(RiskParameters, parameters);
    QFETCH(qint64, position);
    QFETCH(LimitSetting, limit);
    QFETCH(OrderRequest, reducing);
    QFETCH(OrderRequest, increasing);
    QFETCH(ReasonCode, code);

    RiskFixture f;
    QVERIFY(f.configure(riskConfig({}, {}, {}, parameters)).ok());
    f.markAll();
    QVERIFY(f.filled(f.alice, limitOrder(position > 0 ? Side::Buy : Side::Sell, std::llabs(position), cents(10000))));
    QVERIFY(f.engine.setRiskLimit(f.sam, limit).ok());

    VERIFY_SENT(f, f.submit(f.alice, reducing));
    VERIFY_REJECTED(f, f.submit(f.alice, increasing), code);
}

void TestPreTradeRisk::algoChildOrderIsChecked_data()
{
    QTest::addColumn<OrderRequest>("child");
    QTest::addColumn<bool>("restrictFirst");
    QTest::addColumn<ReasonCode>("code");

    QTest::addRow("a child within every limit passes")
        << limitOrder(Side::Buy, 50, cents(10000)) << false << ReasonCode::None;
    QTest::addRow("a child over MaxOrderQty") << limitOrder(Side::Buy, 101, cents(10000)) << false
                                              << ReasonCode::RiskMaxOrderQty;
    QTest::addRow("a child outside the price collar")
        << limitOrder(Side::Buy, 10, cents(10501)) << false << ReasonCode::RiskPriceCollar;
    QTest::addRow("a child over the position limit with its parent")
        << limitOrder(Side::Buy, 51, cents(10000)) << false << ReasonCode::RiskMaxLongPosition;
    QTest::addRow("a child in an instrument restricted after its parent")
        << limitOrder(Side::Buy, 10, cents(10000)) << true << ReasonCode::RiskRestrictedList;
}

void TestPreTradeRisk::algoChildOrderIsChecked()
{
    QFETCH(OrderRequest, child);
    QFETCH(bool, restrictFirst);
    QFETCH(ReasonCode, code);

    RiskFixture f;
    QVERIFY(f.configure(riskConfig({{RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", 100},
                                    {RiskCheck::PriceCollar, LimitLevel::Firm, "", 500},
                                    {RiskCheck::MaxLongPosition, LimitLevel::Account, "ACC1", 150}}))
                .ok());
    f.markAll();
    OrderRequest parentRequest = limitOrder(Side::Buy, 100, cents(10000));
    parentRequest.algo = AlgoType::Twap;
    const SubmitResult parent = f.submit(f.alice, parentRequest);
    VERIFY_SENT(f, parent);
    if (restrictFirst)
        QVERIFY(f.engine.setRestricted(f.sam, "AAPL", true).ok());

    child.parentId = parent.id;
    const SubmitResult r = f.submit(f.alice, child);
    QVERIFY(r.id != kNoOrder);
    QCOMPARE(f.order(r.id).parentId, parent.id);
    if (code == ReasonCode::None)
        VERIFY_SENT(f, r);
    else
        VERIFY_REJECTED(f, r, code);
}

void TestPreTradeRisk::replaceIsChecked_data()
{
    QTest::addColumn<LimitSetting>("limit");
    QTest::addColumn<bool>("limitAfterEntry");  // set by a supervisor once the order works
    QTest::addColumn<OrderAmendment>("amendment");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<QStringList>("why");

    using L = LimitLevel;
    using C = RiskCheck;
    auto qty = [](Qty q) { return OrderAmendment{q, 0, 0, -1}; };
    auto px = [](Price p) { return OrderAmendment{0, p, 0, -1}; };

    // The working order: buy 100 at 100.00, acknowledged.
    QTest::addRow("quantity up to MaxOrderQty is sent")
        << LimitSetting{C::MaxOrderQty, L::Account, "ACC1", 150} << false << qty(150) << ReasonCode::None << QStringList{};
    QTest::addRow("quantity up over MaxOrderQty is refused")
        << LimitSetting{C::MaxOrderQty, L::Account, "ACC1", 150} << false << qty(151) << ReasonCode::RiskMaxOrderQty
        << QStringList{"MaxOrderQty limit of ACCOUNT ACC1 is 150", "would make it 151"};
    QTest::addRow("quantity up over MaxOrderNotional is refused")
        << LimitSetting{C::MaxOrderNotional, L::Account, "ACC1", units(15000)} << false << qty(151)
        << ReasonCode::RiskMaxOrderNotional
        << QStringList{"MaxOrderNotional limit of ACCOUNT ACC1 is 15000.00", "would make it 15100.00"};
    QTest::addRow("quantity up to MaxLongPosition is sent")
        << LimitSetting{C::MaxLongPosition, L::Account, "ACC1", 150} << false << qty(150) << ReasonCode::None
        << QStringList{};
    QTest::addRow("quantity up over MaxLongPosition is refused")
        << LimitSetting{C::MaxLongPosition, L::Account, "ACC1", 150} << false << qty(151)
        << ReasonCode::RiskMaxLongPosition << QStringList{"MaxLongPosition limit of ACCOUNT ACC1 is 150", "would make it 151"};
    QTest::addRow("price to the edge of the collar is sent")
        << LimitSetting{C::PriceCollar, L::Firm, "", 500} << false << px(cents(10500)) << ReasonCode::None << QStringList{};
    QTest::addRow("price outside the collar is refused")
        << LimitSetting{C::PriceCollar, L::Firm, "", 500} << false << px(cents(10501)) << ReasonCode::RiskPriceCollar
        << QStringList{"Price collar of FIRM is 5%", "105.01 is 5.01% away"};
    QTest::addRow("quantity down under a lowered MaxOrderQty is sent")
        << LimitSetting{C::MaxOrderQty, L::Account, "ACC1", 50} << true << qty(80) << ReasonCode::None << QStringList{};
    QTest::addRow("quantity down under a lowered MaxLongPosition is sent")
        << LimitSetting{C::MaxLongPosition, L::Account, "ACC1", 50} << true << qty(80) << ReasonCode::None
        << QStringList{};
}

void TestPreTradeRisk::replaceIsChecked()
{
    QFETCH(LimitSetting, limit);
    QFETCH(bool, limitAfterEntry);
    QFETCH(OrderAmendment, amendment);
    QFETCH(ReasonCode, code);
    QFETCH(QStringList, why);

    RiskFixture f;
    QVERIFY(f.configure(limitAfterEntry ? riskConfig({}) : riskConfig({limit})).ok());
    f.markAll();
    const SubmitResult r = f.submit(f.alice, limitOrder(Side::Buy, 100, cents(10000)));
    VERIFY_SENT(f, r);
    QVERIFY(f.ack(r.id).ok());
    if (limitAfterEntry)
        QVERIFY(f.engine.setRiskLimit(f.sam, limit).ok());
    const std::size_t sentBefore = f.gateway.sent.size();

    const Reason m = f.engine.modify(f.alice, r.id, amendment);
    const Order& o = f.order(r.id);
    if (code == ReasonCode::None) {
        QVERIFY2(m.ok(), m.text.c_str());
        QCOMPARE_EQ(o.status, OrderStatus::PendingReplace);
        QCOMPARE(f.sent(r.id, SentMessage::Kind::Replace), 1);
        return;
    }
    QCOMPARE_EQ(m.code, code);
    QVERIFY2(m.text.starts_with("Modify refused, the order stays as it was: "), m.text.c_str());
    for (const QString& fragment : std::as_const(why))
        VERIFY_CONTAINS(m.text, fragment);
    QVERIFY(f.hasAlert(code, r.id));
    // The original order stays live on its original terms; nothing went out.
    QCOMPARE_EQ(o.status, OrderStatus::Accepted);
    QCOMPARE(o.quantity, 100);
    QCOMPARE(o.limitPrice, cents(10000));
    QCOMPARE(o.requestSeq, 0);
    QCOMPARE(o.pendingSeq, 0);
    QCOMPARE(f.gateway.sent.size(), sentBefore);
    QCOMPARE(f.workingBuy(), 100);
    // ... and it still fills on those terms.
    QVERIFY(f.fill(r.id, 100, cents(10000)).ok());
    QCOMPARE_EQ(f.order(r.id).status, OrderStatus::Filled);
}

// ---------------------------------------------------------------------------
// Supervisor commands

void TestPreTradeRisk::onlySupervisorsChangeRisk_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("command");
    const std::pair<const char*, const char*> users[] = {{"alice", "trader"}, {"ann", "analyst"}};
    for (const auto& [who, role] : users)
        for (const char* command : {"limit", "remove limit", "switch off", "restrict", "unrestrict"})
            QTest::addRow("%s (%s) may not %s", who, role, command) << QString::fromLatin1(who)
                                                                   << QString::fromLatin1(command);
}

void TestPreTradeRisk::onlySupervisorsChangeRisk()
{
    QFETCH(QString, who);
    QFETCH(QString, command);

    RiskFixture f;
    QVERIFY(f.configure(riskConfig({{RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", 100}}, {"MSFT"})).ok());
    f.markAll();
    const QStringList usageBefore = usageLines(f.engine);
    const QStringList auditBefore = auditLines(f.engine);

    const Actor& a = f.actorNamed(who);
    Reason r;
    if (command == QLatin1String("limit"))
        r = f.engine.setRiskLimit(a, {RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", 1000});
    else if (command == QLatin1String("remove limit"))
        r = f.engine.setRiskLimit(a, {RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", -1});
    else if (command == QLatin1String("switch off"))
        r = f.engine.setRiskCheckEnabled(a, RiskCheck::MaxOrderQty, false);
    else if (command == QLatin1String("restrict"))
        r = f.engine.setRestricted(a, "AAPL", true);
    else
        r = f.engine.setRestricted(a, "MSFT", false);

    QCOMPARE_EQ(r.code, ReasonCode::NotPermitted);
    VERIFY_CONTAINS(r.text, QStringLiteral("it needs a supervisor"));
    QCOMPARE(usageLines(f.engine), usageBefore);
    QCOMPARE(auditLines(f.engine), auditBefore);
    QVERIFY(f.engine.risk().enabled(RiskCheck::MaxOrderQty));
    QVERIFY(!f.engine.risk().restricted(f.engine.findInstrument("AAPL")));
    QVERIFY(f.engine.risk().restricted(f.engine.findInstrument("MSFT")));
    // And it changed nothing in effect.
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Buy, 101, cents(10000))), ReasonCode::RiskMaxOrderQty);
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Buy, 100, cents(10000))));
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Buy, 10, cents(10000), "MSFT")), ReasonCode::RiskRestrictedList);
}

void TestPreTradeRisk::supervisorChangesAreAudited()
{
    RiskFixture f;
    QVERIFY(f.configure(riskConfig({{RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", 100}})).ok());
    QCOMPARE(f.engine.riskAudit().size(), 1u);  // the configuration itself

    struct Step {
        const char* what;
        const char* before;
        const char* after;
    };
    std::vector<Step> expected;
    auto check = [&](const Reason& r, Step step) {
        QVERIFY2(r.ok(), r.text.c_str());
        expected.push_back(step);
        const RiskAuditEntry& a = f.engine.riskAudit().back();
        QCOMPARE(f.engine.riskAudit().size(), expected.size() + 1);
        QCOMPARE(a.time, f.clock.now());
        QCOMPARE(qs(f.engine.names().name(a.user)), QStringLiteral("sam"));
        QCOMPARE(qs(a.what), QString::fromLatin1(step.what));
        QCOMPARE(qs(a.before), QString::fromLatin1(step.before));
        QCOMPARE(qs(a.after), QString::fromLatin1(step.after));
    };

    f.clock.advance(kSecond);
    check(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", 200}),
          {"MaxOrderQty of ACCOUNT ACC1", "100 (hard)", "200 (hard)"});
    if (QTest::currentTestFailed())
        return;
    f.clock.advance(kSecond);
    check(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", 300, true}),
          {"MaxOrderQty of ACCOUNT ACC1", "200 (hard)", "300 (soft)"});
    if (QTest::currentTestFailed())
        return;
    check(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", -1}),
          {"MaxOrderQty of ACCOUNT ACC1", "300 (soft)", "none"});
    if (QTest::currentTestFailed())
        return;
    check(f.engine.setRiskLimit(f.sam, {RiskCheck::PriceCollar, LimitLevel::Instrument, "AAPL", 500}),
          {"PriceCollar of INSTRUMENT AAPL", "none", "500 (hard)"});
    if (QTest::currentTestFailed())
        return;
    check(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxLongPosition, LimitLevel::Desk, "EQ", 1000}),
          {"MaxLongPosition of DESK EQ", "none", "1000 (hard)"});
    if (QTest::currentTestFailed())
        return;
    check(f.engine.setRiskCheckEnabled(f.sam, RiskCheck::OrderRate, false), {"check OrderRate", "on", "off"});
    if (QTest::currentTestFailed())
        return;
    check(f.engine.setRiskCheckEnabled(f.sam, RiskCheck::OrderRate, true), {"check OrderRate", "off", "on"});
    if (QTest::currentTestFailed())
        return;
    check(f.engine.setRestricted(f.sam, "MSFT", true), {"restricted list: MSFT", "allowed", "restricted"});
    if (QTest::currentTestFailed())
        return;
    check(f.engine.setRestricted(f.sam, "MSFT", false), {"restricted list: MSFT", "restricted", "allowed"});
    if (QTest::currentTestFailed())
        return;

    // Refused changes leave no audit entry.
    const std::size_t size = f.engine.riskAudit().size();
    QCOMPARE_EQ(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", -2}).code,
                ReasonCode::InvalidQuantity);
    QCOMPARE_EQ(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxOrderQty, LimitLevel::Instrument, "NOPE", 10}).code,
                ReasonCode::UnknownInstrument);
    QCOMPARE_EQ(f.engine.setRestricted(f.sam, "NOPE", true).code, ReasonCode::UnknownInstrument);
    QCOMPARE(f.engine.riskAudit().size(), size);
}

void TestPreTradeRisk::limitsSurviveRestart()
{
    RiskFixture f;
    QVERIFY(f.configure(riskConfig({{RiskCheck::MaxOrderQty, LimitLevel::Firm, "", 1000}}, {}, {{"alice", "EQ"}})).ok());
    f.markAll();
    // Supervisors change the configured limits during the day.
    QVERIFY(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", 500}).ok());
    QVERIFY(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxLongPosition, LimitLevel::Desk, "EQ", 300, true}).ok());
    QVERIFY(f.engine.setRiskLimit(f.sam, {RiskCheck::PriceCollar, LimitLevel::Instrument, "AAPL", 500}).ok());
    QVERIFY(f.engine.setRiskLimit(f.sam, {RiskCheck::GrossExposure, LimitLevel::Trader, "alice", units(100000)}).ok());
    QVERIFY(f.engine.setRiskLimit(f.sam, {RiskCheck::MaxOrderQty, LimitLevel::Firm, "", -1}).ok());
    QVERIFY(f.engine.setRiskCheckEnabled(f.sam, RiskCheck::DuplicateOrder, false).ok());
    QVERIFY(f.engine.setRestricted(f.sam, "MSFT", true).ok());
    QCOMPARE_EQ(f.engine.setRiskLimit(f.alice, {RiskCheck::MaxOrderQty, LimitLevel::Account, "ACC1", 5000}).code,
                ReasonCode::NotPermitted);
    // ... and trading goes on under them.
    f.clock.advance(kSecond);
    QVERIFY(f.filled(f.alice, limitOrder(Side::Buy, 100, cents(10000))));
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Buy, 501, cents(10000))), ReasonCode::RiskMaxOrderQty);
    const SubmitResult held = f.submit(f.alice, limitOrder(Side::Buy, 250, cents(10000)));
    QCOMPARE_EQ(held.reason.code, ReasonCode::RiskHeld);
    f.engine.markPrice("AAPL", cents(10100));

    // Restart: a new engine replays the journal.
    ManualClock clock2{0};
    RecordingGateway gateway2;
    Engine replayed{clock2, gateway2};
    QVERIFY(f.journal.records.size() > 10);
    for (const auto& record : f.journal.records) {
        const Reason r = replayed.replay(record);
        QVERIFY2(r.ok(), r.text.c_str());
    }
    const Reason finished = replayed.finishReplay();
    QVERIFY2(finished.ok(), finished.text.c_str());
    QCOMPARE(replayed.counters().divergences, 0u);

    QVERIFY(replayed.riskConfigured());
    QVERIFY(replayed.risk().config() == f.engine.risk().config());
    QCOMPARE(usageLines(replayed), usageLines(f.engine));
    QVERIFY(usageLines(replayed).contains(QStringLiteral("MaxOrderQty ACCOUNT ACC1 used=0 limit=500 soft=0")));
    QVERIFY(usageLines(replayed).contains(QStringLiteral("MaxLongPosition DESK EQ used=100 limit=300 soft=1")));
    QCOMPARE(auditLines(replayed), auditLines(f.engine));
    QCOMPARE(replayed.riskAudit().size(), 8u);
    for (int i = 0; i < kRiskCheckCount; ++i)
        QCOMPARE(replayed.risk().enabled(RiskCheck(i)), f.engine.risk().enabled(RiskCheck(i)));
    QVERIFY(!replayed.risk().enabled(RiskCheck::DuplicateOrder));
    QVERIFY(replayed.risk().restricted(replayed.findInstrument("MSFT")));
    QVERIFY(!replayed.risk().restricted(replayed.findInstrument("AAPL")));
    QCOMPARE(replayed.risk().referencePrice(replayed.findInstrument("AAPL")), cents(10100));
    QCOMPARE(qs(dumpState(replayed)), qs(dumpState(f.engine)));

    // The same orders meet the same limits in both.
    clock2.set(f.clock.now() + kSecond);
    f.clock.set(clock2.now());
    const Actor alice2 = replayed.actor("alice", Role::Trader);
    const Actor sue2 = replayed.actor("sue", Role::Supervisor);
    const Actor bob2 = replayed.actor("bob", Role::Trader);
    struct Probe {
        bool bob;
        OrderRequest request;
        ReasonCode code;
    };
    const std::vector<Probe> probes{
        {false, limitOrder(Side::Buy, 501, cents(10100)), ReasonCode::RiskMaxOrderQty},
        {false, limitOrder(Side::Buy, 10, cents(10000), "MSFT"), ReasonCode::RiskRestrictedList},
        {false, limitOrder(Side::Buy, 10, cents(10607)), ReasonCode::RiskPriceCollar},  // 5.02% off 101.00
        {false, limitOrder(Side::Buy, 300, cents(10100)), ReasonCode::RiskHeld},        // the desk's soft 300
        {false, limitOrder(Side::Buy, 10, cents(10100)), ReasonCode::None},
        {false, limitOrder(Side::Buy, 10, cents(10100)), ReasonCode::None},             // duplicates are not checked
        {true, limitOrder(Side::Buy, 1000, cents(10100), "AAPL", "ACC2"), ReasonCode::None},  // no firm limit any more
    };
    for (const Probe& p : probes) {
        const SubmitResult live = f.submit(p.bob ? f.bob : f.alice, p.request);
        const SubmitResult again = replayed.submit(p.bob ? bob2 : alice2, p.request);
        QCOMPARE_EQ(live.reason.code, p.code);
        QCOMPARE_EQ(again.reason.code, p.code);
        QCOMPARE(qs(again.reason.text), qs(live.reason.text));
    }
    // The order held before the restart is still held, and may be released.
    QCOMPARE_EQ(replayed.order(held.id)->status, OrderStatus::PendingRisk);
    QVERIFY(f.engine.releaseHeldOrder(f.sue, held.id).ok());
    QVERIFY(replayed.releaseHeldOrder(sue2, held.id).ok());
    QCOMPARE_EQ(replayed.order(held.id)->status, OrderStatus::PendingNew);
    QCOMPARE(qs(dumpState(replayed)), qs(dumpState(f.engine)));
    QCOMPARE(usageLines(replayed), usageLines(f.engine));
}

// ---------------------------------------------------------------------------
// Monitoring

void TestPreTradeRisk::warningRaisedOnceOnMarks()
{
    RiskFixture f;
    QVERIFY(f.configure(riskConfig({{RiskCheck::GrossExposure, LimitLevel::Account, "ACC1", units(10000)}})).ok());
    f.markAll();
    QVERIFY(f.filled(f.alice, limitOrder(Side::Buy, 70, cents(10000))));
    auto warnings = [&f] { return f.alertCount(ReasonCode::RiskGrossExposure, Severity::Warning); };
    QCOMPARE(warnings(), 0);
    std::optional<LimitUsage> u = f.usage(RiskCheck::GrossExposure, LimitLevel::Account, "ACC1");
    QVERIFY(u);
    QCOMPARE(u->used, units(7000));
    QCOMPARE(u->limit, units(10000));
    QCOMPARE(u->utilisationBp(), 7000);
    QVERIFY(!u->soft);

    f.engine.markPrice("AAPL", cents(11428));  // 7999.60: just under 80%
    QCOMPARE(warnings(), 0);
    f.engine.markPrice("AAPL", cents(11429));  // 8000.30: at 80%
    QCOMPARE(warnings(), 1);
    QCOMPARE(f.lastAlert(ReasonCode::RiskGrossExposure, Severity::Warning),
             QStringLiteral("GrossExposure of ACCOUNT ACC1 at 80% of its limit (8000.30 of 10000.00)"));
    u = f.usage(RiskCheck::GrossExposure, LimitLevel::Account, "ACC1");
    QCOMPARE(u->used, units(8000) + cents(30));
    QCOMPARE(u->utilisationBp(), 8000);

    // Once: moving about above the threshold raises nothing new.
    f.engine.markPrice("AAPL", cents(11500));
    f.engine.markPrice("AAPL", cents(11600));
    QCOMPARE(warnings(), 1);
    // Back under it and over again: a new crossing, a new warning.
    f.engine.markPrice("AAPL", cents(11000));
    QCOMPARE(warnings(), 1);
    f.engine.markPrice("AAPL", cents(12000));
    QCOMPARE(warnings(), 2);
    QCOMPARE(f.usage(RiskCheck::GrossExposure, LimitLevel::Account, "ACC1")->utilisationBp(), 8400);
}

void TestPreTradeRisk::warningRaisedOnceOnFills()
{
    RiskFixture f;
    QVERIFY(f.configure(riskConfig({{RiskCheck::DailyVolume, LimitLevel::Account, "ACC1", 100}})).ok());
    f.markAll();
    auto warnings = [&f] { return f.alertCount(ReasonCode::RiskDailyVolume, Severity::Warning); };
    QVERIFY(f.filled(f.alice, limitOrder(Side::Buy, 50, cents(10000))));
    QCOMPARE(warnings(), 0);
    const SubmitResult thirty = f.submit(f.alice, limitOrder(Side::Buy, 30, cents(10000)));
    VERIFY_SENT(f, thirty);
    QCOMPARE(warnings(), 0);  // entering an order is checked, not monitored
    QVERIFY(f.fill(thirty.id, 29, cents(10000)).ok());
    QCOMPARE(warnings(), 1);  // 79 traded + 1 working
    QCOMPARE(f.lastAlert(ReasonCode::RiskDailyVolume, Severity::Warning),
             QStringLiteral("DailyVolume of ACCOUNT ACC1 at 80% of its limit (80 of 100)"));
    QVERIFY(f.fill(thirty.id, 1, cents(10000)).ok());
    QVERIFY(f.filled(f.alice, limitOrder(Side::Sell, 5, cents(10000))));
    QCOMPARE(warnings(), 1);
    const std::optional<LimitUsage> u = f.usage(RiskCheck::DailyVolume, LimitLevel::Account, "ACC1");
    QVERIFY(u);
    QCOMPARE(u->used, 85);
    QCOMPARE(u->limit, 100);
    QCOMPARE(u->utilisationBp(), 8500);
}

void TestPreTradeRisk::breachRaisedWhenTheMarkJumpsOverTheLimit()
{
    RiskFixture f;
    RiskConfig config = riskConfig({{RiskCheck::GrossExposure, LimitLevel::Account, "ACC1", units(10000)}});
    config.disabled = {RiskCheck::CircuitBreaker};  // the jump of 50% would halt AAPL
    QVERIFY(f.configure(config).ok());
    f.markAll();
    QVERIFY(f.filled(f.alice, limitOrder(Side::Buy, 70, cents(10000))));
    f.engine.markPrice("AAPL", cents(15000));  // 10500.00
    QCOMPARE(f.alertCount(ReasonCode::RiskGrossExposure, Severity::Warning), 0);
    QCOMPARE(f.alertCount(ReasonCode::RiskGrossExposure, Severity::Critical), 1);
    QCOMPARE(f.lastAlert(ReasonCode::RiskGrossExposure, Severity::Critical),
             QStringLiteral("GrossExposure of ACCOUNT ACC1 is over its limit: 10500.00 against 10000.00"));
    QCOMPARE(f.usage(RiskCheck::GrossExposure, LimitLevel::Account, "ACC1")->utilisationBp(), 10500);
    // Over the limit, only reducing orders pass.
    VERIFY_REJECTED(f, f.submit(f.alice, limitOrder(Side::Buy, 1, cents(15000))), ReasonCode::RiskGrossExposure);
    VERIFY_SENT(f, f.submit(f.alice, limitOrder(Side::Sell, 10, cents(15000))));
}

} // namespace ordo

QTEST_APPLESS_MAIN(ordo::TestPreTradeRisk)
#include "tst_pretraderisk.moc"
