#pragma once

// Prices and quantities as decimal text, exactly: FIX carries them as text
// and ordo-venue's configuration writes them so, and neither ever passes
// through a double. The venue keeps its own converters so that it shares no
// code with the OMS (they meet only over FIX).

#include "types.h"

#include <string>
#include <string_view>

namespace ordo::venue {

// Shortest exact text of a value in 1e-8 units: 190.5, 0.0001, -2.
std::string priceText(Price p);
// Parses [-]digits[.digits] with at most 8 decimals into 1e-8 units.
// False (out untouched) for anything else, or beyond ±9e10 whole units.
bool parseDecimal(std::string_view text, std::int64_t& out);

} // namespace ordo::venue
