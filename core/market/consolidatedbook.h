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
// For a depth ladder it also keeps, from live trades only (a snapshot's last
// trade is of unknown age), the session's high and low, the volume traded at
// each price and which side the last trade's aggressor was on.
//
// A venue's contribution is replaced, not adjusted by a difference, so the
// book stays the exact sum of what each venue last said even if a caller's
// "old" state were wrong. Levels are sorted vectors (best last in storage)
// and the vectors of contributions of deleted levels are recycled, so a
// steady market allocates nothing.

#include "market/l2book.h"

#include <cstddef>
#include <span>
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

// Who took liquidity in a trade. FIX market data does not say, so it is
// inferred from the consolidated book as it stood when the trade arrived
// (venues report the trade before the level it consumed): at or above the
// best ask a buyer lifted the offer, at or below the best bid a seller hit
// the bid; in between, or with a side missing, the tick rule decides (above
// the previous trade: buyer, below: seller, equal: as the previous trade).
enum class Aggressor : std::uint8_t { Unknown, Buyer, Seller };

// Volume traded at one price, summed over venues.
struct PriceVolume {
    Price price = 0;
    Qty qty = 0;
    friend bool operator==(const PriceVolume&, const PriceVolume&) = default;
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
    Aggressor lastAggressor() const noexcept { return m_lastAggressor; } // Unknown for a snapshot's trade

    // From live trades; 0 until the first one.
    Price high() const noexcept { return m_high; }
    Price low() const noexcept { return m_low; }
    // Volume traded at price since subscription (live trades, all venues).
    Qty volumeAt(Price price) const noexcept;
    // Every traded price with its volume, ascending by price.
    std::span<const PriceVolume> volumeProfile() const noexcept { return m_profile; }

private:
    using Ladder = std::vector<ConsolidatedLevel>; // worst first
    Ladder& ladder(BookSide side) noexcept { return side == BookSide::Bid ? m_bids : m_asks; }
    const Ladder& ladder(BookSide side) const noexcept { return side == BookSide::Bid ? m_bids : m_asks; }
    static std::size_t lowerBound(const Ladder& ladder, BookSide side, Price price) noexcept;
    Aggressor aggressorOf(Price price) const noexcept;

    Ladder m_bids;
    Ladder m_asks;
    std::vector<std::vector<VenueShare>> m_spare; // contribution lists of deleted levels
    Price m_lastPrice = 0;
    Qty m_lastSize = 0;
    VenueSlot m_lastVenue = kNoVenueSlot;
    Qty m_volume = 0;
    std::uint64_t m_trades = 0;
    std::uint64_t m_changes = 0;
    Aggressor m_lastAggressor = Aggressor::Unknown;
    Price m_high = 0;
    Price m_low = 0;
    std::vector<PriceVolume> m_profile; // ascending; a new price inserts, a repeat adds in place
};

} // namespace ordo
