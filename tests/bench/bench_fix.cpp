// bench_fix: orders per second through the whole loop over loopback,
// NewOrderSingle -> ack -> fill, ordo's engine (journal on, group commit)
// -> FIX gateway -> ordo-venue -> back; and the same loop driven by a bare
// QuickFIX initiator, for the ratio. Prints figures; not a test.
//
//   bench_fix [orders=50000] [window=2000]

#include "fixgateway.h"
#include "fixvenue.h"
#include "matchingengine.h"
#include "sqlitejournal.h"

#include "engine/engine.h"

#include <quickfix/Application.h>
#include <quickfix/FileStore.h>
#include <quickfix/Session.h>
#include <quickfix/SessionSettings.h>
#include <quickfix/SocketInitiator.h>
#include <quickfix/fix44/NewOrderSingle.h>

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <sstream>
#include <thread>

using namespace ordo;
using Clk = std::chrono::steady_clock;

namespace {

// Deep liquidity so that every buy fills at once.
void seedLiquidity(venue::FixVenue& v)
{
    v.withEngine([](venue::MatchingEngine& e) {
        venue::NewOrder n;
        n.symbol = e.findSymbol("AAPL");
        n.owner = 9999;
        n.side = venue::Side::Sell;
        n.quantity = 900'000'000;
        n.price = 190 * kPriceScale;
        e.submit(n);
    });
}

std::unique_ptr<venue::FixVenue> startVenue(const QString& dir, const std::string& client)
{
    venue::FixVenueConfig vc;
    vc.name = "XSIM";
    vc.clients = {{"XSIM", client, ""}};
    vc.symbols = {{"AAPL", kPriceScale / 100, 190 * kPriceScale}};
    vc.storeDirectory = QDir(dir).filePath(QStringLiteral("venue")).toStdString();
    vc.dataDictionary = ORDO_FIX44_XML;
    auto v = std::make_unique<venue::FixVenue>(vc);
    if (const std::string p = v->start(); !p.empty()) {
        std::fprintf(stderr, "venue: %s\n", p.c_str());
        std::exit(1);
    }
    seedLiquidity(*v);
    return v;
}

struct Inbox {
    std::mutex mutex;
    std::condition_variable ready;
    std::vector<VenueEvent> events;
};

double runOms(const QString& dir, int orders, int window)
{
    auto venue = startVenue(dir, "ORDO");
    Inbox inbox;
    fix::FixGatewayConfig gc;
    gc.sessions = {{"XSIM", "127.0.0.1", venue->port(), "ORDO", "XSIM", 30, 1, "", "", false}};
    gc.storeDirectory = QDir(dir).filePath(QStringLiteral("ordo")).toStdString();
    gc.dataDictionary = ORDO_FIX44_XML;
    fix::FixSinks sinks;
    sinks.venueEvent = [&inbox](VenueEvent e) {
        std::lock_guard lock(inbox.mutex);
        inbox.events.push_back(std::move(e));
        inbox.ready.notify_one();
    };
    fix::FixGateway gateway(gc, sinks);
    SqliteJournal journal(QDir(dir).filePath(QStringLiteral("journal.sqlite")));
    journal.open();
    SystemClock clock;
    Engine engine(clock, gateway, &journal);
    engine.reserve(static_cast<std::size_t>(orders));
    engine.startSession("20261121");
    engine.setDefaultVenue("XSIM");
    engine.defineInstrument(Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}});
    const Actor trader = engine.actor("alice", Role::Trader);
    gateway.start();
    while (!gateway.loggedOn("XSIM"))
        std::this_thread::sleep_for(std::chrono::milliseconds(10));

    OrderRequest req;
    req.symbol = "AAPL";
    req.quantity = 100;
    req.limitPrice = 190 * kPriceScale;
    req.account = "ACC1";
    int sent = 0, filled = 0;
    std::vector<VenueEvent> batch;
    const auto start = Clk::now();
    while (filled < orders) {
        // The engine thread's loop: take what arrived, submit up to the
        // window, commit once, send.
        engine.beginBatch();
        while (sent < orders && sent - filled < window) {
            engine.submit(trader, req);
            ++sent;
        }
        engine.endBatch();
        {
            std::unique_lock lock(inbox.mutex);
            inbox.ready.wait_for(lock, std::chrono::milliseconds(50), [&] { return !inbox.events.empty(); });
            batch.swap(inbox.events);
        }
        engine.beginBatch();
        for (const VenueEvent& e : batch) {
            engine.onVenueEvent(e);
            if (e.type == VenueEventType::Fill)
                ++filled;
        }
        engine.endBatch();
        batch.clear();
    }
    const double secs = std::chrono::duration<double>(Clk::now() - start).count();
    gateway.stop();
    venue->stop();
    std::printf("  ordo: %d orders filled in %.2f s; %llu records journaled; refused events %llu\n", orders, secs,
                static_cast<unsigned long long>(journal.committedRecords()),
                static_cast<unsigned long long>(engine.counters().refusedEvents));
    return orders / secs;
}

// The same loop with nothing but QuickFIX: no engine, no journal, no risk.
class BareInitiator final : public FIX::Application {
public:
    std::atomic<int> filled{0};
    std::atomic<bool> loggedOn{false};
    FIX::SessionID session;
    void onCreate(const FIX::SessionID& id) override { session = id; }
    void onLogon(const FIX::SessionID&) override { loggedOn = true; }
    void onLogout(const FIX::SessionID&) override { loggedOn = false; }
    void toAdmin(FIX::Message&, const FIX::SessionID&) override {}
    void toApp(FIX::Message&, const FIX::SessionID&) throw(FIX::DoNotSend) override {}
    void fromAdmin(const FIX::Message&, const FIX::SessionID&)
        throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::RejectLogon) override
    {
    }
    void fromApp(const FIX::Message& m, const FIX::SessionID&)
        throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::UnsupportedMessageType) override
    {
        if (m.getHeader().getField(FIX::FIELD::MsgType) == "8" && m.getField(FIX::FIELD::ExecType) == "F")
            ++filled;
    }
};

double runBare(const QString& dir, int orders, int window)
{
    auto venue = startVenue(dir, "BARE");
    BareInitiator app;
    std::ostringstream ini;
    ini << "[DEFAULT]\nConnectionType=initiator\nFileStorePath=" << QDir(dir).filePath(QStringLiteral("bare")).toStdString()
        << "\nStartTime=00:00:00\nEndTime=00:00:00\nUseDataDictionary=Y\nDataDictionary=" << ORDO_FIX44_XML
        << "\nHeartBtInt=30\nReconnectInterval=1\n\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=BARE\nTargetCompID=XSIM"
        << "\nSocketConnectHost=127.0.0.1\nSocketConnectPort=" << venue->port() << "\n";
    std::istringstream in(ini.str());
    FIX::SessionSettings settings(in);
    FIX::FileStoreFactory store(settings);
    FIX::SocketInitiator initiator(app, store, settings);
    initiator.start();
    while (!app.loggedOn)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    int sent = 0;
    const auto start = Clk::now();
    while (app.filled < orders) {
        while (sent < orders && sent - app.filled < window) {
            FIX44::NewOrderSingle nos;
            nos.setField(FIX::FIELD::ClOrdID, "B" + std::to_string(++sent));
            nos.setField(FIX::FIELD::Symbol, "AAPL");
            nos.setField(FIX::FIELD::Side, "1");
            nos.setField(FIX::FIELD::TransactTime, "20261121-12:00:00.000");
            nos.setField(FIX::FIELD::OrdType, "2");
            nos.setField(FIX::FIELD::OrderQty, "100");
            nos.setField(FIX::FIELD::Price, "190");
            nos.setField(FIX::FIELD::TimeInForce, "0");
            nos.setField(FIX::FIELD::HandlInst, "1");
            FIX::Session::sendToTarget(nos, app.session);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    const double secs = std::chrono::duration<double>(Clk::now() - start).count();
    initiator.stop();
    venue->stop();
    std::printf("  bare QuickFIX: %d orders filled in %.2f s\n", orders, secs);
    return orders / secs;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? std::atoi(argv[1]) : 50'000;
    const int window = argc > 2 ? std::atoi(argv[2]) : 2'000;
    QTemporaryDir dir;
    std::printf("bench_fix: %d orders, %d in flight, NewOrderSingle -> ack -> fill over loopback\n", orders, window);
    const double bare = runBare(dir.filePath(QStringLiteral("b")), orders, window);
    const double oms = runOms(dir.filePath(QStringLiteral("o")), orders, window);
    std::printf("round trip through ordo (journal on): %.0f orders/s (target >= 20,000: %s)\n", oms,
                oms >= 20'000 ? "MET" : "MISSED");
    std::printf("bare QuickFIX initiator            : %.0f orders/s\n", bare);
    std::printf("ratio ordo / bare                  : %.2f (target >= 0.8: %s)\n", oms / bare,
                oms / bare >= 0.8 ? "MET" : "MISSED");
    return 0;
}
