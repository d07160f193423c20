#include "market/l2book.h"

#include <algorithm>

namespace ordo {

std::size_t BookLadder::lowerBound(Price price) const noexcept
{
    // Stored worst first: bids ascending, asks descending.
    auto it = m_levels.begin();
    if (m_side == BookSide::Bid)
        it = std::lower_bound(
            m_levels.begin(), m_levels.end(), price, [](const BookLevel& l, Price p) { return l.price < p; });
    else
        it = std::lower_bound(
            m_levels.begin(), m_levels.end(), price, [](const BookLevel& l, Price p) { return l.price > p; });
    return static_cast<std::size_t>(it - m_levels.begin());
}

const BookLevel* BookLadder::find(Price price) const noexcept
{
    const std::size_t i = lowerBound(price);
    return i < m_levels.size() && m_levels[i].price == price ? &m_levels[i] : nullptr;
}

LevelChange BookLadder::set(Price price, Qty qty, std::int32_t orders)
{
    LevelChange c { m_side, price, 0, 0, qty > 0 ? qty : 0, qty > 0 ? std::max(orders, 0) : 0 };
    const std::size_t i = lowerBound(price);
    const bool exists = i < m_levels.size() && m_levels[i].price == price;
    if (exists) {
        c.oldQty = m_levels[i].qty;
        c.oldOrders = m_levels[i].orders;
        if (c.newQty > 0) {
            m_levels[i].qty = c.newQty;
            m_levels[i].orders = c.newOrders;
        } else {
            m_levels.erase(m_levels.begin() + static_cast<std::ptrdiff_t>(i));
        }
    } else if (c.newQty > 0) {
        m_levels.insert(m_levels.begin() + static_cast<std::ptrdiff_t>(i), BookLevel { price, c.newQty, c.newOrders });
    }
    return c;
}

L2Book::L2Book()
{
    m_bids.reserve(32);
    m_asks.reserve(32);
}

L2Book::Effect L2Book::apply(const MdEntry& e, LevelChange& change)
{
    if (e.price <= 0 || e.size < 0) {
        ++m_refused;
        return Effect::None;
    }
    if (e.side == MdSide::Trade) {
        // Corrections and busts are not modelled: the trade stands as first told.
        if (e.action != MdAction::New || e.size == 0) {
            ++m_anomalies;
            return Effect::None;
        }
        m_lastPrice = e.price;
        m_lastSize = e.size;
        m_volume += e.size;
        ++m_trades;
        return Effect::Trade;
    }
    BookLadder& ladder = e.side == MdSide::Bid ? m_bids : m_asks;
    const Qty qty = e.action == MdAction::Delete ? 0 : e.size;
    change = ladder.set(e.price, qty, e.orders);
    const bool existed = change.oldQty > 0;
    if (e.action == MdAction::Delete ? !existed : (e.action == MdAction::New) == existed || qty == 0)
        ++m_anomalies;
    return change.oldQty == change.newQty && change.oldOrders == change.newOrders ? Effect::None : Effect::Level;
}

bool L2Book::applySnapshot(std::span<const MdEntry> entries, std::vector<LevelChange>& changes)
{
    bool traded = false;
    for (BookLadder* ladder : { &m_bids, &m_asks }) {
        const MdSide want = ladder->side() == BookSide::Bid ? MdSide::Bid : MdSide::Ask;
        m_scratch.clear();
        // Walked backwards so that, after a stable sort, the first of each
        // run of equal prices is the snapshot's last word on that price.
        for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
            if (it->side != want)
                continue;
            if (it->price <= 0 || it->size < 0) {
                ++m_refused;
                continue;
            }
            m_scratch.push_back(BookLevel { it->price, it->size, std::max(it->orders, 0) });
        }
        snapshotSide(*ladder, m_scratch, changes);
    }
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->side != MdSide::Trade)
            continue;
        if (it->price <= 0 || it->size < 0) {
            ++m_refused;
            continue;
        }
        m_lastPrice = it->price;
        m_lastSize = it->size;
        traded = true;
        break;
    }
    return traded;
}

void L2Book::snapshotSide(BookLadder& ladder, std::vector<BookLevel>& fresh, std::vector<LevelChange>& changes)
{
    // Into stored order (worst first). A stable sort keeps, first in each run
    // of equal prices, the snapshot's latest entry for that price (see
    // above); a venue lists levels best first, so reversed they are usually
    // in order already.
    const bool bid = ladder.side() == BookSide::Bid;
    auto worse = [bid](Price a, Price b) { return bid ? a < b : a > b; };
    auto byPrice = [&](const BookLevel& a, const BookLevel& b) { return worse(a.price, b.price); };
    if (!std::is_sorted(fresh.begin(), fresh.end(), byPrice))
        std::stable_sort(fresh.begin(), fresh.end(), byPrice);
    std::size_t out = 0;
    Price previous = 0; // prices are > 0
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        const BookLevel level = fresh[i];
        if (level.price == previous)
            continue; // the price was already settled by a later entry
        previous = level.price;
        if (level.qty > 0)
            fresh[out++] = level;
    }
    fresh.resize(out);

    // Merge the old and new ladders (both worst first) and report what differs.
    const std::vector<BookLevel>& old = ladder.m_levels;
    std::size_t i = 0, j = 0;
    while (i < old.size() || j < fresh.size()) {
        if (j == fresh.size() || (i < old.size() && worse(old[i].price, fresh[j].price))) {
            changes.push_back({ ladder.side(), old[i].price, old[i].qty, old[i].orders, 0, 0 });
            ++i;
        } else if (i == old.size() || worse(fresh[j].price, old[i].price)) {
            changes.push_back({ ladder.side(), fresh[j].price, 0, 0, fresh[j].qty, fresh[j].orders });
            ++j;
        } else {
            if (old[i].qty != fresh[j].qty || old[i].orders != fresh[j].orders)
                changes.push_back(
                    { ladder.side(), old[i].price, old[i].qty, old[i].orders, fresh[j].qty, fresh[j].orders });
            ++i;
            ++j;
        }
    }
    ladder.m_levels.swap(fresh); // fresh keeps the old capacity for next time
}

} // namespace ordo
