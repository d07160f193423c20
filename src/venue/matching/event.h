#pragma once

// What the MatchingEngine tells the world. One flat value type: events are
// queued during an operation, in the order things happened, and delivered
// after it (MatchingEngine::events(), MatchingListener::onEvents). Depth
// events come last in an operation, one per level whose displayed quantity
// or order count actually changed.

#include "types.h"

#include <string_view>

namespace ordo::venue {

enum class EventType : std::uint8_t {
    // to the order's owner
    Accepted, // price, qty (= quantity), leaves
    Rejected, // new order refused: error, text; order = 0
    Fill, // one side of a trade: price, qty, leaves, cumQty, counterOrder, trade, liquidity
    Cancelled, // qty = cancelled quantity; cancelReason, text (IOC remainder, FOK kill, ...)
    Expired, // as Cancelled, for GTD expiry and end of day
    Replaced, // new terms: qty (= new quantity), price, leaves, cumQty; clientTag is the new tag
    CancelRejected, // error, text; order = the id asked for
    ReplaceRejected, // error, text; order = the id asked for
    Triggered, // a stop order's stop price was reached: it now works as market / limit (price)
    Restated, // a pegged order was repriced (price; 0 = parked without a reference)
    // market data
    Depth, // L2 level: side, price, qty (displayed), orders; qty 0 = level gone
    Trade, // price, qty, volume (cumulative), trade; side = aggressor (Buy for auctions);
    // order = buy order, counterOrder = sell order
    TradingStatus, // phase
    AuctionUncross, // price, qty (= executed volume), leaves (= surplus left unexecuted)
};

struct Event {
    EventType type = EventType::Accepted;
    Side side = Side::Buy;
    Liquidity liquidity = Liquidity::None;
    TradingPhase phase = TradingPhase::Continuous;
    ErrorCode error = ErrorCode::None;
    CancelReason cancelReason = CancelReason::None;
    std::uint32_t orders = 0; // Depth: number of displayed orders at the level
    SymbolId symbol = kNoSymbol;
    SessionId owner = kAnySession;
    OrderId order = kNoOrder;
    OrderId counterOrder = kNoOrder;
    std::uint64_t clientTag = 0;
    TradeId trade = 0;
    Price price = 0;
    Qty qty = 0;
    Qty leaves = 0;
    Qty cumQty = 0;
    Qty volume = 0;
    std::string_view text; // human reason, static storage
};

std::string_view toString(EventType) noexcept;

} // namespace ordo::venue
