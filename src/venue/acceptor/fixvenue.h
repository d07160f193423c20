#pragma once

// ordo-venue's FIX 4.4 face: a QuickFIX acceptor in front of one
// MatchingEngine. Orders, cancels, replaces, mass cancels and status
// requests from any standard FIX 4.4 initiator become engine commands; the
// engine's events become ExecutionReports, OrderCancelRejects and market
// data. Bad input gets the right FIX answer (session Reject from the data
// dictionary, BusinessMessageReject, or a rejected ExecutionReport with a
// text), never a crash. QuickFIX threads call in; one mutex serialises the
// engine, so a synthetic market may drive it from another thread.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ordo::venue {

class MatchingEngine;

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
    int port = 0;                // 0: pick a free loopback port
    std::vector<VenueClient> clients;
    std::vector<VenueSymbol> symbols;
    std::string storeDirectory;  // sequence numbers persist across restarts
    std::string dataDictionary;
    std::int64_t makerFeeBp = -2;  // negative: a rebate
    std::int64_t takerFeeBp = 3;
    // Synthetic participants (market makers and takers) trading every symbol,
    // on real time; deterministic under the seed for a given start time.
    bool synthetic = false;
    std::uint64_t seed = 42;
    double volatility = 1e-4;        // relative, per sqrt(second)
    double takerRatePerMinute = 30;  // per symbol
};

class FixVenue {
public:
    explicit FixVenue(FixVenueConfig config);
    ~FixVenue();
    FixVenue(const FixVenue&) = delete;
    FixVenue& operator=(const FixVenue&) = delete;

    // Binds and starts accepting. Returns a sentence on failure.
    std::string start();
    void stop();
    int port() const;

    // Runs f with the engine locked (synthetic participants, tests, halts);
    // events f causes are published like any client's.
    void withEngine(const std::function<void(MatchingEngine&)>& f);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo::venue
