// bench_risk: the cost of the pre-trade checks per order with every check on
// and limits at every level of the hierarchy. Prints figures; not a test.
//
//   bench_risk [orders=1000000]

#include "benchsupport.h"

#include "domain/names.h"
#include "risk/pretraderisk.h"

#include <chrono>
#include <cstdlib>
#include <random>

using namespace ordo;
using Clk = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    const std::uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    NameTable names;
    PreTradeRisk risk(names);
    constexpr int kInstruments = 50;
    risk.setInstrumentCount(kInstruments);

    RiskConfig config;
    config.desks = {{"alice", "EQUITY"}, {"bob", "EQUITY"}};
    risk.configure(config, names);
    const NameId alice = names.intern("alice");
    const NameId bob = names.intern("bob");
    const NameId desk = names.intern("EQUITY");
    const NameId acc1 = names.intern("ACC1");
    const NameId acc2 = names.intern("ACC2");
    const NameId strat = names.intern("MOMENTUM");
    const Money big = 1'000'000'000 * kPriceScale;
    // Every numeric check at every level it makes sense at: the worst case.
    const std::pair<LimitLevel, std::uint32_t> places[] = {{LimitLevel::Firm, 0},        {LimitLevel::Desk, desk},
                                                           {LimitLevel::Trader, alice},  {LimitLevel::Trader, bob},
                                                           {LimitLevel::Account, acc1},  {LimitLevel::Account, acc2},
                                                           {LimitLevel::Strategy, strat}};
    for (auto [level, id] : places) {
        for (RiskCheck c : {RiskCheck::MaxOrderQty, RiskCheck::DailyVolume, RiskCheck::MaxLongPosition,
                            RiskCheck::MaxShortPosition, RiskCheck::DailyOrders, RiskCheck::DailyFills})
            risk.setLimit({c, level, "", 1'000'000'000, false}, id);
        for (RiskCheck c : {RiskCheck::MaxOrderNotional, RiskCheck::GrossExposure, RiskCheck::NetExposure,
                            RiskCheck::DailyNotional, RiskCheck::BuyingPower, RiskCheck::DailyLoss})
            risk.setLimit({c, level, "", big, false}, id);
        risk.setLimit({RiskCheck::PriceCollar, level, "", 500, false}, id);
        risk.setLimit({RiskCheck::Concentration, level, "", 10'000, false}, id);
    }
    for (int i = 1; i <= kInstruments; ++i)
        risk.setLimit({RiskCheck::MaxOrderQty, LimitLevel::Instrument, "", 1'000'000, false}, i);

    // A book with positions and working orders in every instrument.
    std::vector<RiskEvent> events;
    Timestamp now = 1'763'700'000'000'000'000 + 14 * 3600 * kNanosPerSecond;
    for (int i = 1; i <= kInstruments; ++i) {
        risk.mark(i, (100 + i) * kPriceScale, now, events);
        for (NameId trader : {alice, bob}) {
            Order o;
            o.instrument = i;
            o.trader = trader;
            o.account = trader == alice ? acc1 : acc2;
            o.strategy = strat;
            o.side = i % 2 ? Side::Buy : Side::Sell;
            o.limitPrice = (100 + i) * kPriceScale;
            o.quantity = 500;
            risk.fill(o, 300, o.limitPrice, 0, events);
            risk.workingChanged(o, 200);
        }
    }

    std::mt19937 rng(7);
    std::vector<std::uint32_t> lat(n);
    std::uint64_t rejected = 0;
    Order o;
    o.trader = alice;
    o.account = acc1;
    o.strategy = strat;
    o.type = OrdType::Limit;
    for (std::uint64_t k = 0; k < n; ++k) {
        now += 1'000'000;  // 1000 orders a second: under the rate limit
        o.instrument = 1 + rng() % kInstruments;
        o.side = rng() % 2 ? Side::Buy : Side::Sell;
        o.quantity = 100 + rng() % 900;
        o.limitPrice = (100 + o.instrument) * kPriceScale;
        const RiskCandidate cand{o, o.quantity, o.limitPrice, false, false, {}};
        const auto t0 = Clk::now();
        const RiskVerdict v = risk.check(cand, now);
        const auto t1 = Clk::now();
        lat[k] = static_cast<std::uint32_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(t1 - t0).count());
        rejected += !v.passed();
    }
    const double p50 = bench::percentile(lat, 0.50);
    const double p99 = bench::percentile(lat, 0.99);
    std::printf("bench_risk: %llu orders, %d instruments, every check on, limits at every level\n",
                static_cast<unsigned long long>(n), kInstruments);
    std::printf("pre-trade checks per order (ns): p50 %.0f (target < 1000: %s)  p99 %.0f (target < 5000: %s)\n", p50,
                bench::verdict(p50 < 1000), p99, bench::verdict(p99 < 5000));
    std::printf("  rejected %llu (expected 0: every order is inside its limits)\n",
                static_cast<unsigned long long>(rejected));
    return 0;
}
