#pragma once

// Vocabulary types of the OMS. Pure C++20, shared by every layer.
//
// Units, everywhere in order state:
//   Price  – signed integer in 1e-8 of the instrument's currency (never double).
//   Qty    – signed integer count of units (shares, contracts); orders carry
//            positive quantities, positions are signed (+long, -short).
//   Money  – signed integer in 1e-8 of the currency (notional, fees, P&L).
//   Timestamp – nanoseconds since the Unix epoch, UTC, from the injected Clock.

#include <cstdint>
#include <string_view>

namespace ordo {

using Price = std::int64_t;
using Qty = std::int64_t;
using Money = std::int64_t;
using Timestamp = std::int64_t;

inline constexpr std::int64_t kPriceScale = 100'000'000;  // 1e8 raw units per currency unit
inline constexpr Timestamp kNanosPerSecond = 1'000'000'000;

// Dense internal order id: index into the order store. 0 is "none".
using OrderId = std::uint32_t;
inline constexpr OrderId kNoOrder = 0;

// Interned identifiers (symbol, account, trader, ...): index into a SymbolTable.
using InstrumentId = std::uint32_t;
using NameId = std::uint32_t;
inline constexpr NameId kNoName = 0;

enum class Side : std::uint8_t { Buy, Sell, Short, Cover };
enum class OrdType : std::uint8_t { Market, Limit, Stop, StopLimit };
enum class TimeInForce : std::uint8_t { Day, Gtc, Ioc, Fok, Gtd, Ato, Atc };
enum class PegType : std::uint8_t { None, Primary, Mid, Market };
enum class AlgoType : std::uint8_t { None, Twap, Vwap, Pov, ImplementationShortfall, Iceberg, Peg, Adaptive };
enum class Liquidity : std::uint8_t { Unknown, Added, Removed, Auction };

// Buy and cover add to a position; sell and short reduce it.
constexpr int sideSign(Side s) noexcept { return (s == Side::Buy || s == Side::Cover) ? +1 : -1; }

enum class Role : std::uint8_t { Trader, Supervisor, Analyst };

// Who issued a command. The engine enforces what each role may do.
struct Actor {
    NameId user = kNoName;
    Role role = Role::Analyst;
};

std::string_view toString(Side) noexcept;
std::string_view toString(OrdType) noexcept;
std::string_view toString(TimeInForce) noexcept;
std::string_view toString(PegType) noexcept;
std::string_view toString(AlgoType) noexcept;
std::string_view toString(Liquidity) noexcept;
std::string_view toString(Role) noexcept;

// Multiplies price by quantity without overflowing the intermediate value.
constexpr Money notional(Price price, Qty qty) noexcept
{
    return static_cast<Money>(static_cast<__int128>(price) * qty);
}

}  // namespace ordo
