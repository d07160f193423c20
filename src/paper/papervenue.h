#pragma once

// A paper-trading venue inside the process: acknowledges, fills, cancels and
// replaces orders against a random-walk price per symbol. It stands in for a
// real venue until the FIX gateway and ordo-venue connect the app to one, and
// gives the engine's host something live to show. Pure C++, deterministic
// under its seed. Lives in the engine thread; its answers are collected with
// step() and fed to the engine, never delivered from inside a send.

#include "domain/venueevent.h"
#include "ports/venuegateway.h"

#include <cstdint>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace ordo {

struct PaperQuote {
    std::string symbol;
    Price bid = 0;
    Price ask = 0;
    Price last = 0;
};

class PaperVenue final : public VenueGateway {
public:
    PaperVenue(std::string name, std::uint64_t seed);

    // Lists a symbol around a starting mid price on a tick grid.
    void list(const std::string& symbol, Price mid, Price tick);
    const std::string& name() const noexcept { return m_name; }

    void sendNewOrder(const OutboundOrder&) override;
    void sendCancel(const OutboundOrder&) override;
    void sendReplace(const OutboundOrder&) override;
    void sendStatusRequest(const OutboundOrder&, std::string_view requestId) override;
    void sendMassStatusRequest(std::string_view venue, std::string_view requestId) override;

    // Moves the market one step and answers every request and resting order;
    // the events are appended to out in the order the venue produced them.
    void step(Timestamp now, std::vector<VenueEvent>& out);
    std::vector<PaperQuote> quotes() const;
    std::size_t restingOrders() const noexcept { return m_orders.size(); }

private:
    struct Book {
        Price mid = 0;
        Price tick = 1;
        Price last = 0;
    };
    struct Resting {
        std::string clOrdId;
        std::string symbol;
        Side side = Side::Buy;
        OrdType type = OrdType::Limit;
        TimeInForce tif = TimeInForce::Day;
        Qty leaves = 0;
        Price limit = 0;
        Price stop = 0;
        bool triggered = false;
    };
    struct Request {
        enum class Kind { New, Cancel, Replace, Status, MassStatus } kind;
        Resting order;
        std::string origClOrdId;  // Status, MassStatus: the request id
    };

    VenueEvent event(VenueEventType t, const std::string& clOrdId, Timestamp now) const;
    // Fills what is marketable now; returns true if the order is done.
    bool tryFill(Resting& r, const Book& b, Timestamp now, std::vector<VenueEvent>& out, bool aggressive);

    std::string m_name;
    std::mt19937_64 m_rng;
    std::unordered_map<std::string, Book> m_books;
    std::vector<Request> m_requests;
    std::vector<Resting> m_orders;
    std::uint64_t m_execSeq = 0;
};

}  // namespace ordo
