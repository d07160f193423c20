#include "domain/order.h"
#include "domain/reason.h"

namespace ordo {

std::string_view toString(Side v) noexcept
{
    switch (v) {
    case Side::Buy: return "BUY";
    case Side::Sell: return "SELL";
    case Side::Short: return "SHORT";
    case Side::Cover: return "COVER";
    }
    return "?";
}

std::string_view toString(OrdType v) noexcept
{
    switch (v) {
    case OrdType::Market: return "MARKET";
    case OrdType::Limit: return "LIMIT";
    case OrdType::Stop: return "STOP";
    case OrdType::StopLimit: return "STOP_LIMIT";
    }
    return "?";
}

std::string_view toString(TimeInForce v) noexcept
{
    switch (v) {
    case TimeInForce::Day: return "DAY";
    case TimeInForce::Gtc: return "GTC";
    case TimeInForce::Ioc: return "IOC";
    case TimeInForce::Fok: return "FOK";
    case TimeInForce::Gtd: return "GTD";
    case TimeInForce::Ato: return "ATO";
    case TimeInForce::Atc: return "ATC";
    }
    return "?";
}

std::string_view toString(PegType v) noexcept
{
    switch (v) {
    case PegType::None: return "NONE";
    case PegType::Primary: return "PRIMARY";
    case PegType::Mid: return "MID";
    case PegType::Market: return "MARKET";
    }
    return "?";
}

std::string_view toString(AlgoType v) noexcept
{
    switch (v) {
    case AlgoType::None: return "NONE";
    case AlgoType::Twap: return "TWAP";
    case AlgoType::Vwap: return "VWAP";
    case AlgoType::Pov: return "POV";
    case AlgoType::ImplementationShortfall: return "IS";
    case AlgoType::Iceberg: return "ICEBERG";
    case AlgoType::Peg: return "PEG";
    case AlgoType::Adaptive: return "ADAPTIVE";
    }
    return "?";
}

std::string_view toString(Liquidity v) noexcept
{
    switch (v) {
    case Liquidity::Unknown: return "UNKNOWN";
    case Liquidity::Added: return "ADDED";
    case Liquidity::Removed: return "REMOVED";
    case Liquidity::Auction: return "AUCTION";
    }
    return "?";
}

std::string_view toString(Role v) noexcept
{
    switch (v) {
    case Role::Trader: return "TRADER";
    case Role::Supervisor: return "SUPERVISOR";
    case Role::Analyst: return "ANALYST";
    }
    return "?";
}

std::string_view toString(OrderStatus v) noexcept
{
    switch (v) {
    case OrderStatus::New: return "New";
    case OrderStatus::PendingRisk: return "PendingRisk";
    case OrderStatus::Rejected: return "Rejected";
    case OrderStatus::PendingNew: return "PendingNew";
    case OrderStatus::Accepted: return "Accepted";
    case OrderStatus::PartiallyFilled: return "PartiallyFilled";
    case OrderStatus::Filled: return "Filled";
    case OrderStatus::PendingCancel: return "PendingCancel";
    case OrderStatus::PendingReplace: return "PendingReplace";
    case OrderStatus::Cancelled: return "Cancelled";
    case OrderStatus::Expired: return "Expired";
    case OrderStatus::Suspended: return "Suspended";
    }
    return "?";
}

std::string_view toString(ReasonCode v) noexcept
{
    switch (v) {
    case ReasonCode::None: return "NONE";
    case ReasonCode::UnknownInstrument: return "UNKNOWN_INSTRUMENT";
    case ReasonCode::InvalidQuantity: return "INVALID_QUANTITY";
    case ReasonCode::InvalidPrice: return "INVALID_PRICE";
    case ReasonCode::TickSize: return "TICK_SIZE";
    case ReasonCode::LotSize: return "LOT_SIZE";
    case ReasonCode::MissingLimitPrice: return "MISSING_LIMIT_PRICE";
    case ReasonCode::MissingStopPrice: return "MISSING_STOP_PRICE";
    case ReasonCode::InvalidDisplayQty: return "INVALID_DISPLAY_QTY";
    case ReasonCode::InvalidExpiry: return "INVALID_EXPIRY";
    case ReasonCode::InvalidTimeInForce: return "INVALID_TIME_IN_FORCE";
    case ReasonCode::MissingAccount: return "MISSING_ACCOUNT";
    case ReasonCode::NotPermitted: return "NOT_PERMITTED";
    case ReasonCode::KillSwitchEngaged: return "KILL_SWITCH_ENGAGED";
    case ReasonCode::ReducingOnly: return "REDUCING_ONLY";
    case ReasonCode::UnknownOrder: return "UNKNOWN_ORDER";
    case ReasonCode::ImpossibleTransition: return "IMPOSSIBLE_TRANSITION";
    case ReasonCode::Overfill: return "OVERFILL";
    case ReasonCode::DuplicateExecId: return "DUPLICATE_EXEC_ID";
    case ReasonCode::NothingToChange: return "NOTHING_TO_CHANGE";
    case ReasonCode::OrderNotWorking: return "ORDER_NOT_WORKING";
    case ReasonCode::VenueRejected: return "VENUE_REJECTED";
    case ReasonCode::CancelRejected: return "CANCEL_REJECTED";
    case ReasonCode::ReplaceRejected: return "REPLACE_REJECTED";
    case ReasonCode::VenueUnavailable: return "VENUE_UNAVAILABLE";
    case ReasonCode::RiskMaxOrderQty: return "RISK_MAX_ORDER_QTY";
    case ReasonCode::RiskMaxOrderNotional: return "RISK_MAX_ORDER_NOTIONAL";
    case ReasonCode::RiskPriceCollar: return "RISK_PRICE_COLLAR";
    case ReasonCode::RiskMaxLongPosition: return "RISK_MAX_LONG_POSITION";
    case ReasonCode::RiskMaxShortPosition: return "RISK_MAX_SHORT_POSITION";
    case ReasonCode::RiskGrossExposure: return "RISK_GROSS_EXPOSURE";
    case ReasonCode::RiskNetExposure: return "RISK_NET_EXPOSURE";
    case ReasonCode::RiskConcentration: return "RISK_CONCENTRATION";
    case ReasonCode::RiskDailyVolume: return "RISK_DAILY_VOLUME";
    case ReasonCode::RiskDailyNotional: return "RISK_DAILY_NOTIONAL";
    case ReasonCode::RiskDailyOrders: return "RISK_DAILY_ORDERS";
    case ReasonCode::RiskDailyFills: return "RISK_DAILY_FILLS";
    case ReasonCode::RiskBuyingPower: return "RISK_BUYING_POWER";
    case ReasonCode::RiskRestrictedList: return "RISK_RESTRICTED_LIST";
    case ReasonCode::RiskShortLocate: return "RISK_SHORT_LOCATE";
    case ReasonCode::RiskTradingPhase: return "RISK_TRADING_PHASE";
    case ReasonCode::RiskDuplicateOrder: return "RISK_DUPLICATE_ORDER";
    case ReasonCode::RiskOrderRate: return "RISK_ORDER_RATE";
    case ReasonCode::RiskDailyLoss: return "RISK_DAILY_LOSS";
    case ReasonCode::RiskCircuitBreaker: return "RISK_CIRCUIT_BREAKER";
    case ReasonCode::RiskHeld: return "RISK_HELD";
    case ReasonCode::JournalDivergence: return "JOURNAL_DIVERGENCE";
    case ReasonCode::JournalFailure: return "JOURNAL_FAILURE";
    case ReasonCode::JournalDamaged: return "JOURNAL_DAMAGED";
    case ReasonCode::MarketDataRejected: return "MARKET_DATA_REJECTED";
    case ReasonCode::VenueReconciling: return "VENUE_RECONCILING";
    case ReasonCode::ReconciliationBreak: return "RECONCILIATION_BREAK";
    case ReasonCode::TradeBusted: return "TRADE_BUSTED";
    case ReasonCode::TradeCorrected: return "TRADE_CORRECTED";
    }
    return "?";
}

}  // namespace ordo

#include "domain/marketdataupdate.h"
#include "domain/venueevent.h"

namespace ordo {

std::string_view toString(VenueEventType v) noexcept
{
    switch (v) {
    case VenueEventType::Ack: return "Ack";
    case VenueEventType::Reject: return "Reject";
    case VenueEventType::Fill: return "Fill";
    case VenueEventType::Cancelled: return "Cancelled";
    case VenueEventType::Replaced: return "Replaced";
    case VenueEventType::CancelRejected: return "CancelRejected";
    case VenueEventType::ReplaceRejected: return "ReplaceRejected";
    case VenueEventType::Expired: return "Expired";
    case VenueEventType::Suspended: return "Suspended";
    case VenueEventType::Resumed: return "Resumed";
    case VenueEventType::DoneForDay: return "DoneForDay";
    case VenueEventType::Status: return "Status";
    case VenueEventType::TradeCancelled: return "TradeCancelled";
    case VenueEventType::TradeCorrected: return "TradeCorrected";
    case VenueEventType::StatusUnsupported: return "StatusUnsupported";
    }
    return "?";
}

std::string_view toString(VenueOrderState v) noexcept
{
    switch (v) {
    case VenueOrderState::Unstated: return "Unstated";
    case VenueOrderState::Live: return "Live";
    case VenueOrderState::Filled: return "Filled";
    case VenueOrderState::Done: return "Done";
    case VenueOrderState::Rejected: return "Rejected";
    }
    return "?";
}

std::string_view toString(MdSide v) noexcept
{
    switch (v) {
    case MdSide::Bid: return "Bid";
    case MdSide::Ask: return "Ask";
    case MdSide::Trade: return "Trade";
    }
    return "?";
}

std::string_view toString(MdAction v) noexcept
{
    switch (v) {
    case MdAction::New: return "New";
    case MdAction::Change: return "Change";
    case MdAction::Delete: return "Delete";
    }
    return "?";
}

std::string_view toString(MdKind v) noexcept
{
    switch (v) {
    case MdKind::Snapshot: return "Snapshot";
    case MdKind::Incremental: return "Incremental";
    case MdKind::Reject: return "Reject";
    }
    return "?";
}

}  // namespace ordo
