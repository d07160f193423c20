#pragma once

// All orders of one side of one book at one price. Displayed orders (plain
// and icebergs) queue in time priority and match before the hidden ones at
// the same price. The counters are kept current on every change so depth,
// fill-or-kill checks and peg references never walk the queues.
// Pooled by MatchingEngine; belongs to one BookSide while it has orders.

#include "orderqueue.h"

namespace ordo::venue {

class PriceLevel {
public:
    Price price = 0;
    SymbolId symbol = kNoSymbol;
    Side side = Side::Buy;
    bool depthMarked = false; // a depth change of this level is pending for the current operation
    std::uint32_t depthMark = 0; // that change's index in the engine's list of marks

    Qty displayedQty = 0; // sum of the visible slices of the displayed orders
    Qty totalQty = 0; // sum of leaves of every order here, hidden included
    std::uint32_t displayedCount = 0; // orders in the displayed queue
    std::uint32_t referenceCount = 0; // displayed orders that are not pegged: they set peg prices

    OrderQueue displayed;
    OrderQueue hidden;

    bool empty() const noexcept { return displayed.empty() && hidden.empty(); }

    void reset(SymbolId sym, Side s, Price p) noexcept
    {
        *this = PriceLevel {};
        symbol = sym;
        side = s;
        price = p;
    }
};

} // namespace ordo::venue
