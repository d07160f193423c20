#pragma once

// IntradaySchedule: where a moment falls in a symbol's trading day, from its
// SessionHours and ActivityCurve: the phase the session hours prescribe, when
// that phase next changes, and the U-shaped activity factor (mean 1 over the
// continuous session). A pure function of time: no state, no clock, so a
// test can ask about any instant. Value type; thread-safe to read.
//
// Units: Timestamp in ns since the Unix epoch (UTC); the day is cut in the
// symbol's local time (UTC + SessionHours::utcOffset).

#include "syntheticconfig.h"

namespace ordo::venue {

class IntradaySchedule {
public:
    static constexpr Timestamp kDay = 86'400 * kNanosPerSecond;

    // 24-hour continuous trading, flat activity.
    IntradaySchedule() noexcept;
    // Expects valid(hours, curve).
    IntradaySchedule(const SessionHours& hours, const ActivityCurve& curve) noexcept;

    static bool valid(const SessionHours& hours, const ActivityCurve& curve) noexcept;

    TradingPhase phaseAt(Timestamp t) const noexcept;
    // The first instant after t at which phaseAt() may change.
    Timestamp nextPhaseChange(Timestamp t) const noexcept;
    // Relative taker intensity at t: mean 1 over the continuous session.
    double activity(Timestamp t) const noexcept;
    // An upper bound of activity() over all times (for thinning).
    double maxActivity() const noexcept { return m_max; }
    // The most recent start of continuous trading at or before t.
    Timestamp sessionOpen(Timestamp t) const noexcept { return t - sinceOpen(t); }
    // Length of the continuous session, ns.
    Timestamp sessionLength() const noexcept { return m_length; }

private:
    Timestamp sinceOpen(Timestamp t) const noexcept;
    double curve(double x) const noexcept;

    Timestamp m_open = 0; // ns after local midnight
    Timestamp m_offset = 0; // local - UTC, ns
    Timestamp m_length = kDay;
    Timestamp m_pre = 0;
    Timestamp m_post = 0;
    double m_a = 0; // open peak above the mid-session level
    double m_b = 0; // close peak above the mid-session level
    double m_decay = 1;
    double m_norm = 1; // session average of the raw curve
    double m_offHours = 1;
    double m_max = 1;
};

} // namespace ordo::venue
