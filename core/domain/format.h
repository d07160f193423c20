#pragma once

// Human-readable and parseable text for fixed-point values.

#include "domain/types.h"

#include <optional>
#include <string>
#include <string_view>

namespace ordo {

// 10150000000 -> "101.5"; trailing zeros dropped, at least one decimal kept off.
std::string formatPrice(Price price);
// "101.5" -> 10150000000; nullopt for anything that is not a decimal number
// with at most 8 decimals in range.
std::optional<Price> parsePrice(std::string_view text) noexcept;
// Money has the same scale as Price; shown with 2 decimals.
std::string formatMoney(Money money);

// "1 order", "3 orders": alert texts are read by people.
std::string countText(std::uint64_t n, std::string_view singular, std::string_view plural);

}  // namespace ordo
