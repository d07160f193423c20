#include "market/marketdata.h"

namespace ordo {

MarketData::MarketData()
{
    m_changes.reserve(64);
}

VenueSlot MarketData::findVenue(std::string_view venue) const noexcept
{
    // A handful of venues: a linear scan of short strings beats hashing.
    for (std::size_t i = 0; i < m_venueNames.size(); ++i)
        if (m_venueNames[i] == venue)
            return static_cast<VenueSlot>(i);
    return kNoVenueSlot;
}

VenueSlot MarketData::venueSlot(std::string_view venue)
{
    const VenueSlot found = findVenue(venue);
    if (found != kNoVenueSlot)
        return found;
    if (m_venueNames.size() >= kNoVenueSlot)
        return kNoVenueSlot;
    m_venueNames.emplace_back(venue);
    return static_cast<VenueSlot>(m_venueNames.size() - 1);
}

std::string_view MarketData::venueName(VenueSlot slot) const noexcept
{
    return slot < m_venueNames.size() ? std::string_view(m_venueNames[slot]) : std::string_view();
}

MarketData::InstrumentBooks& MarketData::books(InstrumentId instrument)
{
    if (instrument >= m_instruments.size())
        m_instruments.resize(instrument + 1);
    InstrumentBooks& b = m_instruments[instrument];
    b.active = true;
    return b;
}

L2Book& MarketData::venueBook(InstrumentBooks& b, VenueSlot venue)
{
    if (venue >= b.venues.size()) {
        b.venues.resize(venue + 1);
        b.venueActive.resize(venue + 1, 0);
    }
    b.venueActive[venue] = 1;
    return b.venues[venue];
}

const L2Book* MarketData::book(VenueSlot venue, InstrumentId instrument) const noexcept
{
    if (instrument >= m_instruments.size())
        return nullptr;
    const InstrumentBooks& b = m_instruments[instrument];
    return venue < b.venues.size() && b.venueActive[venue] ? &b.venues[venue] : nullptr;
}

const ConsolidatedBook* MarketData::consolidated(InstrumentId instrument) const noexcept
{
    return instrument < m_instruments.size() && m_instruments[instrument].active
        ? &m_instruments[instrument].consolidated
        : nullptr;
}

MarketDataResult MarketData::apply(InstrumentId instrument, const MarketDataUpdate& u)
{
    return apply(venueSlot(u.venue), instrument, u);
}

MarketDataResult MarketData::apply(VenueSlot venue, InstrumentId instrument, const MarketDataUpdate& u)
{
    MarketDataResult r;
    if (u.kind == MdKind::Reject || venue == kNoVenueSlot || instrument == 0)
        return r;
    InstrumentBooks& b = books(instrument);
    L2Book& book = venueBook(b, venue);
    ConsolidatedBook& cons = b.consolidated;
    const Price midBefore = cons.mid();
    r.applied = true;
    m_counters.entries += u.entries.size();
    if (u.kind == MdKind::Snapshot) {
        ++m_counters.snapshots;
        m_changes.clear();
        const bool traded = book.applySnapshot(u.entries, m_changes);
        for (const LevelChange& c : m_changes)
            r.bookChanged |= cons.apply(venue, c);
        m_counters.levelChanges += m_changes.size();
        if (traded)
            r.tradeChanged = cons.trade(venue, book.lastPrice(), book.lastSize(), false);
    } else {
        ++m_counters.incrementals;
        LevelChange c;
        for (const MdEntry& e : u.entries) {
            switch (book.apply(e, c)) {
            case L2Book::Effect::None: break;
            case L2Book::Effect::Level:
                ++m_counters.levelChanges;
                r.bookChanged |= cons.apply(venue, c);
                break;
            case L2Book::Effect::Trade: r.tradeChanged |= cons.trade(venue, e.price, e.size, true); break;
            }
        }
    }
    r.midChanged = cons.mid() != midBefore;
    r.reference = cons.referencePrice();
    return r;
}

} // namespace ordo
