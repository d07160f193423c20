#pragma once

// With no venue in its configuration, ordo starts simulated exchanges of its
// own: ordo-venue's default set (three lit venues and a dark pool, each with
// synthetic participants), on free loopback ports, in this process. ordo
// still reaches them only over FIX, like any venue.

#include "enginehost.h"

#include <memory>
#include <vector>

namespace ordo {

class SimulatedVenues {
public:
    SimulatedVenues();
    ~SimulatedVenues();
    // Starts the venues for these instruments and adds their FIX sessions to
    // config (defaultVenue too, if it names no configured venue). Returns
    // sentences for whatever failed; the rest runs.
    QStringList start(HostConfig& config, const QString& storeDirectory);
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo
