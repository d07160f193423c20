#pragma once

// The engine's VenueGateway over FIX 4.4: one QuickFIX initiator session per
// venue. Sends are called from the engine thread (QuickFIX's send is
// thread-safe); everything a venue says arrives on QuickFIX's socket threads,
// is decoded there into plain values and handed to the sinks, which must
// only enqueue (never touch engine state). QuickFIX stays behind this header.

#include "domain/marketdataupdate.h"
#include "domain/venueevent.h"
#include "ports/venuegateway.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ordo::fix {

struct FixSessionConfig {
    std::string venue;  // the venue's name in Ordo (orders' venue field)
    std::string host = "127.0.0.1";
    int port = 0;
    std::string senderCompId;
    std::string targetCompId;
    int heartbeatSeconds = 30;
    int reconnectSeconds = 5;
    std::string username;  // Logon 553, if the venue wants one
    std::string password;  // Logon 554
    bool tls = false;
};

struct FixGatewayConfig {
    std::vector<FixSessionConfig> sessions;
    std::string storeDirectory;   // QuickFIX FileStore: sequence numbers and sent messages survive restarts
    std::string dataDictionary;   // our FIX44.xml
    // Market data: after every Logon each venue is asked for these symbols'
    // books (snapshot plus incremental updates, this many levels; 0 = all).
    std::vector<std::string> symbols;
    int marketDepth = 10;
    // A TestRequest this often measures each session's round trip.
    int roundTripProbeSeconds = 5;
};

enum class SessionState : std::uint8_t { Connecting, LoggedOn, LoggedOut };

struct SessionStatus {
    std::string venue;
    SessionState state = SessionState::Connecting;
    std::string reason;  // why it logged out, in words
    int nextSenderSeq = 0;
    int nextTargetSeq = 0;
    // Health, measured by the gateway (refreshed about once a second while
    // logged on): how late the venue's traffic is against its heartbeat
    // interval, the round trip of our TestRequests, and sequence recovery.
    std::int64_t heartbeatLagMs = 0;     // silence beyond the heartbeat interval; 0 when on time
    std::int64_t lastInboundAgeMs = -1;  // since the venue's last message; -1: none yet
    std::int64_t roundTripMicros = -1;   // TestRequest -> Heartbeat; -1: not measured yet
    std::uint32_t resendRequestsSent = 0;      // we asked the venue to resend (a gap on our side)
    std::uint32_t resendRequestsReceived = 0;  // the venue asked us
    std::uint32_t gapFills = 0;                // SequenceReset-GapFill messages received
    std::uint32_t possDupReceived = 0;         // messages the venue resent (PossDupFlag Y)
    // A periodic health update, not a change of state: state changes come
    // only from QuickFIX's logon/logout callbacks, so a health update racing
    // a logout cannot make a dropped session look logged on.
    bool healthOnly = false;
};

// One raw FIX message, for the session cockpit's log.
struct WireMessage {
    std::string venue;
    bool outgoing = false;
    std::string text;  // SOH-separated, as on the wire
};

struct FixSinks {
    std::function<void(VenueEvent)> venueEvent;
    std::function<void(SessionStatus)> sessionStatus;
    std::function<void(std::string venue, std::string problem)> problem;  // refused input, session rejects
    std::function<void(std::string venue, std::string text)> info;        // optional: news worth a line (mass cancel accepted)
    std::function<void(WireMessage)> wire;                                // optional
    // Snapshots, incremental updates and request rejects, decoded. When a
    // session logs out, an empty snapshot per symbol says its books are gone.
    std::function<void(MarketDataUpdate)> marketData;
};

class FixGateway final : public VenueGateway {
public:
    FixGateway(FixGatewayConfig config, FixSinks sinks);
    ~FixGateway() override;
    FixGateway(const FixGateway&) = delete;
    FixGateway& operator=(const FixGateway&) = delete;

    // Starts the sessions (they connect and log on in the background).
    // Returns a sentence on failure (bad configuration, missing dictionary).
    std::string start();
    void stop();
    bool loggedOn(const std::string& venue) const;

    void sendNewOrder(const OutboundOrder&) override;
    void sendCancel(const OutboundOrder&) override;
    void sendReplace(const OutboundOrder&) override;
    void sendStatusRequest(const OutboundOrder&, std::string_view requestId) override;
    void sendMassStatusRequest(std::string_view venue, std::string_view requestId) override;
    // OrderMassCancelRequest for every order of ours at a venue (or one
    // symbol's): operations' last resort, for orders Ordo may not know. The
    // venue's cancels and its OrderMassCancelReport arrive like any other
    // answer. Returns a sentence if it could not be sent.
    std::string sendMassCancel(const std::string& venue, const std::string& symbol);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace ordo::fix
