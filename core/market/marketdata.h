#pragma once

// MarketData: every book the engine knows. One L2Book per (venue,
// instrument) and one ConsolidatedBook per instrument; an update is applied
// to its venue's book and each level that changed there is passed on to the
// instrument's consolidated book at once (no rebuild).
//
// Thread: the engine thread; owned by the Engine, read through
// Engine::marketData(). Not thread-safe. Units: Price in 1e-8 of the
// currency, Qty in whole units. Instruments are the engine's InstrumentIds;
// venues are interned here into dense VenueSlots (a desk has a handful).
//
// Nothing here is journaled: the books are derived from the feed and start
// empty after a restart; the venues send fresh snapshots on every logon.

#include "market/consolidatedbook.h"
#include "market/l2book.h"

#include <string>
#include <string_view>
#include <vector>

namespace ordo {

// What one update did to its instrument.
struct MarketDataResult {
    bool applied = false; // false: a reject, or nothing to apply it to
    bool bookChanged = false; // the consolidated levels changed
    bool midChanged = false; // the consolidated mid moved (or appeared or vanished)
    bool tradeChanged = false; // the consolidated last trade or volume moved
    Price reference = 0; // the consolidated book's referencePrice() afterwards
};

struct MarketDataCounters {
    std::uint64_t snapshots = 0;
    std::uint64_t incrementals = 0;
    std::uint64_t entries = 0; // entries applied
    std::uint64_t levelChanges = 0; // venue level changes passed to consolidated books
};

class MarketData {
public:
    MarketData();

    // The slot of a venue, interned on first use.
    VenueSlot venueSlot(std::string_view venue);
    VenueSlot findVenue(std::string_view venue) const noexcept;
    std::string_view venueName(VenueSlot slot) const noexcept;
    std::size_t venueCount() const noexcept { return m_venueNames.size(); }

    // Applies a Snapshot or Incremental from update.venue for instrument
    // (update.symbol is not looked at). Rejects are the caller's business.
    MarketDataResult apply(InstrumentId instrument, const MarketDataUpdate& update);
    MarketDataResult apply(VenueSlot venue, InstrumentId instrument, const MarketDataUpdate& update);
    // nullptr until something was applied for that pair / instrument.
    const L2Book* book(VenueSlot venue, InstrumentId instrument) const noexcept;
    const L2Book* book(std::string_view venue, InstrumentId instrument) const noexcept
    {
        return book(findVenue(venue), instrument);
    }
    const ConsolidatedBook* consolidated(InstrumentId instrument) const noexcept;
    const MarketDataCounters& counters() const noexcept { return m_counters; }

private:
    struct InstrumentBooks {
        bool active = false;
        ConsolidatedBook consolidated;
        std::vector<L2Book> venues; // by VenueSlot
        std::vector<std::uint8_t> venueActive;
    };
    InstrumentBooks& books(InstrumentId instrument);
    L2Book& venueBook(InstrumentBooks& books, VenueSlot venue);

    std::vector<std::string> m_venueNames;
    std::vector<InstrumentBooks> m_instruments; // by InstrumentId
    std::vector<LevelChange> m_changes; // reused
    MarketDataCounters m_counters;
};

} // namespace ordo
