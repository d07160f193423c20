#include "risk/risklimits.h"

#include <array>

namespace ordo {
namespace {

constexpr std::array<std::string_view, kRiskCheckCount> kCheckNames = {
    "MaxOrderQty", "MaxOrderNotional", "PriceCollar", "MaxLongPosition", "MaxShortPosition",
    "GrossExposure", "NetExposure", "Concentration", "DailyVolume", "DailyNotional",
    "DailyOrders", "DailyFills", "BuyingPower", "RestrictedList", "ShortLocate",
    "TradingPhase", "DuplicateOrder", "OrderRate", "DailyLoss", "CircuitBreaker",
};
constexpr std::array<std::string_view, kLimitLevelCount> kLevelNames = {
    "FIRM", "DESK", "TRADER", "ACCOUNT", "STRATEGY", "INSTRUMENT",
};

bool equalNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

}  // namespace

LimitUnit unitOf(RiskCheck c) noexcept
{
    switch (c) {
    case RiskCheck::MaxOrderNotional:
    case RiskCheck::GrossExposure:
    case RiskCheck::NetExposure:
    case RiskCheck::DailyNotional:
    case RiskCheck::BuyingPower:
    case RiskCheck::DailyLoss:
        return LimitUnit::Money;
    case RiskCheck::PriceCollar:
    case RiskCheck::Concentration:
        return LimitUnit::BasisPoints;
    default:
        return LimitUnit::Count;
    }
}

bool isRunningLimit(RiskCheck c) noexcept
{
    switch (c) {
    case RiskCheck::MaxLongPosition:
    case RiskCheck::MaxShortPosition:
    case RiskCheck::GrossExposure:
    case RiskCheck::NetExposure:
    case RiskCheck::Concentration:
    case RiskCheck::DailyVolume:
    case RiskCheck::DailyNotional:
    case RiskCheck::DailyOrders:
    case RiskCheck::DailyFills:
    case RiskCheck::BuyingPower:
    case RiskCheck::DailyLoss:
        return true;
    default:
        return false;
    }
}

std::string_view toString(RiskCheck c) noexcept
{
    const auto i = static_cast<std::size_t>(c);
    return i < kCheckNames.size() ? kCheckNames[i] : "?";
}

std::string_view toString(LimitLevel l) noexcept
{
    const auto i = static_cast<std::size_t>(l);
    return i < kLevelNames.size() ? kLevelNames[i] : "?";
}

bool parseRiskCheck(std::string_view text, RiskCheck& out) noexcept
{
    for (std::size_t i = 0; i < kCheckNames.size(); ++i) {
        if (equalNoCase(text, kCheckNames[i])) {
            out = static_cast<RiskCheck>(i);
            return true;
        }
    }
    return false;
}

bool parseLimitLevel(std::string_view text, LimitLevel& out) noexcept
{
    for (std::size_t i = 0; i < kLevelNames.size(); ++i) {
        if (equalNoCase(text, kLevelNames[i])) {
            out = static_cast<LimitLevel>(i);
            return true;
        }
    }
    return false;
}

}  // namespace ordo
