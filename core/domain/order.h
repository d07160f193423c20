#pragma once

// Order, Execution and Instrument: plain value types, owned by the OrderStore
// in the engine thread and copied out as snapshots for every other thread.

#include "domain/types.h"

#include <array>
#include <string>

namespace ordo {

enum class OrderStatus : std::uint8_t {
    New,              // created, not yet validated
    PendingRisk,      // validated, waiting for the pre-trade risk decision
    Rejected,         // refused by validation, risk or the venue (terminal)
    PendingNew,       // routed: sent to the venue, not yet acknowledged
    Accepted,         // acknowledged by the venue, nothing filled
    PartiallyFilled,  // working, some quantity filled
    Filled,           // completely filled (terminal)
    PendingCancel,    // cancel sent, not yet confirmed
    PendingReplace,   // cancel/replace sent, not yet confirmed
    Cancelled,        // cancelled by request or by the venue (terminal)
    Expired,          // time in force ran out (terminal)
    Suspended,        // venue halted the order book; working but frozen
};
inline constexpr int kOrderStatusCount = 12;

constexpr bool isTerminal(OrderStatus s) noexcept
{
    return s == OrderStatus::Rejected || s == OrderStatus::Filled || s == OrderStatus::Cancelled
        || s == OrderStatus::Expired;
}

// Working: a venue may still fill it.
constexpr bool isWorking(OrderStatus s) noexcept
{
    return s == OrderStatus::PendingNew || s == OrderStatus::Accepted || s == OrderStatus::PartiallyFilled
        || s == OrderStatus::PendingCancel || s == OrderStatus::PendingReplace || s == OrderStatus::Suspended;
}

std::string_view toString(OrderStatus) noexcept;

// Everything a trader specifies for a new order. Strings are resolved to
// interned ids by the engine, so this is the shape that crosses threads.
struct OrderRequest {
    std::string clientOrderId;  // submitter's idempotency key; empty: engine assigns one
    std::string symbol;
    Side side = Side::Buy;
    OrdType type = OrdType::Limit;
    TimeInForce tif = TimeInForce::Day;
    Qty quantity = 0;
    Price limitPrice = 0;  // LIMIT and STOP_LIMIT
    Price stopPrice = 0;   // STOP and STOP_LIMIT
    Qty displayQty = 0;    // iceberg: shown size; 0 = show everything
    bool hidden = false;
    PegType peg = PegType::None;
    Price pegOffset = 0;
    AlgoType algo = AlgoType::None;
    Timestamp expireTime = 0;  // GTD only
    std::string account;
    std::string portfolio;
    std::string strategy;
    std::string trader;  // filled from the actor for a trader; a supervisor may act for someone
    std::string venue;   // empty or "SMART": routed by the engine
    OrderId parentId = kNoOrder;  // a child order of an algo names its parent
    std::string locateId;         // short sales: the locate the broker granted
};

// A changed order, sent as a cancel/replace. Zero means "keep".
struct OrderAmendment {
    Qty quantity = 0;
    Price limitPrice = 0;
    Price stopPrice = 0;
    Qty displayQty = -1;  // -1 keep, 0 show all
};

// Live order state, compact: interned names, fixed-point numbers, no heap.
struct Order {
    OrderId id = kNoOrder;
    OrderId parentId = kNoOrder;
    InstrumentId instrument = 0;
    NameId account = kNoName;
    NameId portfolio = kNoName;
    NameId strategy = kNoName;
    NameId trader = kNoName;
    NameId venue = kNoName;
    Side side = Side::Buy;
    OrdType type = OrdType::Limit;
    TimeInForce tif = TimeInForce::Day;
    PegType peg = PegType::None;
    AlgoType algo = AlgoType::None;
    bool hidden = false;
    OrderStatus status = OrderStatus::New;
    OrderStatus statusBeforePending = OrderStatus::New;  // where a refused cancel/replace returns to
    std::uint16_t requestSeq = 0;                         // FIX ClOrdID version: bumped per cancel/replace
    std::uint16_t pendingSeq = 0;                         // version of the outstanding cancel/replace
    std::uint8_t cancelAttempts = 0;
    // A cancel asked for while a replace was pending: sent when the venue
    // answers the replace (a FIX venue cannot take both at once).
    bool cancelAfterReplace = false;
    Qty quantity = 0;
    Qty displayQty = 0;
    Qty cumQty = 0;
    Price limitPrice = 0;
    Price stopPrice = 0;
    Price pegOffset = 0;
    Money cumNotional = 0;  // sum of fill price * qty, for the average price
    Money fees = 0;
    Timestamp expireTime = 0;
    Timestamp createdTime = 0;
    Timestamp updatedTime = 0;
    OrderAmendment pendingAmendment;  // the replace waiting for the venue's answer

    Qty leavesQty() const noexcept { return isTerminal(status) ? 0 : quantity - cumQty; }
    // Average fill price in price units (1e-8), 0 when nothing is filled.
    Price avgPrice() const noexcept { return cumQty ? cumNotional / cumQty : 0; }
};

struct Execution {
    std::string execId;
    OrderId orderId = kNoOrder;
    InstrumentId instrument = 0;
    NameId account = kNoName;
    NameId venue = kNoName;
    Side side = Side::Buy;
    Qty quantity = 0;
    Price price = 0;
    Liquidity liquidity = Liquidity::Unknown;
    Money fees = 0;
    Timestamp time = 0;
    // A venue may later bust the trade (TradeCancel) or correct its quantity
    // or price (TradeCorrect): the execution then carries the new terms.
    enum class State : std::uint8_t { Normal, Busted, Corrected } state = State::Normal;
};

// Trading session in minutes after midnight, UTC.
struct TradingHours {
    int openMinute = 0;
    int closeMinute = 24 * 60;
};

struct Instrument {
    std::string symbol;
    Price tickSize = kPriceScale / 100;
    Qty lotSize = 1;
    std::string currency = "USD";
    TradingHours hours;
};

}  // namespace ordo
