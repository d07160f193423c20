#pragma once

// Static description of one tradable symbol, given to MatchingEngine::addSymbol.

#include "types.h"

#include <string>

namespace ordo::venue {

struct SymbolConfig {
    std::string name;
    Price tickSize = 1; // price increment, 1e-8 units; 1 accepts any price
    Qty lotSize = 1; // quantity increment
    Qty maxOrderQty = 1'000'000'000; // at most 1e12 (keeps level sums far from overflow)
    Price maxPrice = 1'000'000 * kPriceScale; // at most 1e17
    Price referencePrice = 0; // auction tie-break before the first trade (previous close)
    TradingPhase phase = TradingPhase::Continuous; // phase when the symbol is added
};

} // namespace ordo::venue
