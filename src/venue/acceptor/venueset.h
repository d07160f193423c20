#pragma once

// VenueSet: the venues of one ordo-venue configuration running in one
// process. It owns them, starts the lit venues first and then the dark
// pools, each wired to its reference (the lit venue named by
// FixVenueConfig::referenceVenue), and stops them all together.
// Used by the ordo-venue executable and by ordo's in-process simulated
// venues. Lit venues configured with sharedFairValue quote around one fair
// value per symbol: start() gives them one time grid (fairValueOrigin) for
// the walk they each compute from the shared seed. Not thread-safe: one
// thread starts and stops it.

#include "fixvenue.h"

#include <memory>
#include <string>
#include <vector>

namespace ordo::venue {

class VenueSet {
public:
    VenueSet();
    ~VenueSet();
    VenueSet(const VenueSet&) = delete;
    VenueSet& operator=(const VenueSet&) = delete;

    // Starts every venue it can; returns one sentence per venue that did
    // not start (a duplicate name, a dark pool without a lit reference in
    // the set, a port taken...). The others run.
    std::vector<std::string> start(std::vector<FixVenueConfig> configs);
    void stop();

    // The running venues, in the order of the configuration.
    std::vector<FixVenue*> venues() const;
    FixVenue* find(const std::string& name) const;

private:
    std::vector<std::unique_ptr<FixVenue>> m_venues; // configuration order
    std::vector<FixVenue*> m_started; // the running ones
};

} // namespace ordo::venue
