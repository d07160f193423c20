#include "types.h"

namespace ordo::venue {

std::string_view toString(Side s) noexcept
{
    switch (s) {
    case Side::Buy: return "Buy";
    case Side::Sell: return "Sell";
    }
    return "?";
}

std::string_view toString(OrdType t) noexcept
{
    switch (t) {
    case OrdType::Limit: return "Limit";
    case OrdType::Market: return "Market";
    case OrdType::Stop: return "Stop";
    case OrdType::StopLimit: return "StopLimit";
    case OrdType::Pegged: return "Pegged";
    }
    return "?";
}

std::string_view toString(TimeInForce t) noexcept
{
    switch (t) {
    case TimeInForce::Day: return "Day";
    case TimeInForce::Gtc: return "Gtc";
    case TimeInForce::Ioc: return "Ioc";
    case TimeInForce::Fok: return "Fok";
    case TimeInForce::Gtd: return "Gtd";
    case TimeInForce::Ato: return "Ato";
    case TimeInForce::Atc: return "Atc";
    }
    return "?";
}

std::string_view toString(PegType p) noexcept
{
    switch (p) {
    case PegType::None: return "None";
    case PegType::Primary: return "Primary";
    case PegType::Mid: return "Mid";
    case PegType::Market: return "Market";
    }
    return "?";
}

std::string_view toString(Liquidity l) noexcept
{
    switch (l) {
    case Liquidity::None: return "None";
    case Liquidity::Added: return "Added";
    case Liquidity::Removed: return "Removed";
    case Liquidity::Auction: return "Auction";
    }
    return "?";
}

std::string_view toString(TradingPhase p) noexcept
{
    switch (p) {
    case TradingPhase::Continuous: return "Continuous";
    case TradingPhase::OpeningCall: return "OpeningCall";
    case TradingPhase::ClosingCall: return "ClosingCall";
    case TradingPhase::Halted: return "Halted";
    case TradingPhase::Closed: return "Closed";
    }
    return "?";
}

std::string_view toString(OrderState s) noexcept
{
    switch (s) {
    case OrderState::New: return "New";
    case OrderState::Resting: return "Resting";
    case OrderState::Stop: return "Stop";
    case OrderState::Held: return "Held";
    case OrderState::AuctionMarket: return "AuctionMarket";
    case OrderState::Parked: return "Parked";
    case OrderState::Done: return "Done";
    }
    return "?";
}

std::string_view toString(ErrorCode c) noexcept
{
    switch (c) {
    case ErrorCode::None: return "None";
    case ErrorCode::Reentrant: return "Reentrant";
    case ErrorCode::UnknownSymbol: return "UnknownSymbol";
    case ErrorCode::InvalidSymbolConfig: return "InvalidSymbolConfig";
    case ErrorCode::DuplicateSymbol: return "DuplicateSymbol";
    case ErrorCode::InvalidSide: return "InvalidSide";
    case ErrorCode::InvalidOrderType: return "InvalidOrderType";
    case ErrorCode::InvalidTimeInForce: return "InvalidTimeInForce";
    case ErrorCode::InvalidPegType: return "InvalidPegType";
    case ErrorCode::QuantityNotPositive: return "QuantityNotPositive";
    case ErrorCode::QuantityTooLarge: return "QuantityTooLarge";
    case ErrorCode::LotSize: return "LotSize";
    case ErrorCode::PriceNotPositive: return "PriceNotPositive";
    case ErrorCode::PriceTooLarge: return "PriceTooLarge";
    case ErrorCode::TickSize: return "TickSize";
    case ErrorCode::PriceNotAllowed: return "PriceNotAllowed";
    case ErrorCode::StopPriceNotPositive: return "StopPriceNotPositive";
    case ErrorCode::StopPriceNotAllowed: return "StopPriceNotAllowed";
    case ErrorCode::InvalidDisplayQty: return "InvalidDisplayQty";
    case ErrorCode::DisplayNotAllowed: return "DisplayNotAllowed";
    case ErrorCode::HiddenNotAllowed: return "HiddenNotAllowed";
    case ErrorCode::InvalidPegOffset: return "InvalidPegOffset";
    case ErrorCode::PegTimeInForce: return "PegTimeInForce";
    case ErrorCode::StopTimeInForce: return "StopTimeInForce";
    case ErrorCode::ExpireTimeInPast: return "ExpireTimeInPast";
    case ErrorCode::TradingHalted: return "TradingHalted";
    case ErrorCode::MarketClosed: return "MarketClosed";
    case ErrorCode::NotDuringCall: return "NotDuringCall";
    case ErrorCode::AtoOutsideOpeningCall: return "AtoOutsideOpeningCall";
    case ErrorCode::PegOutsideContinuous: return "PegOutsideContinuous";
    case ErrorCode::UnknownOrder: return "UnknownOrder";
    case ErrorCode::OrderNotWorking: return "OrderNotWorking";
    case ErrorCode::NotOwner: return "NotOwner";
    case ErrorCode::QuantityNotAboveFilled: return "QuantityNotAboveFilled";
    case ErrorCode::InvalidPhase: return "InvalidPhase";
    case ErrorCode::MinQtyNotAllowed: return "MinQtyNotAllowed";
    case ErrorCode::InvalidMinQty: return "InvalidMinQty";
    case ErrorCode::DarkOrderType: return "DarkOrderType";
    case ErrorCode::DarkTimeInForce: return "DarkTimeInForce";
    case ErrorCode::DarkDisplay: return "DarkDisplay";
    }
    return "?";
}

std::string_view toString(CancelReason r) noexcept
{
    switch (r) {
    case CancelReason::None: return "None";
    case CancelReason::Requested: return "Requested";
    case CancelReason::MassCancel: return "MassCancel";
    case CancelReason::IocRemainder: return "IocRemainder";
    case CancelReason::FokNotFilled: return "FokNotFilled";
    case CancelReason::MarketNoLiquidity: return "MarketNoLiquidity";
    case CancelReason::AuctionRemainder: return "AuctionRemainder";
    case CancelReason::GtdExpired: return "GtdExpired";
    case CancelReason::DayEnded: return "DayEnded";
    }
    return "?";
}

std::string_view describe(ErrorCode c) noexcept
{
    switch (c) {
    case ErrorCode::None: return "accepted";
    case ErrorCode::Reentrant: return "the matching engine was called from inside its own listener";
    case ErrorCode::UnknownSymbol: return "unknown symbol";
    case ErrorCode::InvalidSymbolConfig:
        return "symbol configuration invalid: tick, lot and maximum quantity must be positive";
    case ErrorCode::DuplicateSymbol: return "a symbol with this name already exists";
    case ErrorCode::InvalidSide: return "side must be buy or sell";
    case ErrorCode::InvalidOrderType: return "unsupported order type";
    case ErrorCode::InvalidTimeInForce: return "unsupported time in force";
    case ErrorCode::InvalidPegType:
        return "a pegged order needs a peg type (primary, mid or market) and only pegged orders take one";
    case ErrorCode::QuantityNotPositive: return "quantity must be positive";
    case ErrorCode::QuantityTooLarge: return "quantity is above the symbol's maximum order quantity";
    case ErrorCode::LotSize: return "quantity is not a multiple of the lot size";
    case ErrorCode::PriceNotPositive: return "limit price must be positive";
    case ErrorCode::PriceTooLarge: return "price is above the symbol's maximum price";
    case ErrorCode::TickSize: return "price is not a multiple of the tick size";
    case ErrorCode::PriceNotAllowed: return "a market or stop order cannot carry a limit price";
    case ErrorCode::StopPriceNotPositive: return "a stop order needs a positive stop price";
    case ErrorCode::StopPriceNotAllowed: return "only stop and stop-limit orders carry a stop price";
    case ErrorCode::InvalidDisplayQty:
        return "display quantity must be positive, a multiple of the lot size and not above the order quantity";
    case ErrorCode::DisplayNotAllowed: return "only resting limit orders can show a display quantity";
    case ErrorCode::HiddenNotAllowed: return "only limit and pegged orders can be hidden";
    case ErrorCode::InvalidPegOffset: return "peg offset is too large or not a multiple of the tick size";
    case ErrorCode::PegTimeInForce: return "pegged orders must be DAY, GTC or GTD";
    case ErrorCode::StopTimeInForce: return "stop orders cannot be ATO or ATC";
    case ErrorCode::ExpireTimeInPast: return "a GTD order needs an expire time in the future";
    case ErrorCode::TradingHalted: return "trading in this symbol is halted";
    case ErrorCode::MarketClosed: return "the market for this symbol is closed";
    case ErrorCode::NotDuringCall: return "IOC and FOK orders are not accepted during an auction call";
    case ErrorCode::AtoOutsideOpeningCall: return "ATO orders are accepted only during the opening call";
    case ErrorCode::PegOutsideContinuous: return "pegged orders are accepted only during continuous trading";
    case ErrorCode::UnknownOrder: return "unknown order id";
    case ErrorCode::OrderNotWorking: return "too late: the order is no longer working (filled, cancelled or expired)";
    case ErrorCode::NotOwner: return "the order belongs to another session";
    case ErrorCode::QuantityNotAboveFilled: return "the new quantity must be above the quantity already filled";
    case ErrorCode::InvalidPhase: return "unknown trading phase";
    case ErrorCode::MinQtyNotAllowed: return "a minimum quantity (MinQty) is accepted only by the dark pool";
    case ErrorCode::InvalidMinQty: return "minimum quantity must be between 0 and the order quantity";
    case ErrorCode::DarkOrderType:
        return "the dark pool takes limit, market and midpoint-pegged orders only (no stops, no offset)";
    case ErrorCode::DarkTimeInForce: return "the dark pool takes DAY, GTC, IOC and FOK orders only";
    case ErrorCode::DarkDisplay: return "nothing is displayed in the dark pool: no display quantity";
    }
    return "unknown error";
}

std::string_view describe(CancelReason r) noexcept
{
    switch (r) {
    case CancelReason::None: return "";
    case CancelReason::Requested: return "cancelled on request";
    case CancelReason::MassCancel: return "cancelled by a mass cancel";
    case CancelReason::IocRemainder: return "immediate-or-cancel: the unfilled remainder is cancelled";
    case CancelReason::FokNotFilled: return "fill-or-kill: the order could not be filled in full, nothing was executed";
    case CancelReason::MarketNoLiquidity: return "market order: no more liquidity, the remainder is cancelled";
    case CancelReason::AuctionRemainder: return "auction order not executed in the auction";
    case CancelReason::GtdExpired: return "good-till-date order expired";
    case CancelReason::DayEnded: return "day order expired at the end of the day";
    }
    return "";
}

} // namespace ordo::venue
