#pragma once

// The depth ladder's rules, without widgets or Qt: the static price axis and
// when it re-centres, whether a replace keeps queue priority, and how much
// quantity is ahead of a resting order. LadderModel applies them; tests call
// them directly.
//
// Units: Price in 1e-8 of the currency (as everywhere in Ordo), Qty in whole
// units. Rows count from the top of the ladder (row 0 = highest price), one
// tick per row.

#include "domain/types.h"

#include <string>

namespace ordo {

// A static vertical price axis: it stays where it is while the market ticks
// and moves only when told to (centreOn, scroll) or when the inside market
// comes within edgeMargin() rows of the top or bottom (follow).
class LadderAxis {
public:
    explicit LadderAxis(Price tick = kPriceScale / 100, int rows = 0);

    // A tick <= 0 is taken as the smallest unit, so bad reference data
    // cannot divide by zero.
    void setTick(Price tick);
    Price tick() const noexcept { return m_tick; }
    // The centre price stays; rows < 0 is taken as 0.
    void setRows(int rows);
    int rows() const noexcept { return m_rows; }
    int centreRow() const noexcept { return m_rows / 2; }
    Price centre() const noexcept { return m_centre; }
    bool centred() const noexcept { return m_centre > 0; }
    // Rows between an edge and the inside market before follow() re-centres:
    // an eighth of the ladder, at least 2.
    int edgeMargin() const noexcept;

    // Price shown on row; 0 for a row outside the ladder or a price that
    // would be <= 0 (nothing to trade there).
    Price priceAt(int row) const noexcept;
    // The row showing price (an off-tick price shows on the tick below it);
    // -1 when it is not on screen.
    int rowOf(Price price) const noexcept;
    // Price rounded to the nearest tick (half up); 0 for price <= 0.
    Price snap(Price price) const noexcept;

    // Puts price (snapped to the tick) on the centre row. Returns true if the
    // axis moved. A price <= 0 is ignored.
    bool centreOn(Price price);
    // Re-centres on the inside market: the middle of best bid and best ask,
    // or the side there is (0 = none). Returns true if the axis moved.
    bool recentre(Price bestBid, Price bestAsk);
    // Moves the axis by ticks; positive shows higher prices.
    void scroll(int ticks);
    // The re-centring rule, for every book update: centres a ladder that has
    // no centre yet, and re-centres when the best bid or best ask is within
    // edgeMargin() rows of an edge or off screen. A spread too wide to keep
    // both sides off the edges re-centres only when its middle is near an
    // edge, so a wide market does not make the axis jump on every tick.
    // Returns true if the axis moved.
    bool follow(Price bestBid, Price bestAsk);

private:
    // Row of price without clipping to the screen (may be < 0 or >= rows).
    long long rawRow(Price price) const noexcept;
    bool nearEdge(long long row) const noexcept;
    static Price target(Price bestBid, Price bestAsk) noexcept;

    Price m_tick;
    int m_rows;
    Price m_centre = 0;
};

// Does a cancel/replace keep the order's place in the venue's queue? Only a
// smaller quantity at the same price does (ordo-venue's rule, and most
// exchanges'): a new price or a larger quantity goes to the back.
enum class QueuePriority : std::uint8_t { Kept, Lost };
QueuePriority replacePriority(Price oldPrice, Qty oldQty, Price newPrice, Qty newQty) noexcept;

// Quantity ahead of a resting order at its price. Market data shows levels,
// not orders, so this is an estimate: what rested at the price when the
// order arrived, less what has traded at that price since (trades take the
// front of the queue first), and never more than the level now holds besides
// our own quantity (a cancel ahead of us shrinks the level), never below 0.
Qty queueAhead(Qty aheadOnArrival, Qty tradedSinceArrival, Qty levelNow, Qty oursAtLevel) noexcept;

// Decimal places that show every price on this tick (0.01 -> 2, 0.005 -> 3,
// 1 -> 0); at most 8.
int priceDecimals(Price tick) noexcept;
// Price with exactly that many decimals, no grouping ("190.10"); integer
// arithmetic only, so no price is ever shown rounded by a double.
std::string formatFixedPrice(Price price, int decimals);

} // namespace ordo
