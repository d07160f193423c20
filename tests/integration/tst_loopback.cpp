// The engine, the FIX gateway and ordo-venue's acceptor together over
// loopback: an order goes out as a NewOrderSingle, the venue's matching
// engine answers, and the ExecutionReports drive the order's lifecycle.

#include "fixgateway.h"
#include "fixvenue.h"
#include "matchingengine.h"

#include "engine/engine.h"
#include "engine/statedump.h"

#include <QTemporaryDir>
#include <QtTest>

#include <deque>
#include <mutex>

namespace ordo {

class TestLoopback : public QObject {
    Q_OBJECT

    struct Inbox {
        std::mutex mutex;
        std::deque<VenueEvent> events;
        std::deque<std::string> problems;
        bool loggedOn = false;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<venue::FixVenue> m_venue;
    std::unique_ptr<fix::FixGateway> m_gateway;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<Inbox> m_inbox = std::make_shared<Inbox>();
    Actor m_trader;

    // Feeds what the venue said into the engine, as the host's inbox does.
    void pump()
    {
        std::deque<VenueEvent> events;
        {
            std::lock_guard lock(m_inbox->mutex);
            events.swap(m_inbox->events);
        }
        for (const VenueEvent& e : events) {
            m_clock->advance(1000);
            m_engine->onVenueEvent(e);
        }
    }
    OrderStatus status(OrderId id)
    {
        pump();
        return m_engine->order(id)->status;
    }
    // A participant of the venue's own, so there is someone to trade with.
    void restingSell(const char* symbol, venue::Price price, venue::Qty qty)
    {
        m_venue->withEngine([&](venue::MatchingEngine& e) {
            venue::NewOrder n;
            n.symbol = e.findSymbol(symbol);
            n.owner = 9999;
            n.side = venue::Side::Sell;
            n.quantity = qty;
            n.price = price;
            QVERIFY(e.submit(n).ok());
        });
    }
    OrderRequest buy(const char* symbol, Qty qty, Price price)
    {
        OrderRequest r;
        r.symbol = symbol;
        r.quantity = qty;
        r.limitPrice = price;
        r.account = "ACC1";
        r.venue = "XSIM";
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        venue::FixVenueConfig vc;
        vc.name = "XSIM";
        vc.clients = {{"XSIM", "ORDO", ""}};
        vc.symbols = {{"AAPL", kPriceScale / 100, 190 * kPriceScale}};
        vc.storeDirectory = m_dir.filePath(QStringLiteral("venue-store")).toStdString();
        vc.dataDictionary = ORDO_FIX44_XML;
        m_venue = std::make_unique<venue::FixVenue>(vc);
        const std::string started = m_venue->start();
        QVERIFY2(started.empty(), started.c_str());

        fix::FixGatewayConfig gc;
        gc.sessions = {{"XSIM", "127.0.0.1", m_venue->port(), "ORDO", "XSIM", 30, 1, "", "", false}};
        gc.storeDirectory = m_dir.filePath(QStringLiteral("ordo-store")).toStdString();
        gc.dataDictionary = ORDO_FIX44_XML;
        fix::FixSinks sinks;
        auto inbox = m_inbox;
        sinks.venueEvent = [inbox](VenueEvent e) {
            std::lock_guard lock(inbox->mutex);
            inbox->events.push_back(std::move(e));
        };
        sinks.sessionStatus = [inbox](fix::SessionStatus s) {
            std::lock_guard lock(inbox->mutex);
            inbox->loggedOn = s.state == fix::SessionState::LoggedOn;
        };
        sinks.problem = [inbox](std::string, std::string p) {
            std::lock_guard lock(inbox->mutex);
            inbox->problems.push_back(std::move(p));
        };
        m_gateway = std::make_unique<fix::FixGateway>(gc, sinks);
        m_clock = std::make_unique<ManualClock>(1'763'700'000'000'000'000);
        m_engine = std::make_unique<Engine>(*m_clock, *m_gateway);
        m_engine->startSession("20261121");
        m_engine->setDefaultVenue("XSIM");
        m_engine->defineInstrument(Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}});
        m_engine->defineInstrument(Instrument{"MSFT", kPriceScale / 100, 1, "USD", {}});
        m_trader = m_engine->actor("alice", Role::Trader);
        const std::string gw = m_gateway->start();
        QVERIFY2(gw.empty(), gw.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(m_gateway->loggedOn("XSIM"), 10000);
    }

    void orderAckedAndFilled()
    {
        restingSell("AAPL", 190 * kPriceScale, 100);
        const SubmitResult r = m_engine->submit(m_trader, buy("AAPL", 150, 190 * kPriceScale));
        QVERIFY(r.reason.ok());
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::PartiallyFilled, 5000);
        QCOMPARE(m_engine->order(r.id)->cumQty, Qty(100));
        QCOMPARE(m_engine->order(r.id)->avgPrice(), 190 * kPriceScale);
        restingSell("AAPL", 190 * kPriceScale, 50);
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Filled, 5000);
        const Position* p = m_engine->positions().find(m_engine->names().find("ACC1"), m_engine->findInstrument("AAPL"));
        QVERIFY(p);
        QCOMPARE(p->quantity, Qty(150));
        QVERIFY(p->fees != 0);  // the venue's commission arrived with the fills
    }

    void orderCancelled()
    {
        const SubmitResult r = m_engine->submit(m_trader, buy("AAPL", 100, 185 * kPriceScale));
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Accepted, 5000);
        QVERIFY(m_engine->cancel(m_trader, r.id).ok());
        QVERIFY(m_engine->order(r.id)->status == OrderStatus::PendingCancel);
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Cancelled, 5000);
    }

    void orderReplacedThenFilledAtTheNewPrice()
    {
        const SubmitResult r = m_engine->submit(m_trader, buy("AAPL", 100, 185 * kPriceScale));
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Accepted, 5000);
        QVERIFY(m_engine->modify(m_trader, r.id, OrderAmendment{200, 186 * kPriceScale, 0, -1}).ok());
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Accepted, 5000);
        QCOMPARE(m_engine->order(r.id)->quantity, Qty(200));
        QCOMPARE(m_engine->order(r.id)->limitPrice, 186 * kPriceScale);
        restingSell("AAPL", 186 * kPriceScale, 200);
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Filled, 5000);
    }

    void venueRejectsWhatItDoesNotList()
    {
        const SubmitResult r = m_engine->submit(m_trader, buy("MSFT", 10, 400 * kPriceScale));
        QVERIFY(r.reason.ok());
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Rejected, 5000);
        QVERIFY(QString::fromStdString(std::string(m_engine->orderText(r.id))).contains(QStringLiteral("MSFT")));
    }

    void cancelOfAFilledOrderIsRefusedByTheVenue()
    {
        // The venue fills the order before it sees the cancel: the cancel is
        // answered with an OrderCancelReject and the order stays Filled.
        restingSell("AAPL", 191 * kPriceScale, 10);
        const SubmitResult r = m_engine->submit(m_trader, buy("AAPL", 10, 191 * kPriceScale));
        QVERIFY(m_engine->cancel(m_trader, r.id).ok());  // PendingNew -> PendingCancel: allowed before the ack
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Filled, 5000);
        QTest::qWait(200);
        pump();
        QVERIFY(m_engine->order(r.id)->status == OrderStatus::Filled);
    }

    void cleanupTestCase()
    {
        m_gateway->stop();
        m_venue->stop();
        std::lock_guard lock(m_inbox->mutex);
        for (const std::string& p : m_inbox->problems)
            qWarning("gateway reported: %s", p.c_str());
    }
};

}  // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestLoopback)
#include "tst_loopback.moc"
