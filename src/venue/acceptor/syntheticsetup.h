#pragma once

// How a FixVenue configures its synthetic participants, as functions, so a
// test can drive the same markets on simulated time without FIX: the
// options of a lit venue's SyntheticMarket and the participants of one of
// its symbols.

#include "syntheticconfig.h"
#include "venuesettings.h"

#include <cstdint>
#include <string_view>

namespace ordo::venue {

// Seed, and the shared fair value when the configuration asks for it.
SyntheticOptions syntheticOptions(const FixVenueConfig& config);
// One symbol's makers and takers; its fair value key is a hash of its name,
// so venues listing symbols in different orders still share each one's walk.
SyntheticSymbolConfig syntheticSymbol(const FixVenueConfig& config, const VenueSymbol& symbol);
// 64-bit FNV-1a: stable across builds and platforms (std::hash is not).
std::uint64_t fairValueKey(std::string_view symbol) noexcept;

} // namespace ordo::venue
