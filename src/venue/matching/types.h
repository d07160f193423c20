#pragma once

// Vocabulary of the ordo-venue matching engine. Pure C++20: no Qt, no QuickFIX,
// and nothing from the OMS (core/): the venue and the OMS meet only over FIX.
//
// Units:
//   Price     – signed integer in 1e-8 of the currency (kPriceScale per unit),
//               never double. Order prices are positive multiples of the
//               symbol's tick size; 0 means "no price" (market orders).
//   Qty       – integer count of units (shares, contracts), positive on orders.
//   Timestamp – nanoseconds since the Unix epoch, UTC, supplied by the caller
//               (the engine has no clock of its own).

#include <cstdint>
#include <string_view>

namespace ordo::venue {

using Price = std::int64_t;
using Qty = std::int64_t;
using Timestamp = std::int64_t;

// The venue's own order id: assigned from 1 upwards by the engine, dense, never
// reused. The client's ClOrdID stays with the caller (the FIX acceptor).
using OrderId = std::uint64_t;
using TradeId = std::uint64_t;
// Index of a symbol in the engine, from MatchingEngine::addSymbol.
using SymbolId = std::uint32_t;
// The session (FIX connection) that owns an order; used by mass cancel and to
// refuse a cancel from another session.
using SessionId = std::uint32_t;

inline constexpr std::int64_t kPriceScale = 100'000'000;
inline constexpr OrderId kNoOrder = 0;
inline constexpr SymbolId kNoSymbol = 0xFFFF'FFFFu;
inline constexpr SymbolId kAllSymbols = 0xFFFF'FFFEu; // mass cancel: every symbol
inline constexpr SessionId kAnySession = 0; // cancel/replace/mass cancel on behalf of the venue

enum class Side : std::uint8_t { Buy, Sell };
enum class OrdType : std::uint8_t { Limit, Market, Stop, StopLimit, Pegged };
// Ato / Atc: the order takes part only in the opening / closing call auction;
// whatever it does not execute there is cancelled.
enum class TimeInForce : std::uint8_t { Day, Gtc, Ioc, Fok, Gtd, Ato, Atc };
// Pegged order reference: Primary = best price on the order's own side, Mid =
// midpoint of the best bid and offer, Market = best price on the opposite side.
// Only displayed, non-pegged orders set the reference.
enum class PegType : std::uint8_t { None, Primary, Mid, Market };
enum class Liquidity : std::uint8_t { None, Added, Removed, Auction };
enum class TradingPhase : std::uint8_t { Continuous, OpeningCall, ClosingCall, Halted, Closed };

// Where a live order is.
enum class OrderState : std::uint8_t {
    New, // being processed by the current operation
    Resting, // in a price level of the book
    Stop, // waiting for its stop price
    Held, // an ATC order waiting for the closing call
    AuctionMarket, // a market order waiting for an auction uncross
    Parked, // a pegged order without a reference price (not in the book)
    Done, // filled, cancelled or expired
};

// Why a command was refused. Every code has a human sentence (describe()).
enum class ErrorCode : std::uint16_t {
    None = 0,
    Reentrant,
    UnknownSymbol,
    InvalidSymbolConfig,
    DuplicateSymbol,
    InvalidSide,
    InvalidOrderType,
    InvalidTimeInForce,
    InvalidPegType,
    QuantityNotPositive,
    QuantityTooLarge,
    LotSize,
    PriceNotPositive,
    PriceTooLarge,
    TickSize,
    PriceNotAllowed,
    StopPriceNotPositive,
    StopPriceNotAllowed,
    InvalidDisplayQty,
    DisplayNotAllowed,
    HiddenNotAllowed,
    InvalidPegOffset,
    PegTimeInForce,
    StopTimeInForce,
    ExpireTimeInPast,
    TradingHalted,
    MarketClosed,
    NotDuringCall,
    AtoOutsideOpeningCall,
    PegOutsideContinuous,
    UnknownOrder,
    OrderNotWorking,
    NotOwner,
    QuantityNotAboveFilled,
    InvalidPhase,
    // The dark pool's own refusals (and the lit book's refusal of MinQty).
    MinQtyNotAllowed,
    InvalidMinQty,
    DarkOrderType,
    DarkTimeInForce,
    DarkDisplay,
};

// Why an order left the book without being filled.
enum class CancelReason : std::uint8_t {
    None = 0,
    Requested,
    MassCancel,
    IocRemainder,
    FokNotFilled,
    MarketNoLiquidity,
    AuctionRemainder,
    GtdExpired,
    DayEnded,
};

constexpr Side opposite(Side s) noexcept
{
    return s == Side::Buy ? Side::Sell : Side::Buy;
}

std::string_view toString(Side) noexcept;
std::string_view toString(OrdType) noexcept;
std::string_view toString(TimeInForce) noexcept;
std::string_view toString(PegType) noexcept;
std::string_view toString(Liquidity) noexcept;
std::string_view toString(TradingPhase) noexcept;
std::string_view toString(OrderState) noexcept;
std::string_view toString(ErrorCode) noexcept;
std::string_view toString(CancelReason) noexcept;
// One human sentence, suitable for FIX Text (58). Static storage.
std::string_view describe(ErrorCode) noexcept;
std::string_view describe(CancelReason) noexcept;

} // namespace ordo::venue
