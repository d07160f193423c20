// bench_marketdata: how long a venue's book change takes to reach the
// engine's consolidated book. Prints figures; not a pass/fail test.
//
//   bench_marketdata [updates=1000000] [loopback samples=2000]
//
// In process: Engine::onMarketData with one incremental entry (a level
// changed, added or deleted, or a trade) on one of 4 venues' books for one of
// 10 instruments, each side 20 levels deep; the time is the whole call, at
// whose return the consolidated book is updated (and, when the mid moved,
// the instrument marked: that is part of the cost). Also MarketData::apply
// alone, without the engine around it.
//
// Over loopback (when built with the FIX gateway and ordo-venue's acceptor):
// an order added to or cancelled from ordo-venue's book -> its
// MarketDataIncrementalRefresh -> TCP -> QuickFIX -> decoded -> the engine's
// consolidated book shows the change. The consumer polls its queue, as a
// busy engine thread would find work waiting; the host adds one queued Qt
// event on top when it is idle.

#include "benchsupport.h"

#include "engine/engine.h"
#include "market/marketdata.h"

#ifdef ORDO_BENCH_LOOPBACK
#include "fixgateway.h"
#include "fixvenue.h"
#include "matchingengine.h"

#include <unistd.h>

#include <filesystem>
#include <mutex>
#include <thread>
#endif

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <random>
#include <string>
#include <vector>

using namespace ordo;
using Clk = std::chrono::steady_clock;

namespace {

// The market: venues x instruments, each venue book this many levels a side.
struct Shape {
    const char* name;
    int venues;
    int instruments;
    int levels;
};
constexpr Shape kDeep { "4 venues x 10 instruments, 20 levels", 4, 10, 20 };
// One thin venue: most changes move the touch, so many move the mid (a mark).
constexpr Shape kThin { "1 venue x 10 instruments, 3 levels", 1, 10, 3 };
constexpr Price kTick = kPriceScale / 100;
constexpr Price kMid = 100 * kPriceScale;

std::uint32_t nanos(Clk::time_point a, Clk::time_point b)
{
    return static_cast<std::uint32_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(b - a).count());
}

std::string venueName(int v)
{
    return "V" + std::to_string(v);
}
std::string symbolName(int i)
{
    return "SYM" + std::to_string(i);
}

// Pre-built updates, replayed in a ring: the harness allocates nothing while
// timing. Bids live in [mid-20 ticks, mid-1 tick], asks in [mid+1, mid+20],
// so the books never cross and never empty; the tolerant book makes any
// order of New/Change/Delete valid.
std::vector<MarketDataUpdate> makeUpdates(const Shape& shape, std::size_t n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<MarketDataUpdate> out(n);
    const std::uint32_t levels = std::uint32_t(shape.levels);
    for (MarketDataUpdate& u : out) {
        u.venue = venueName(int(rng() % std::uint32_t(shape.venues)));
        u.symbol = symbolName(int(rng() % std::uint32_t(shape.instruments)));
        u.kind = MdKind::Incremental;
        MdEntry e;
        const std::uint32_t what = rng() % 100;
        // Most changes are near the touch, as in a real feed.
        const Price depth = Price(1 + (rng() % 4 == 0 ? rng() % levels : rng() % std::min(3u, levels)));
        const bool isBid = rng() % 2 == 0;
        e.side = what < 90 ? (isBid ? MdSide::Bid : MdSide::Ask) : MdSide::Trade;
        e.price = isBid ? kMid - depth * kTick : kMid + depth * kTick;
        e.action = what < 70 ? MdAction::Change
            : what < 80      ? MdAction::New
            : what < 90      ? MdAction::Delete
                             : MdAction::New;
        e.size = e.action == MdAction::Delete ? 0 : Qty(100 * (1 + rng() % 20));
        e.orders = std::int32_t(1 + rng() % 8);
        u.entries.push_back(e);
    }
    return out;
}

MarketDataUpdate snapshotFor(const Shape& shape, int venue, int instrument)
{
    MarketDataUpdate u;
    u.venue = venueName(venue);
    u.symbol = symbolName(instrument);
    u.kind = MdKind::Snapshot;
    for (int d = 1; d <= shape.levels; ++d) {
        u.entries.push_back({ MdSide::Bid, MdAction::New, kMid - d * kTick, Qty(100 * d), d });
        u.entries.push_back({ MdSide::Ask, MdAction::New, kMid + d * kTick, Qty(100 * d), d });
    }
    return u;
}

void report(const char* what, std::vector<std::uint32_t>& lat, double perSecond)
{
    const double p50 = bench::percentile(lat, 0.50);
    const double p99 = bench::percentile(lat, 0.99);
    const double p999 = bench::percentile(lat, 0.999);
    if (p50 < 10'000)
        std::printf("  %-40s p50 %6.0f ns  p99 %6.0f ns  p99.9 %6.0f ns  %7.2f M updates/s\n", what, p50, p99, p999,
            perSecond / 1e6);
    else
        std::printf("  %-40s p50 %6.1f us  p99 %6.1f us  p99.9 %6.1f us  %7.0f updates/s\n", what, p50 / 1e3, p99 / 1e3,
            p999 / 1e3, perSecond);
}

// Counts what the engine journals: only marks should come from market data.
class CountingJournal final : public Journal {
public:
    void append(std::span<const std::uint8_t> record) override
    {
        ++records;
        marks += !record.empty() && record[0] == 11; // RecordType::Mark
    }
    Reason commit() override { return {}; }
    std::uint64_t records = 0;
    std::uint64_t marks = 0;
};

void inProcess(const Shape& shape, std::size_t count)
{
    std::printf("in process, %s a side:\n", shape.name);
    const std::vector<MarketDataUpdate> updates = makeUpdates(shape, 1 << 16, 2026);
    const std::size_t mask = updates.size() - 1;

    // --- the engine: onMarketData, marks included ---
    {
        ManualClock clock { 1'763'700'000'000'000'000 };
        bench::CountingGateway gateway;
        CountingJournal journal;
        Engine engine { clock, gateway, &journal };
        engine.startSession("20261121");
        for (int i = 0; i < shape.instruments; ++i)
            engine.defineInstrument(Instrument { symbolName(i), kTick, 1, "USD", {} });
        for (int v = 0; v < shape.venues; ++v)
            for (int i = 0; i < shape.instruments; ++i)
                engine.onMarketData(snapshotFor(shape, v, i));
        // Warm up, then time each call, then run flat out for the rate.
        for (std::size_t k = 0; k < updates.size(); ++k)
            engine.onMarketData(updates[k]);
        std::vector<std::uint32_t> lat;
        lat.reserve(count);
        for (std::size_t k = 0; k < count; ++k) {
            const auto t0 = Clk::now();
            engine.onMarketData(updates[k & mask]);
            lat.push_back(nanos(t0, Clk::now()));
        }
        const std::uint64_t marksBefore = journal.marks;
        const std::uint64_t recordsBefore = journal.records;
        const auto t0 = Clk::now();
        for (std::size_t k = 0; k < count; ++k)
            engine.onMarketData(updates[k & mask]);
        const double secs = std::chrono::duration<double>(Clk::now() - t0).count();
        report("Engine::onMarketData (book->consolidated)", lat, double(count) / secs);
        const ConsolidatedBook* b = engine.marketData().consolidated(engine.findInstrument(symbolName(0)));
        std::printf("    %.1f%% of updates moved a mid or last trade into a new mark (journaled); %llu other records; "
                    "SYM0: %zu bids, %zu asks\n",
            100.0 * double(journal.marks - marksBefore) / double(count),
            static_cast<unsigned long long>(journal.records - recordsBefore - (journal.marks - marksBefore)),
            b->depth(BookSide::Bid), b->depth(BookSide::Ask));
    }

    // --- MarketData alone: books only, no symbol lookup, no marks ---
    {
        MarketData md;
        for (int v = 0; v < shape.venues; ++v)
            for (int i = 0; i < shape.instruments; ++i)
                md.apply(InstrumentId(i + 1), snapshotFor(shape, v, i));
        std::vector<InstrumentId> ids(updates.size());
        std::vector<VenueSlot> slots(updates.size());
        for (std::size_t k = 0; k < updates.size(); ++k) {
            ids[k] = InstrumentId(std::stoi(updates[k].symbol.substr(3)) + 1);
            slots[k] = md.venueSlot(updates[k].venue);
        }
        for (std::size_t k = 0; k < updates.size(); ++k)
            md.apply(slots[k], ids[k], updates[k]);
        std::vector<std::uint32_t> lat;
        lat.reserve(count);
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t j = k & mask;
            const auto t0 = Clk::now();
            md.apply(slots[j], ids[j], updates[j]);
            lat.push_back(nanos(t0, Clk::now()));
        }
        const auto t0 = Clk::now();
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t j = k & mask;
            md.apply(slots[j], ids[j], updates[j]);
        }
        const double secs = std::chrono::duration<double>(Clk::now() - t0).count();
        report("MarketData::apply (books only)", lat, double(count) / secs);
    }
}

void timerOverhead()
{
    std::vector<std::uint32_t> lat;
    lat.reserve(100'000);
    for (int k = 0; k < 100'000; ++k) {
        const auto t0 = Clk::now();
        lat.push_back(nanos(t0, Clk::now()));
    }
    std::printf("timer: two steady_clock reads cost p50 %.0f ns (included in every per-call figure)\n",
        bench::percentile(lat, 0.5));
}

#ifdef ORDO_BENCH_LOOPBACK

struct Queue {
    std::mutex mutex;
    std::deque<MarketDataUpdate> items;
    std::atomic<std::size_t> pending { 0 };
};

void loopback(std::size_t samples)
{
    const std::filesystem::path dir
        = std::filesystem::temp_directory_path() / ("ordo-bench-md-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);

    venue::FixVenueConfig vc;
    vc.name = "XSIM";
    vc.clients = { { "XSIM", "ORDO", "" } };
    vc.symbols = { { "AAPL", kTick, 190 * kPriceScale } };
    vc.storeDirectory = (dir / "venue").string();
    vc.dataDictionary = ORDO_FIX44_XML;
    venue::FixVenue fixVenue(vc);
    if (const std::string e = fixVenue.start(); !e.empty()) {
        std::printf("loopback: venue did not start: %s\n", e.c_str());
        return;
    }

    auto queue = std::make_shared<Queue>();
    fix::FixGatewayConfig gc;
    gc.sessions = { { "XSIM", "127.0.0.1", fixVenue.port(), "ORDO", "XSIM", 30, 1, "", "", false } };
    gc.storeDirectory = (dir / "ordo").string();
    gc.dataDictionary = ORDO_FIX44_XML;
    gc.symbols = { "AAPL" };
    fix::FixSinks sinks;
    sinks.marketData = [queue](MarketDataUpdate u) {
        std::lock_guard lock(queue->mutex);
        queue->items.push_back(std::move(u));
        queue->pending.fetch_add(1, std::memory_order_release);
    };
    fix::FixGateway gateway(gc, sinks);
    ManualClock clock { 1'763'700'000'000'000'000 };
    Engine engine { clock, gateway };
    engine.startSession("20261121");
    engine.defineInstrument(Instrument { "AAPL", kTick, 1, "USD", {} });
    if (const std::string e = gateway.start(); !e.empty()) {
        std::printf("loopback: gateway did not start: %s\n", e.c_str());
        return;
    }
    const InstrumentId aapl = engine.findInstrument("AAPL");

    std::deque<MarketDataUpdate> batch;
    auto drain = [&] {
        if (queue->pending.load(std::memory_order_acquire) == 0)
            return false;
        {
            std::lock_guard lock(queue->mutex);
            batch.swap(queue->items);
            queue->pending.store(0, std::memory_order_relaxed);
        }
        for (const MarketDataUpdate& u : batch)
            engine.onMarketData(u);
        batch.clear();
        return true;
    };
    // Waits (polling) until the consolidated bid at price has qty; false on timeout.
    auto waitFor = [&](Price price, Qty qty) {
        const auto deadline = Clk::now() + std::chrono::seconds(5);
        while (Clk::now() < deadline) {
            drain();
            const ConsolidatedBook* b = engine.marketData().consolidated(aapl);
            const ConsolidatedLevel* l = b ? b->find(BookSide::Bid, price) : nullptr;
            if ((l ? l->qty : 0) == qty)
                return true;
        }
        return false;
    };
    const auto logonDeadline = Clk::now() + std::chrono::seconds(10);
    while (!(engine.marketData().book("XSIM", aapl)) && Clk::now() < logonDeadline) {
        drain();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (!engine.marketData().book("XSIM", aapl)) {
        std::printf("loopback: no snapshot within 10 s\n");
        return;
    }

    auto submit = [&](Price price, Qty qty) {
        venue::OrderId id = venue::kNoOrder;
        fixVenue.withEngine([&](venue::MatchingEngine& e) {
            venue::NewOrder n;
            n.symbol = e.findSymbol("AAPL");
            n.owner = 9999;
            n.side = venue::Side::Buy;
            n.quantity = qty;
            n.price = price;
            id = e.submit(n).order;
        });
        return id;
    };
    auto cancel = [&](venue::OrderId id) { fixVenue.withEngine([&](venue::MatchingEngine& e) { e.cancel(id); }); };

    // Latency: one change at a time (a new level, then its removal).
    std::vector<std::uint32_t> lat;
    lat.reserve(samples * 2);
    std::size_t timeouts = 0;
    const auto began = Clk::now();
    for (std::size_t k = 0; k < samples; ++k) {
        const Price price = 180 * kPriceScale - Price(k % 50) * kTick;
        auto t0 = Clk::now();
        const venue::OrderId id = submit(price, 100);
        if (!waitFor(price, 100)) {
            ++timeouts;
            continue;
        }
        lat.push_back(nanos(t0, Clk::now()));
        t0 = Clk::now();
        cancel(id);
        if (!waitFor(price, 0)) {
            ++timeouts;
            continue;
        }
        lat.push_back(nanos(t0, Clk::now()));
    }
    const double secs = std::chrono::duration<double>(Clk::now() - began).count();
    std::printf("over loopback (ordo-venue -> FIX -> gateway -> engine), 1 venue, AAPL:\n");
    report("venue change -> consolidated, 1 by 1", lat, double(lat.size()) / secs);

    // Throughput: a burst of changes sent without waiting, until the last shows.
    const std::size_t burst = samples * 5;
    std::vector<venue::OrderId> ids;
    ids.reserve(burst);
    const auto t0 = Clk::now();
    for (std::size_t k = 0; k < burst; ++k) {
        ids.push_back(submit(170 * kPriceScale - Price(k % 200) * kTick, 100));
        drain();
    }
    // The last change is the last order at its price: all of them shown.
    const bool shown
        = waitFor(170 * kPriceScale - Price((burst - 1) % 200) * kTick, Qty(100 * ((burst - 1) / 200 + 1)));
    const double burstSecs = std::chrono::duration<double>(Clk::now() - t0).count();
    std::printf("  %-40s %zu changes in %.3f s: %.0f updates/s end to end%s\n", "burst (venue sends without waiting)",
        burst, burstSecs, double(burst) / burstSecs, shown ? "" : " (last change NOT seen)");
    for (venue::OrderId id : ids)
        cancel(id);
    if (timeouts)
        std::printf("  %zu changes were not seen within 5 s\n", timeouts);
    gateway.stop();
    fixVenue.stop();
    std::filesystem::remove_all(dir);
}

#endif

} // namespace

int main(int argc, char** argv)
{
    const std::size_t updates = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const std::size_t samples = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 2000;
    timerOverhead();
    inProcess(kDeep, updates);
    inProcess(kThin, updates);
#ifdef ORDO_BENCH_LOOPBACK
    if (samples)
        loopback(samples);
#else
    (void)samples;
    std::printf("loopback: not built (needs the FIX gateway and ordo-venue)\n");
#endif
    return 0;
}
