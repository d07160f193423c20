#include "ladderaxis.h"

#include <algorithm>
#include <limits>

namespace ordo {
namespace {

using Wide = __int128;
constexpr Wide kMaxPrice = std::numeric_limits<Price>::max();

Wide floorDiv(Wide a, Wide b)
{
    const Wide q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

LadderAxis::LadderAxis(Price tick, int rows)
    : m_tick(tick > 0 ? tick : 1)
    , m_rows(std::max(rows, 0))
{
}

void LadderAxis::setTick(Price tick)
{
    m_tick = tick > 0 ? tick : 1;
    if (m_centre)
        m_centre = snap(m_centre);
}

void LadderAxis::setRows(int rows)
{
    m_rows = std::max(rows, 0);
}

int LadderAxis::edgeMargin() const noexcept
{
    // Never so wide that the centre row itself counts as the edge.
    return std::max(0, std::min(std::max(2, m_rows / 8), (m_rows - 1) / 2));
}

Price LadderAxis::priceAt(int row) const noexcept
{
    if (!centred() || row < 0 || row >= m_rows)
        return 0;
    const Wide p = Wide(m_centre) + Wide(centreRow() - row) * m_tick;
    return p > 0 && p <= kMaxPrice ? Price(p) : 0;
}

long long LadderAxis::rawRow(Price price) const noexcept
{
    const Wide r = Wide(centreRow()) - floorDiv(Wide(price) - m_centre, m_tick);
    // Far off screen either way: clipped so callers can compare safely.
    return static_cast<long long>(std::clamp<Wide>(r, -(Wide(1) << 40), Wide(1) << 40));
}

int LadderAxis::rowOf(Price price) const noexcept
{
    if (!centred() || price <= 0)
        return -1;
    const long long r = rawRow(price);
    return r >= 0 && r < m_rows ? int(r) : -1;
}

Price LadderAxis::snap(Price price) const noexcept
{
    if (price <= 0)
        return 0;
    const Wide q = (Wide(price) + m_tick / 2) / m_tick;
    const Wide p = std::max<Wide>(q, 1) * m_tick;
    return p <= kMaxPrice ? Price(p) : Price(kMaxPrice / m_tick * m_tick);
}

bool LadderAxis::centreOn(Price price)
{
    const Price c = snap(price);
    if (!c || c == m_centre)
        return false;
    m_centre = c;
    return true;
}

Price LadderAxis::target(Price bestBid, Price bestAsk) noexcept
{
    if (bestBid > 0 && bestAsk > 0)
        return bestBid / 2 + bestAsk / 2 + (bestBid % 2 + bestAsk % 2) / 2;
    return bestBid > 0 ? bestBid : std::max<Price>(bestAsk, 0);
}

bool LadderAxis::recentre(Price bestBid, Price bestAsk)
{
    return centreOn(target(bestBid, bestAsk));
}

void LadderAxis::scroll(int ticks)
{
    if (!centred())
        return;
    const Wide c = Wide(m_centre) + Wide(ticks) * m_tick;
    m_centre = Price(std::clamp<Wide>(c, m_tick, kMaxPrice / m_tick * m_tick));
}

bool LadderAxis::nearEdge(long long row) const noexcept
{
    const int margin = edgeMargin();
    return row < margin || row > m_rows - 1 - margin;
}

bool LadderAxis::follow(Price bestBid, Price bestAsk)
{
    const Price t = target(bestBid, bestAsk);
    if (m_rows <= 0 || !t)
        return false;
    if (!centred())
        return centreOn(t);
    const bool near = (bestBid > 0 && nearEdge(rawRow(bestBid))) || (bestAsk > 0 && nearEdge(rawRow(bestAsk)));
    if (!near)
        return false;
    if (bestBid > 0 && bestAsk > 0) {
        const long long spreadRows = rawRow(bestBid) - rawRow(bestAsk);
        if (spreadRows > m_rows - 1 - 2 * edgeMargin() && !nearEdge(rawRow(t)))
            return false;
    }
    return centreOn(t);
}

QueuePriority replacePriority(Price oldPrice, Qty oldQty, Price newPrice, Qty newQty) noexcept
{
    return newPrice == oldPrice && newQty <= oldQty ? QueuePriority::Kept : QueuePriority::Lost;
}

Qty queueAhead(Qty aheadOnArrival, Qty tradedSinceArrival, Qty levelNow, Qty oursAtLevel) noexcept
{
    const Qty afterTrades = aheadOnArrival - std::max<Qty>(tradedSinceArrival, 0);
    const Qty others = levelNow - oursAtLevel;
    return std::max<Qty>(std::min(afterTrades, others), 0);
}

int priceDecimals(Price tick) noexcept
{
    if (tick <= 0)
        return 8;
    Price unit = kPriceScale;
    int decimals = 0;
    while (decimals < 8 && tick % unit != 0) {
        unit /= 10;
        ++decimals;
    }
    return decimals;
}

std::string formatFixedPrice(Price price, int decimals)
{
    decimals = std::clamp(decimals, 0, 8);
    const bool negative = price < 0;
    // Through an unsigned wide value: the most negative price has no positive twin.
    const unsigned __int128 magnitude = negative ? static_cast<unsigned __int128>(-Wide(price)) : price;
    const auto whole = static_cast<unsigned long long>(magnitude / kPriceScale);
    auto fraction = static_cast<unsigned long long>(magnitude % kPriceScale);
    for (int i = decimals; i < 8; ++i)
        fraction /= 10;
    std::string text = negative ? "-" : "";
    text += std::to_string(whole);
    if (decimals > 0) {
        std::string digits = std::to_string(fraction);
        text += '.';
        text.append(static_cast<std::size_t>(decimals) - std::min(digits.size(), std::size_t(decimals)), '0');
        text += digits;
    }
    return text;
}

} // namespace ordo
