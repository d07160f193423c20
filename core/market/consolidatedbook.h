#pragma once

// ConsolidatedBook: one instrument's depth across every venue. Each price
// level holds the summed quantity and order count and what each venue
// contributes to it. It is kept up to date change by change, from the
// LevelChanges of the venues' L2Books (never rebuilt from them), and it
// remembers the latest trade on any venue and the volume summed over venues.
//
// Thread: the engine thread (owned by MarketData, inside the Engine); not
// thread-safe. Units: Price in 1e-8 of the currency, Qty in whole units,
// orders a count. Venues are MarketData's dense VenueSlot numbers.
//
// A venue's contribution is replaced, not adjusted by a difference, so the
// book stays the exact sum of what each venue last said even if a caller's
// "old" state were wrong. Levels are sorted vectors (best last in storage)
// and the vectors of contributions of deleted levels are recycled, so a
// steady market allocates nothing.

#include "market/l2book.h"

#include <cstddef>
#include <vector>

namespace ordo {

using VenueSlot = std::uint16_t;
inline constexpr VenueSlot kNoVenueSlot = 0xffff;

struct VenueShare {
    VenueSlot venue = 0;
    Qty qty = 0;
    std::int32_t orders = 0;
    friend bool operator==(const VenueShare&, const VenueShare&) = default;
};

struct ConsolidatedLevel {
    Price price = 0;
    Qty qty = 0; // sum of the venues' quantities
    std::int32_t orders = 0; // sum of the venues' order counts
    std::vector<VenueShare> venues; // one per venue with quantity here, by venue slot
    const VenueShare* share(VenueSlot venue) const noexcept;
};

class ConsolidatedBook {
public:
    // One venue's level changed (from its L2Book). Returns true if this
    // book changed.
    bool apply(VenueSlot venue, const LevelChange& change);
    // A trade on a venue. live: as it happened (sets the last trade and adds
    // to volume); not live (from a snapshot, of unknown age): sets the last
    // trade only if no trade is known yet. Returns true if the last trade or
    // the volume changed.
    bool trade(VenueSlot venue, Price price, Qty size, bool live);

    std::size_t depth(BookSide side) const noexcept { return ladder(side).size(); }
    // i = 0 is the best level; i < depth(side).
    const ConsolidatedLevel& at(BookSide side, std::size_t i) const noexcept
    {
        const auto& v = ladder(side);
        return v[v.size() - 1 - i];
    }
    const ConsolidatedLevel* best(BookSide side) const noexcept
    {
        const auto& v = ladder(side);
        return v.empty() ? nullptr : &v.back();
    }
    const ConsolidatedLevel* find(BookSide side, Price price) const noexcept;
    bool empty() const noexcept { return m_bids.empty() && m_asks.empty(); }

    // (best bid + best ask) / 2, rounded down to 1e-8; 0 unless both sides
    // have a level. A crossed consolidated book (venues disagree) still has one.
    Price mid() const noexcept;
    // What the engine marks the instrument at: the mid when both sides are
    // there, else the last trade, else 0.
    Price referencePrice() const noexcept;

    Price lastPrice() const noexcept { return m_lastPrice; } // 0: none yet
    Qty lastSize() const noexcept { return m_lastSize; }
    VenueSlot lastVenue() const noexcept { return m_lastVenue; }
    Qty volume() const noexcept { return m_volume; }
    std::uint64_t trades() const noexcept { return m_trades; }
    std::uint64_t changes() const noexcept { return m_changes; } // level changes applied

private:
    using Ladder = std::vector<ConsolidatedLevel>; // worst first
    Ladder& ladder(BookSide side) noexcept { return side == BookSide::Bid ? m_bids : m_asks; }
    const Ladder& ladder(BookSide side) const noexcept { return side == BookSide::Bid ? m_bids : m_asks; }
    static std::size_t lowerBound(const Ladder& ladder, BookSide side, Price price) noexcept;

    Ladder m_bids;
    Ladder m_asks;
    std::vector<std::vector<VenueShare>> m_spare; // contribution lists of deleted levels
    Price m_lastPrice = 0;
    Qty m_lastSize = 0;
    VenueSlot m_lastVenue = kNoVenueSlot;
    Qty m_volume = 0;
    std::uint64_t m_trades = 0;
    std::uint64_t m_changes = 0;
};

} // namespace ordo
