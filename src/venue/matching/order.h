#pragma once

// One order as the matching engine keeps it: a plain pooled node, linked
// intrusively into a price level (or the auction, stop or held lists) and into
// its book's list of pegged orders. Owned by MatchingEngine's pool; nothing
// outside the engine holds a pointer to it.

#include "types.h"

namespace ordo::venue {

class PriceLevel;

struct Order {
    // Fields used while matching come first: they share the first cache line.
    // Intrusive links: the queue the order sits in (level, auction, held).
    Order* prev = nullptr;
    Order* next = nullptr;
    PriceLevel* level = nullptr;
    OrderId id = kNoOrder;
    Qty quantity = 0; // total ordered, changed by replace
    Qty cumQty = 0; // filled so far
    Qty visible = 0; // quantity shown in the book now (0 for hidden orders)
    Side side = Side::Buy;
    OrdType type = OrdType::Limit; // a triggered stop becomes Market / Limit
    TimeInForce tif = TimeInForce::Day;
    PegType peg = PegType::None;
    OrderState state = OrderState::New;
    bool hidden = false;

    Price price = 0; // working price: limit, or a pegged order's current price; 0 for market
    Qty displayQty = 0; // iceberg peak; 0 = the whole order is displayed
    std::uint64_t clientTag = 0; // opaque to the engine; echoed in every event
    SessionId owner = kAnySession;
    SymbolId symbol = kNoSymbol;
    Price limit = 0; // pegged orders: price cap (0 = none)
    Price stopPrice = 0; // stop and stop-limit orders
    Price pegOffset = 0; // added to the peg reference, signed
    Timestamp expireTime = 0;
    // The book's list of pegged orders, in order of entry.
    Order* pegPrev = nullptr;
    Order* pegNext = nullptr;

    Qty leaves() const noexcept { return quantity - cumQty; }
    bool isIceberg() const noexcept { return displayQty > 0; }
    bool isPegged() const noexcept { return type == OrdType::Pegged; }
    bool isBuy() const noexcept { return side == Side::Buy; }
};

} // namespace ordo::venue
