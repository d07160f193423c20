#include "bookside.h"

namespace ordo::venue {

BookSide::BookSide(Side side)
    : m_side(side)
{
}

std::size_t BookSide::lowerBound(Price p) const noexcept
{
    // First position whose level is not worse than p. Most lookups hit the
    // touch, so look there before bisecting.
    const std::size_t n = m_levels.size();
    if (n == 0 || better(p, m_levels[n - 1]->price))
        return n;
    if (m_levels[n - 1]->price == p)
        return n - 1;
    std::size_t lo = 0, hi = n - 1;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (better(p, m_levels[mid]->price))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

PriceLevel* BookSide::find(Price p) const noexcept
{
    const std::size_t i = lowerBound(p);
    return i < m_levels.size() && m_levels[i]->price == p ? m_levels[i] : nullptr;
}

void BookSide::insertAt(std::size_t pos, PriceLevel* level)
{
    m_levels.insert(m_levels.begin() + static_cast<std::ptrdiff_t>(pos), level);
}

void BookSide::erase(PriceLevel* level) noexcept
{
    const std::size_t i = lowerBound(level->price);
    if (i < m_levels.size() && m_levels[i] == level)
        m_levels.erase(m_levels.begin() + static_cast<std::ptrdiff_t>(i));
}

} // namespace ordo::venue
