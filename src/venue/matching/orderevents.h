#pragma once

// How an event describes an order, a refusal, a fill and a trade. Written
// once for the lit MatchingEngine and the DarkPool so that both fill the same
// Event fields for the same thing: the FIX acceptor turns either's events
// into execution reports without knowing which book it drives. Inline: they
// sit on the lit engine's hot path.

#include "commands.h"
#include "event.h"

namespace ordo::venue {

// The order's side, symbol, owner, terms and progress. O is the book's own
// order record (Order, or the dark pool's); price is the one it shows: the
// working price on the lit book, the limit in the dark pool.
template <class O>
void describeOrder(Event& e, const O& o, Price price) noexcept
{
    e.side = o.side;
    e.symbol = o.symbol;
    e.owner = o.owner;
    e.price = price;
    e.qty = o.quantity;
    e.leaves = o.leaves();
    e.cumQty = o.cumQty;
}

// A new order refused: the terms as sent (there is no order id).
inline void describeRejected(Event& e, const NewOrder& c, ErrorCode err) noexcept
{
    e.side = c.side;
    e.symbol = c.symbol;
    e.owner = c.owner;
    e.clientTag = c.clientTag;
    e.price = c.price;
    e.qty = c.quantity;
    e.error = err;
    e.text = describe(err);
}

// A cancel, replace or mass cancel refused: the id and tag asked with.
inline void describeRefusal(Event& e, OrderId id, std::uint64_t clientTag, ErrorCode err) noexcept
{
    e.order = id;
    e.clientTag = clientTag;
    e.error = err;
    e.text = describe(err);
}

// One side of a trade, on top of describeOrder's fields.
inline void describeFill(Event& e, Price price, Qty qty, TradeId trade, OrderId counter, Liquidity liquidity) noexcept
{
    e.price = price;
    e.qty = qty;
    e.trade = trade;
    e.counterOrder = counter;
    e.liquidity = liquidity;
}

// The trade itself: order = the buy, counterOrder = the sell, side = the
// aggressor; volume is the book's running total including it.
inline void describeTrade(Event& e, SymbolId symbol, TradeId trade, Price price, Qty qty, Qty volume, OrderId buy,
    OrderId sell, Side aggressor, Liquidity liquidity) noexcept
{
    e.symbol = symbol;
    e.side = aggressor;
    e.liquidity = liquidity;
    e.trade = trade;
    e.price = price;
    e.qty = qty;
    e.volume = volume;
    e.order = buy;
    e.counterOrder = sell;
}

} // namespace ordo::venue
