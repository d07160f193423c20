// Session Rejects (35=3) and BusinessMessageRejects (35=j) over loopback,
// from a bare QuickFIX acceptor written here: it acks NewOrderSingles,
// refuses the ones for MSFT, and refuses every OrderStatusRequest (H) and
// OrderMassStatusRequest (AF). The gateway maps a refusal to the order it
// names only when the refused message was an order, a cancel or a replace:
// a refused status request leaves the order it asked about alone, and a
// refused mass status request turns reconciliation to per-order requests.

#include "fixgateway.h"

#include "engine/engine.h"

#include <quickfix/Application.h>
#include <quickfix/MessageStore.h>
#include <quickfix/Session.h>
#include <quickfix/SessionSettings.h>
#include <quickfix/SocketAcceptor.h>
#include <quickfix/fix44/BusinessMessageReject.h>
#include <quickfix/fix44/ExecutionReport.h>
#include <quickfix/fix44/Reject.h>

#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <mutex>
#include <set>
#include <sstream>

namespace ordo {
namespace {

constexpr int kWaitMs = 10000;

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

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

// The venue: nothing but QuickFIX. How it refuses (a BusinessMessageReject
// or a session Reject) is set per test before the gateway logs on.
class BareVenue final : public FIX::Application {
public:
    struct Received {
        std::string type;
        int seq = 0;
        std::string clOrdId;
    };
    std::atomic<bool> sessionReject{false};  // refuse with 35=3 instead of 35=j

    std::vector<Received> received() const
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }

    void onCreate(const FIX::SessionID&) override {}
    void onLogon(const FIX::SessionID&) override {}
    void onLogout(const FIX::SessionID&) override {}
    void toAdmin(FIX::Message&, const FIX::SessionID&) override {}
    void toApp(FIX::Message&, const FIX::SessionID&) throw(FIX::DoNotSend) override {}
    void fromAdmin(const FIX::Message&, const FIX::SessionID&)
        throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::RejectLogon) override
    {
    }
    void fromApp(const FIX::Message& m, const FIX::SessionID& id)
        throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::UnsupportedMessageType) override
    {
        Received r;
        r.type = m.getHeader().getField(FIX::FIELD::MsgType);
        r.seq = std::atoi(m.getHeader().getField(FIX::FIELD::MsgSeqNum).c_str());
        if (m.isSetField(FIX::FIELD::ClOrdID))
            r.clOrdId = m.getField(FIX::FIELD::ClOrdID);
        {
            std::lock_guard lock(m_mutex);
            m_received.push_back(r);
        }
        if (r.type == "D") {
            if (m.getField(FIX::FIELD::Symbol) == "MSFT")
                refuse(id, r, "unknown symbol MSFT");
            else
                ack(m, id);
        } else if (r.type == "H") {
            refuse(id, r, "no order status here");
        } else if (r.type == "AF") {
            refuse(id, r, "no mass status here");
        }
    }

private:
    void ack(const FIX::Message& m, const FIX::SessionID& id)
    {
        FIX44::ExecutionReport er;
        er.setField(FIX::FIELD::OrderID, "V" + std::to_string(++m_orderIds));
        er.setField(FIX::FIELD::ExecID, "E" + std::to_string(m_orderIds));
        er.setField(FIX::FIELD::ExecType, "0");
        er.setField(FIX::FIELD::OrdStatus, "0");
        er.setField(FIX::FIELD::ClOrdID, m.getField(FIX::FIELD::ClOrdID));
        er.setField(FIX::FIELD::Symbol, m.getField(FIX::FIELD::Symbol));
        er.setField(FIX::FIELD::Side, m.getField(FIX::FIELD::Side));
        er.setField(FIX::FIELD::OrderQty, m.getField(FIX::FIELD::OrderQty));
        if (m.isSetField(FIX::FIELD::Price))
            er.setField(FIX::FIELD::Price, m.getField(FIX::FIELD::Price));
        er.setField(FIX::FIELD::LeavesQty, m.getField(FIX::FIELD::OrderQty));
        er.setField(FIX::FIELD::CumQty, "0");
        er.setField(FIX::FIELD::AvgPx, "0");
        FIX::Session::sendToTarget(er, id);
    }
    void refuse(const FIX::SessionID& id, const Received& r, const std::string& text)
    {
        if (sessionReject) {
            FIX44::Reject rej;
            rej.setField(FIX::FIELD::RefSeqNum, std::to_string(r.seq));
            rej.setField(FIX::FIELD::RefMsgType, r.type);
            rej.setField(FIX::FIELD::SessionRejectReason, "11");  // invalid MsgType
            rej.setField(FIX::FIELD::Text, text);
            FIX::Session::sendToTarget(rej, id);
        } else {
            FIX44::BusinessMessageReject rej;
            rej.setField(FIX::FIELD::RefSeqNum, std::to_string(r.seq));
            rej.setField(FIX::FIELD::RefMsgType, r.type);
            rej.setField(FIX::FIELD::BusinessRejectReason, "3");  // unsupported message type
            rej.setField(FIX::FIELD::Text, text);
            FIX::Session::sendToTarget(rej, id);
        }
    }

    mutable std::mutex m_mutex;
    std::vector<Received> m_received;
    int m_orderIds = 0;  // QuickFIX's socket thread only
};

// What the gateway's threads hand over, as the host's inbox keeps it.
struct Inbox {
    std::mutex mutex;
    std::deque<VenueEvent> events;
    std::vector<fix::WireMessage> wire;
    std::vector<std::string> problems;
};

}  // namespace

class TestGatewayRejects : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BareVenue> m_app;  // per test: what it received starts empty
    std::unique_ptr<FIX::SessionSettings> m_settings;
    std::unique_ptr<FIX::MemoryStoreFactory> m_store;
    std::unique_ptr<FIX::SocketAcceptor> m_acceptor;
    std::shared_ptr<Inbox> m_inbox;
    std::unique_ptr<fix::FixGateway> m_gateway;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Engine> m_engine;
    std::vector<VenueEvent> m_fed;  // every event the engine was given, in order
    Actor m_trader;

    void pump()
    {
        std::deque<VenueEvent> events;
        {
            std::lock_guard lock(m_inbox->mutex);
            events.swap(m_inbox->events);
        }
        for (const VenueEvent& e : events) {
            m_clock->advance(1000);
            m_fed.push_back(e);
            m_engine->onVenueEvent(e);
        }
    }
    OrderStatus status(OrderId id)
    {
        pump();
        return m_engine->order(id)->status;
    }
    std::string clOrdId(OrderId id) const
    {
        return std::string(m_engine->clOrdId(id, m_engine->order(id)->requestSeq).view());
    }
    std::vector<fix::WireMessage> wire(bool outgoing, std::string_view msgType) const
    {
        std::vector<fix::WireMessage> out;
        std::lock_guard lock(m_inbox->mutex);
        for (const fix::WireMessage& m : m_inbox->wire)
            if (m.outgoing == outgoing && fixField(m.text, "35") == msgType)
                out.push_back(m);
        return out;
    }
    // The gateway has handled a refusal of our message seq: it reports each
    // as a problem, after handing any order reject to the inbox.
    bool refusalHandled(int seq) const
    {
        const std::string tail = " for message " + std::to_string(seq) + ":";
        std::lock_guard lock(m_inbox->mutex);
        return std::any_of(m_inbox->problems.begin(), m_inbox->problems.end(),
                           [&](const std::string& p) { return p.find(tail) != std::string::npos; });
    }
    std::vector<BareVenue::Received> receivedOf(const std::string& type) const
    {
        std::vector<BareVenue::Received> out;
        for (const BareVenue::Received& r : m_app->received())
            if (r.type == type)
                out.push_back(r);
        return out;
    }
    bool rejectFedFor(const std::string& clOrd) const
    {
        return std::any_of(m_fed.begin(), m_fed.end(), [&](const VenueEvent& e) {
            return e.type == VenueEventType::Reject && e.clOrdId == clOrd;
        });
    }
    OrderId working(const char* symbol)
    {
        OrderRequest r;
        r.symbol = symbol;
        r.side = Side::Buy;
        r.quantity = 100;
        r.limitPrice = 185 * kPriceScale;
        r.account = "ACC1";
        r.venue = "XSIM";
        const SubmitResult s = m_engine->submit(m_trader, r);
        if (!s.reason.ok())
            qWarning("submit refused: %s", s.reason.text.c_str());
        return s.reason.ok() ? s.id : kNoOrder;
    }
    std::string dump() const
    {
        std::lock_guard lock(m_inbox->mutex);
        std::string all = "problems:\n";
        for (const std::string& p : m_inbox->problems)
            all += "  " + p + "\n";
        all += "wire:\n";
        for (const fix::WireMessage& m : m_inbox->wire) {
            std::string text = m.text;
            std::replace(text.begin(), text.end(), '\x01', '|');
            all += (m.outgoing ? "  > " : "  < ") + text + "\n";
        }
        return all;
    }

    // The acceptor, then the gateway logged on to it, then an engine.
    void start(bool sessionReject)
    {
        m_app = std::make_unique<BareVenue>();
        m_app->sessionReject = sessionReject;
        const int port = freeLoopbackPort();
        QVERIFY(port > 0);
        std::ostringstream ini;
        ini << "[DEFAULT]\nConnectionType=acceptor\nSocketAcceptPort=" << port
            << "\nStartTime=00:00:00\nEndTime=00:00:00\nUseDataDictionary=Y\nDataDictionary=" << ORDO_FIX44_XML
            << "\nValidateUserDefinedFields=N\nAllowUnknownMsgFields=Y\nSocketReuseAddress=Y\n"
            << "\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=XSIM\nTargetCompID=ORDO\n";
        std::istringstream in(ini.str());
        m_settings = std::make_unique<FIX::SessionSettings>(in);
        m_store = std::make_unique<FIX::MemoryStoreFactory>();
        m_acceptor = std::make_unique<FIX::SocketAcceptor>(*m_app, *m_store, *m_settings);
        m_acceptor->start();

        fix::FixGatewayConfig gc;
        gc.sessions = {{"XSIM", "127.0.0.1", port, "ORDO", "XSIM", 30, 1, "", "", false}};
        gc.storeDirectory = m_dir->filePath(QStringLiteral("ordo-store")).toStdString();
        gc.dataDictionary = ORDO_FIX44_XML;
        fix::FixSinks sinks;
        auto box = m_inbox;
        sinks.venueEvent = [box](VenueEvent e) {
            std::lock_guard lock(box->mutex);
            box->events.push_back(std::move(e));
        };
        sinks.problem = [box](std::string, std::string p) {
            std::lock_guard lock(box->mutex);
            box->problems.push_back(std::move(p));
        };
        sinks.wire = [box](fix::WireMessage m) {
            std::lock_guard lock(box->mutex);
            box->wire.push_back(std::move(m));
        };
        m_gateway = std::make_unique<fix::FixGateway>(gc, sinks);
        m_clock = std::make_unique<ManualClock>(1'763'700'000'000'000'000);
        m_engine = std::make_unique<Engine>(*m_clock, *m_gateway);
        m_engine->startSession("20261121");
        m_engine->setDefaultVenue("XSIM");
        m_engine->defineInstrument(Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}});
        m_engine->defineInstrument(Instrument{"MSFT", kPriceScale / 100, 1, "USD", {}});
        m_trader = m_engine->actor("alice", Role::Trader);
        const std::string started = m_gateway->start();
        QVERIFY2(started.empty(), started.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(m_gateway->loggedOn("XSIM"), kWaitMs);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_inbox = std::make_shared<Inbox>();
        m_fed.clear();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning("%s", dump().c_str());
        if (m_gateway)
            m_gateway->stop();
        if (m_acceptor)
            m_acceptor->stop();
        m_engine.reset();
        m_gateway.reset();
        m_acceptor.reset();
        m_app.reset();
        m_store.reset();
        m_settings.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void refusedStatusRequestLeavesTheOrderAlone_data()
    {
        QTest::addColumn<bool>("sessionReject");
        QTest::addRow("BusinessMessageReject") << false;
        QTest::addRow("session Reject") << true;
    }

    // The venue refuses our OrderStatusRequest for a working order: the
    // refusal names the H's sequence number, and the order stays Accepted.
    void refusedStatusRequestLeavesTheOrderAlone()
    {
        QFETCH(bool, sessionReject);
        start(sessionReject);
        if (QTest::currentTestFailed())
            return;
        const OrderId id = working("AAPL");
        QVERIFY(id != kNoOrder);
        QTRY_VERIFY_WITH_TIMEOUT(status(id) == OrderStatus::Accepted, kWaitMs);
        const std::string clOrd = clOrdId(id);

        // Reconciliation order by order: one H, for this order.
        ReconciliationOptions perOrder;
        perOrder.massStatus = false;
        m_engine->beginReconciliation("XSIM", perOrder);
        QTRY_COMPARE_WITH_TIMEOUT(receivedOf("H").size(), std::size_t(1), kWaitMs);
        const BareVenue::Received asked = receivedOf("H").front();
        QCOMPARE(asked.clOrdId, clOrd);

        // The refusal arrives and names the H.
        const char* refusalType = sessionReject ? "3" : "j";
        QTRY_VERIFY_WITH_TIMEOUT(refusalHandled(asked.seq), kWaitMs);
        const std::vector<fix::WireMessage> refusals = wire(false, refusalType);
        QCOMPARE(refusals.size(), std::size_t(1));
        QCOMPARE(fixField(refusals.front().text, "45"), std::to_string(asked.seq));
        QCOMPARE(fixField(refusals.front().text, "372"), std::string("H"));

        pump();
        QVERIFY2(!rejectFedFor(clOrd), "the refused status request rejected the order it asked about");
        QVERIFY(m_engine->order(id)->status == OrderStatus::Accepted);
        QCOMPARE(m_engine->order(id)->cumQty, Qty(0));
    }

    void refusedNewOrderIsRejected_data()
    {
        QTest::addColumn<bool>("sessionReject");
        QTest::addRow("BusinessMessageReject") << false;
        QTest::addRow("session Reject") << true;
    }

    // The mapping still works for orders: a refused NewOrderSingle rejects
    // the order it carried, and only that one.
    void refusedNewOrderIsRejected()
    {
        QFETCH(bool, sessionReject);
        start(sessionReject);
        if (QTest::currentTestFailed())
            return;
        const OrderId good = working("AAPL");
        QVERIFY(good != kNoOrder);
        QTRY_VERIFY_WITH_TIMEOUT(status(good) == OrderStatus::Accepted, kWaitMs);
        const OrderId refused = working("MSFT");
        QVERIFY(refused != kNoOrder);
        QTRY_VERIFY_WITH_TIMEOUT(status(refused) == OrderStatus::Rejected, kWaitMs);
        const std::string text(m_engine->orderText(refused));
        QVERIFY2(text.find(sessionReject ? "session Reject" : "BusinessMessageReject") != std::string::npos,
                 text.c_str());
        QVERIFY2(text.find("unknown symbol MSFT") != std::string::npos, text.c_str());

        // The refusal named the D's sequence number.
        const std::vector<BareVenue::Received> orders = receivedOf("D");
        QCOMPARE(orders.size(), std::size_t(2));
        QCOMPARE(orders.back().clOrdId, clOrdId(refused));
        const std::vector<fix::WireMessage> refusals = wire(false, sessionReject ? "3" : "j");
        QCOMPARE(refusals.size(), std::size_t(1));
        QCOMPARE(fixField(refusals.front().text, "45"), std::to_string(orders.back().seq));
        QCOMPARE(fixField(refusals.front().text, "372"), std::string("D"));
        QVERIFY(m_engine->order(good)->status == OrderStatus::Accepted);
    }

    // A venue without mass status answers our AF with a
    // BusinessMessageReject: reconciliation goes on order by order, and the
    // H for each working order goes out (refused too; the orders stay).
    void refusedMassStatusTurnsToPerOrderRequests()
    {
        start(false);
        if (QTest::currentTestFailed())
            return;
        const OrderId first = working("AAPL");
        const OrderId second = working("AAPL");
        QVERIFY(first != kNoOrder && second != kNoOrder);
        QTRY_VERIFY_WITH_TIMEOUT(status(first) == OrderStatus::Accepted && status(second) == OrderStatus::Accepted,
                                 kWaitMs);

        m_engine->beginReconciliation("XSIM", {});  // mass status first
        QCOMPARE(m_engine->reconciliations().size(), std::size_t(1));
        QVERIFY(m_engine->reconciliations().front().phase == ReconciliationPhase::MassStatus);
        QTRY_COMPARE_WITH_TIMEOUT(wire(true, "AF").size(), std::size_t(1), kWaitMs);
        const int afSeq = std::atoi(fixField(wire(true, "AF").front().text, "34").c_str());

        // The j for the AF reaches the engine as StatusUnsupported ...
        QTRY_VERIFY_WITH_TIMEOUT((pump(), std::any_of(m_fed.begin(), m_fed.end(), [](const VenueEvent& e) {
                                     return e.type == VenueEventType::StatusUnsupported && e.venue == "XSIM";
                                 })),
                                 kWaitMs);
        const std::vector<fix::WireMessage> refusals = wire(false, "j");
        QVERIFY(!refusals.empty());
        QCOMPARE(fixField(refusals.front().text, "45"), std::to_string(afSeq));
        QCOMPARE(fixField(refusals.front().text, "372"), std::string("AF"));
        const ReconciliationReport& report = m_engine->reconciliations().front();
        QVERIFY(report.perOrderOnly);
        QVERIFY(report.phase == ReconciliationPhase::PerOrder);

        // ... and an H goes out for each working order, after the AF.
        QTRY_COMPARE_WITH_TIMEOUT(wire(true, "H").size(), std::size_t(2), kWaitMs);
        std::set<std::string> askedFor;
        for (const fix::WireMessage& m : wire(true, "H")) {
            QVERIFY(std::atoi(fixField(m.text, "34").c_str()) > afSeq);
            QCOMPARE(fixField(m.text, "790"), report.requestId);
            askedFor.insert(fixField(m.text, "11"));
        }
        QCOMPARE(askedFor, (std::set<std::string>{clOrdId(first), clOrdId(second)}));
        QTRY_COMPARE_WITH_TIMEOUT(receivedOf("H").size(), std::size_t(2), kWaitMs);

        // Their refusals reject nothing.
        for (const BareVenue::Received& h : receivedOf("H"))
            QTRY_VERIFY_WITH_TIMEOUT(refusalHandled(h.seq), kWaitMs);
        pump();
        QVERIFY(!rejectFedFor(clOrdId(first)));
        QVERIFY(!rejectFedFor(clOrdId(second)));
        QVERIFY(m_engine->order(first)->status == OrderStatus::Accepted);
        QVERIFY(m_engine->order(second)->status == OrderStatus::Accepted);
    }
};

}  // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestGatewayRejects)
#include "tst_gatewayrejects.moc"
