#pragma once

// Read-only values the MatchingEngine hands out to callers and tests: copies,
// never pointers into the book.

#include "types.h"

namespace ordo::venue {

struct SubmitResult {
    ErrorCode error = ErrorCode::None;
    OrderId order = kNoOrder; // the venue order id when accepted
    bool ok() const noexcept { return error == ErrorCode::None; }
};

struct SymbolResult {
    ErrorCode error = ErrorCode::None;
    SymbolId symbol = kNoSymbol;
    bool ok() const noexcept { return error == ErrorCode::None; }
};

struct OrderView {
    OrderId id = kNoOrder;
    std::uint64_t clientTag = 0;
    SessionId owner = kAnySession;
    SymbolId symbol = kNoSymbol;
    Side side = Side::Buy;
    OrdType type = OrdType::Limit;
    TimeInForce tif = TimeInForce::Day;
    PegType peg = PegType::None;
    OrderState state = OrderState::New;
    bool hidden = false;
    Price price = 0;
    Price stopPrice = 0;
    Qty quantity = 0;
    Qty cumQty = 0;
    Qty leaves = 0;
    Qty visible = 0;
    Timestamp expireTime = 0;
};

// One displayed price level (hidden quantity excluded).
struct LevelView {
    Price price = 0;
    Qty qty = 0;
    std::uint32_t orders = 0;
};

struct MarketStats {
    TradingPhase phase = TradingPhase::Continuous;
    Price bestBid = 0; // displayed only; 0 = none
    Price bestAsk = 0;
    Price lastPrice = 0;
    Qty lastQty = 0;
    Qty volume = 0;
    std::uint64_t trades = 0;
};

// The result an auction uncross would have now: the price maximising the
// executed volume; ties go to the least surplus, then to the price nearest the
// reference (the last trade, else the symbol's reference price; the reference
// itself is a candidate when it lies between the lowest and highest limit
// prices), then to the lowest price. volume 0: nothing would execute.
struct AuctionResult {
    Price price = 0;
    Qty volume = 0;
    Qty surplus = 0; // |buy - sell| quantity eligible at that price
    Qty buyQty = 0; // quantity willing to buy at that price
    Qty sellQty = 0; // quantity willing to sell at that price
};

} // namespace ordo::venue
