#pragma once

// Pre-trade risk limits: what is checked, at which level of the hierarchy,
// and the parameters of the checks. Plain values: they come from the
// configuration, are changed by supervisors through the engine, and are
// journaled like any other input.
//
// Units: quantities in units; money in 1e-8 of the currency (like Money);
// percentages in basis points (1% = 100 bp); times in nanoseconds.

#include "domain/types.h"

#include <string>
#include <string_view>
#include <vector>

namespace ordo {

enum class RiskCheck : std::uint8_t {
    MaxOrderQty,       // units per order
    MaxOrderNotional,  // money per order
    PriceCollar,       // bp away from the reference price
    MaxLongPosition,   // units, per instrument, working buys included
    MaxShortPosition,  // units, per instrument, working sells included
    GrossExposure,     // money: sum of |position| x price, working orders included
    NetExposure,       // money: |sum of position x price|, working orders included
    Concentration,     // bp of gross exposure in one instrument
    DailyVolume,       // units traded today, working included
    DailyNotional,     // money traded today, working included
    DailyOrders,       // orders entered today
    DailyFills,        // fills received today
    BuyingPower,       // account level; the limit is the cash: cash + P&L must cover margin
    RestrictedList,    // instruments nobody may trade
    ShortLocate,       // short sales need a locate and a tradeable instrument
    TradingPhase,      // hours and phase rules per order type and time in force
    DuplicateOrder,    // same account, instrument, side, quantity, price within a window
    OrderRate,         // per trader: per second and per minute, with a burst
    DailyLoss,         // realized + unrealized loss today
    CircuitBreaker,    // instrument moved too far too fast
};
inline constexpr int kRiskCheckCount = 20;

// Where a limit sits. Every level an order belongs to is checked; the
// tightest limit binds.
enum class LimitLevel : std::uint8_t { Firm, Desk, Trader, Account, Strategy, Instrument };
inline constexpr int kLimitLevelCount = 6;

struct LimitSetting {
    RiskCheck check = RiskCheck::MaxOrderQty;
    LimitLevel level = LimitLevel::Firm;
    std::string name;    // the desk, trader, account, strategy or symbol; empty for the firm
    std::int64_t value = 0;
    bool soft = false;   // soft: hold the order for a supervisor instead of rejecting it

    friend bool operator==(const LimitSetting&, const LimitSetting&) = default;
};

struct RiskParameters {
    std::int64_t warnAtBp = 8000;                    // utilisation that raises a warning
    Timestamp duplicateWindow = 2 * kNanosPerSecond;
    std::int64_t ordersPerSecond = 100;              // per trader
    std::int64_t ordersPerMinute = 1000;
    std::int64_t burstFactor = 2;                    // x ordersPerSecond ...
    Timestamp burstDuration = 10 * kNanosPerSecond;  // ... for this long
    Money concentrationFloor = 1'000'000 * kPriceScale;  // concentration applies above this gross exposure
    std::int64_t initialMarginBp = 5000;             // long positions: 50% of notional
    std::int64_t shortMarginBp = 15000;              // short positions: 150% of notional
    std::int64_t lossBreachesBeforeHalt = 3;
    Timestamp lossCoolingOff = 15 * 60 * kNanosPerSecond;
    std::int64_t circuitBreakerBp = 1000;            // 10% ...
    Timestamp circuitBreakerWindow = 5 * 60 * kNanosPerSecond;  // ... within 5 minutes
    Timestamp circuitBreakerHalt = 5 * 60 * kNanosPerSecond;    // then no new orders for this long

    friend bool operator==(const RiskParameters&, const RiskParameters&) = default;
};

struct RiskConfig {
    std::vector<LimitSetting> limits;
    std::vector<std::string> restricted;  // symbols
    std::vector<std::pair<std::string, std::string>> desks;  // trader -> desk
    RiskParameters parameters;
    std::vector<RiskCheck> disabled;

    friend bool operator==(const RiskConfig&, const RiskConfig&) = default;
};

// What a limit's value counts: money (1e-8 units), basis points, or a plain
// count of units, orders or fills.
enum class LimitUnit : std::uint8_t { Count, Money, BasisPoints };
LimitUnit unitOf(RiskCheck check) noexcept;
// True for limits measured against a running figure (positions, exposure,
// daily totals, P&L); false for per-order limits and yes/no rules.
bool isRunningLimit(RiskCheck check) noexcept;

std::string_view toString(RiskCheck) noexcept;
std::string_view toString(LimitLevel) noexcept;
bool parseRiskCheck(std::string_view text, RiskCheck& out) noexcept;
bool parseLimitLevel(std::string_view text, LimitLevel& out) noexcept;

}  // namespace ordo
