#pragma once

// The price levels of one side of one book, sorted from worst to best so the
// best level is at the back: most activity is near the touch, where inserting
// and erasing move few elements. Levels are pooled by MatchingEngine; this
// class only orders them. Not thread-safe.

#include "pricelevel.h"

#include <cstddef>
#include <vector>

namespace ordo::venue {

class BookSide {
public:
    explicit BookSide(Side side);

    Side side() const noexcept { return m_side; }
    bool empty() const noexcept { return m_levels.empty(); }
    std::size_t size() const noexcept { return m_levels.size(); }
    PriceLevel* best() const noexcept { return m_levels.empty() ? nullptr : m_levels.back(); }
    // i-th level counted from the worst (0 = worst).
    PriceLevel* at(std::size_t i) const noexcept { return m_levels[i]; }
    // i-th level counted from the best (0 = best).
    PriceLevel* fromBest(std::size_t i) const noexcept { return m_levels[m_levels.size() - 1 - i]; }

    // True if price a is better than price b on this side (higher bid, lower ask).
    bool better(Price a, Price b) const noexcept { return m_side == Side::Buy ? a > b : a < b; }

    PriceLevel* find(Price p) const noexcept;
    // Where a level at price p is, or would be inserted.
    std::size_t lowerBound(Price p) const noexcept;
    void insertAt(std::size_t pos, PriceLevel* level);
    void erase(PriceLevel* level) noexcept;
    void reserve(std::size_t n) { m_levels.reserve(n); }

private:
    Side m_side;
    std::vector<PriceLevel*> m_levels; // worst ... best
};

} // namespace ordo::venue
