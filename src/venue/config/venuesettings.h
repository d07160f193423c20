#pragma once

// What one ordo-venue venue is: its kind, port, fees, latency, clients,
// symbols and synthetic participants. Plain values; ordo-venue's
// configuration file produces them (venueconfig.h) and FixVenue runs them.
// Units: prices in 1e-8 of the currency, fees in basis points of the
// traded value, latency in microseconds.

#include <cstdint>
#include <string>
#include <vector>

namespace ordo::venue {

enum class VenueKind : std::uint8_t {
    Lit, // a price-time order book with published depth
    Dark, // a midpoint dark pool: nothing shown, crosses at the reference mid
};

struct VenueSymbol {
    std::string name;
    std::int64_t tickSize = 1'000'000;    // 1e-8 units (0.01)
    std::int64_t referencePrice = 0;      // 1e-8 units
};

struct VenueClient {
    std::string venueCompId;   // our SenderCompID on this session
    std::string clientCompId;  // the initiator's SenderCompID
    std::string password;      // empty: any Logon is accepted
};

struct FixVenueConfig {
    std::string name = "XSIM";   // ExecIDs and logs
    VenueKind kind = VenueKind::Lit;
    std::string referenceVenue;  // Dark: the lit venue whose mid prices the crosses (wired by setReference)
    std::int64_t latencyMicros = 0;  // one way: before acting on each inbound message, before sending each outbound one
    int port = 0;                // 0: pick a free loopback port
    std::vector<VenueClient> clients;
    std::vector<VenueSymbol> symbols;
    std::string storeDirectory;  // sequence numbers persist across restarts
    std::string dataDictionary;
    std::int64_t makerFeeBp = -2;  // negative: a rebate
    std::int64_t takerFeeBp = 3;
    // Synthetic participants trading every symbol, on real time: market
    // makers and takers on a lit venue, resting orders and midpoint takers
    // in a dark pool. Deterministic under the seed for a given start time.
    bool synthetic = false;
    std::uint64_t seed = 42;
    double volatility = 1e-4;        // relative, per sqrt(second)
    double takerRatePerMinute = 30;  // per symbol
    // Lit venues of one set: quote around one fair value per symbol, drawn
    // from fairValueSeed on a time grid starting at fairValueOrigin (ns
    // since the epoch; VenueSet sets it to the set's start, 0 = the venue's
    // own start), while `seed` still drives this venue's own makers and
    // takers. Off, a venue's fair value walks on its own (the single venue
    // of the command line). The configuration file turns it on by default.
    bool sharedFairValue = false;
    std::uint64_t fairValueSeed = 42;
    std::int64_t fairValueOrigin = 0;
};

} // namespace ordo::venue
