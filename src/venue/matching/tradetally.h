#pragma once

// The last trade and running totals a book keeps for stats(): the lit
// MatchingEngine's OrderBook and the DarkPool count their trades the same
// way, so MarketStats means the same whichever venue answers.

#include "views.h"

namespace ordo::venue {

struct TradeTally {
    Price lastPrice = 0;
    Qty lastQty = 0;
    Qty volume = 0;
    std::uint64_t trades = 0;

    void count(Price price, Qty qty) noexcept
    {
        lastPrice = price;
        lastQty = qty;
        volume += qty;
        ++trades;
    }

    // Only the trade fields: the phase and the best prices are the book's.
    void copyTo(MarketStats& st) const noexcept
    {
        st.lastPrice = lastPrice;
        st.lastQty = lastQty;
        st.volume = volume;
        st.trades = trades;
    }
};

} // namespace ordo::venue
