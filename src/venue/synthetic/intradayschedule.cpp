#include "intradayschedule.h"

#include <algorithm>
#include <cmath>

namespace ordo::venue {

namespace {

constexpr std::int32_t kDaySeconds = 86'400;

Timestamp floorMod(Timestamp a, Timestamp m) noexcept
{
    const Timestamp r = a % m;
    return r < 0 ? r + m : r;
}

Timestamp sessionLengthSeconds(const SessionHours& h) noexcept
{
    const Timestamp len = floorMod(Timestamp(h.close) - h.open, kDaySeconds);
    return len == 0 ? kDaySeconds : len;
}

bool finite(double v) noexcept
{
    return std::isfinite(v);
}

} // namespace

IntradaySchedule::IntradaySchedule() noexcept = default;

IntradaySchedule::IntradaySchedule(const SessionHours& hours, const ActivityCurve& c) noexcept
    : m_open(Timestamp(hours.open) * kNanosPerSecond)
    , m_offset(Timestamp(hours.utcOffset) * kNanosPerSecond)
    , m_length(sessionLengthSeconds(hours) * kNanosPerSecond)
    , m_pre(Timestamp(hours.openingCall) * kNanosPerSecond)
    , m_post(Timestamp(hours.closingCall) * kNanosPerSecond)
    , m_a(c.open - 1.0)
    , m_b(c.close - 1.0)
    , m_decay(c.decay)
    , m_offHours(c.offHours)
{
    // Integral of e^(-x/d) over [0, 1] is d(1 - e^(-1/d)); the close term is its mirror.
    const double peakArea = m_decay * (1.0 - std::exp(-1.0 / m_decay));
    m_norm = 1.0 + (m_a + m_b) * peakArea;
    if (m_norm <= 0)
        m_norm = 1.0;
    // The raw curve never exceeds 1 + max(a, 0) + max(b, 0).
    m_max = std::max((1.0 + std::max(m_a, 0.0) + std::max(m_b, 0.0)) / m_norm, m_offHours);
}

bool IntradaySchedule::valid(const SessionHours& h, const ActivityCurve& c) noexcept
{
    if (h.open < 0 || h.open >= kDaySeconds || h.close < 0 || h.close >= kDaySeconds)
        return false;
    if (h.utcOffset < -kDaySeconds || h.utcOffset > kDaySeconds)
        return false;
    if (h.openingCall < 0 || h.closingCall < 0)
        return false;
    if (sessionLengthSeconds(h) + h.openingCall + h.closingCall > kDaySeconds)
        return false;
    if (!finite(c.open) || !finite(c.close) || !finite(c.decay) || !finite(c.offHours))
        return false;
    return c.open >= 0 && c.close >= 0 && c.decay > 0 && c.decay <= 1 && c.offHours >= 0 && c.open <= 1e3
        && c.close <= 1e3 && c.offHours <= 1e3;
}

Timestamp IntradaySchedule::sinceOpen(Timestamp t) const noexcept
{
    return floorMod(floorMod(t, kDay) + m_offset - m_open, kDay);
}

double IntradaySchedule::curve(double x) const noexcept
{
    const double raw = 1.0 + m_a * std::exp(-x / m_decay) + m_b * std::exp(-(1.0 - x) / m_decay);
    return std::max(raw, 0.0) / m_norm;
}

TradingPhase IntradaySchedule::phaseAt(Timestamp t) const noexcept
{
    const Timestamp r = sinceOpen(t);
    if (r < m_length)
        return TradingPhase::Continuous;
    if (r < m_length + m_post)
        return TradingPhase::ClosingCall;
    if (r >= kDay - m_pre)
        return TradingPhase::OpeningCall;
    return TradingPhase::Closed;
}

Timestamp IntradaySchedule::nextPhaseChange(Timestamp t) const noexcept
{
    const Timestamp r = sinceOpen(t);
    for (const Timestamp b : { m_length, m_length + m_post, kDay - m_pre, kDay })
        if (b > r)
            return t + (b - r);
    return t + (kDay - r); // not reached: kDay > r always
}

double IntradaySchedule::activity(Timestamp t) const noexcept
{
    const Timestamp r = sinceOpen(t);
    if (r < m_length)
        return curve(static_cast<double>(r) / static_cast<double>(m_length));
    if (r < m_length + m_post)
        return curve(1.0);
    if (r >= kDay - m_pre)
        return curve(0.0);
    return m_offHours;
}

} // namespace ordo::venue
