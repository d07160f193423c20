#pragma once

// SyntheticMarket: seeded participants that make an ordo-venue MatchingEngine
// look like a live market. Per symbol:
//
//  - a fair value that follows a geometric random walk, updated every
//    SyntheticOptions::fairValueStep, with volatility scaled by the intraday
//    activity and nudged by aggressive flow (impactTicks);
//  - market makers quoting a ladder of `levels` prices per side around the
//    fair value, each with its own spread offset, level spacing and sizes.
//    They move their quotes (replace, cancel, new) as soon as the fair value
//    moves the quote centre, refill a level shortly after it traded, and
//    check their quotes every few seconds (a fill by a real client is
//    noticed there, or at once through onEngineEvents);
//  - liquidity takers arriving as a Poisson process whose intensity follows
//    a U-shaped intraday curve, sending market orders and marketable IOC
//    limit orders of log-normal sizes (in a call: market orders and ATO/ATC
//    limit orders around the fair value).
//
// Driving it: call advanceTo(now) with a rising time. It runs, in time order,
// everything due up to now and submits the resulting commands to the engine.
// The time may be real (the acceptor calls it from a timer with the wall
// clock) or simulated (a test runs a whole day in a loop). The output does not
// depend on how the time is sliced: one advanceTo(end) and many small steps
// give the same commands at the same simulated instants.
//
// Determinism: the same seed, configuration, start time and (absent real
// clients) engine state give the identical sequence of commands, hence of
// engine events. Symbols draw from independent streams.
//
// Shared fair value (SyntheticOptions::fairValueSeed): markets on separate
// engines, each with its own seed for its makers and takers, quote around
// one walk per symbol, as lit venues arbitraged against each other do. Each
// market computes the walk itself from the shared seed and time grid, so
// they share no state and each replays identically on its own.
//
// Ownership and threads: the engine outlives the market; both belong to one
// thread (the acceptor's), like the engine itself. Not thread-safe. The
// market never sets itself as the engine's listener: the acceptor keeps that
// role, sees the events of synthetic commands like any others (fills of its
// clients' orders included) and must not send ExecutionReports for events
// whose owner is session() (isSynthetic()).
//
// Units: Timestamp ns since the Unix epoch (UTC); Price in 1e-8 of the
// currency, always on the symbol's tick grid; Qty in units, on the lot grid.

#include "intradayschedule.h"
#include "random.h"
#include "syntheticconfig.h"

#include "matchingengine.h"

#include <optional>
#include <span>
#include <vector>

namespace ordo::venue {

// One command the market sent to the engine, as told to a SyntheticListener.
struct SyntheticCommand {
    enum class Kind : std::uint8_t { Submit, Replace, Cancel, MassCancel, SetPhase };
    enum class Role : std::uint8_t { Maker, Taker, Session };

    Kind kind = Kind::Submit;
    Role role = Role::Session;
    std::uint8_t maker = 0; // Role::Maker: index of the maker in its symbol
    SymbolId symbol = kNoSymbol;
    Timestamp time = 0; // simulated instant the command was due, ns
    NewOrder order; // Submit
    ReplaceOrder replace; // Replace
    OrderId target = kNoOrder; // Cancel
    TradingPhase phase = TradingPhase::Continuous; // SetPhase
    ErrorCode result = ErrorCode::None;
    OrderId assigned = kNoOrder; // Submit: the venue order id when accepted
};

// Told of every command right after the engine ran it (engine.events() still
// holds its events). Called on the market's thread, from inside advanceTo; must
// not call back into the market or the engine. Not thread-safe.
class SyntheticListener {
public:
    virtual ~SyntheticListener() = default;
    virtual void onCommand(const SyntheticCommand& command) = 0;
};

// Counters of one symbol's synthetic activity since addSymbol (a copy, for
// tests, logs and a status line).
struct SyntheticStats {
    Price fairValue = 0; // rounded to the tick
    std::uint64_t steps = 0; // fair value updates
    std::uint64_t requotes = 0; // times the quote centre moved
    std::uint64_t makerOrders = 0; // new maker orders
    std::uint64_t replaces = 0;
    std::uint64_t cancels = 0;
    std::uint64_t takerOrders = 0;
    std::uint64_t rejects = 0; // commands the engine refused (all kinds)
    std::uint64_t phaseChanges = 0;
    Qty takerVolume = 0; // executed by synthetic takers
};

class SyntheticMarket {
public:
    explicit SyntheticMarket(MatchingEngine& engine, SyntheticOptions options = {});
    SyntheticMarket(const SyntheticMarket&) = delete;
    SyntheticMarket& operator=(const SyntheticMarket&) = delete;

    // Adds participants for an engine symbol (added to the engine beforehand).
    // UnknownSymbol, DuplicateSymbol or InvalidSymbolConfig when refused.
    // A symbol added after start() starts at now().
    ErrorCode addSymbol(SymbolId symbol, const SyntheticSymbolConfig& config);
    void setListener(SyntheticListener* listener) noexcept { m_listener = listener; }

    // Starts the clock at `now`: initial quotes, phases and the first
    // arrivals are due at `now` and sent by the next advanceTo. advanceTo
    // starts the market itself if this was not called.
    void start(Timestamp now);
    bool started() const noexcept { return m_started; }
    // Runs everything due at or before `now`, in time order. Returns the
    // number of commands sent. A time earlier than now() does nothing;
    // calls from inside an engine listener during a synthetic command are
    // refused (return 0).
    std::size_t advanceTo(Timestamp now);
    // Optional: the acceptor forwards the engine's events here (from its
    // MatchingListener). Fills of synthetic quotes by real clients then make
    // the makers refill promptly, and real aggressive flow moves the fair
    // value. Events of the market's own commands are recognised and ignored.
    void onEngineEvents(std::span<const Event> events);

    // The instant being processed inside advanceTo, else the last `now` given.
    Timestamp now() const noexcept { return m_now; }
    // When something is next due (a timer may sleep until then); INT64_MAX if never.
    Timestamp nextEventTime() const noexcept;
    SessionId session() const noexcept { return m_options.session; }
    bool isSynthetic(const Event& e) const noexcept { return e.owner == m_options.session; }

    // Fair value on the tick grid; 0 for a symbol without participants.
    Price fairValue(SymbolId symbol) const noexcept;
    std::optional<SyntheticStats> stats(SymbolId symbol) const noexcept;
    const IntradaySchedule* schedule(SymbolId symbol) const noexcept;

private:
    static constexpr Timestamp kNever = INT64_MAX;
    static constexpr int kMaxLevels = 64;

    struct Slot {
        OrderId id = kNoOrder;
        Price price = 0;
        Qty target = 0; // displayed size the maker wants at this level
    };
    struct Maker {
        std::int32_t extraTicks = 0; // added to each side of the symbol's half spread
        std::int32_t spacing = 1; // ticks between its levels
        double sizeScale = 1;
        Timestamp reaction = 0; // delay before refilling after a fill, ns
        double refreshMean = 0; // mean time between routine checks, ns
        Timestamp nextRefill = kNever;
        Timestamp nextRefresh = kNever;
    };
    struct Symbol {
        SymbolId id = kNoSymbol;
        std::uint32_t index = 0; // in m_symbols
        SyntheticSymbolConfig cfg;
        IntradaySchedule schedule;
        Random fairRng, takerRng, makerRng;
        double logPrice = 0; // log of the fair value in Price units
        // Shared fair value: the walk common to the markets sharing it, the
        // grid instant of its last step and this market's own offset (log).
        double walkLog = 0;
        Timestamp walkTime = 0;
        double offset = 0;
        double fairTicks = 0; // fair value in ticks
        std::int64_t centre2 = 0; // quote centre in half ticks
        double minTicks = 1; // floor of the fair value, ticks
        std::vector<Maker> makers;
        std::vector<Slot> slots; // [maker][side][level]
        Timestamp nextStep = kNever;
        Timestamp nextTaker = kNever;
        Timestamp nextPhase = kNever;
        Timestamp nextDue = kNever;
        std::uint64_t takerSeq = 0;
        SyntheticStats stats;
    };

    void startSymbol(Symbol& s, Timestamp now);
    void process(Symbol& s);
    void updateDue(Symbol& s) noexcept;

    void drivePhase(Symbol& s, Timestamp t);
    void stepFairValue(Symbol& s, Timestamp t);
    void setFair(Symbol& s, double logPrice) noexcept;
    double clampLog(const Symbol& s, double logPrice) const noexcept;
    double stepVariance(const Symbol& s, Timestamp t) const noexcept;
    void stepWalk(Symbol& s, Timestamp t);
    bool shared() const noexcept { return m_options.fairValueSeed.has_value(); }
    std::int64_t centreFor(const Symbol& s, double fairTicks) const noexcept;
    void requoteAll(Symbol& s, Timestamp t, int direction);
    void reconcile(Symbol& s, std::uint32_t maker, Side side, Timestamp t);
    Qty levelSize(Symbol& s, const Maker& m, int level);
    void takerArrives(Symbol& s, Timestamp t);
    Timestamp nextArrival(Symbol& s, Timestamp from);
    void markRefill(Symbol& s, std::uint32_t maker, Timestamp at) noexcept;
    TradingPhase phaseOf(const Symbol& s) const noexcept;
    Qty roundLots(const Symbol& s, double qty) const noexcept;

    // Commands: each runs one engine operation, tells the listener, counts
    // and reads back the events (fills of synthetic orders).
    OrderId submit(Symbol& s, const NewOrder& o, SyntheticCommand::Role role, std::uint32_t maker, Timestamp t);
    bool replace(Symbol& s, const ReplaceOrder& r, std::uint32_t maker, Timestamp t);
    void cancel(Symbol& s, OrderId id, std::uint32_t maker, Timestamp t);
    void issue(Symbol& s, SyntheticCommand& c);
    void absorb(std::span<const Event> events, Timestamp t, bool external);
    void impact(Symbol& s, Side aggressor, Qty qty) noexcept;

    static std::uint64_t makerTag(
        std::uint32_t symbolIndex, std::uint32_t maker, Side side, std::uint32_t level) noexcept;
    static std::uint64_t takerTag(std::uint32_t symbolIndex, std::uint64_t seq) noexcept;

    Symbol* find(SymbolId id) noexcept;
    const Symbol* find(SymbolId id) const noexcept;

    MatchingEngine& m_engine;
    SyntheticOptions m_options;
    SyntheticListener* m_listener = nullptr;
    std::vector<Symbol> m_symbols;
    std::vector<std::int32_t> m_indexOf; // engine SymbolId -> index in m_symbols, -1 if none
    double m_offsetDecay = 1; // shared fair value: the offset's factor per step
    Timestamp m_now = 0;
    std::uint64_t m_commands = 0;
    bool m_started = false;
    bool m_running = false; // inside advanceTo
    bool m_inCommand = false; // inside an engine call of ours
};

} // namespace ordo::venue
