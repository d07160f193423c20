#include "syntheticsetup.h"

namespace ordo::venue {

SyntheticOptions syntheticOptions(const FixVenueConfig& config)
{
    SyntheticOptions options;
    options.seed = config.seed;
    if (config.sharedFairValue && config.kind == VenueKind::Lit) {
        options.fairValueSeed = config.fairValueSeed;
        options.fairValueOrigin = config.fairValueOrigin;
    }
    return options;
}

SyntheticSymbolConfig syntheticSymbol(const FixVenueConfig& config, const VenueSymbol& symbol)
{
    SyntheticSymbolConfig sc;
    sc.startPrice = symbol.referencePrice;
    sc.tickSize = symbol.tickSize;
    sc.volatility = config.volatility;
    sc.takerRatePerMinute = config.takerRatePerMinute;
    sc.fairValueKey = fairValueKey(symbol.name);
    return sc;
}

std::uint64_t fairValueKey(std::string_view symbol) noexcept
{
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : symbol) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

} // namespace ordo::venue
