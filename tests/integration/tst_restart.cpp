// Ordo restarting and reconnecting against ordo-venue over loopback. What the
// venue sent while we were away comes back by FIX resend (the FileStore keeps
// sequence numbers across restarts); what neither resend nor our journal can
// restore (a venue that lost its book, events the crash took with it, an
// order whose record is gone) is settled by reconciliation after the Logon,
// as the host starts it: mass status first, then order by order.
//
// Each test gets its own store directories and free port. An Ordo "process"
// (Oms below) is a FixGateway on a store directory plus an Engine rebuilt by
// replaying the journal the previous process wrote, so a crash is: stop the
// gateway, drop the engine and whatever its inbox still held.

#include "fixgateway.h"
#include "fixvenue.h"
#include "matchingengine.h"
#include "memoryjournal.h"

#include "engine/engine.h"
#include "engine/statedump.h"
#include "recordinggateway.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <deque>
#include <functional>
#include <mutex>
#include <set>
#include <variant>

// QCOMPARE_EQ prints these through QTest::toString, qualified; plain
// QCOMPARE would find ordo::toString (a string_view) and not compile.
namespace QTest {
template<> inline char* toString(const ordo::OrderStatus& v)
{
    return qstrdup(std::string(ordo::toString(v)).c_str());
}
template<> inline char* toString(const ordo::ReasonCode& v)
{
    return qstrdup(std::string(ordo::toString(v)).c_str());
}
template<> inline char* toString(const ordo::Side& v)
{
    return qstrdup(std::string(ordo::toString(v)).c_str());
}
template<> inline char* toString(const ordo::ReconciliationPhase& v)
{
    return qstrdup(std::string(ordo::toString(v)).c_str());
}
template<> inline char* toString(const ordo::ReconciliationFinding& v)
{
    return qstrdup(std::string(ordo::toString(v)).c_str());
}
}  // namespace QTest

namespace ordo {
namespace {

constexpr int kWaitMs = 10000;
constexpr Timestamp kStart = 1'763'700'000'000'000'000;

Price px(std::int64_t units)
{
    return units * kPriceScale;
}

// The value of tag in a raw FIX message ("35=D\x0111=abc\x01..."), or "".
std::string fixField(const std::string& raw, std::string_view tag)
{
    std::size_t at = 0;
    while (at < raw.size()) {
        const std::size_t end = std::min(raw.find('\x01', at), raw.size());
        const std::string_view f(raw.data() + at, end - at);
        if (f.size() > tag.size() && f.starts_with(tag) && f[tag.size()] == '=')
            return std::string(f.substr(tag.size() + 1));
        at = end + 1;
    }
    return {};
}

int seqOf(const fix::WireMessage& m)
{
    return std::atoi(fixField(m.text, "34").c_str());
}

std::size_t countFindings(const ReconciliationReport& r, ReconciliationFinding f)
{
    return static_cast<std::size_t>(
        std::count_if(r.items.begin(), r.items.end(), [f](const ReconciliationItem& i) { return i.finding == f; }));
}

const ReconciliationItem* findingFor(const ReconciliationReport& r, OrderId id)
{
    for (const ReconciliationItem& i : r.items)
        if (i.orderId == id)
            return &i;
    return nullptr;
}

using Item = std::variant<VenueEvent, MarketDataUpdate, fix::SessionStatus>;

// What the gateway's threads hand over, in arrival order, as the host's
// inbox keeps it; and the raw wire, to see what really went over it.
struct Inbox {
    std::mutex mutex;
    std::deque<Item> items;
    std::vector<fix::WireMessage> wire;
    std::vector<qint64> wireAt;  // ms since the test began, for a failure's log
    std::vector<std::string> problems;
};

QElapsedTimer g_testTime;

// One run of Ordo.
struct Oms {
    std::shared_ptr<Inbox> inbox = std::make_shared<Inbox>();
    ManualClock clock;
    std::unique_ptr<fix::FixGateway> gateway;
    std::unique_ptr<Engine> engine;  // after the gateway: it holds a reference to it
    Actor trader;
    ReconciliationOptions options;
    bool loggedOn = false;
    fix::SessionStatus latest;  // the newest the engine thread has seen
    std::string replayProblem;

    Oms(const std::string& store, int port, test::MemoryJournal& journal, Timestamp start,
        ReconciliationOptions reconcile)
        : clock(start)
        , options(reconcile)
    {
        fix::FixGatewayConfig gc;
        gc.sessions = {{"XSIM", "127.0.0.1", port, "ORDO", "XSIM", 30, 1, "", "", false}};
        gc.symbols = {"AAPL"};
        gc.storeDirectory = store;
        gc.dataDictionary = ORDO_FIX44_XML;
        fix::FixSinks sinks;
        auto box = inbox;
        sinks.venueEvent = [box](VenueEvent e) {
            std::lock_guard lock(box->mutex);
            box->items.emplace_back(std::move(e));
        };
        sinks.marketData = [box](MarketDataUpdate u) {
            std::lock_guard lock(box->mutex);
            box->items.emplace_back(std::move(u));
        };
        sinks.sessionStatus = [box](fix::SessionStatus s) {
            std::lock_guard lock(box->mutex);
            box->items.emplace_back(std::move(s));
        };
        sinks.problem = [box](std::string, std::string p) {
            std::lock_guard lock(box->mutex);
            box->problems.push_back(std::move(p));
        };
        sinks.wire = [box](fix::WireMessage m) {
            std::lock_guard lock(box->mutex);
            box->wire.push_back(std::move(m));
            box->wireAt.push_back(g_testTime.elapsed());
        };
        gateway = std::make_unique<fix::FixGateway>(gc, sinks);
        engine = std::make_unique<Engine>(clock, *gateway);
        // As the host starts: the journal first, then the session's own inputs.
        for (const auto& record : journal.records)
            if (Reason r = engine->replay(record); !r.ok() && replayProblem.empty())
                replayProblem = r.text;
        if (Reason r = engine->finishReplay(); !r.ok() && replayProblem.empty())
            replayProblem = r.text;
        engine->setJournal(&journal);
        if (!engine->hasSession())
            engine->startSession("20261121");
        engine->defineInstrument(Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}});
        engine->setDefaultVenue("XSIM");
        trader = engine->actor("alice", Role::Trader);
    }

    // Feeds the engine what the venue said, and starts a reconciliation on
    // every new Logon, as EngineWorker does.
    void pump()
    {
        std::deque<Item> items;
        {
            std::lock_guard lock(inbox->mutex);
            items.swap(inbox->items);
        }
        for (const Item& item : items) {
            clock.advance(1000);
            if (const VenueEvent* e = std::get_if<VenueEvent>(&item)) {
                engine->onVenueEvent(*e);
            } else if (const MarketDataUpdate* u = std::get_if<MarketDataUpdate>(&item)) {
                engine->onMarketData(*u);
            } else {
                const fix::SessionStatus& s = std::get<fix::SessionStatus>(item);
                const bool was = loggedOn;
                loggedOn = s.state == fix::SessionState::LoggedOn;
                latest = s;
                if (loggedOn && !was)
                    engine->beginReconciliation(s.venue, options);
            }
        }
    }

    OrderStatus status(OrderId id)
    {
        pump();
        return engine->order(id)->status;
    }
    const ReconciliationReport* report(std::uint32_t number)
    {
        pump();
        const auto& all = engine->reconciliations();
        return number >= 1 && number <= all.size() ? &all[number - 1] : nullptr;
    }
    bool reportIn(std::uint32_t number, ReconciliationPhase phase)
    {
        const ReconciliationReport* r = report(number);
        return r && r->phase == phase;
    }
    OrderRequest order(Side side, Qty qty, Price price) const
    {
        OrderRequest r;
        r.symbol = "AAPL";
        r.side = side;
        r.quantity = qty;
        r.limitPrice = price;
        r.account = "ACC1";
        r.venue = "XSIM";
        return r;
    }
    std::string clOrdId(OrderId id) const
    {
        return std::string(engine->clOrdId(id, engine->order(id)->requestSeq).view());
    }
    std::vector<fix::WireMessage> wire(bool outgoing, std::string_view msgType) const
    {
        std::vector<fix::WireMessage> out;
        std::lock_guard lock(inbox->mutex);
        for (const fix::WireMessage& m : inbox->wire)
            if (m.outgoing == outgoing && fixField(m.text, "35") == msgType)
                out.push_back(m);
        return out;
    }
    std::vector<fix::WireMessage> allWire() const
    {
        std::lock_guard lock(inbox->mutex);
        return inbox->wire;
    }
    // Without feeding the engine: what is still waiting in the inbox.
    bool waiting(const std::function<bool(const VenueEvent&)>& match) const
    {
        std::lock_guard lock(inbox->mutex);
        for (const Item& item : inbox->items)
            if (const VenueEvent* e = std::get_if<VenueEvent>(&item); e && match(*e))
                return true;
        return false;
    }
    std::size_t executionsOf(OrderId id) const
    {
        return static_cast<std::size_t>(std::count_if(engine->executions().begin(), engine->executions().end(),
                                                      [id](const Execution& x) { return x.orderId == id; }));
    }
    Qty position()
    {
        pump();
        const Position* p = engine->positions().find(engine->names().find("ACC1"), engine->findInstrument("AAPL"));
        return p ? p->quantity : 0;
    }
    std::string problems() const
    {
        std::lock_guard lock(inbox->mutex);
        std::string all;
        for (const std::string& p : inbox->problems)
            all += p + "\n";
        return all;
    }
    // Session-level traffic and orders, without market data: what a failure
    // needs to be understood.
    std::string wireLog() const
    {
        std::lock_guard lock(inbox->mutex);
        std::string all;
        for (std::size_t i = 0; i < inbox->wire.size(); ++i) {
            const fix::WireMessage& m = inbox->wire[i];
            const std::string type = fixField(m.text, "35");
            if (type == "W" || type == "X" || type == "V")
                continue;
            std::string text = m.text;
            std::replace(text.begin(), text.end(), '\x01', '|');
            all += std::to_string(inbox->wireAt[i]) + (m.outgoing ? " > " : " < ") + text + "\n";
        }
        return all;
    }
};

}  // namespace

class TestRestart : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    test::MemoryJournal m_journal;  // "on disk": it outlives every run of Ordo
    std::unique_ptr<venue::FixVenue> m_venue;
    std::unique_ptr<Oms> m_oms;
    int m_port = 0;  // the venue's, kept across its restarts
    int m_run = 0;

    std::string path(const char* name) const { return m_dir->filePath(QString::fromUtf8(name)).toStdString(); }

    // port 0: a free one; a restarted venue keeps its port and store.
    std::string startVenue(int port = 0)
    {
        venue::FixVenueConfig vc;
        vc.name = "XSIM";
        vc.port = port;
        vc.clients = {{"XSIM", "ORDO", ""}};
        vc.symbols = {{"AAPL", kPriceScale / 100, px(190)}};
        vc.storeDirectory = path("venue-store");
        vc.dataDictionary = ORDO_FIX44_XML;
        m_venue = std::make_unique<venue::FixVenue>(vc);
        const std::string problem = m_venue->start();
        m_port = m_venue->port();
        return problem;
    }

    // A new run of Ordo on the same FIX store and journal, its clock after
    // the previous run's.
    Oms& startOms(ReconciliationOptions options = {})
    {
        ++m_run;
        m_oms = std::make_unique<Oms>(path("ordo-store"), m_port, m_journal,
                                      kStart + m_run * 1'000'000'000'000LL, options);
        return *m_oms;
    }

    // A participant of the venue's own crosses with or rests against ours.
    void participant(venue::Side side, Price price, Qty qty)
    {
        QVERIFY(m_venue->withEngine([&](venue::MatchingEngine& e) {
            venue::NewOrder n;
            n.symbol = e.findSymbol("AAPL");
            n.owner = 9999;
            n.side = side;
            n.quantity = qty;
            n.price = price;
            QVERIFY(e.submit(n).ok());
        }));
    }

    // The venue's OrderID for one of our orders, from its ack on the wire.
    static venue::OrderId venueOrderId(const Oms& oms, const std::string& clOrdId)
    {
        for (const fix::WireMessage& m : oms.wire(false, "8"))
            if (fixField(m.text, "150") == "0" && fixField(m.text, "11") == clOrdId)
                return std::strtoull(fixField(m.text, "37").c_str(), nullptr, 10);
        return venue::kNoOrder;
    }

    // Logged on, the first reconciliation done (the venue holds nothing of
    // ours), orders flowing.
    void connectFresh(Oms& oms)
    {
        QVERIFY2(oms.replayProblem.empty(), oms.replayProblem.c_str());
        const std::string started = oms.gateway->start();
        QVERIFY2(started.empty(), started.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(oms.reportIn(1, ReconciliationPhase::Released), kWaitMs);
        QVERIFY(oms.report(1)->clean());
    }

    OrderId working(Oms& oms, Side side, Qty qty, Price price)
    {
        const SubmitResult r = oms.engine->submit(oms.trader, oms.order(side, qty, price));
        if (!r.reason.ok())
            qWarning("submit refused: %s", r.reason.text.c_str());
        return r.reason.ok() ? r.id : kNoOrder;
    }

private slots:
    void init()
    {
        g_testTime.start();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal.records.clear();
        m_run = 0;
        const std::string started = startVenue();
        QVERIFY2(started.empty(), started.c_str());
    }

    void cleanup()
    {
        if (m_oms) {
            m_oms->gateway->stop();
            if (QTest::currentTestFailed())
                qWarning("gateway reported: %s\nwire:\n%s", m_oms->problems().c_str(), m_oms->wireLog().c_str());
        }
        m_oms.reset();
        m_venue.reset();
        m_dir.reset();
    }

    // The OMS dies with an order resting; the venue trades it meanwhile. The
    // new process replays its journal, logs on with the sequence numbers the
    // store kept, the venue resends the fill, and the engine books it once.
    void restartResendsWhatTheVenueSentWhileWeWereDown()
    {
        Oms& first = startOms();
        connectFresh(first);
        const OrderId id = working(first, Side::Buy, 100, px(190));
        QVERIFY(id != kNoOrder);
        QTRY_VERIFY_WITH_TIMEOUT(first.status(id) == OrderStatus::Accepted, kWaitMs);
        const std::string clOrd = first.clOrdId(id);
        first.gateway->stop();  // the crash: the store directory stays
        int lastSent = 0, lastReceived = 0;
        for (const fix::WireMessage& m : first.allWire())
            (m.outgoing ? lastSent : lastReceived) = std::max(m.outgoing ? lastSent : lastReceived, seqOf(m));
        const std::string before = dumpState(*first.engine);

        // Queued by the venue for a session that is not there.
        participant(venue::Side::Sell, px(190), 40);

        Oms& second = startOms();  // replaces first
        QVERIFY2(second.replayProblem.empty(), second.replayProblem.c_str());
        QCOMPARE(QString::fromStdString(dumpState(*second.engine)), QString::fromStdString(before));
        QCOMPARE_EQ(second.engine->order(id)->status, OrderStatus::Accepted);
        const std::string started = second.gateway->start();
        QVERIFY2(started.empty(), started.c_str());

        QTRY_VERIFY_WITH_TIMEOUT(second.reportIn(2, ReconciliationPhase::Released), kWaitMs);
        QCOMPARE_EQ(second.engine->order(id)->status, OrderStatus::PartiallyFilled);
        QCOMPARE(second.engine->order(id)->cumQty, Qty(40));
        QCOMPARE(second.executionsOf(id), std::size_t(1));
        QCOMPARE(second.engine->counters().refusedEvents, std::uint64_t(0));
        QCOMPARE(second.position(), Qty(40));
        // The venue's account matches what resend delivered: nothing to book.
        const ReconciliationReport& report = *second.report(2);
        QVERIFY(report.clean());
        QCOMPARE(report.ordersChecked, 1u);
        QCOMPARE(report.reportsReceived, 1u);

        // Sequence numbers continued where the first run left them: no
        // reset, and the venue's resend started right after the last
        // message the first run received.
        const std::vector<fix::WireMessage> logons = second.wire(true, "A");
        QVERIFY(!logons.empty());
        QCOMPARE(seqOf(logons.front()), lastSent + 1);
        QVERIFY(fixField(logons.front().text, "141") != "Y");
        int firstResent = 0;
        int fillsResent = 0;
        for (const fix::WireMessage& m : second.allWire()) {
            const bool resent = fixField(m.text, "43") == "Y";
            if (m.outgoing || !resent)
                continue;
            if (!firstResent || seqOf(m) < firstResent)
                firstResent = seqOf(m);
            fillsResent += fixField(m.text, "35") == "8" && fixField(m.text, "11") == clOrd
                        && fixField(m.text, "150") == "F";
        }
        QCOMPARE(firstResent, lastReceived + 1);
        QCOMPARE(fillsResent, 1);
        QCOMPARE(second.wire(true, "2").size(), std::size_t(1));  // our ResendRequest
        // The session's own account of the recovery, refreshed once a second:
        // our ResendRequest and every application message resent.
        std::uint32_t resentApp = 0;
        for (const fix::WireMessage& m : second.allWire())
            resentApp += !m.outgoing && fixField(m.text, "43") == "Y" && fixField(m.text, "35") != "4";
        QVERIFY(resentApp >= 2);  // the fill and the market data that went with it
        QTRY_VERIFY_WITH_TIMEOUT(
            (second.pump(), second.latest.resendRequestsSent == 1 && second.latest.possDupReceived == resentApp),
            kWaitMs);
        QCOMPARE(second.latest.resendRequestsReceived, 0u);
        // The venue closes its resend with a gap fill over its own Logon.
        // QuickFIX has taken that sequence number already (it queued the
        // Logon that was too high) and drops the gap fill as a duplicate
        // before the application sees it, so the gapFills counter cannot
        // show it; the wire does.
        const std::vector<fix::WireMessage> venueLogons = second.wire(false, "A");
        const std::vector<fix::WireMessage> gapFills = second.wire(false, "4");
        QCOMPARE(venueLogons.size(), std::size_t(1));
        QCOMPARE(gapFills.size(), std::size_t(1));
        QCOMPARE(fixField(gapFills.front().text, "123"), std::string("Y"));
        QCOMPARE(seqOf(gapFills.front()), seqOf(venueLogons.front()));
        QCOMPARE(fixField(gapFills.front().text, "36"), std::to_string(seqOf(venueLogons.front()) + 1));

        // The order goes on working over the new session.
        participant(venue::Side::Sell, px(190), 60);
        QTRY_VERIFY_WITH_TIMEOUT(second.status(id) == OrderStatus::Filled, kWaitMs);
        QCOMPARE(second.position(), Qty(100));

        // The journal, across both runs, rebuilds this state.
        test::RecordingGateway none;
        ManualClock clock;
        Engine replayed(clock, none);
        for (const auto& record : m_journal.records)
            QVERIFY(replayed.replay(record).ok());
        QVERIFY(replayed.finishReplay().ok());
        QCOMPARE(QString::fromStdString(dumpState(replayed)), QString::fromStdString(dumpState(*second.engine)));
    }

    // ordo-venue keeps its book in memory: restarted on its port and store,
    // it has the session's sequence numbers but none of our orders. Ordo,
    // restarted while the venue was still down, connects when it comes back,
    // finds its working orders unknown there, closes them and holds new
    // orders until somebody has read the report.
    void venueThatForgotOurOrdersHoldsTradingUntilAcknowledged()
    {
        Oms& first = startOms();
        connectFresh(first);
        const OrderId bid = working(first, Side::Buy, 100, px(185));
        const OrderId offer = working(first, Side::Sell, 50, px(195));
        QTRY_VERIFY_WITH_TIMEOUT(
            first.status(bid) == OrderStatus::Accepted && first.status(offer) == OrderStatus::Accepted, kWaitMs);
        // Ordo goes down before the venue: QuickFIX's acceptor still listens
        // while it stops, and a Logon sent to it then would wait out
        // QuickFIX's 10 s logon timeout.
        first.gateway->stop();
        m_venue.reset();

        Oms& oms = startOms();
        QVERIFY2(oms.replayProblem.empty(), oms.replayProblem.c_str());
        const std::string started = oms.gateway->start();
        QVERIFY2(started.empty(), started.c_str());
        QVERIFY(!oms.gateway->loggedOn("XSIM"));
        // Its attempts fail until the venue is back; each next one comes
        // reconnectSeconds later (1 s here; QuickFIX's own default, 30 s,
        // would overrun the wait below).
        const std::string restarted = startVenue(m_port);
        QVERIFY2(restarted.empty(), restarted.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(oms.reportIn(2, ReconciliationPhase::AwaitingAck), kWaitMs);
        const ReconciliationReport& report = *oms.report(2);
        QCOMPARE(report.ordersChecked, 2u);
        QCOMPARE(report.items.size(), std::size_t(2));
        QCOMPARE_EQ(countFindings(report, ReconciliationFinding::UnknownToVenue), std::size_t(2));
        // The mass status said "no orders", then each was asked for by itself.
        QCOMPARE(report.reportsReceived, 3u);
        QCOMPARE(oms.wire(true, "H").size(), std::size_t(2));
        QVERIFY(findingFor(report, bid) && findingFor(report, offer));
        QCOMPARE_EQ(oms.engine->order(bid)->status, OrderStatus::Cancelled);
        QCOMPARE_EQ(oms.engine->order(offer)->status, OrderStatus::Cancelled);

        const std::size_t ordersSent = oms.wire(true, "D").size();
        const SubmitResult held = oms.engine->submit(oms.trader, oms.order(Side::Buy, 10, px(190)));
        QCOMPARE_EQ(held.reason.code, ReasonCode::VenueReconciling);
        QCOMPARE_EQ(oms.engine->order(held.id)->status, OrderStatus::Rejected);
        QCOMPARE(oms.wire(true, "D").size(), ordersSent);

        // The connection drops and comes back before anyone has read the
        // report: the new reconciliation finds nothing (both orders are
        // closed now), but report 2 still waits, and so do new orders.
        oms.gateway->stop();
        QTRY_VERIFY_WITH_TIMEOUT((oms.pump(), !oms.loggedOn), kWaitMs);
        const std::string again = oms.gateway->start();
        QVERIFY2(again.empty(), again.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(oms.reportIn(3, ReconciliationPhase::Released), kWaitMs);
        QVERIFY(oms.report(3)->clean());
        QCOMPARE_EQ(oms.report(2)->phase, ReconciliationPhase::AwaitingAck);
        QCOMPARE_EQ(oms.engine->submit(oms.trader, oms.order(Side::Buy, 10, px(190))).reason.code,
                    ReasonCode::VenueReconciling);
        QCOMPARE(oms.wire(true, "D").size(), ordersSent);

        QVERIFY(oms.engine->acknowledgeReconciliation(oms.trader, 2).ok());
        QCOMPARE_EQ(oms.report(2)->phase, ReconciliationPhase::Released);
        QCOMPARE(oms.report(2)->acknowledgedBy, oms.trader.user);
        participant(venue::Side::Sell, px(190), 10);
        const OrderId next = working(oms, Side::Buy, 10, px(190));
        QVERIFY(next != kNoOrder);
        QTRY_VERIFY_WITH_TIMEOUT(oms.status(next) == OrderStatus::Filled, kWaitMs);
        QCOMPARE(oms.position(), Qty(10));
    }

    // The gateway had taken the venue's ExecutionReports (QuickFIX counted
    // their sequence numbers) but the engine had not journaled them when the
    // process died. No resend can bring them back; the venue's status can:
    // the lost fills are booked and the order the venue cancelled is closed.
    void eventsLostInACrashAreRecoveredByReconciliation()
    {
        Oms& first = startOms();
        connectFresh(first);
        const OrderId filled = working(first, Side::Buy, 100, px(190));
        const OrderId cancelled = working(first, Side::Buy, 50, px(180));
        const OrderId partial = working(first, Side::Buy, 100, px(185));
        QTRY_VERIFY_WITH_TIMEOUT(first.status(filled) == OrderStatus::Accepted
                                     && first.status(cancelled) == OrderStatus::Accepted
                                     && first.status(partial) == OrderStatus::Accepted,
                                 kWaitMs);
        const std::string filledId = first.clOrdId(filled);
        const std::string cancelledId = first.clOrdId(cancelled);
        const std::string partialId = first.clOrdId(partial);
        const venue::OrderId atVenue = venueOrderId(first, cancelledId);
        QVERIFY(atVenue != venue::kNoOrder);

        // A fill, the venue operator's cancel and a partial fill.
        participant(venue::Side::Sell, px(190), 100);
        QVERIFY(m_venue->withEngine(
            [&](venue::MatchingEngine& e) { QVERIFY(e.cancel(atVenue) == venue::ErrorCode::None); }));
        participant(venue::Side::Sell, px(185), 30);
        QTRY_VERIFY_WITH_TIMEOUT(
            first.waiting([&](const VenueEvent& e) { return e.clOrdId == filledId && e.type == VenueEventType::Fill; })
                && first.waiting([&](const VenueEvent& e) {
                       return e.clOrdId == cancelledId && e.type == VenueEventType::Cancelled;
                   })
                && first.waiting([&](const VenueEvent& e) {
                       return e.clOrdId == partialId && e.type == VenueEventType::Fill;
                   }),
            kWaitMs);
        first.gateway->stop();  // the crash, with the three reports still in the inbox

        Oms& second = startOms();
        QVERIFY2(second.replayProblem.empty(), second.replayProblem.c_str());
        QCOMPARE_EQ(second.engine->order(filled)->status, OrderStatus::Accepted);
        QCOMPARE(second.engine->order(partial)->cumQty, Qty(0));
        const std::string started = second.gateway->start();
        QVERIFY2(started.empty(), started.c_str());

        QTRY_VERIFY_WITH_TIMEOUT(second.reportIn(2, ReconciliationPhase::AwaitingAck), kWaitMs);
        // Nothing came back by resend: the store had them as received.
        for (const fix::WireMessage& m : second.allWire())
            QVERIFY2(m.outgoing || fixField(m.text, "43") != "Y", m.text.c_str());
        const ReconciliationReport& report = *second.report(2);
        QCOMPARE(report.ordersChecked, 3u);
        QCOMPARE(report.items.size(), std::size_t(3));
        const ReconciliationItem* f = findingFor(report, filled);
        const ReconciliationItem* c = findingFor(report, cancelled);
        const ReconciliationItem* p = findingFor(report, partial);
        QVERIFY(f && c && p);
        QCOMPARE_EQ(f->finding, ReconciliationFinding::MissedFill);
        QCOMPARE(f->venueCumQty, Qty(100));
        QCOMPARE_EQ(c->finding, ReconciliationFinding::ClosedAtVenue);
        QCOMPARE_EQ(p->finding, ReconciliationFinding::MissedFill);
        QCOMPARE(p->venueCumQty, Qty(30));

        QCOMPARE_EQ(second.engine->order(filled)->status, OrderStatus::Filled);
        QCOMPARE(second.engine->order(filled)->avgPrice(), px(190));
        QCOMPARE_EQ(second.engine->order(cancelled)->status, OrderStatus::Cancelled);
        QCOMPARE_EQ(second.engine->order(partial)->status, OrderStatus::PartiallyFilled);
        QCOMPARE(second.engine->order(partial)->cumQty, Qty(30));
        QCOMPARE(second.position(), Qty(130));

        QCOMPARE_EQ(second.engine->submit(second.trader, second.order(Side::Buy, 10, px(185))).reason.code,
                    ReasonCode::VenueReconciling);
        QVERIFY(second.engine->acknowledgeReconciliation(second.trader, 2).ok());
        // The rest of the partly filled order still trades.
        participant(venue::Side::Sell, px(185), 70);
        QTRY_VERIFY_WITH_TIMEOUT(second.status(partial) == OrderStatus::Filled, kWaitMs);
        QCOMPARE(second.position(), Qty(200));
        QCOMPARE(second.executionsOf(partial), std::size_t(2));
    }

    // A venue without mass status (ReconciliationOptions::massStatus false)
    // is asked order by order: one OrderStatusRequest per working order, each
    // answered by an ExecutionReport that echoes its OrdStatusReqID.
    void venueWithoutMassStatusIsAskedOrderByOrder()
    {
        Oms& first = startOms();
        connectFresh(first);
        const OrderId lost = working(first, Side::Buy, 100, px(185));
        const OrderId quiet = working(first, Side::Sell, 100, px(195));
        QTRY_VERIFY_WITH_TIMEOUT(first.status(lost) == OrderStatus::Accepted
                                     && first.status(quiet) == OrderStatus::Accepted,
                                 kWaitMs);
        const std::string lostId = first.clOrdId(lost);
        const std::string quietId = first.clOrdId(quiet);
        participant(venue::Side::Sell, px(185), 30);
        QTRY_VERIFY_WITH_TIMEOUT(
            first.waiting([&](const VenueEvent& e) { return e.clOrdId == lostId && e.type == VenueEventType::Fill; }),
            kWaitMs);
        first.gateway->stop();  // the crash takes the fill with it

        ReconciliationOptions perOrder;
        perOrder.massStatus = false;
        Oms& second = startOms(perOrder);
        const std::string started = second.gateway->start();
        QVERIFY2(started.empty(), started.c_str());

        QTRY_VERIFY_WITH_TIMEOUT(second.reportIn(2, ReconciliationPhase::AwaitingAck), kWaitMs);
        const ReconciliationReport& report = *second.report(2);
        QVERIFY(report.perOrderOnly);
        QCOMPARE(report.ordersChecked, 2u);
        QCOMPARE(report.reportsReceived, 2u);
        QCOMPARE(report.items.size(), std::size_t(1));
        QCOMPARE_EQ(report.items.front().finding, ReconciliationFinding::MissedFill);
        QCOMPARE(report.items.front().orderId, lost);
        QCOMPARE(second.engine->order(lost)->cumQty, Qty(30));
        QCOMPARE_EQ(second.engine->order(quiet)->status, OrderStatus::Accepted);

        // On the wire: no mass status, a request per order, an answer each.
        QVERIFY(second.wire(true, "AF").empty());
        const std::vector<fix::WireMessage> asked = second.wire(true, "H");
        QCOMPARE(asked.size(), std::size_t(2));
        std::set<std::string> askedFor;
        for (const fix::WireMessage& m : asked) {
            QCOMPARE(fixField(m.text, "790"), report.requestId);
            askedFor.insert(fixField(m.text, "11"));
        }
        QCOMPARE(askedFor, (std::set<std::string>{lostId, quietId}));
        std::set<std::string> answeredFor;
        for (const fix::WireMessage& m : second.wire(false, "8")) {
            if (fixField(m.text, "150") != "I")
                continue;
            QCOMPARE(fixField(m.text, "790"), report.requestId);
            QVERIFY(fixField(m.text, "584").empty());
            answeredFor.insert(fixField(m.text, "11"));
            QCOMPARE(fixField(m.text, "14"), std::string(fixField(m.text, "11") == lostId ? "30" : "0"));
        }
        QCOMPARE(answeredFor, askedFor);
    }

    // Our journal is gone (a new disk), the FIX store is not: the venue still
    // holds an order of ours that the new engine has no record of. The report
    // says so; a mass cancel at the venue takes it away, and the next
    // reconciliation is clean.
    void orderTheVenueHoldsButWeLostIsReported()
    {
        Oms& first = startOms();
        connectFresh(first);
        const OrderId id = working(first, Side::Buy, 100, px(185));
        QTRY_VERIFY_WITH_TIMEOUT(first.status(id) == OrderStatus::Accepted, kWaitMs);
        const std::string clOrd = first.clOrdId(id);
        first.gateway->stop();
        m_journal.records.clear();

        Oms& second = startOms();
        QCOMPARE(second.engine->orders().size(), std::size_t(0));
        const std::string started = second.gateway->start();
        QVERIFY2(started.empty(), started.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(second.reportIn(1, ReconciliationPhase::AwaitingAck), kWaitMs);
        const ReconciliationReport& report = *second.report(1);
        QCOMPARE(report.ordersChecked, 0u);
        QCOMPARE(report.items.size(), std::size_t(1));
        const ReconciliationItem& item = report.items.front();
        QCOMPARE_EQ(item.finding, ReconciliationFinding::UnknownToUs);
        QCOMPARE(item.orderId, kNoOrder);
        QCOMPARE(item.clOrdId, clOrd);
        QCOMPARE(item.symbol, std::string("AAPL"));
        QCOMPARE_EQ(item.side, Side::Buy);
        QVERIFY2(item.text.find(clOrd) != std::string::npos, item.text.c_str());
        QVERIFY(second.engine->acknowledgeReconciliation(second.trader, 1).ok());

        // Operations' remedy for orders Ordo does not know.
        const std::string sent = second.gateway->sendMassCancel("XSIM", "");
        QVERIFY2(sent.empty(), sent.c_str());
        // Its cancel comes back for an order the engine does not know: refused.
        QTRY_VERIFY_WITH_TIMEOUT((second.pump(), second.engine->counters().refusedEvents == 1), kWaitMs);
        // What the next Logon would do.
        second.engine->beginReconciliation("XSIM", {});
        QTRY_VERIFY_WITH_TIMEOUT(second.reportIn(2, ReconciliationPhase::Released), kWaitMs);
        QVERIFY(second.report(2)->clean());
    }
};

}  // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestRestart)
#include "tst_restart.moc"
