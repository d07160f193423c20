#pragma once

// ordo-venue's configuration: one JSON file listing the venues to run in one
// process (lit venues and dark pools, each with its port, fees, latency,
// symbols and synthetic participants). Reading it is this module's only
// job: it turns the text into FixVenueConfigs or into sentences that say
// exactly what is wrong and where, and never throws. The format is in
// README.md; the shipped default (default-venues.json, compiled in) is a
// complete example.
//
//   {
//     "clients": [{"compId": "ORDO", "password": ""}],     optional, default ORDO
//     "storeDirectory": "ordo-venue-store",                 optional; one sub-directory per venue
//     "symbols": [{"symbol": "AAPL", "tickSize": "0.01", "referencePrice": "190.00"}],
//     "venues": [
//       {"name": "XLIT1", "kind": "lit", "port": 9878, "makerFeeBp": -2, "takerFeeBp": 3,
//        "latencyMicros": 150, "synthetic": true, "seed": 42},
//       {"name": "XDARK", "kind": "dark", "referenceVenue": "XLIT1", ...}
//     ]
//   }
//
// Prices are decimal strings (numbers are accepted and read to 1e-8), fees
// whole basis points (negative: a rebate), latency whole microseconds one
// way. A venue may list its own "symbols" and "clients"; otherwise it takes
// the file's. A dark pool's symbols must all be listed by its reference.
// Unknown keys are errors (a misspelt key would otherwise be ignored), except
// "comment".

#include "venuesettings.h"

#include <string>
#include <vector>

namespace ordo::venue {

// What the file does not say; the caller's choices.
struct VenueDefaults {
    std::string storeDirectory = "ordo-venue-store";
    std::string dataDictionary;
};

struct VenueConfigResult {
    std::vector<FixVenueConfig> venues; // empty when there are errors
    std::vector<std::string> errors; // one sentence each, prefixed with the origin
    bool ok() const noexcept { return errors.empty(); }
};

// `origin` names the text in messages (a file name, "built-in default").
VenueConfigResult parseVenueConfig(const std::string& json, const std::string& origin, const VenueDefaults& defaults);
VenueConfigResult loadVenueConfig(const std::string& path, const VenueDefaults& defaults);

// The shipped default set: three lit venues (XLIT1, XLIT2, XLIT3, with
// different fees and latencies) and a dark pool XDARK crossing at XLIT1's mid.
const std::string& defaultVenueConfigText();
VenueConfigResult defaultVenueConfig(const VenueDefaults& defaults);

} // namespace ordo::venue
