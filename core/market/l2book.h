#pragma once

// L2Book: one venue's aggregated depth for one instrument, as its market
// data says it is: price levels (quantity and order count) on each side,
// best first, plus the venue's last trade and the volume traded since we
// subscribed.
//
// Thread: the engine thread (owned by MarketData, inside the Engine); not
// thread-safe. Units: Price in 1e-8 of the currency, Qty in whole units,
// orders a count.
//
// Tolerant on purpose: a feed is not a ledger. A New for a level we have is
// applied as a Change, a Change for a level we lack as a New, a Delete for a
// level we lack is a no-op, a size of 0 deletes; each such surprise is
// counted in anomalies(). Entries with a price <= 0 or a negative size are
// ignored and counted in refused() (the FIX decoder already refuses them).
//
// Every level that actually changed is reported as a LevelChange (old and
// new state), which is what the ConsolidatedBook is updated from.

#include "domain/marketdataupdate.h"

#include <cstddef>
#include <span>
#include <vector>

namespace ordo {

enum class BookSide : std::uint8_t { Bid, Ask };

struct BookLevel {
    Price price = 0;
    Qty qty = 0;
    std::int32_t orders = 0;
    friend bool operator==(const BookLevel&, const BookLevel&) = default;
};

// One level of one venue's book, before and after (qty 0: no level).
struct LevelChange {
    BookSide side = BookSide::Bid;
    Price price = 0;
    Qty oldQty = 0;
    std::int32_t oldOrders = 0;
    Qty newQty = 0;
    std::int32_t newOrders = 0;
};

// The sorted levels of one side. Stored worst first, best last, so that the
// changes a market makes most (at and near the touch) move the fewest
// elements; indexes in the interface count from the best (0 = best).
class BookLadder {
public:
    explicit BookLadder(BookSide side) noexcept
        : m_side(side)
    {
    }

    BookSide side() const noexcept { return m_side; }
    std::size_t depth() const noexcept { return m_levels.size(); }
    bool empty() const noexcept { return m_levels.empty(); }
    // i = 0 is the best level; i < depth().
    const BookLevel& at(std::size_t i) const noexcept { return m_levels[m_levels.size() - 1 - i]; }
    const BookLevel* best() const noexcept { return m_levels.empty() ? nullptr : &m_levels.back(); }
    const BookLevel* find(Price price) const noexcept;
    // True if a is a better price than b on this side.
    bool better(Price a, Price b) const noexcept { return m_side == BookSide::Bid ? a > b : a < b; }

    // Sets the level at price (qty <= 0 removes it); returns the change, with
    // oldQty == newQty and oldOrders == newOrders if nothing changed.
    LevelChange set(Price price, Qty qty, std::int32_t orders);
    void clear() noexcept { m_levels.clear(); }
    void reserve(std::size_t n) { m_levels.reserve(n); }
    // Worst first, as stored.
    std::span<const BookLevel> storage() const noexcept { return m_levels; }

private:
    friend class L2Book;
    // First stored index whose price is not worse than price.
    std::size_t lowerBound(Price price) const noexcept;

    BookSide m_side;
    std::vector<BookLevel> m_levels;
};

class L2Book {
public:
    L2Book();

    enum class Effect : std::uint8_t {
        None, // nothing changed (a repeat, an ignored entry)
        Level, // one level changed: see the LevelChange
        Trade, // a trade: last price and size, volume
    };

    // One incremental entry. For Effect::Level, change says what happened.
    Effect apply(const MdEntry& entry, LevelChange& change);
    // Replaces both sides with the snapshot's levels (a repeated price: the
    // last entry wins). Only levels that differ from before are appended to
    // changes. A trade entry in a snapshot sets the last trade, not the
    // volume (the venue's volume before we subscribed is not ours to count);
    // a snapshot without one keeps the last trade. Returns true if it carried
    // a trade.
    bool applySnapshot(std::span<const MdEntry> entries, std::vector<LevelChange>& changes);

    const BookLadder& side(BookSide s) const noexcept { return s == BookSide::Bid ? m_bids : m_asks; }
    const BookLadder& bids() const noexcept { return m_bids; }
    const BookLadder& asks() const noexcept { return m_asks; }
    const BookLevel* bestBid() const noexcept { return m_bids.best(); }
    const BookLevel* bestAsk() const noexcept { return m_asks.best(); }

    Price lastPrice() const noexcept { return m_lastPrice; } // 0: no trade seen
    Qty lastSize() const noexcept { return m_lastSize; }
    Qty volume() const noexcept { return m_volume; } // traded since subscription, live trades only
    std::uint64_t trades() const noexcept { return m_trades; }
    std::uint64_t anomalies() const noexcept { return m_anomalies; }
    std::uint64_t refused() const noexcept { return m_refused; }

private:
    void snapshotSide(BookLadder& ladder, std::vector<BookLevel>& fresh, std::vector<LevelChange>& changes);

    BookLadder m_bids { BookSide::Bid };
    BookLadder m_asks { BookSide::Ask };
    std::vector<BookLevel> m_scratch; // reused by snapshots
    Price m_lastPrice = 0;
    Qty m_lastSize = 0;
    Qty m_volume = 0;
    std::uint64_t m_trades = 0;
    std::uint64_t m_anomalies = 0;
    std::uint64_t m_refused = 0;
};

} // namespace ordo
