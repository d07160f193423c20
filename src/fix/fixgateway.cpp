#include "fixgateway.h"

#include "fixconvert.h"
#include "fixmarketdata.h"

#include <quickfix/Application.h>
#include <quickfix/FileStore.h>
#include <quickfix/Log.h>
#include <quickfix/Session.h>
#include <quickfix/SessionSettings.h>
#include <quickfix/SocketInitiator.h>
#include <quickfix/ThreadedSSLSocketInitiator.h>
#include <quickfix/fix44/TestRequest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <thread>
#include <filesystem>
#include <map>
#include <mutex>
#include <sstream>

namespace ordo::fix {
namespace {

// Feeds every raw message to the cockpit sink; QuickFIX calls it from its
// socket threads.
using SteadyClock = std::chrono::steady_clock;

std::int64_t steadyMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(SteadyClock::now().time_since_epoch()).count();
}

// Each session's health, written by QuickFIX's threads, read by the monitor.
struct SessionHealth {
    std::atomic<std::int64_t> lastInboundMicros{0};
    std::atomic<std::int64_t> probeSentMicros{0};
    std::atomic<std::int64_t> roundTripMicros{-1};
    std::atomic<std::uint32_t> resendRequestsSent{0};
    std::atomic<std::uint32_t> resendRequestsReceived{0};
    std::atomic<std::uint32_t> gapFills{0};
    std::atomic<std::uint32_t> possDupReceived{0};
    int heartbeatSeconds = 30;
};

// Feeds every raw message to the cockpit sink and stamps the venue's last
// word for the heartbeat lag; QuickFIX calls it from its socket threads.
class WireLog final : public FIX::Log {
public:
    WireLog(std::string venue, const std::function<void(WireMessage)>* sink, SessionHealth* health)
        : m_venue(std::move(venue))
        , m_sink(sink)
        , m_health(health)
    {
    }
    void clear() override {}
    void backup() override {}
    void onIncoming(const std::string& s) override
    {
        if (m_health)
            m_health->lastInboundMicros.store(steadyMicros(), std::memory_order_relaxed);
        emitWire(false, s);
    }
    void onOutgoing(const std::string& s) override { emitWire(true, s); }
    void onEvent(const std::string&) override {}

private:
    void emitWire(bool out, const std::string& s)
    {
        if (*m_sink)
            (*m_sink)(WireMessage{m_venue, out, s});
    }
    std::string m_venue;
    const std::function<void(WireMessage)>* m_sink;
    SessionHealth* m_health;
};

}  // namespace

struct FixGateway::Impl final : public FIX::Application, public FIX::LogFactory {
    FixGatewayConfig config;
    FixSinks sinks;
    std::map<FIX::SessionID, std::string> venueOf;
    std::map<std::string, FIX::SessionID> sessionOf;
    std::map<std::string, std::unique_ptr<std::atomic<bool>>> loggedOn;
    std::unique_ptr<FIX::SessionSettings> settings;
    std::unique_ptr<FIX::FileStoreFactory> store;
    std::unique_ptr<FIX::Initiator> initiator;
    // Which order a session-level Reject or BusinessMessageReject refers to:
    // the sequence number we sent it under -> its ClOrdID.
    std::mutex sentMutex;
    std::map<std::pair<std::string, int>, std::string> sentClOrdId;
    // Market data requests: (venue, MDReqID) -> symbol, for rejects and for
    // entries that name no symbol; and when each venue was last resynced.
    std::mutex mdMutex;
    std::map<std::pair<std::string, std::string>, std::string> mdRequests;
    std::map<std::string, std::chrono::steady_clock::time_point> mdResyncAt;
    std::atomic<std::uint64_t> mdSequence { 0 };
    std::map<std::string, std::unique_ptr<SessionHealth>> health;  // by venue; fixed after start
    std::atomic<std::uint64_t> massCancelSequence{0};
    // The monitor thread: heartbeat lag and round-trip probes, once a second.
    std::thread monitor;
    std::mutex monitorMutex;
    std::condition_variable monitorWake;
    bool monitorStop = false;

    // --- FIX::LogFactory
    FIX::Log* create() override { return new FIX::NullLog; }
    FIX::Log* create(const FIX::SessionID& id) override
    {
        auto it = venueOf.find(id);
        const std::string v = it == venueOf.end() ? std::string() : it->second;
        auto h = health.find(v);
        return new WireLog(v, &sinks.wire, h == health.end() ? nullptr : h->second.get());
    }
    void destroy(FIX::Log* log) override { delete log; }

    std::string venue(const FIX::SessionID& id) const
    {
        auto it = venueOf.find(id);
        return it == venueOf.end() ? id.toString() : it->second;
    }

    void status(const FIX::SessionID& id, SessionState state, std::string reason)
    {
        const std::string v = venue(id);
        if (auto it = loggedOn.find(v); it != loggedOn.end())
            it->second->store(state == SessionState::LoggedOn);
        SessionStatus s;
        s.venue = v;
        s.state = state;
        s.reason = std::move(reason);
        fillStatus(id, s);
        if (sinks.sessionStatus)
            sinks.sessionStatus(std::move(s));
    }

    SessionHealth* healthOf(const std::string& v)
    {
        auto it = health.find(v);
        return it == health.end() ? nullptr : it->second.get();
    }

    void fillStatus(const FIX::SessionID& id, SessionStatus& s)
    {
        if (FIX::Session* session = FIX::Session::lookupSession(id)) {
            s.nextSenderSeq = session->getExpectedSenderNum();
            s.nextTargetSeq = session->getExpectedTargetNum();
        }
        if (SessionHealth* h = healthOf(s.venue)) {
            const std::int64_t last = h->lastInboundMicros.load(std::memory_order_relaxed);
            if (last > 0) {
                s.lastInboundAgeMs = (steadyMicros() - last) / 1000;
                s.heartbeatLagMs = std::max<std::int64_t>(0, s.lastInboundAgeMs - h->heartbeatSeconds * 1000LL);
            }
            s.roundTripMicros = h->roundTripMicros.load(std::memory_order_relaxed);
            s.resendRequestsSent = h->resendRequestsSent.load(std::memory_order_relaxed);
            s.resendRequestsReceived = h->resendRequestsReceived.load(std::memory_order_relaxed);
            s.gapFills = h->gapFills.load(std::memory_order_relaxed);
            s.possDupReceived = h->possDupReceived.load(std::memory_order_relaxed);
        }
    }

    // Once a second: every logged-on session's health goes to the engine,
    // and every probe interval a TestRequest measures the round trip (any
    // FIX 4.4 acceptor must answer it with a Heartbeat carrying its id).
    void runMonitor()
    {
        std::int64_t tick = 0;
        std::unique_lock lock(monitorMutex);
        while (!monitorWake.wait_for(lock, std::chrono::seconds(1), [&] { return monitorStop; })) {
            lock.unlock();
            ++tick;
            for (const auto& [v, id] : sessionOf) {
                auto up = loggedOn.find(v);
                if (up == loggedOn.end() || !up->second->load())
                    continue;
                SessionHealth* h = healthOf(v);
                if (h && config.roundTripProbeSeconds > 0 && tick % config.roundTripProbeSeconds == 1 % config.roundTripProbeSeconds) {
                    const std::int64_t now = steadyMicros();
                    h->probeSentMicros.store(now, std::memory_order_relaxed);
                    try {
                        FIX44::TestRequest probe(FIX::TestReqID("RTT-" + std::to_string(now)));
                        FIX::Session::sendToTarget(probe, id);
                    } catch (const std::exception&) {
                        // logged out meanwhile: the next tick tries again
                    }
                }
                SessionStatus s;
                s.venue = v;
                s.state = SessionState::LoggedOn;
                s.healthOnly = true;
                fillStatus(id, s);
                if (sinks.sessionStatus)
                    sinks.sessionStatus(std::move(s));
            }
            lock.lock();
        }
    }

    void problem(const FIX::SessionID& id, std::string text)
    {
        if (sinks.problem)
            sinks.problem(venue(id), std::move(text));
    }

    // --- FIX::Application
    void onCreate(const FIX::SessionID& id) override { status(id, SessionState::Connecting, {}); }
    void onLogon(const FIX::SessionID& id) override
    {
        status(id, SessionState::LoggedOn, {});
        requestMarketData(id, true);
    }
    void onLogout(const FIX::SessionID& id) override
    {
        const std::string v = venue(id);
        auto up = loggedOn.find(v);
        const bool wasUp = up != loggedOn.end() && up->second->load();
        status(id, SessionState::LoggedOut, "logged out");
        // The venue's books are stale from now on: an empty snapshot each
        // takes them out of the consolidated books until the next Logon.
        if (wasUp && sinks.marketData) {
            for (const std::string& symbol : config.symbols) {
                MarketDataUpdate u;
                u.venue = v;
                u.symbol = symbol;
                u.kind = MdKind::Snapshot;
                u.text = "session logged out";
                sinks.marketData(std::move(u));
            }
        }
    }

    // One MarketDataRequest per symbol, so that a reject (which names only
    // the MDReqID) says which symbol it refuses.
    void requestMarketData(const FIX::SessionID& id, bool subscribe)
    {
        const std::string v = venue(id);
        if (subscribe) {
            // A new session: answers to older requests no longer come, and
            // the snapshots on their way make a resync pointless for a while.
            std::lock_guard lock(mdMutex);
            std::erase_if(mdRequests, [&](const auto& entry) { return entry.first.first == v; });
            mdResyncAt[v] = std::chrono::steady_clock::now();
        }
        for (const std::string& symbol : config.symbols) {
            const std::string reqId = "MD" + std::to_string(++mdSequence) + "-" + symbol;
            {
                std::lock_guard lock(mdMutex);
                mdRequests[{ v, reqId }] = symbol;
            }
            try {
                FIX::Message request = marketDataRequest(reqId, symbol, config.marketDepth, subscribe);
                FIX::Session::sendToTarget(request, id);
            } catch (const std::exception& ex) {
                problem(id, "Cannot request market data for " + symbol + " from " + v + ": " + ex.what());
            }
        }
    }

    void onMarketData(const FIX::Message& message, const FIX::SessionID& id)
    {
        // Resent messages describe a market that has moved on: after a
        // reconnect the snapshots asked for at Logon replace them; a gap in
        // mid-session is put right by fresh snapshots.
        if (message.getHeader().isSetField(FIX::FIELD::PossDupFlag)
            && message.getHeader().getField(FIX::FIELD::PossDupFlag) == "Y") {
            resync(id);
            return;
        }
        const std::string v = venue(id);
        std::string symbol;
        if (message.isSetField(FIX::FIELD::MDReqID)) {
            std::lock_guard lock(mdMutex);
            auto it = mdRequests.find({ v, message.getField(FIX::FIELD::MDReqID) });
            if (it != mdRequests.end())
                symbol = it->second;
        }
        std::vector<MarketDataUpdate> updates;
        std::string error;
        if (!decodeMarketData(message, v, symbol, updates, error)) {
            problem(id, "Refused market data from " + v + ": " + error);
            resync(id);
            return;
        }
        if (sinks.marketData)
            for (MarketDataUpdate& u : updates)
                sinks.marketData(std::move(u));
    }

    // After a refused snapshot or update a book may have missed a change:
    // fresh snapshots put it right. At most once a second per venue, so a
    // venue that keeps sending bad data is not flooded with requests.
    void resync(const FIX::SessionID& id)
    {
        const std::string v = venue(id);
        const auto now = std::chrono::steady_clock::now();
        {
            std::lock_guard lock(mdMutex);
            auto [it, inserted] = mdResyncAt.try_emplace(v, now);
            if (!inserted && now - it->second < std::chrono::seconds(1))
                return;
            it->second = now;
        }
        requestMarketData(id, false);
    }

    void toAdmin(FIX::Message& message, const FIX::SessionID& id) override
    {
        const std::string type = message.getHeader().getField(FIX::FIELD::MsgType);
        if (type == "2")
            if (SessionHealth* h = healthOf(venue(id)))
                ++h->resendRequestsSent;
        // Credentials go on our Logon only.
        if (type != "A")
            return;
        for (const auto& s : config.sessions) {
            if (s.venue != venue(id))
                continue;
            if (!s.username.empty())
                message.setField(FIX::FIELD::Username, s.username);
            if (!s.password.empty())
                message.setField(FIX::FIELD::Password, s.password);
        }
    }

    void toApp(FIX::Message& message, const FIX::SessionID& id) throw(FIX::DoNotSend) override
    {
        // Only orders, cancels and replaces: a refused status request must
        // not reject the order it asked about.
        const std::string type = message.getHeader().getField(FIX::FIELD::MsgType);
        if ((type != "D" && type != "F" && type != "G") || !message.isSetField(FIX::FIELD::ClOrdID)
            || !message.getHeader().isSetField(FIX::FIELD::MsgSeqNum))
            return;
        const int seq = std::atoi(message.getHeader().getField(FIX::FIELD::MsgSeqNum).c_str());
        std::lock_guard lock(sentMutex);
        sentClOrdId[{venue(id), seq}] = message.getField(FIX::FIELD::ClOrdID);
        if (sentClOrdId.size() > 100'000)
            sentClOrdId.erase(sentClOrdId.begin());
    }

    void fromAdmin(const FIX::Message& message, const FIX::SessionID& id)
        throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::RejectLogon) override
    {
        const std::string type = message.getHeader().getField(FIX::FIELD::MsgType);
        if (SessionHealth* h = healthOf(venue(id))) {
            if (type == "0" && message.isSetField(FIX::FIELD::TestReqID)) {
                const std::string probe = message.getField(FIX::FIELD::TestReqID);
                if (probe.starts_with("RTT-")) {
                    const std::int64_t sent = std::atoll(probe.c_str() + 4);
                    if (sent > 0 && sent == h->probeSentMicros.load(std::memory_order_relaxed))
                        h->roundTripMicros.store(steadyMicros() - sent, std::memory_order_relaxed);
                }
            } else if (type == "2") {
                ++h->resendRequestsReceived;
            } else if (type == "4" && message.isSetField(FIX::FIELD::GapFillFlag)
                       && message.getField(FIX::FIELD::GapFillFlag) == "Y") {
                ++h->gapFills;
            }
            if (message.getHeader().isSetField(FIX::FIELD::PossDupFlag)
                && message.getHeader().getField(FIX::FIELD::PossDupFlag) == "Y")
                ++h->possDupReceived;
        }
        if (type == "3")
            refusedBySession(message, id, "session Reject");
        else if (type == "5" && message.isSetField(FIX::FIELD::Text))
            status(id, SessionState::LoggedOut, message.getField(FIX::FIELD::Text));
    }

    void fromApp(const FIX::Message& message, const FIX::SessionID& id)
        throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::UnsupportedMessageType) override
    {
        // Nothing thrown from here: a bad message is reported and the
        // session goes on (QuickFIX would otherwise answer with a Reject and
        // we would lose our own account of what was wrong).
        try {
            const std::string type = message.getHeader().getField(FIX::FIELD::MsgType);
            if (message.getHeader().isSetField(FIX::FIELD::PossDupFlag)
                && message.getHeader().getField(FIX::FIELD::PossDupFlag) == "Y")
                if (SessionHealth* h = healthOf(venue(id)))
                    ++h->possDupReceived;
            if (type == "j") {
                // A venue without mass status says so here: reconciliation
                // then asks order by order.
                if (message.isSetField(FIX::FIELD::RefMsgType) && message.getField(FIX::FIELD::RefMsgType) == "AF"
                    && sinks.venueEvent) {
                    VenueEvent e;
                    e.type = VenueEventType::StatusUnsupported;
                    e.venue = venue(id);
                    field(message, FIX::FIELD::Text, e.text);
                    sinks.venueEvent(std::move(e));
                }
                refusedBySession(message, id, "BusinessMessageReject");
                return;
            }
            if (type == "r") {
                massCancelReport(message, id);
                return;
            }
            if (type == "W" || type == "X" || type == "Y") {
                onMarketData(message, id);
                return;
            }
            if (type != "8" && type != "9")
                return;
            std::string error;
            std::optional<VenueEvent> e = decode(message, venue(id), error);
            if (e && sinks.venueEvent)
                sinks.venueEvent(std::move(*e));
            else if (!error.empty())
                problem(id, "Refused a message from " + venue(id) + ": " + error);
        } catch (const std::exception& ex) {
            problem(id, "Refused a message from " + venue(id) + ": " + ex.what());
        }
    }

    static void field(const FIX::Message& m, int tag, std::string& out)
    {
        if (m.isSetField(tag))
            out = m.getField(tag);
    }

    // The venue's answer to our OrderMassCancelRequest: the cancels follow
    // as ExecutionReports; a refusal is a problem somebody must see.
    void massCancelReport(const FIX::Message& m, const FIX::SessionID& id)
    {
        std::string response, affected, text, reason;
        field(m, FIX::FIELD::MassCancelResponse, response);
        field(m, FIX::FIELD::TotalAffectedOrders, affected);
        field(m, FIX::FIELD::Text, text);
        field(m, FIX::FIELD::MassCancelRejectReason, reason);
        if (response == "0")
            problem(id, venue(id) + " refused our mass cancel" + (text.empty() ? "" : ": " + text)
                            + (reason.empty() ? "" : " (reason " + reason + ")"));
        else if (sinks.info)
            sinks.info(venue(id), venue(id) + " accepted our mass cancel: "
                                      + (affected.empty() ? std::string("count not stated") : affected + " orders affected"));
    }

    // A session Reject (3) or BusinessMessageReject (j) names our message by
    // sequence number; if it was an order, that order is rejected.
    void refusedBySession(const FIX::Message& message, const FIX::SessionID& id, const char* what)
    {
        const std::string text = message.isSetField(FIX::FIELD::Text) ? message.getField(FIX::FIELD::Text) : "";
        const int refSeq =
            message.isSetField(FIX::FIELD::RefSeqNum) ? std::atoi(message.getField(FIX::FIELD::RefSeqNum).c_str()) : 0;
        std::string clOrdId;
        {
            std::lock_guard lock(sentMutex);
            auto it = sentClOrdId.find({venue(id), refSeq});
            if (it != sentClOrdId.end())
                clOrdId = it->second;
        }
        if (!clOrdId.empty() && sinks.venueEvent) {
            VenueEvent e;
            e.type = VenueEventType::Reject;
            e.clOrdId = clOrdId;
            e.venue = venue(id);
            e.text = std::string(what) + ": " + (text.empty() ? "no reason given" : text);
            sinks.venueEvent(std::move(e));
        }
        problem(id, venue(id) + " sent a " + what + " for message " + std::to_string(refSeq) + ": " + text);
    }

    void send(FIX::Message message, const OutboundOrder& m)
    {
        const std::string venueName(m.venue);
        auto it = sessionOf.find(venueName);
        auto up = loggedOn.find(venueName);
        if (it == sessionOf.end() || up == loggedOn.end() || !up->second->load()) {
            // An order for a venue that is not there: refused now, not queued
            // to go out minutes later at a stale price. (A status request
            // is not refused: reconciliation reports it as unanswered.)
            const std::string type = message.getHeader().getField(FIX::FIELD::MsgType);
            if (sinks.venueEvent && type != "H") {
                VenueEvent e;
                e.type = type == "D"   ? VenueEventType::Reject
                       : type == "F" ? VenueEventType::CancelRejected
                                     : VenueEventType::ReplaceRejected;
                e.clOrdId = std::string(m.clOrdId);
                e.venue = venueName;
                e.text = it == sessionOf.end() ? "no FIX session for venue " + venueName
                                               : "venue " + venueName + " is not connected";
                sinks.venueEvent(std::move(e));
            }
            return;
        }
        try {
            FIX::Session::sendToTarget(message, it->second);
        } catch (const std::exception& ex) {
            problem(it->second, std::string("Cannot send to ") + venueName + ": " + ex.what());
        }
    }
};

FixGateway::FixGateway(FixGatewayConfig config, FixSinks sinks)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->config = std::move(config);
    m_impl->sinks = std::move(sinks);
}

FixGateway::~FixGateway()
{
    stop();
}

std::string FixGateway::start()
{
    Impl& d = *m_impl;
    if (d.initiator)
        return {};
    if (!std::filesystem::exists(d.config.dataDictionary))
        return "FIX data dictionary not found: " + d.config.dataDictionary;
    std::error_code ec;
    std::filesystem::create_directories(d.config.storeDirectory, ec);
    bool tls = false;
    std::ostringstream ini;
    ini << "[DEFAULT]\nConnectionType=initiator\nFileStorePath=" << d.config.storeDirectory
        << "\nStartTime=00:00:00\nEndTime=00:00:00\nUseDataDictionary=Y\nDataDictionary=" << d.config.dataDictionary
        << "\nValidateUserDefinedFields=N\nAllowUnknownMsgFields=Y\nResetOnLogon=N\nResetOnLogout=N\n"
           "ResetOnDisconnect=N\nPersistMessages=Y\n";
    // QuickFIX's socket initiators read ReconnectInterval from [DEFAULT]
    // only (one timer for every session; the per-session key is ignored and
    // they fall back to 30 s): the shortest configured interval goes there.
    int reconnect = 0;
    for (const FixSessionConfig& s : d.config.sessions)
        if (s.reconnectSeconds > 0 && (reconnect == 0 || s.reconnectSeconds < reconnect))
            reconnect = s.reconnectSeconds;
    if (reconnect > 0)
        ini << "ReconnectInterval=" << reconnect << "\n";
    for (const FixSessionConfig& s : d.config.sessions) {
        if (s.venue.empty() || s.senderCompId.empty() || s.targetCompId.empty() || s.port <= 0 || s.port > 65535)
            return "FIX session for venue '" + s.venue + "' needs a name, SenderCompID, TargetCompID and a port";
        ini << "\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=" << s.senderCompId
            << "\nTargetCompID=" << s.targetCompId << "\nSocketConnectHost=" << s.host
            << "\nSocketConnectPort=" << s.port << "\nHeartBtInt=" << s.heartbeatSeconds
            << "\nReconnectInterval=" << s.reconnectSeconds << "\n";
        tls = tls || s.tls;
        const FIX::SessionID id("FIX.4.4", s.senderCompId, s.targetCompId);
        d.venueOf[id] = s.venue;
        d.sessionOf[s.venue] = id;
        d.loggedOn[s.venue] = std::make_unique<std::atomic<bool>>(false);
        d.health[s.venue] = std::make_unique<SessionHealth>();
        d.health[s.venue]->heartbeatSeconds = s.heartbeatSeconds;
    }
    try {
        std::istringstream in(ini.str());
        d.settings = std::make_unique<FIX::SessionSettings>(in);
        d.store = std::make_unique<FIX::FileStoreFactory>(*d.settings);
        if (tls) {
#if defined(HAVE_SSL) && HAVE_SSL
            d.initiator = std::make_unique<FIX::ThreadedSSLSocketInitiator>(d, *d.store, *d.settings, d);
#else
            return "FIX over TLS is not available in this build (QuickFIX without SSL)";
#endif
        } else
            d.initiator = std::make_unique<FIX::SocketInitiator>(d, *d.store, *d.settings, d);
        d.initiator->start();
        d.monitorStop = false;
        d.monitor = std::thread([&d] { d.runMonitor(); });
    } catch (const std::exception& ex) {
        d.initiator.reset();
        return std::string("FIX gateway did not start: ") + ex.what();
    }
    return {};
}

void FixGateway::stop()
{
    if (m_impl->monitor.joinable()) {
        {
            std::lock_guard lock(m_impl->monitorMutex);
            m_impl->monitorStop = true;
        }
        m_impl->monitorWake.notify_all();
        m_impl->monitor.join();
    }
    if (m_impl->initiator) {
        try {
            m_impl->initiator->stop();
        } catch (const std::exception&) {
            // shutting down: nothing left to tell
        }
        m_impl->initiator.reset();
    }
}

bool FixGateway::loggedOn(const std::string& venue) const
{
    auto it = m_impl->loggedOn.find(venue);
    return it != m_impl->loggedOn.end() && it->second->load();
}

void FixGateway::sendNewOrder(const OutboundOrder& m)
{
    m_impl->send(newOrderSingle(m), m);
}

void FixGateway::sendCancel(const OutboundOrder& m)
{
    m_impl->send(cancelRequest(m), m);
}

void FixGateway::sendReplace(const OutboundOrder& m)
{
    m_impl->send(cancelReplaceRequest(m), m);
}

void FixGateway::sendStatusRequest(const OutboundOrder& m, std::string_view requestId)
{
    m_impl->send(orderStatusRequest(m, requestId), m);
}

void FixGateway::sendMassStatusRequest(std::string_view venue, std::string_view requestId)
{
    Impl& d = *m_impl;
    auto it = d.sessionOf.find(std::string(venue));
    // Not sent while logged out: QuickFIX would keep it and resend it after
    // the next Logon, where it would answer for the wrong reconciliation.
    if (it == d.sessionOf.end() || !loggedOn(std::string(venue)))
        return;
    try {
        FIX::Message request = orderMassStatusRequest(requestId);
        FIX::Session::sendToTarget(request, it->second);
    } catch (const std::exception& ex) {
        // Not connected: the reconciliation's timeout moves on to per-order
        // requests, which meet the same fate and are reported as unanswered.
        d.problem(it->second, std::string("Cannot ask ") + std::string(venue) + " for its orders: " + ex.what());
    }
}

std::string FixGateway::sendMassCancel(const std::string& venue, const std::string& symbol)
{
    Impl& d = *m_impl;
    auto it = d.sessionOf.find(venue);
    if (it == d.sessionOf.end())
        return "no FIX session for venue " + venue;
    if (!loggedOn(venue))
        return "venue " + venue + " is not connected";
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const std::string clOrdId = "MC" + std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(now).count())
                              + "-" + std::to_string(++d.massCancelSequence);
    try {
        FIX::Message request =
            orderMassCancelRequest(clOrdId, symbol, std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
        FIX::Session::sendToTarget(request, it->second);
    } catch (const std::exception& ex) {
        return "Cannot send a mass cancel to " + venue + ": " + ex.what();
    }
    return {};
}

}  // namespace ordo::fix
