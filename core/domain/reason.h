#pragma once

// Why something was refused: a code for programs and a sentence for people.
// Rejections are values; nothing in core throws across a boundary.

#include <cstdint>
#include <string>
#include <string_view>

namespace ordo {

enum class ReasonCode : std::uint16_t {
    None = 0,
    // command validation
    UnknownInstrument,
    InvalidQuantity,
    InvalidPrice,
    TickSize,
    LotSize,
    MissingLimitPrice,
    MissingStopPrice,
    InvalidDisplayQty,
    InvalidExpiry,
    InvalidTimeInForce,
    MissingAccount,
    // authority and trading state
    NotPermitted,
    KillSwitchEngaged,
    ReducingOnly,
    // lifecycle
    UnknownOrder,
    ImpossibleTransition,
    Overfill,
    DuplicateExecId,
    NothingToChange,
    OrderNotWorking,
    // venue
    VenueRejected,
    CancelRejected,
    ReplaceRejected,
    VenueUnavailable,
    // pre-trade risk: one code per check (same order as RiskCheck)
    RiskMaxOrderQty,
    RiskMaxOrderNotional,
    RiskPriceCollar,
    RiskMaxLongPosition,
    RiskMaxShortPosition,
    RiskGrossExposure,
    RiskNetExposure,
    RiskConcentration,
    RiskDailyVolume,
    RiskDailyNotional,
    RiskDailyOrders,
    RiskDailyFills,
    RiskBuyingPower,
    RiskRestrictedList,
    RiskShortLocate,
    RiskTradingPhase,
    RiskDuplicateOrder,
    RiskOrderRate,
    RiskDailyLoss,
    RiskCircuitBreaker,
    RiskHeld,  // a soft limit holds the order for a supervisor
    // journal
    JournalDivergence,
    JournalFailure,
    JournalDamaged,
    // market data
    MarketDataRejected, // a venue refused our MarketDataRequest
    // reconciliation and venue corrections
    VenueReconciling,     // new orders wait until the venue's reconciliation report is acknowledged
    ReconciliationBreak,  // the venue's account of our orders differs from ours
    TradeBusted,          // the venue cancelled a fill
    TradeCorrected,       // the venue changed a fill's quantity or price
};

std::string_view toString(ReasonCode) noexcept;

struct Reason {
    ReasonCode code = ReasonCode::None;
    std::string text;

    bool ok() const noexcept { return code == ReasonCode::None; }
    static Reason accepted() { return {}; }
};

}  // namespace ordo
