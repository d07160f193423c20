// bench_engine: order lifecycle throughput and latency on one core, and the
// memory cost of live orders. Prints figures; not a pass/fail test.
//
//   bench_engine [orders=1000000] [all|throughput|latency|memory]

#include "benchsupport.h"

#include "engine/engine.h"

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

using namespace ordo;
using Clk = std::chrono::steady_clock;

namespace {

struct Setup {
    ManualClock clock{1'763'700'000'000'000'000};
    bench::CountingGateway gateway;
    Engine engine{clock, gateway};
    Actor trader;

    explicit Setup(std::size_t capacity)
    {
        // The app sizes the engine for the day's expected order count.
        engine.reserve(capacity);
        engine.startSession("20261121");
        engine.setDefaultVenue("XSIM");
        engine.defineInstrument(Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}});
        trader = engine.actor("alice", Role::Trader);
    }
};

OrderRequest makeRequest()
{
    OrderRequest r;
    r.symbol = "AAPL";
    r.side = Side::Buy;
    r.type = OrdType::Limit;
    r.quantity = 200;
    r.limitPrice = 190 * kPriceScale;
    r.account = "ACC1";
    return r;
}

// One order's life: submit, ack, partial fill, fill. Returns the 4 event
// latencies in ns through lat (if given).
template<bool Timed>
void lifecycle(Setup& s, OrderRequest& req, VenueEvent& ev, std::uint64_t i, std::uint32_t* lat)
{
    [[maybe_unused]] Clk::time_point t0;
    if constexpr (Timed)
        t0 = Clk::now();
    s.engine.submit(s.trader, req);
    [[maybe_unused]] Clk::time_point t1;
    if constexpr (Timed)
        t1 = Clk::now();
    ev.type = VenueEventType::Ack;
    ev.clOrdId.assign(s.gateway.lastClOrdId);
    ev.execId.clear();
    s.engine.onVenueEvent(ev);
    [[maybe_unused]] Clk::time_point t2;
    if constexpr (Timed)
        t2 = Clk::now();
    ev.type = VenueEventType::Fill;
    ev.lastQty = 100;
    ev.lastPrice = 190 * kPriceScale;
    ev.execId.assign("E");
    ev.execId += std::to_string(2 * i);
    s.engine.onVenueEvent(ev);
    [[maybe_unused]] Clk::time_point t3;
    if constexpr (Timed)
        t3 = Clk::now();
    ev.execId.assign("E");
    ev.execId += std::to_string(2 * i + 1);
    s.engine.onVenueEvent(ev);
    [[maybe_unused]] Clk::time_point t4;
    if constexpr (Timed)
        t4 = Clk::now();
    if constexpr (Timed) {
        auto ns = [](auto a, auto b) {
            return static_cast<std::uint32_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(b - a).count());
        };
        lat[0] = ns(t0, t1);
        lat[1] = ns(t1, t2);
        lat[2] = ns(t2, t3);
        lat[3] = ns(t3, t4);
    }
}

}  // namespace

int main(int argc, char** argv)
{
    const std::uint64_t orders = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const std::string only = argc > 2 ? argv[2] : "all";
    auto wanted = [&only](const char* part) { return only == "all" || only == part; };
    std::printf("bench_engine: %llu orders, one thread, in-process fake venue, no journal\n",
                static_cast<unsigned long long>(orders));

    // 1. Throughput: submit -> ack -> partial fill -> fill, untimed loop.
    if (wanted("throughput")) {
        Setup s(orders);
        OrderRequest req = makeRequest();
        VenueEvent ev;
        ev.venue = "XSIM";
        ev.clOrdId.reserve(32);
        ev.execId.reserve(32);
        const auto start = Clk::now();
        for (std::uint64_t i = 0; i < orders; ++i)
            lifecycle<false>(s, req, ev, i, nullptr);
        const double secs = std::chrono::duration<double>(Clk::now() - start).count();
        const double eventsPerSec = 4.0 * static_cast<double>(orders) / secs;
        std::printf("lifecycle events/s        : %.0f  (target >= 2,000,000: %s)\n", eventsPerSec,
                    bench::verdict(eventsPerSec >= 2'000'000));
        std::printf("  %.3f s for %llu events; refused=%llu\n", secs, static_cast<unsigned long long>(4 * orders),
                    static_cast<unsigned long long>(s.engine.counters().refusedEvents));
    }

    // 2. Latency per event, each event timed on its own.
    if (wanted("latency")) {
        Setup s(orders);
        OrderRequest req = makeRequest();
        VenueEvent ev;
        ev.venue = "XSIM";
        const std::uint64_t n = std::min<std::uint64_t>(orders, 500'000);
        std::vector<std::uint32_t> all(4 * n), submit(n), ack(n), fill(2 * n);
        for (std::uint64_t i = 0; i < n; ++i)
            lifecycle<true>(s, req, ev, i, &all[4 * i]);
        for (std::uint64_t i = 0; i < n; ++i) {
            submit[i] = all[4 * i];
            ack[i] = all[4 * i + 1];
            fill[2 * i] = all[4 * i + 2];
            fill[2 * i + 1] = all[4 * i + 3];
        }
        std::printf("latency per event (ns)    : p50 %.0f  p99 %.0f  (submit p50 %.0f p99 %.0f; ack p50 %.0f p99 %.0f; "
                    "fill p50 %.0f p99 %.0f)\n",
                    bench::percentile(all, 0.50), bench::percentile(all, 0.99), bench::percentile(submit, 0.50),
                    bench::percentile(submit, 0.99), bench::percentile(ack, 0.50), bench::percentile(ack, 0.99),
                    bench::percentile(fill, 0.50), bench::percentile(fill, 0.99));
    }

    // 3. Memory per live order: submitted and acknowledged, still working.
    if (wanted("memory")) {
        const std::size_t before = bench::residentBytes();
        auto s = std::make_unique<Setup>(0);
        OrderRequest req = makeRequest();
        VenueEvent ev;
        ev.venue = "XSIM";
        ev.type = VenueEventType::Ack;
        const std::uint64_t live = 1'000'000;
        for (std::uint64_t i = 0; i < live; ++i) {
            s->engine.submit(s->trader, req);
            ev.clOrdId.assign(s->gateway.lastClOrdId);
            s->engine.onVenueEvent(ev);
        }
        const std::size_t after = bench::residentBytes();
        const double perOrder = static_cast<double>(after - before) / static_cast<double>(live);
        std::printf("memory per live order     : %.0f bytes with %llu live orders (target <= 512: %s)\n", perOrder,
                    static_cast<unsigned long long>(live), bench::verdict(perOrder <= 512));
        std::printf("  sizeof(Order)=%zu, audit entries=%zu (sizeof %zu)\n", sizeof(Order), s->engine.audit().size(),
                    sizeof(AuditEntry));
    }
    return 0;
}
