// bench_matching: throughput and per-order latency of the ordo-venue matching
// engine on a realistic mix: 60% limit orders added around the touch (a few
// icebergs and hidden orders among them), 30% cancels, 10% marketable orders
// (market or IOC through the touch) that take a few resting orders each.
// Cancels mostly hit recent orders, as quoting strategies do (80% among the
// 256 most recent live orders, 20% anywhere in the book), and the takers are
// sized so each book holds about 1000 orders (third argument); a second run with
// every cancel anywhere in the book shows the cache-miss-bound worst case.
// Prints figures; not a test. Links only ordo::matching (the venue is free of
// OMS code).
//
//   bench_matching [orders=5000000] [symbols=8] [orders per book=1000]

#include "matchingengine.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

using namespace ordo::venue;
using Clk = std::chrono::steady_clock;

// Counts heap allocations, to show the steady state does none.
static std::atomic<std::uint64_t> g_allocations { 0 };

void* operator new(std::size_t n)
{
    ++g_allocations;
    if (void* p = std::malloc(n ? n : 1))
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

namespace {

constexpr Price kTick = kPriceScale / 100; // one cent
constexpr Price kMid = 100 * kPriceScale;
constexpr Qty kLot = 100;

double percentile(std::vector<std::uint32_t>& v, double p)
{
    if (v.empty())
        return 0;
    const std::size_t k = std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

// Drives one engine with the mix and keeps the set of live orders (for
// cancels) from the events, as an acceptor would keep its ClOrdID map.
class Driver {
public:
    Driver(std::uint64_t seed, int symbols, std::size_t bookOrders, std::size_t expected,
        std::uint32_t recentCancelPercent)
        : m_rng(seed)
        , m_symbols(symbols)
        , m_bookOrders(bookOrders)
        , m_recentPercent(recentCancelPercent)
    {
        m_engine.reserve(1 << 18, 1 << 14);
        for (int s = 0; s < symbols; ++s) {
            SymbolConfig cfg;
            cfg.name = "SYM" + std::to_string(s);
            cfg.tickSize = kTick;
            cfg.lotSize = kLot;
            cfg.referencePrice = kMid;
            m_engine.addSymbol(cfg);
        }
        m_live.reserve(1 << 20);
        m_pos.assign(expected + 2'000'000, kNone);
    }

    // Rests a book of `perSide` orders a side per symbol, 1 to 20 ticks from the mid.
    void seed(int perSide)
    {
        for (int s = 0; s < m_symbols; ++s)
            for (int i = 0; i < perSide; ++i)
                for (Side side : { Side::Buy, Side::Sell }) {
                    NewOrder o;
                    o.symbol = static_cast<SymbolId>(s);
                    o.side = side;
                    o.quantity = kLot * (1 + below(10));
                    const Price away = kTick * (1 + below(20));
                    o.price = side == Side::Buy ? kMid - away : kMid + away;
                    apply(m_engine.submit(o).order);
                }
    }

    // One command of the mix. Returns its kind: 0 add, 1 cancel, 2 marketable.
    template<typename Timer> int step(Timer&& timed)
    {
        const std::uint32_t roll = below(100);
        const auto sym = static_cast<SymbolId>(below(static_cast<std::uint32_t>(m_symbols)));
        if (roll < 30 && !m_live.empty()) {
            OrderId id = m_recent[below(kRecent)];
            if (below(100) >= m_recentPercent || id >= m_pos.size() || m_pos[id] == kNone)
                id = m_live[below(static_cast<std::uint32_t>(m_live.size()))];
            timed([&] { m_engine.cancel(id); });
            apply(kNoOrder);
            return 1;
        }
        NewOrder o;
        o.symbol = sym;
        o.side = below(2) ? Side::Buy : Side::Sell;
        const auto st = m_engine.stats(sym);
        const Price bid = st->bestBid ? st->bestBid : kMid - kTick;
        const Price ask = st->bestAsk ? st->bestAsk : kMid + kTick;
        if (roll < 90) {
            // Passive: at or behind the touch, a few ticks deep, sometimes inside the spread.
            o.quantity = kLot * (1 + below(10));
            const Price away = kTick * static_cast<Price>(below(8));
            o.price = o.side == Side::Buy ? std::min(bid + kTick, ask - kTick) - away
                                          : std::max(ask - kTick, bid + kTick) + away;
            if (below(20) == 0)
                o.displayQty = kLot; // a few icebergs
            else if (below(20) == 0)
                o.hidden = true;
        } else {
            // Sized so the book holds about kBookOrders a symbol: takers eat a
            // little more when the book is fuller, a little less when thinner.
            const bool full = m_live.size() > m_bookOrders * static_cast<std::size_t>(m_symbols);
            o.quantity = kLot * (1 + below(full ? 40 : 24));
            if (below(2)) {
                o.type = OrdType::Market;
            } else {
                o.tif = TimeInForce::Ioc;
                o.price = o.side == Side::Buy ? ask + 2 * kTick : bid - 2 * kTick;
            }
        }
        OrderId id = kNoOrder;
        timed([&] { id = m_engine.submit(o).order; });
        apply(id);
        return roll < 90 ? 0 : 2;
    }

    MatchingEngine& engine() { return m_engine; }
    std::size_t live() const { return m_live.size(); }
    std::uint64_t fills = 0;

private:
    static constexpr std::uint32_t kNone = 0xFFFF'FFFFu;
    static constexpr std::uint32_t kRecent = 256;
    // xorshift64*: cheap enough not to show in the figures.
    std::uint32_t below(std::uint32_t n)
    {
        m_rng ^= m_rng >> 12;
        m_rng ^= m_rng << 25;
        m_rng ^= m_rng >> 27;
        return static_cast<std::uint32_t>((m_rng * 0x2545F4914F6CDD1Dull) >> 32) % n;
    }

    // Tracks live orders from the last operation's events.
    void apply(OrderId accepted)
    {
        if (accepted != kNoOrder && accepted < m_pos.size()) {
            m_pos[accepted] = static_cast<std::uint32_t>(m_live.size());
            m_live.push_back(accepted);
            m_recent[m_recentNext++ % kRecent] = accepted;
        }
        for (const Event& e : m_engine.events()) {
            const bool gone = (e.type == EventType::Fill && e.leaves == 0) || e.type == EventType::Cancelled
                || e.type == EventType::Expired;
            fills += e.type == EventType::Fill;
            if (!gone || e.order >= m_pos.size() || m_pos[e.order] == kNone)
                continue;
            const std::uint32_t at = m_pos[e.order];
            m_pos[m_live.back()] = at;
            m_live[at] = m_live.back();
            m_live.pop_back();
            m_pos[e.order] = kNone;
        }
    }

    std::uint64_t m_rng;
    int m_symbols;
    std::size_t m_bookOrders;
    std::uint32_t m_recentPercent;
    OrderId m_recent[kRecent] = {};
    std::uint32_t m_recentNext = 0;
    MatchingEngine m_engine;
    std::vector<OrderId> m_live;
    std::vector<std::uint32_t> m_pos;
};

} // namespace

struct Figures {
    double rate = 0;
    std::uint64_t allocations = 0;
    std::uint64_t fills = 0;
    std::size_t live = 0;
    std::string problem;
};

// Commands back to back, after a warm-up that brings pools and tables to
// their working size.
Figures throughput(std::uint64_t n, int symbols, std::size_t book, std::uint32_t recentPercent)
{
    Driver d(42, symbols, book, n, recentPercent);
    d.seed(static_cast<int>(book / 2));
    for (int i = 0; i < 200'000; ++i)
        d.step([](auto&& f) { f(); });
    Figures fig;
    const std::uint64_t allocBefore = g_allocations.load();
    const std::uint64_t fillsBefore = d.fills;
    const auto t0 = Clk::now();
    for (std::uint64_t i = 0; i < n; ++i)
        d.step([](auto&& f) { f(); });
    const auto t1 = Clk::now();
    fig.allocations = g_allocations.load() - allocBefore;
    fig.rate = static_cast<double>(n) / std::chrono::duration<double>(t1 - t0).count();
    fig.fills = d.fills - fillsBefore;
    fig.live = d.live();
    fig.problem = d.engine().verify();
    return fig;
}

int main(int argc, char** argv)
{
    const std::uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 5'000'000;
    const int symbols = argc > 2 ? std::max(1, std::atoi(argv[2])) : 8;
    const std::size_t book = argc > 3 ? std::max<std::size_t>(2, std::strtoull(argv[3], nullptr, 10)) : 1000;

    std::printf("bench_matching: %llu commands, %d symbols, about %zu orders in each book, mix 60%% limit adds "
                "near the touch / 30%% cancels / 10%% marketable\n",
        static_cast<unsigned long long>(n), symbols, book);
    const Figures real = throughput(n, symbols, book, 80);
    std::printf("throughput: %.2f M orders/s (target >= 5 M/s: %s), %.1f ns per command; %llu fills, "
                "%zu live orders at the end\n",
        real.rate / 1e6, real.rate >= 5e6 ? "MET" : "MISSED", 1e9 / real.rate,
        static_cast<unsigned long long>(real.fills), real.live);
    std::printf("heap allocations during the measured run: %llu\n", static_cast<unsigned long long>(real.allocations));
    const Figures worst = throughput(n, symbols, book, 0);
    std::printf("worst case, every cancel anywhere in the book: %.2f M orders/s, %.1f ns per command, "
                "%zu live orders at the end\n",
        worst.rate / 1e6, 1e9 / worst.rate, worst.live);

    // Latency: the realistic mix again, every command timed on its own.
    Driver timed(43, symbols, book, n, 80);
    timed.seed(static_cast<int>(book / 2));
    for (int i = 0; i < 200'000; ++i)
        timed.step([](auto&& f) { f(); });
    std::vector<std::uint32_t> all, byKind[3];
    all.reserve(n);
    for (auto& v : byKind)
        v.reserve(n);
    for (std::uint64_t i = 0; i < n; ++i) {
        std::uint32_t ns = 0;
        const int kind = timed.step([&](auto&& f) {
            const auto a = Clk::now();
            f();
            ns = static_cast<std::uint32_t>(
                std::chrono::duration_cast<std::chrono::nanoseconds>(Clk::now() - a).count());
        });
        all.push_back(ns);
        byKind[kind].push_back(ns);
    }
    std::printf("per command (ns, each timed alone, clock overhead included): p50 %.0f  p99 %.0f  p99.9 %.0f\n",
        percentile(all, 0.50), percentile(all, 0.99), percentile(all, 0.999));
    const char* names[3] = { "limit add", "cancel", "marketable" };
    for (int k = 0; k < 3; ++k)
        std::printf("  %-10s p50 %.0f  p99 %.0f  (%zu)\n", names[k], percentile(byKind[k], 0.50),
            percentile(byKind[k], 0.99), byKind[k].size());
    std::string problem = real.problem.empty() ? worst.problem : real.problem;
    if (problem.empty())
        problem = timed.engine().verify();
    std::printf("engine self-check: %s\n", problem.empty() ? "consistent" : problem.c_str());
    return problem.empty() ? 0 : 1;
}
