#pragma once

// Positions per (account, instrument) with average price and P&L, built from
// fills. Engine thread only. Quantities signed (+long, -short); money in 1e-8.
//
// Average-cost method: a fill that adds to a position adds its cost; one that
// reduces it realizes (fill price - average price) on the closed quantity; one
// that crosses zero closes the old position and opens the remainder at the fill
// price. Fees are subtracted from realized P&L when paid.

#include "domain/types.h"

#include <unordered_map>
#include <vector>

namespace ordo {

struct Position {
    NameId account = kNoName;
    InstrumentId instrument = 0;
    Qty quantity = 0;        // signed
    Money cost = 0;          // signed cost of the open quantity: quantity * average price
    Money realizedPnl = 0;   // net of fees
    Money fees = 0;
    Price markPrice = 0;     // last known price for unrealized P&L; 0 = unknown
    Qty boughtQty = 0;
    Qty soldQty = 0;
    Qty workingBuyQty = 0;   // leaves of working orders that add (+)
    Qty workingSellQty = 0;  // leaves of working orders that subtract (-)

    Price avgPrice() const noexcept
    {
        return quantity ? static_cast<Price>(static_cast<__int128>(cost) / quantity) : 0;
    }
    Money unrealizedPnl() const noexcept { return markPrice && quantity ? notional(markPrice, quantity) - cost : 0; }
    Money totalPnl() const noexcept { return realizedPnl + unrealizedPnl(); }
};

// The average-cost arithmetic above, on bare numbers: applies a signed fill
// to a signed quantity and its cost, adding what it realizes to realized.
void applyFillToPosition(Qty& quantity, Money& cost, Money& realized, Qty signedQty, Price price) noexcept;

class PositionBook {
public:
    // Applies a fill: signedQty > 0 buys, < 0 sells, at price, paying fees.
    const Position& applyFill(NameId account, InstrumentId instrument, Qty signedQty, Price price, Money fees);
    // Adjusts the quantity reserved by working orders on one side by the
    // change in their leaves quantity (positive: more working).
    void adjustWorking(NameId account, InstrumentId instrument, int sideSign, Qty leavesDelta);
    // Starts one position's fills over (a venue busted or corrected one): the
    // caller applies every fill that still stands, in their order, so the
    // average cost and realized P&L come out as if the bad fill never was.
    // Working quantities and the mark are kept.
    Position& resetFills(NameId account, InstrumentId instrument);
    // Marks every position in instrument to price; returns how many changed.
    std::size_t mark(InstrumentId instrument, Price price);

    const Position* find(NameId account, InstrumentId instrument) const noexcept;
    Position& at(NameId account, InstrumentId instrument);
    template<typename F> void forEach(F&& f) const
    {
        for (const auto& p : m_positions)
            f(p);
    }
    std::size_t size() const noexcept { return m_positions.size(); }

private:
    static std::uint64_t key(NameId a, InstrumentId i) noexcept { return (std::uint64_t(a) << 32) | i; }
    std::vector<Position> m_positions;
    std::unordered_map<std::uint64_t, std::uint32_t> m_index;
};

}  // namespace ordo
