#pragma once

// ordo-venue's FIX 4.4 face: a QuickFIX acceptor in front of one book, a
// lit MatchingEngine or a midpoint DarkPool. Orders, cancels, replaces, mass
// cancels and status requests from any standard FIX 4.4 initiator become
// book commands; the book's events become ExecutionReports,
// OrderCancelRejects and market data. Bad input gets the right FIX answer
// (session Reject from the data dictionary, BusinessMessageReject, or a
// rejected ExecutionReport with a text), never a crash. QuickFIX threads
// call in; one mutex serialises the book, so synthetic participants may
// drive it from another thread.
//
// A dark venue publishes no depth: a MarketDataRequest gets a snapshot
// without book levels (the last trade at most) and trades afterwards. Its
// reference is a lit FixVenue of the same process (setReference): every
// change of that venue's best bid and offer reaches the pool at once, on
// the lit venue's thread. A configured latency delays every inbound message
// before the venue acts on it and every outbound one before it is sent, on a
// thread of the venue's own (DelayLine); the reference quote is not delayed
// (the pool sits next to its reference market).

#include "venuesettings.h"

#include <functional>
#include <memory>
#include <string>

namespace ordo::venue {

class DarkPool;
class MatchingEngine;

class FixVenue {
public:
    explicit FixVenue(FixVenueConfig config);
    ~FixVenue();
    FixVenue(const FixVenue&) = delete;
    FixVenue& operator=(const FixVenue&) = delete;

    // Dark pools: cross at the mid of this lit venue, before start(). The
    // reference may start before or after this venue, and may be destroyed
    // first. Returns a sentence when the pairing makes no sense.
    std::string setReference(FixVenue& lit);

    // Binds and starts accepting. Returns a sentence on failure.
    std::string start();
    void stop();
    int port() const;
    const FixVenueConfig& config() const;

    // Runs f with the book locked (tests, halts); events f causes are
    // published like any client's. withEngine runs f only on a lit venue,
    // withDarkPool only on a dark one; each says whether it ran f.
    bool withEngine(const std::function<void(MatchingEngine&)>& f);
    bool withDarkPool(const std::function<void(DarkPool&)>& f);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo::venue
