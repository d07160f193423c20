#pragma once

// The checks every ordo-venue book applies to a symbol's configuration, to
// an order's raw values, quantity and price and to a command's scope, shared by the lit MatchingEngine and the
// DarkPool so both refuse the same input with the same ErrorCode. Inline:
// they sit on the lit engine's hot path.

#include "commands.h"
#include "symbolconfig.h"

#include <cstddef>

namespace ordo::venue {

inline constexpr Qty kMaxQtyLimit = 1'000'000'000'000; // 1e12
inline constexpr Price kMaxPriceLimit = 100'000'000'000'000'000; // 1e17

inline bool validSymbolConfig(const SymbolConfig& config) noexcept
{
    return config.tickSize > 0 && config.lotSize > 0 && config.maxOrderQty > 0 && config.maxOrderQty <= kMaxQtyLimit
        && config.maxPrice > 0 && config.maxPrice <= kMaxPriceLimit && config.referencePrice >= 0
        && static_cast<std::uint8_t>(config.phase) <= static_cast<std::uint8_t>(TradingPhase::Closed);
}

inline ErrorCode checkQuantity(const SymbolConfig& cfg, Qty q) noexcept
{
    if (q <= 0)
        return ErrorCode::QuantityNotPositive;
    if (q > cfg.maxOrderQty)
        return ErrorCode::QuantityTooLarge;
    if (q % cfg.lotSize != 0)
        return ErrorCode::LotSize;
    return ErrorCode::None;
}

inline ErrorCode checkTickPrice(const SymbolConfig& cfg, Price p) noexcept
{
    if (p <= 0)
        return ErrorCode::PriceNotPositive;
    if (p > cfg.maxPrice)
        return ErrorCode::PriceTooLarge;
    if (p % cfg.tickSize != 0)
        return ErrorCode::TickSize;
    return ErrorCode::None;
}

inline ErrorCode checkPriceForType(const SymbolConfig& cfg, OrdType type, Price p) noexcept
{
    switch (type) {
    case OrdType::Limit:
    case OrdType::StopLimit:
        return checkTickPrice(cfg, p);
    case OrdType::Market:
    case OrdType::Stop:
        return p != 0 ? ErrorCode::PriceNotAllowed : ErrorCode::None;
    case OrdType::Pegged:
        // A pegged order's price is an optional cap.
        if (p < 0)
            return ErrorCode::PriceNotPositive;
        return p > 0 ? checkTickPrice(cfg, p) : ErrorCode::None;
    }
    return ErrorCode::None;
}

// The enumerations of a new order arrive as raw values from the wire: each
// must name one of its enumerators before any rule about it means anything.
inline ErrorCode checkOrderEnums(const NewOrder& c) noexcept
{
    if (static_cast<std::uint8_t>(c.side) > static_cast<std::uint8_t>(Side::Sell))
        return ErrorCode::InvalidSide;
    if (static_cast<std::uint8_t>(c.type) > static_cast<std::uint8_t>(OrdType::Pegged))
        return ErrorCode::InvalidOrderType;
    if (static_cast<std::uint8_t>(c.tif) > static_cast<std::uint8_t>(TimeInForce::Atc))
        return ErrorCode::InvalidTimeInForce;
    if (static_cast<std::uint8_t>(c.peg) > static_cast<std::uint8_t>(PegType::Market))
        return ErrorCode::InvalidPegType;
    return ErrorCode::None;
}

// A mass cancel's scope: a symbol the book has (or all) and a real side.
inline ErrorCode checkMassCancel(const MassCancel& m, std::size_t symbolCount) noexcept
{
    if (m.symbol != kAllSymbols && m.symbol >= symbolCount)
        return ErrorCode::UnknownSymbol;
    if (m.side && static_cast<std::uint8_t>(*m.side) > static_cast<std::uint8_t>(Side::Sell))
        return ErrorCode::InvalidSide;
    return ErrorCode::None;
}

// Why a cancel or replace found no live order: the id was issued once (the
// order has finished since) or never.
inline ErrorCode missingOrderError(OrderId id, OrderId nextOrderId) noexcept
{
    return id != kNoOrder && id < nextOrderId ? ErrorCode::OrderNotWorking : ErrorCode::UnknownOrder;
}

} // namespace ordo::venue
