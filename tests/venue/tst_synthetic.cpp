// The synthetic market of ordo-venue: seeded makers and takers driving a real
// MatchingEngine through simulated days. Each test runs hours of simulated
// time in well under a second and checks a property a trader would notice:
// the same seed replays the same day, prices wander but stay on the grid,
// the book is two-sided and never crossed in continuous trading, volume is
// U-shaped over the day, takers arrive as a Poisson process.

#include "intradayschedule.h"
#include "matchingengine.h"
#include "syntheticmarket.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <new>
#include <vector>

// Every heap allocation of the process is counted, for steadyStateDoesNotAllocate.
namespace {
std::atomic<long> g_allocations { 0 };
}

void* operator new(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}

void operator delete(void* p) noexcept
{
    std::free(p);
}

void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}

namespace ordo::venue {

namespace {

constexpr Timestamp kSec = kNanosPerSecond;
constexpr Timestamp kMin = 60 * kSec;
constexpr Timestamp kHour = 60 * kMin;
// Monday 4 March 2024, 00:00 UTC.
constexpr Timestamp kMidnight = 1'709'510'400LL * kSec;
constexpr Price kCent = kPriceScale / 100;
constexpr SessionId kClient = 7;

QString str(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

#define COMPARE_ENUM(actual, expected) QCOMPARE(str(toString(actual)), str(toString(expected)))

// A listed stock: 100.00, one-cent tick, 09:00-17:30 UTC with five-minute calls.
SyntheticSymbolConfig stock(Price start = 100 * kPriceScale)
{
    SyntheticSymbolConfig c;
    c.startPrice = start;
    c.tickSize = kCent;
    c.drivePhases = true;
    return c;
}

struct TradeRecord {
    Timestamp time = 0;
    SymbolId symbol = kNoSymbol;
    Price price = 0;
    Qty qty = 0;
    OrderId buy = kNoOrder;
    OrderId sell = kNoOrder;
    Side aggressor = Side::Buy;
    bool auction = false;
    bool operator==(const TradeRecord&) const = default;
};

struct CommandRecord {
    Timestamp time = 0;
    SyntheticCommand::Kind kind = SyntheticCommand::Kind::Submit;
    SyntheticCommand::Role role = SyntheticCommand::Role::Session;
    std::uint8_t maker = 0;
    SymbolId symbol = kNoSymbol;
    Side side = Side::Buy;
    OrdType type = OrdType::Limit;
    TimeInForce tif = TimeInForce::Day;
    Qty qty = 0;
    Price price = 0;
    OrderId order = kNoOrder; // assigned (submit), target (cancel, replace)
    std::uint64_t tag = 0;
    TradingPhase phase = TradingPhase::Continuous;
    ErrorCode result = ErrorCode::None;
    bool operator==(const CommandRecord&) const = default;
};

template<typename T> qsizetype firstDifference(const std::vector<T>& a, const std::vector<T>& b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
        if (!(a[i] == b[i]))
            return static_cast<qsizetype>(i);
    return a.size() == b.size() ? -1 : static_cast<qsizetype>(n);
}

// An engine with synthetic participants, listening the way the acceptor
// does: every engine event (synthetic or not) is seen and forwarded to the
// market, and every synthetic command is recorded with its simulated time.
class Sim : public MatchingListener, public SyntheticListener {
public:
    Sim(std::uint64_t seed, int symbols, const SyntheticSymbolConfig& config = stock())
        : Sim(SyntheticOptions { .seed = seed }, symbols, config)
    {
    }
    Sim(const SyntheticOptions& options, int symbols, const SyntheticSymbolConfig& config = stock())
        : market(engine, options)
    {
        engine.reserve(20'000, 4'000);
        engine.setListener(this);
        market.setListener(this);
        for (int i = 0; i < symbols; ++i) {
            SymbolConfig sc;
            sc.name = "SYN" + std::to_string(i);
            sc.tickSize = config.tickSize;
            sc.lotSize = config.lotSize;
            sc.referencePrice = config.startPrice;
            const SymbolId id = engine.addSymbol(sc).symbol;
            SyntheticSymbolConfig c = config;
            c.startPrice = config.startPrice + i * 10 * kPriceScale;
            addResult = market.addSymbol(id, c);
            ids.push_back(id);
        }
    }

    void onEvents(std::span<const Event> events) override
    {
        bool auction = false;
        for (const Event& e : events)
            auction = auction || e.type == EventType::AuctionUncross;
        for (const Event& e : events) {
            ++eventCount;
            if (e.type == EventType::Trade)
                trades.push_back({ market.now(), e.symbol, e.price, e.qty, e.order, e.counterOrder, e.side, auction });
            if (e.type == EventType::Rejected && market.isSynthetic(e))
                ++syntheticRejects;
        }
        market.onEngineEvents(events);
    }

    void onCommand(const SyntheticCommand& c) override
    {
        ++commandCount;
        if (!recordCommands)
            return;
        CommandRecord r;
        r.time = c.time;
        r.kind = c.kind;
        r.role = c.role;
        r.maker = c.maker;
        r.symbol = c.symbol;
        r.result = c.result;
        r.phase = c.phase;
        switch (c.kind) {
        case SyntheticCommand::Kind::Submit:
            r.side = c.order.side;
            r.type = c.order.type;
            r.tif = c.order.tif;
            r.qty = c.order.quantity;
            r.price = c.order.price;
            r.order = c.assigned;
            r.tag = c.order.clientTag;
            break;
        case SyntheticCommand::Kind::Replace:
            r.qty = c.replace.quantity;
            r.price = c.replace.price;
            r.order = c.replace.order;
            r.tag = c.replace.clientTag;
            break;
        case SyntheticCommand::Kind::Cancel: r.order = c.target; break;
        case SyntheticCommand::Kind::MassCancel:
        case SyntheticCommand::Kind::SetPhase: break;
        }
        commands.push_back(r);
    }

    std::vector<Timestamp> takerArrivals() const
    {
        std::vector<Timestamp> t;
        for (const CommandRecord& c : commands)
            if (c.kind == SyntheticCommand::Kind::Submit && c.role == SyntheticCommand::Role::Taker)
                t.push_back(c.time);
        return t;
    }

    MatchingEngine engine;
    SyntheticMarket market;
    std::vector<SymbolId> ids;
    ErrorCode addResult = ErrorCode::None;
    std::vector<TradeRecord> trades;
    std::vector<CommandRecord> commands;
    bool recordCommands = true;
    std::uint64_t eventCount = 0;
    std::uint64_t commandCount = 0;
    std::uint64_t syntheticRejects = 0;
};

} // namespace

class TestSynthetic : public QObject {
    Q_OBJECT

private slots:
    void scheduleFollowsSessionHours_data();
    void scheduleFollowsSessionHours();
    void activityIsUShapedWithMeanOne();
    void refusesBadConfiguration_data();
    void refusesBadConfiguration();
    void sameSeedReplaysTheSameDay();
    void outputDoesNotDependOnTimeSlicing();
    void pricesMoveOnTheTickGrid_data();
    void pricesMoveOnTheTickGrid();
    void bookIsTwoSidedWithSensibleSpread();
    void volumeIsUShaped();
    void takerArrivalsArePoisson_data();
    void takerArrivalsArePoisson();
    void makersRefillAfterAClientSweep();
    void clientFlowMovesTheFairValue();
    void sharedFairValueIsOneWalk();
    void sharedFairValueKeepsOwnImpactBriefly();
    void closesAndReopensNextMorning();
    void fullDayForFiveSymbolsIsFast();
    void steadyStateDoesNotAllocate();
};

// --- the session clock -------------------------------------------------------------

void TestSynthetic::scheduleFollowsSessionHours_data()
{
    QTest::addColumn<int>("utcOffset");
    QTest::addColumn<Timestamp>("at"); // after UTC midnight
    QTest::addColumn<TradingPhase>("phase");
    QTest::addColumn<Timestamp>("nextChange"); // after UTC midnight

    QTest::addRow("night before the opening call is closed")
        << 0 << 3 * kHour << TradingPhase::Closed << 9 * kHour - 5 * kMin;
    QTest::addRow("opening call five minutes before the open")
        << 0 << 9 * kHour - 2 * kMin << TradingPhase::OpeningCall << 9 * kHour;
    QTest::addRow("continuous from the open") << 0 << 9 * kHour << TradingPhase::Continuous << 17 * kHour + 30 * kMin;
    QTest::addRow("closing call after the close")
        << 0 << 17 * kHour + 31 * kMin << TradingPhase::ClosingCall << 17 * kHour + 35 * kMin;
    QTest::addRow("closed after the closing call")
        << 0 << 17 * kHour + 35 * kMin << TradingPhase::Closed << 24 * kHour + 9 * kHour - 5 * kMin;
    QTest::addRow("New York hours: 14:00 UTC is 09:00 local, before the open")
        << -5 * 3600 << 14 * kHour << TradingPhase::OpeningCall << 14 * kHour + 30 * kMin;
}

void TestSynthetic::scheduleFollowsSessionHours()
{
    QFETCH(int, utcOffset);
    QFETCH(Timestamp, at);
    QFETCH(TradingPhase, phase);
    QFETCH(Timestamp, nextChange);

    SessionHours h;
    if (utcOffset != 0) {
        h.utcOffset = utcOffset;
        h.open = 9 * 3600 + 30 * 60;
        h.close = 16 * 3600;
        h.openingCall = 30 * 60;
    }
    QVERIFY(IntradaySchedule::valid(h, ActivityCurve {}));
    const IntradaySchedule s(h, ActivityCurve {});
    COMPARE_ENUM(s.phaseAt(kMidnight + at), phase);
    QCOMPARE(s.nextPhaseChange(kMidnight + at) - kMidnight, nextChange);
}

void TestSynthetic::activityIsUShapedWithMeanOne()
{
    const IntradaySchedule s(SessionHours {}, ActivityCurve {});
    const Timestamp open = kMidnight + 9 * kHour;
    const Timestamp length = s.sessionLength();
    QCOMPARE(length, 8 * kHour + 30 * kMin);
    QCOMPARE(s.sessionOpen(open + 3 * kHour), open);
    double sum = 0;
    const int n = 100'000;
    for (int i = 0; i < n; ++i)
        sum += s.activity(open + length * (2 * i + 1) / (2 * n));
    QVERIFY2(std::abs(sum / n - 1.0) < 1e-3, qPrintable(QString::number(sum / n)));
    const double atOpen = s.activity(open);
    const double midday = s.activity(open + length / 2);
    const double atClose = s.activity(open + length - 1);
    QVERIFY(atOpen > 2.5 * midday);
    QVERIFY(atClose > 3.5 * midday);
    QVERIFY(midday < 1.0);
    QVERIFY(s.maxActivity() >= std::max(atOpen, atClose));
    QCOMPARE(s.activity(open - kHour), ActivityCurve {}.offHours); // before the opening call
    QCOMPARE(s.activity(open - kMin), atOpen); // the opening call runs at the open's level
}

void TestSynthetic::refusesBadConfiguration_data()
{
    QTest::addColumn<int>("symbol");
    QTest::addColumn<int>("field");
    QTest::addColumn<ErrorCode>("error");

    QTest::addRow("a symbol the engine does not know") << 5 << 0 << ErrorCode::UnknownSymbol;
    QTest::addRow("zero tick") << 0 << 1 << ErrorCode::InvalidSymbolConfig;
    QTest::addRow("zero spread") << 0 << 2 << ErrorCode::InvalidSymbolConfig;
    QTest::addRow("a hundred makers") << 0 << 3 << ErrorCode::InvalidSymbolConfig;
    QTest::addRow("negative taker rate") << 0 << 4 << ErrorCode::InvalidSymbolConfig;
    QTest::addRow("NaN volatility") << 0 << 5 << ErrorCode::InvalidSymbolConfig;
    QTest::addRow("typical size below one lot") << 0 << 6 << ErrorCode::InvalidSymbolConfig;
    QTest::addRow("calls longer than the night") << 0 << 7 << ErrorCode::InvalidSymbolConfig;
    QTest::addRow("the same symbol twice") << 1 << 0 << ErrorCode::DuplicateSymbol;
}

void TestSynthetic::refusesBadConfiguration()
{
    QFETCH(int, symbol);
    QFETCH(int, field);
    QFETCH(ErrorCode, error);

    MatchingEngine engine;
    engine.addSymbol(SymbolConfig { .name = "A" });
    engine.addSymbol(SymbolConfig { .name = "B" });
    SyntheticMarket market(engine);
    COMPARE_ENUM(market.addSymbol(1, stock()), ErrorCode::None);
    SyntheticSymbolConfig c = stock();
    switch (field) {
    case 1: c.tickSize = 0; break;
    case 2: c.spreadTicks = 0; break;
    case 3: c.makers = 100; break;
    case 4: c.takerRatePerMinute = -1; break;
    case 5: c.volatility = std::nan(""); break;
    case 6:
        c.lotSize = 100;
        c.typicalSize = 50;
        break;
    case 7: c.session.openingCall = 16 * 3600; break;
    default: break;
    }
    COMPARE_ENUM(market.addSymbol(static_cast<SymbolId>(symbol), c), error);
}

// --- determinism ---------------------------------------------------------------------

void TestSynthetic::sameSeedReplaysTheSameDay()
{
    // Three symbols from just before the opening call to mid-morning.
    const Timestamp start = kMidnight + 8 * kHour + 50 * kMin;
    const Timestamp end = kMidnight + 11 * kHour;
    auto run = [&](std::uint64_t seed) {
        auto sim = std::make_unique<Sim>(seed, 3);
        sim->market.start(start);
        for (Timestamp t = start; t <= end; t += 250'000'000)
            sim->market.advanceTo(t);
        return sim;
    };
    const auto a = run(42);
    const auto b = run(42);
    const auto c = run(43);
    QVERIFY(a->trades.size() > 1000);
    QCOMPARE(a->trades.size(), b->trades.size());
    QCOMPARE(firstDifference(a->trades, b->trades), qsizetype(-1));
    QCOMPARE(a->commands.size(), b->commands.size());
    QCOMPARE(firstDifference(a->commands, b->commands), qsizetype(-1));
    QCOMPARE(a->eventCount, b->eventCount);
    for (const SymbolId id : a->ids)
        QCOMPARE(a->market.fairValue(id), b->market.fairValue(id));
    // Another seed: another day.
    QVERIFY(firstDifference(a->trades, c->trades) >= 0);
    QVERIFY(a->market.fairValue(0) != c->market.fairValue(0) || a->market.fairValue(1) != c->market.fairValue(1));
    QCOMPARE(a->engine.verify(), std::string());
}

void TestSynthetic::outputDoesNotDependOnTimeSlicing()
{
    // The acceptor calls advanceTo from a timer at irregular real times; a
    // test jumps hours at once. Both must see the same market.
    const Timestamp start = kMidnight + 8 * kHour + 55 * kMin;
    const Timestamp end = kMidnight + 9 * kHour + 30 * kMin;
    Sim once(7, 2);
    once.market.start(start);
    once.market.advanceTo(end);

    Sim sliced(7, 2);
    sliced.market.start(start);
    std::uint64_t lcg = 12345;
    for (Timestamp t = start; t < end;) {
        lcg = lcg * 6364136223846793005ull + 1442695040888963407ull;
        t = std::min(end, t + static_cast<Timestamp>((lcg >> 33) % 700'000'000)); // 0 to 0.7 s
        sliced.market.advanceTo(t);
    }
    QVERIFY(once.commands.size() > 1000);
    QCOMPARE(firstDifference(once.commands, sliced.commands), qsizetype(-1));
    QCOMPARE(firstDifference(once.trades, sliced.trades), qsizetype(-1));
    QCOMPARE(once.market.now(), end);
    // Time never runs backwards.
    QCOMPARE(sliced.market.advanceTo(start), std::size_t(0));
}

// --- prices, book, volume ----------------------------------------------------------

void TestSynthetic::pricesMoveOnTheTickGrid_data()
{
    QTest::addColumn<Price>("start");
    QTest::addColumn<double>("volatility");
    QTest::addColumn<int>("spread");
    QTest::addColumn<int>("minRangeTicks");

    QTest::addRow("a 100.00 stock, 1.7 %% a day") << 100 * kPriceScale << 1e-4 << 2 << 40;
    QTest::addRow("odd spread, busy stock") << 25 * kPriceScale << 3e-4 << 3 << 40;
    QTest::addRow("a penny stock pressed against its floor") << 3 * kCent << 2e-3 << 2 << 1;
}

void TestSynthetic::pricesMoveOnTheTickGrid()
{
    QFETCH(Price, start);
    QFETCH(double, volatility);
    QFETCH(int, spread);
    QFETCH(int, minRangeTicks);

    SyntheticSymbolConfig c = stock(start);
    c.volatility = volatility;
    c.spreadTicks = spread;
    Sim sim(2024, 1, c);
    sim.recordCommands = false;
    const SymbolId id = sim.ids[0];
    const Timestamp open = kMidnight + 9 * kHour;
    sim.market.start(open - 10 * kMin);
    Price lo = start, hi = start;
    for (Timestamp t = open - 10 * kMin; t <= open + 9 * kHour; t += 10 * kSec) {
        sim.market.advanceTo(t);
        const Price fv = sim.market.fairValue(id);
        QVERIFY(fv > 0);
        QCOMPARE(fv % kCent, Price(0));
        lo = std::min(lo, fv);
        hi = std::max(hi, fv);
    }
    qInfo("fair value range %.2f .. %.2f (%lld ticks), %zu trades", double(lo) / kPriceScale, double(hi) / kPriceScale,
        static_cast<long long>((hi - lo) / kCent), sim.trades.size());
    QVERIFY2((hi - lo) / kCent >= minRangeTicks, "the fair value hardly moved");
    QVERIFY(sim.trades.size() > 1000);
    for (const TradeRecord& tr : sim.trades) {
        QVERIFY(tr.price > 0);
        QCOMPARE(tr.price % kCent, Price(0));
        QVERIFY(tr.qty > 0);
    }
    QCOMPARE(sim.syntheticRejects, std::uint64_t(0));
    QCOMPARE(sim.market.stats(id)->rejects, std::uint64_t(0));
    QCOMPARE(sim.engine.verify(), std::string());
}

void TestSynthetic::bookIsTwoSidedWithSensibleSpread()
{
    SyntheticSymbolConfig c = stock();
    c.spreadTicks = 2;
    Sim sim(99, 1, c);
    sim.recordCommands = false;
    const SymbolId id = sim.ids[0];
    const Timestamp open = kMidnight + 9 * kHour;
    sim.market.start(open - 10 * kMin);
    int samples = 0, twoSided = 0, tight = 0, crossed = 0;
    std::int64_t widest = 0;
    for (Timestamp t = open - 10 * kMin; t <= open + 9 * kHour; t += kSec) {
        sim.market.advanceTo(t);
        if (t == open + 4 * kHour) {
            // Depth: several makers, several levels each side.
            LevelView levels[10];
            QVERIFY(sim.engine.depth(id, Side::Buy, levels) >= 5);
            QVERIFY(sim.engine.depth(id, Side::Sell, levels) >= 5);
            QVERIFY(levels[0].orders >= 2);
        }
        const MarketStats st = *sim.engine.stats(id);
        if (st.phase != TradingPhase::Continuous)
            continue;
        ++samples;
        if (st.bestBid <= 0 || st.bestAsk <= 0)
            continue;
        ++twoSided;
        const std::int64_t spread = (st.bestAsk - st.bestBid) / kCent;
        crossed += spread <= 0;
        tight += spread <= c.spreadTicks + 2;
        widest = std::max(widest, spread);
        // The book straddles the fair value the makers quote around.
        const Price fv = sim.market.fairValue(id);
        QVERIFY2(st.bestBid <= fv + 20 * kCent && st.bestAsk >= fv - 20 * kCent, "the book left the fair value");
    }
    qInfo("continuous samples %d: two-sided %.2f %%, spread <= %d ticks %.2f %%, widest %lld ticks", samples,
        100.0 * twoSided / samples, c.spreadTicks + 2, 100.0 * tight / twoSided, static_cast<long long>(widest));
    QVERIFY(samples > 30'000);
    QCOMPARE(crossed, 0);
    QVERIFY(twoSided >= samples * 99 / 100);
    QVERIFY(tight >= twoSided * 95 / 100);
}

void TestSynthetic::volumeIsUShaped()
{
    Sim sim(314, 2);
    sim.recordCommands = false;
    const Timestamp open = kMidnight + 9 * kHour;
    sim.market.start(open - 10 * kMin);
    sim.market.advanceTo(open + 9 * kHour);
    // Continuous-trading volume per hour of the 8.5 hour session (auctions aside).
    std::vector<double> hourly(9, 0.0);
    for (const TradeRecord& tr : sim.trades)
        if (!tr.auction && tr.time >= open && tr.time < open + 8 * kHour + 30 * kMin)
            hourly[static_cast<std::size_t>((tr.time - open) / kHour)] += double(tr.qty);
    const double first = hourly[0];
    // The last full hour: 16:30 to 17:30.
    double lastHour = 0;
    for (const TradeRecord& tr : sim.trades)
        if (!tr.auction && tr.time >= open + 7 * kHour + 30 * kMin && tr.time < open + 8 * kHour + 30 * kMin)
            lastHour += double(tr.qty);
    QString shape;
    for (std::size_t h = 0; h < hourly.size(); ++h)
        shape += QString::number(hourly[h] / 1000.0, 'f', 0) + "k ";
    qInfo("volume by hour from the open: %s; last full hour %.0fk", qPrintable(shape), lastHour / 1000.0);
    double middle = 0;
    for (std::size_t h = 2; h <= 5; ++h) {
        QVERIFY2(first > 1.3 * hourly[h], "the first hour is not busier than the middle of the day");
        QVERIFY2(lastHour > 1.3 * hourly[h], "the last hour is not busier than the middle of the day");
        middle += hourly[h] / 4;
    }
    QVERIFY(lastHour > first * 0.9); // the close is the busiest part of the day
    // Auctions trade too.
    QVERIFY(std::any_of(sim.trades.begin(), sim.trades.end(), [](const TradeRecord& t) { return t.auction; }));
    QVERIFY(middle > 0);
}

void TestSynthetic::takerArrivalsArePoisson_data()
{
    QTest::addColumn<double>("perMinute");
    QTest::addColumn<Timestamp>("duration");
    QTest::addColumn<int>("seed");

    QTest::addRow("one a second for three hours") << 60.0 << 3 * kHour << 5;
    QTest::addRow("twelve a minute for six hours") << 12.0 << 6 * kHour << 6;
    QTest::addRow("ten a second for twenty minutes") << 600.0 << 20 * kMin << 7;
}

void TestSynthetic::takerArrivalsArePoisson()
{
    QFETCH(double, perMinute);
    QFETCH(Timestamp, duration);
    QFETCH(int, seed);

    // Flat activity, continuous trading all day: a homogeneous Poisson process.
    SyntheticSymbolConfig c = stock();
    c.drivePhases = false;
    c.activity = ActivityCurve { .open = 1, .close = 1, .decay = 0.1, .offHours = 1 };
    c.takerRatePerMinute = perMinute;
    Sim sim(static_cast<std::uint64_t>(seed), 1, c);
    const Timestamp start = kMidnight + 10 * kHour;
    sim.market.start(start);
    sim.market.advanceTo(start + duration);

    const std::vector<Timestamp> t = sim.takerArrivals();
    QVERIFY(t.size() > 1000);
    std::vector<double> gaps;
    for (std::size_t i = 1; i < t.size(); ++i)
        gaps.push_back(double(t[i] - t[i - 1]) / kSec);
    double mean = 0;
    for (double g : gaps)
        mean += g;
    mean /= double(gaps.size());
    double var = 0;
    for (double g : gaps)
        var += (g - mean) * (g - mean);
    var /= double(gaps.size() - 1);
    const double expected = 60.0 / perMinute;
    const double cv = std::sqrt(var) / mean;
    // Exponential gaps: mean 60/rate, coefficient of variation 1. Allow five
    // standard errors of the estimates.
    const double n = double(gaps.size());
    qInfo("%zu arrivals: mean gap %.4f s (expected %.4f), cv %.3f", t.size(), mean, expected, cv);
    QVERIFY(std::abs(mean / expected - 1.0) < 5.0 / std::sqrt(n));
    QVERIFY(std::abs(cv - 1.0) < 5.0 / std::sqrt(n));
    // Memoryless: as many gaps above the mean as an exponential has (e^-1).
    const double above = double(std::count_if(gaps.begin(), gaps.end(), [&](double g) { return g > expected; })) / n;
    QVERIFY(std::abs(above - std::exp(-1.0)) < 5.0 * 0.5 / std::sqrt(n));
}

// --- living with real clients -------------------------------------------------------

void TestSynthetic::makersRefillAfterAClientSweep()
{
    SyntheticSymbolConfig c = stock();
    c.drivePhases = false;
    c.takerRatePerMinute = 0; // only the makers and our client
    c.volatility = 0; // a still fair value: the sweep is the only change
    c.impactTicks = 0;
    Sim sim(11, 1, c);
    const SymbolId id = sim.ids[0];
    const Timestamp t0 = kMidnight + 12 * kHour;
    sim.market.start(t0);
    sim.market.advanceTo(t0 + kSec);
    LevelView asks[32];
    const std::size_t levelsBefore = sim.engine.depth(id, Side::Sell, asks);
    QVERIFY(levelsBefore >= 5);
    const Price bestAsk = asks[0].price;

    // A client buys through three ask levels.
    Qty sweep = 0;
    for (std::size_t i = 0; i < 3; ++i)
        sweep += asks[i].qty;
    const std::size_t eventsBefore = sim.eventCount;
    NewOrder o;
    o.symbol = id;
    o.owner = kClient;
    o.clientTag = 1;
    o.side = Side::Buy;
    o.type = OrdType::Market;
    o.quantity = sweep;
    const SubmitResult r = sim.engine.submit(o);
    QVERIFY(r.ok());
    // The client's fills are its own; the makers' fills carry the synthetic
    // session, which the acceptor must not report to any client.
    int clientFills = 0, makerFills = 0;
    for (const Event& e : sim.engine.events()) {
        if (e.type != EventType::Fill)
            continue;
        if (e.owner == kClient)
            ++clientFills;
        else if (sim.market.isSynthetic(e) && e.owner == kSyntheticSession)
            ++makerFills;
    }
    QVERIFY(clientFills >= 3);
    QCOMPARE(makerFills, clientFills);
    QVERIFY(sim.eventCount > eventsBefore);
    QVERIFY(sim.engine.stats(id)->bestAsk > bestAsk);

    // Told of the fills (onEngineEvents), the makers refill within their
    // reaction time, well before their routine check.
    sim.market.advanceTo(t0 + kSec + 3 * kSec);
    QCOMPARE(sim.engine.stats(id)->bestAsk, bestAsk);
    QVERIFY(sim.engine.depth(id, Side::Sell, asks) >= levelsBefore);
    QCOMPARE(sim.engine.verify(), std::string());
}

void TestSynthetic::clientFlowMovesTheFairValue()
{
    // A client buying 50 typical sizes pushes the fair value up by
    // impactTicks for each typical size, and the makers follow.
    SyntheticSymbolConfig c = stock();
    c.drivePhases = false;
    c.takerRatePerMinute = 0;
    c.volatility = 0;
    c.impactTicks = 0.2;
    Sim sim(12, 1, c);
    const SymbolId id = sim.ids[0];
    const Timestamp t0 = kMidnight + 12 * kHour;
    sim.market.start(t0);
    sim.market.advanceTo(t0 + kSec);
    const Price before = sim.market.fairValue(id);
    const Price bidBefore = sim.engine.stats(id)->bestBid;
    NewOrder o;
    o.symbol = id;
    o.owner = kClient;
    o.side = Side::Buy;
    o.type = OrdType::Market;
    o.quantity = 50 * c.typicalSize;
    QVERIFY(sim.engine.submit(o).ok());
    const Qty filled = sim.engine.stats(id)->volume;
    QVERIFY(filled > 0);
    const double expected = c.impactTicks * double(filled) / double(c.typicalSize);
    QCOMPARE(double(sim.market.fairValue(id) - before) / kCent, std::round(expected));
    sim.market.advanceTo(t0 + 5 * kSec);
    QVERIFY(sim.engine.stats(id)->bestBid >= bidBefore + Price(expected - 1) * kCent);
    QCOMPARE(sim.engine.verify(), std::string());
}

// Three markets with their own seeds but one fair value seed and origin:
// whenever each starts (one 3 ms late, one 20 minutes late, catching up)
// and whatever its own makers and takers do, the fair value is the same
// walk. The same markets without the shared seed wander apart, which is
// what made the consolidated book of ordo-venue's lit venues crossed.
void TestSynthetic::sharedFairValueIsOneWalk()
{
    SyntheticSymbolConfig config = stock();
    config.impactTicks = 0; // own flow would add each market's own offset
    const Timestamp origin = kMidnight + 9 * kHour;
    for (const bool shared : { true, false }) {
        auto options = [&](std::uint64_t seed) {
            SyntheticOptions o { .seed = seed };
            if (shared) {
                o.fairValueSeed = 77;
                o.fairValueOrigin = origin;
            }
            return o;
        };
        Sim a(options(1), 2, config), b(options(2), 2, config), c(options(3), 2, config);
        const Timestamp lateStart = origin + 20 * kMin;
        a.market.start(origin);
        b.market.start(origin + 3'000'000);
        int samples = 0, equal = 0;
        Price maxApart = 0;
        for (Timestamp t = origin + kSec; t <= origin + kHour; t += kSec) {
            a.market.advanceTo(t);
            b.market.advanceTo(t);
            if (t >= lateStart)
                c.market.advanceTo(t);
            for (std::size_t i = 0; i < a.ids.size(); ++i) {
                const Price fa = a.market.fairValue(a.ids[i]);
                const Price fb = b.market.fairValue(b.ids[i]);
                ++samples;
                equal += fa == fb;
                maxApart = std::max(maxApart, std::abs(fa - fb));
                if (shared && t >= lateStart)
                    QCOMPARE(c.market.fairValue(c.ids[i]), fa);
            }
        }
        // Participants stay each market's own either way.
        QVERIFY(firstDifference(a.commands, b.commands) != -1);
        QVERIFY(a.market.stats(a.ids[0])->steps > 30'000);
        if (shared) {
            QCOMPARE(equal, samples);
        } else {
            // An hour from the open at 1e-4/√s drifts about a dollar apart.
            QVERIFY2(equal < samples / 10, qPrintable(QString::number(equal)));
            QVERIFY2(maxApart > 20 * kCent, qPrintable(QString::number(maxApart)));
        }
    }
}

// With impact on, a market's own aggressive flow moves its price off the
// shared walk, but only for a while: the offset halves every
// impactHalfLifeSeconds, so two markets stay within a few ticks (without
// the half-life they would drift apart by the accumulated impact).
void TestSynthetic::sharedFairValueKeepsOwnImpactBriefly()
{
    const Timestamp origin = kMidnight + 9 * kHour;
    auto options = [&](std::uint64_t seed) {
        SyntheticOptions o { .seed = seed };
        o.fairValueSeed = 5;
        o.fairValueOrigin = origin;
        return o;
    };
    Sim a(options(11), 1), b(options(12), 1);
    int apart = 0, samples = 0;
    Price maxApart = 0;
    for (Timestamp t = origin; t <= origin + 2 * kHour; t += kSec) {
        a.market.advanceTo(t);
        b.market.advanceTo(t);
        const Price d = std::abs(a.market.fairValue(a.ids[0]) - b.market.fairValue(b.ids[0]));
        ++samples;
        apart += d != 0;
        maxApart = std::max(maxApart, d);
    }
    QVERIFY(a.market.stats(a.ids[0])->takerVolume > 0);
    QVERIFY2(apart > 0, "impact never moved one market off the shared walk");
    QVERIFY2(maxApart <= 5 * kCent, qPrintable(QString::number(maxApart)));
}

void TestSynthetic::closesAndReopensNextMorning()
{
    Sim sim(8, 1);
    sim.recordCommands = false;
    const SymbolId id = sim.ids[0];
    const Timestamp open = kMidnight + 9 * kHour;
    sim.market.start(open - 30 * kMin);
    sim.market.advanceTo(open - 20 * kMin);
    COMPARE_ENUM(sim.engine.stats(id)->phase, TradingPhase::Closed);
    QCOMPARE(sim.engine.liveOrders(), std::size_t(0)); // nobody quotes a closed market
    sim.market.advanceTo(open - kMin);
    COMPARE_ENUM(sim.engine.stats(id)->phase, TradingPhase::OpeningCall);
    QVERIFY(sim.engine.liveOrders() > 0);
    sim.market.advanceTo(open + kMin);
    COMPARE_ENUM(sim.engine.stats(id)->phase, TradingPhase::Continuous);
    QVERIFY(sim.engine.stats(id)->volume > 0); // the opening auction traded
    sim.market.advanceTo(open + 8 * kHour + 32 * kMin);
    COMPARE_ENUM(sim.engine.stats(id)->phase, TradingPhase::ClosingCall);
    sim.market.advanceTo(open + 9 * kHour);
    COMPARE_ENUM(sim.engine.stats(id)->phase, TradingPhase::Closed);
    QCOMPARE(sim.engine.liveOrders(), std::size_t(0)); // the makers went home, leftovers were cancelled
    const Qty volumeDay1 = sim.engine.stats(id)->volume;

    // A halt by the venue operator is not lifted by the schedule.
    sim.market.advanceTo(open + 24 * kHour - 3 * kMin);
    COMPARE_ENUM(sim.engine.stats(id)->phase, TradingPhase::OpeningCall);
    COMPARE_ENUM(sim.engine.halt(id), ErrorCode::None);
    sim.market.advanceTo(open + 24 * kHour + kHour);
    COMPARE_ENUM(sim.engine.stats(id)->phase, TradingPhase::Halted);
    COMPARE_ENUM(sim.engine.resume(id), ErrorCode::None);
    sim.market.advanceTo(open + 24 * kHour + 2 * kHour);
    QVERIFY(sim.engine.stats(id)->volume > volumeDay1);
    QCOMPARE(sim.syntheticRejects, std::uint64_t(0));
    QCOMPARE(sim.engine.verify(), std::string());
    const SyntheticStats st = *sim.market.stats(id);
    // Closed at the start; day 1: opening call, open, closing call, close; day 2: opening call (then the halt).
    QCOMPARE(st.phaseChanges, std::uint64_t(6));
}

// --- speed -------------------------------------------------------------------------------

void TestSynthetic::fullDayForFiveSymbolsIsFast()
{
    Sim sim(1, 5);
    sim.recordCommands = false;
    QElapsedTimer timer;
    timer.start();
    // A whole calendar day, midnight to midnight, in one-second slices.
    sim.market.start(kMidnight);
    for (Timestamp t = kMidnight; t <= kMidnight + 24 * kHour; t += kSec)
        sim.market.advanceTo(t);
    const qint64 ms = timer.elapsed();
    std::uint64_t takers = 0, replaces = 0, steps = 0;
    for (const SymbolId id : sim.ids) {
        const SyntheticStats st = *sim.market.stats(id);
        takers += st.takerOrders;
        replaces += st.replaces;
        steps += st.steps;
    }
    qInfo("24 h, 5 symbols: %lld ms; %llu commands (%llu taker orders, %llu replaces), %llu events, %zu trades, "
          "%llu fair value steps",
        static_cast<long long>(ms), static_cast<unsigned long long>(sim.commandCount),
        static_cast<unsigned long long>(takers), static_cast<unsigned long long>(replaces),
        static_cast<unsigned long long>(sim.eventCount), sim.trades.size(), static_cast<unsigned long long>(steps));
    QVERIFY(sim.trades.size() > 50'000);
    QCOMPARE(sim.syntheticRejects, std::uint64_t(0));
    QCOMPARE(sim.engine.verify(), std::string());
#ifdef NDEBUG
    // Optimised builds only: the Debug + sanitizer presets take about 15 s.
    QVERIFY2(ms < 10'000, qPrintable(QString("a simulated day took %1 ms").arg(ms)));
#endif
}

void TestSynthetic::steadyStateDoesNotAllocate()
{
    // Once the books are built, hours of quoting, requoting and taking cost no
    // heap allocation: the engine's pools are reserved and the market keeps
    // fixed slots per maker.
    Sim sim(21, 5);
    sim.recordCommands = false;
    const Timestamp open = kMidnight + 9 * kHour;
    sim.market.start(open - 10 * kMin);
    sim.market.advanceTo(open + kHour);
    sim.trades.reserve(sim.trades.size() + 1'000'000);
    const std::uint64_t commands = sim.commandCount;
    const long before = g_allocations.load();
    for (Timestamp t = open + kHour; t <= open + 7 * kHour; t += 100'000'000)
        sim.market.advanceTo(t);
    const long allocations = g_allocations.load() - before;
    QVERIFY(sim.commandCount > commands + 100'000);
    QCOMPARE(allocations, 0L);
}

} // namespace ordo::venue

QTEST_APPLESS_MAIN(ordo::venue::TestSynthetic)
#include "tst_synthetic.moc"
