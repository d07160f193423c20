#include "market/consolidatedbook.h"

#include <algorithm>

namespace ordo {

const VenueShare* ConsolidatedLevel::share(VenueSlot venue) const noexcept
{
    for (const VenueShare& s : venues)
        if (s.venue == venue)
            return &s;
    return nullptr;
}

std::size_t ConsolidatedBook::lowerBound(const Ladder& ladder, BookSide side, Price price) noexcept
{
    // Stored worst first: bids ascending, asks descending.
    auto it = ladder.begin();
    if (side == BookSide::Bid)
        it = std::lower_bound(
            ladder.begin(), ladder.end(), price, [](const ConsolidatedLevel& l, Price p) { return l.price < p; });
    else
        it = std::lower_bound(
            ladder.begin(), ladder.end(), price, [](const ConsolidatedLevel& l, Price p) { return l.price > p; });
    return static_cast<std::size_t>(it - ladder.begin());
}

const ConsolidatedLevel* ConsolidatedBook::find(BookSide side, Price price) const noexcept
{
    const Ladder& v = ladder(side);
    const std::size_t i = lowerBound(v, side, price);
    return i < v.size() && v[i].price == price ? &v[i] : nullptr;
}

bool ConsolidatedBook::apply(VenueSlot venue, const LevelChange& c)
{
    if (c.price <= 0)
        return false;
    const Qty qty = std::max<Qty>(c.newQty, 0);
    const std::int32_t orders = qty > 0 ? std::max(c.newOrders, 0) : 0;
    Ladder& v = ladder(c.side);
    const std::size_t i = lowerBound(v, c.side, c.price);
    const bool exists = i < v.size() && v[i].price == c.price;
    if (!exists) {
        if (qty == 0)
            return false;
        std::vector<VenueShare> shares;
        if (!m_spare.empty()) {
            shares.swap(m_spare.back());
            m_spare.pop_back();
        }
        shares.push_back({ venue, qty, orders });
        v.insert(
            v.begin() + static_cast<std::ptrdiff_t>(i), ConsolidatedLevel { c.price, qty, orders, std::move(shares) });
        ++m_changes;
        return true;
    }
    ConsolidatedLevel& level = v[i];
    auto share = std::find_if(
        level.venues.begin(), level.venues.end(), [venue](const VenueShare& s) { return s.venue == venue; });
    if (share == level.venues.end()) {
        if (qty == 0)
            return false;
        // Kept in venue order, so two books with the same contributions
        // compare equal however they got there.
        share = level.venues.insert(std::lower_bound(level.venues.begin(), level.venues.end(), venue,
                                        [](const VenueShare& s, VenueSlot x) { return s.venue < x; }),
            VenueShare { venue, 0, 0 });
    }
    if (share->qty == qty && share->orders == orders)
        return false;
    level.qty += qty - share->qty;
    level.orders += orders - share->orders;
    if (qty > 0) {
        share->qty = qty;
        share->orders = orders;
    } else {
        level.venues.erase(share);
    }
    if (level.venues.empty()) {
        m_spare.push_back(std::move(level.venues));
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
    }
    ++m_changes;
    return true;
}

bool ConsolidatedBook::trade(VenueSlot venue, Price price, Qty size, bool live)
{
    if (price <= 0 || size < 0)
        return false;
    if (!live) {
        if (m_lastPrice)
            return false;
    } else {
        m_volume += size;
        ++m_trades;
        m_lastAggressor = aggressorOf(price);
        m_high = std::max(m_high, price);
        m_low = m_low ? std::min(m_low, price) : price;
        auto at = std::lower_bound(
            m_profile.begin(), m_profile.end(), price, [](const PriceVolume& v, Price p) { return v.price < p; });
        if (at != m_profile.end() && at->price == price)
            at->qty += size;
        else
            m_profile.insert(at, PriceVolume { price, size });
    }
    m_lastPrice = price;
    m_lastSize = size;
    m_lastVenue = venue;
    return true;
}

Aggressor ConsolidatedBook::aggressorOf(Price price) const noexcept
{
    // Called before the trade is recorded: m_lastPrice is the previous trade.
    if (!m_asks.empty() && price >= m_asks.back().price)
        return Aggressor::Buyer;
    if (!m_bids.empty() && price <= m_bids.back().price)
        return Aggressor::Seller;
    if (m_lastPrice && price > m_lastPrice)
        return Aggressor::Buyer;
    if (m_lastPrice && price < m_lastPrice)
        return Aggressor::Seller;
    return m_lastAggressor;
}

Qty ConsolidatedBook::volumeAt(Price price) const noexcept
{
    auto at = std::lower_bound(
        m_profile.begin(), m_profile.end(), price, [](const PriceVolume& v, Price p) { return v.price < p; });
    return at != m_profile.end() && at->price == price ? at->qty : 0;
}

Price ConsolidatedBook::mid() const noexcept
{
    if (m_bids.empty() || m_asks.empty())
        return 0;
    // Halved separately: no overflow for any two positive prices.
    const Price b = m_bids.back().price;
    const Price a = m_asks.back().price;
    return b / 2 + a / 2 + (b % 2 + a % 2) / 2;
}

Price ConsolidatedBook::referencePrice() const noexcept
{
    const Price m = mid();
    return m ? m : m_lastPrice;
}

} // namespace ordo
