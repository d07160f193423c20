#pragma once

// What a caller (the FIX acceptor) asks of the MatchingEngine. Plain values;
// nothing here is trusted: every field is validated and a bad one gives a
// Rejected / CancelRejected / ReplaceRejected event, never a crash.

#include "types.h"

#include <optional>

namespace ordo::venue {

struct NewOrder {
    SymbolId symbol = kNoSymbol;
    SessionId owner = kAnySession;
    std::uint64_t clientTag = 0; // opaque, echoed in every event of the order
    Side side = Side::Buy;
    OrdType type = OrdType::Limit;
    TimeInForce tif = TimeInForce::Day;
    Qty quantity = 0;
    Price price = 0; // Limit, StopLimit: limit price. Pegged: optional cap (0 = none). Else 0.
    Price stopPrice = 0; // Stop, StopLimit: triggered when the last trade reaches it
    Qty displayQty = 0; // iceberg: the part shown, refilled from the reserve; 0 = all shown
    bool hidden = false; // not shown in market data; matches after displayed orders at its price
    PegType peg = PegType::None; // Pegged only
    Price pegOffset = 0; // Pegged: signed amount added to the reference price
    Timestamp expireTime = 0; // Gtd: expires when expire(now) is called with now >= this
    // Dark pool: no execution of the order is smaller than min(minQty, leaves).
    // 0 = none; the lit book refuses anything else (MinQtyNotAllowed).
    Qty minQty = 0;
};

// New terms for a working order, as in a FIX OrderCancelReplaceRequest: the
// full new quantity (filled part included), price and stop price. Reducing
// the quantity at the same price keeps the order's place in its queue;
// raising it or changing the price sends it to the back.
struct ReplaceOrder {
    OrderId order = kNoOrder;
    SessionId requester = kAnySession; // kAnySession: on behalf of the venue
    std::uint64_t clientTag = 0; // the order's new tag (the new ClOrdID)
    Qty quantity = 0;
    Price price = 0; // as in NewOrder; pegged orders: the new cap
    Price stopPrice = 0; // stop orders that have not triggered yet
    Qty minQty = 0; // as in NewOrder: the new minimum execution (dark pool only)
};

struct MassCancel {
    SymbolId symbol = kAllSymbols;
    std::optional<Side> side; // none: both sides
    SessionId owner = kAnySession; // kAnySession: every session's orders
};

} // namespace ordo::venue
