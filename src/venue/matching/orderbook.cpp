#include "orderbook.h"

#include <utility>

namespace ordo::venue {

OrderBook::OrderBook(SymbolId id, SymbolConfig config)
    : phase(config.phase)
    , referencePrice(config.referencePrice)
    , m_id(id)
    , m_config(std::move(config))
{
    bids.reserve(256);
    asks.reserve(256);
    buyStops.reserve(64);
    sellStops.reserve(64);
}

Price OrderBook::pegReference(Side s) const noexcept
{
    const BookSide& bs = side(s);
    for (std::size_t i = 0; i < bs.size(); ++i) {
        const PriceLevel* l = bs.fromBest(i);
        if (l->referenceCount > 0)
            return l->price;
    }
    return 0;
}

void OrderBook::linkPeg(Order& o) noexcept
{
    o.pegNext = nullptr;
    o.pegPrev = pegTail;
    if (pegTail)
        pegTail->pegNext = &o;
    else
        pegHead = &o;
    pegTail = &o;
    ++pegCount;
}

void OrderBook::unlinkPeg(Order& o) noexcept
{
    if (o.pegPrev)
        o.pegPrev->pegNext = o.pegNext;
    else
        pegHead = o.pegNext;
    if (o.pegNext)
        o.pegNext->pegPrev = o.pegPrev;
    else
        pegTail = o.pegPrev;
    o.pegPrev = o.pegNext = nullptr;
    --pegCount;
}

} // namespace ordo::venue
