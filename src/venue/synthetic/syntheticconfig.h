#pragma once

// Configuration of the synthetic market: plain values, validated by
// SyntheticMarket::addSymbol (InvalidSymbolConfig when a field is out of range).
//
// Units: prices and ticks in 1e-8 of the currency (Price, as in the matching
// engine), quantities in units (shares), times of day in seconds, Timestamps
// in nanoseconds since the Unix epoch (UTC), rates per minute of trading time.

#include "types.h"

#include <optional>

namespace ordo::venue {

// The owner of every synthetic order. Far from the small numbers an acceptor
// gives its FIX sessions, and never kAnySession (0).
inline constexpr SessionId kSyntheticSession = 0xFFFF'FF00u;
inline constexpr Timestamp kNanosPerSecond = 1'000'000'000;

// A symbol's trading day in its local time: seconds since local midnight,
// local = UTC + utcOffset (fixed: no daylight saving). Every calendar day is a
// trading day (no weekends or holidays). open == close means 24-hour trading.
struct SessionHours {
    std::int32_t open = 9 * 3600; // continuous trading starts
    std::int32_t close = 17 * 3600 + 30 * 60; // continuous trading ends (may be past midnight)
    std::int32_t utcOffset = 0; // seconds east of UTC, in [-86400, 86400]
    std::int32_t openingCall = 300; // seconds of opening call before open; 0 = none
    std::int32_t closingCall = 300; // seconds of closing call after close; 0 = none
};

// The intraday U shape of activity. Taker arrival intensity during the
// session is proportional to 1 + (open-1)·e^(-x/decay) + (close-1)·e^(-(1-x)/decay),
// x = fraction of the session elapsed, normalised so that its session average
// is 1: the configured taker rate is the session average. The opening and
// closing calls run at the open / close level.
struct ActivityCurve {
    double open = 3.0; // intensity at the open, relative to mid-session
    double close = 4.0; // intensity at the close, relative to mid-session
    double decay = 0.08; // width of the peaks, fraction of the session, in (0, 1]
    double offHours = 0.2; // outside the session and its calls, relative to the session average
};

// One symbol's synthetic participants.
struct SyntheticSymbolConfig {
    Price startPrice = 100 * kPriceScale; // the fair value at start, rounded to the tick
    Price tickSize = kPriceScale / 100; // a multiple of the engine symbol's tick size
    Qty lotSize = 1; // a multiple of the engine symbol's lot size
    // Fair value: geometric random walk; relative standard deviation per
    // sqrt(second), as a session average (it scales with sqrt(activity)).
    // 1e-4 is about 1.7 % over an 8.5 hour session.
    double volatility = 1e-4;
    std::int32_t spreadTicks = 2; // the inside spread the makers aim for, ticks >= 1
    std::int32_t makers = 4; // market makers, 0..64
    std::int32_t levels = 5; // price levels each maker quotes per side, 1..64
    double takerRatePerMinute = 30; // taker orders per minute, session average (Poisson)
    Qty typicalSize = 100; // mean taker order size and base maker level size
    double marketOrderShare = 0.4; // takers sending market orders; the rest send marketable limits
    double impactTicks = 0.2; // fair value moves this many ticks per typical size taken aggressively
    double makerRefreshSeconds = 10; // mean time between a maker's routine check of its quotes
    double makerReactionSeconds = 0.3; // mean delay before a maker refills a quote that traded
    SessionHours session;
    ActivityCurve activity;
    // The synthetic market sets the symbol's phase itself from `session`:
    // OpeningCall, Continuous, ClosingCall, Closed (cancelling its own orders
    // at the close). Leave false when the acceptor runs the session schedule;
    // the participants then follow whatever phase the engine is in.
    bool drivePhases = false;
    // Names the symbol's fair value among markets sharing one
    // (SyntheticOptions::fairValueSeed): markets give the same key to the
    // same instrument (ordo-venue: a hash of its name). 0: the symbol's
    // position in its market, which only matches when every market adds the
    // same symbols in the same order.
    std::uint64_t fairValueKey = 0;
};

struct SyntheticOptions {
    std::uint64_t seed = 1;
    SessionId session = kSyntheticSession; // owner of the synthetic orders; must not be kAnySession
    Timestamp fairValueStep = 100'000'000; // ns between fair value updates
    // Shared fair value. Several markets (the lit venues of one ordo-venue
    // set) given the same fairValueSeed and fairValueOrigin draw the
    // identical random walk per symbol, stepped on the same time grid
    // (origin + k * fairValueStep), whatever their own seed and whenever
    // each one starts: a market starting after the origin replays the walk
    // up to its start. So their quotes stay within a tick or two of each
    // other, as arbitrage keeps real venues, without any shared state or
    // lock between venues that run on different threads, and each market
    // stays deterministic on its own. Without a fairValueSeed each market
    // walks on its own (seeded by `seed`), steps from its start and keeps
    // the impact of aggressive flow for good.
    std::optional<std::uint64_t> fairValueSeed;
    Timestamp fairValueOrigin = 0; // ns since the epoch, first step one fairValueStep later; 0: the market's start
    // Shared fair value only: a market's own aggressive flow moves its price
    // away from the shared walk, and this offset halves every so many
    // seconds (arbitrage by participants trading across venues pulls it back).
    double impactHalfLifeSeconds = 5;
};

} // namespace ordo::venue
