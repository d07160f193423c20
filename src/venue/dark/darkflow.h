#pragma once

// DarkFlow: seeded synthetic participants for a DarkPool, so that a client's
// dark orders find someone to cross with (and routing and TCA see dark
// fills). Per symbol:
//
//  - natural resting orders arriving as a Poisson process: a random side, a
//    size log-normal around blockSize, half of them limited a few ticks
//    through the current mid (they keep crossing while the mid wanders
//    within that band) and half midpoint-pegged without a cap; each is
//    cancelled after a lifetime drawn from an exponential distribution, and
//    at most maxResting wait at once;
//  - takers arriving as a Poisson process: IOC midpoint pegs of log-normal
//    size around typicalSize that take whatever rests on the other side.
//
// Nothing is sent while the pool has no reference for the symbol (its mid is
// 0): an arrival then is simply skipped.
//
// Driving: advanceTo(now) with a rising time runs, in time order, everything
// due up to now; real time (the acceptor's timer) or simulated (tests).
// Deterministic for a seed, configuration, start time and pool state.
// Orders are owned by kSyntheticSession, so the acceptor sends no reports
// for them. Not thread-safe: the pool's thread drives it. Units as in the
// matching engine: Price 1e-8, Qty units, Timestamp ns since the epoch.

#include "darkpool.h"
#include "random.h"
#include "syntheticconfig.h"

#include <optional>
#include <vector>

namespace ordo::venue {

struct DarkFlowConfig {
    Price tickSize = kPriceScale / 100; // a multiple of the pool symbol's tick
    Qty lotSize = 1; // a multiple of the pool symbol's lot
    Qty typicalSize = 100; // mean taker size
    Qty blockSize = 300; // mean resting size
    double restingPerMinute = 6; // arrivals of resting orders
    double lifetimeSeconds = 60; // mean time a resting order waits before it is cancelled
    double takersPerMinute = 4; // arrivals of IOC takers
    std::int32_t maxResting = 8; // resting orders of the flow at once, per symbol
    std::int32_t limitTicks = 3; // how far through the mid a limited resting order reaches
};

struct DarkFlowStats {
    std::uint64_t restingOrders = 0; // sent
    std::uint64_t takerOrders = 0; // sent
    std::uint64_t cancels = 0; // lifetimes that ran out
    std::uint64_t skipped = 0; // arrivals without a reference
    std::uint64_t rejects = 0; // commands the pool refused
};

class DarkFlow {
public:
    explicit DarkFlow(DarkPool& pool, std::uint64_t seed = 1);
    DarkFlow(const DarkFlow&) = delete;
    DarkFlow& operator=(const DarkFlow&) = delete;

    // For a symbol already added to the pool. UnknownSymbol, DuplicateSymbol
    // or InvalidSymbolConfig when refused.
    ErrorCode addSymbol(SymbolId symbol, const DarkFlowConfig& config);
    // The clock starts at now: the first arrivals are drawn from there.
    // advanceTo starts it itself if this was not called.
    void start(Timestamp now);
    // Runs everything due at or before now; returns the number of commands sent.
    std::size_t advanceTo(Timestamp now);

    SessionId session() const noexcept { return kSyntheticSession; }
    std::optional<DarkFlowStats> stats(SymbolId symbol) const noexcept;
    // Resting orders of the flow still live in the pool.
    std::size_t resting(SymbolId symbol) const;

private:
    static constexpr Timestamp kNever = INT64_MAX;

    struct Waiting {
        OrderId id = kNoOrder;
        Timestamp cancelAt = 0;
    };
    struct Symbol {
        SymbolId id = kNoSymbol;
        DarkFlowConfig cfg;
        Random rng;
        Timestamp nextResting = kNever;
        Timestamp nextTaker = kNever;
        std::vector<Waiting> waiting;
        DarkFlowStats stats;
    };

    Timestamp nextDue(const Symbol& s) const noexcept;
    Timestamp arrival(Symbol& s, Timestamp from, double perMinute);
    void restingArrives(Symbol& s, Timestamp t);
    void takerArrives(Symbol& s, Timestamp t);
    void prune(Symbol& s);
    Qty size(Symbol& s, Qty mean);
    NewOrder newOrder(const Symbol& s, bool buy, Qty qty);

    DarkPool& m_pool;
    std::uint64_t m_seed;
    std::vector<Symbol> m_symbols;
    Timestamp m_now = 0;
    std::uint64_t m_tags = 0;
    bool m_started = false;
};

} // namespace ordo::venue
