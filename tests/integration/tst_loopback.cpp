// The engine, the FIX gateway and ordo-venue's acceptor together over
// loopback: an order goes out as a NewOrderSingle, the venue's matching
// engine answers, and the ExecutionReports drive the order's lifecycle.
// Two venues list AAPL; both stream its book, which the engine keeps per
// venue and consolidated.

#include "fixgateway.h"
#include "fixvenue.h"
#include "matchingengine.h"

#include "engine/engine.h"
#include "engine/statedump.h"

#include <QTemporaryDir>
#include <QtTest>

#include <deque>
#include <mutex>
#include <variant>

namespace ordo {

class TestLoopback : public QObject {
    Q_OBJECT

    struct Inbox {
        std::mutex mutex;
        // In arrival order, as the host's inbox keeps them.
        std::deque<std::variant<VenueEvent, MarketDataUpdate>> events;
        std::deque<std::string> problems;
        bool loggedOn = false;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<venue::FixVenue> m_venue;
    std::unique_ptr<venue::FixVenue> m_venue2; // XSIM2: a second market for AAPL
    std::unique_ptr<fix::FixGateway> m_gateway;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Engine> m_engine;
    std::shared_ptr<Inbox> m_inbox = std::make_shared<Inbox>();
    Actor m_trader;

    // Feeds what the venue said into the engine, as the host's inbox does.
    void pump()
    {
        std::deque<std::variant<VenueEvent, MarketDataUpdate>> events;
        {
            std::lock_guard lock(m_inbox->mutex);
            events.swap(m_inbox->events);
        }
        for (const auto& item : events) {
            m_clock->advance(1000);
            if (const VenueEvent* e = std::get_if<VenueEvent>(&item))
                m_engine->onVenueEvent(*e);
            else
                m_engine->onMarketData(std::get<MarketDataUpdate>(item));
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
        participant(*m_venue, symbol, venue::Side::Sell, price, qty);
    }
    venue::OrderId participant(
        venue::FixVenue& at, const char* symbol, venue::Side side, venue::Price price, venue::Qty qty)
    {
        venue::OrderId id = venue::kNoOrder;
        at.withEngine([&](venue::MatchingEngine& e) {
            venue::NewOrder n;
            n.symbol = e.findSymbol(symbol);
            n.owner = 9999;
            n.side = side;
            n.quantity = qty;
            n.price = price;
            const venue::SubmitResult r = e.submit(n);
            QVERIFY(r.ok());
            id = r.order;
        });
        return id;
    }
    const ConsolidatedBook* aaplBook()
    {
        pump();
        return m_engine->marketData().consolidated(m_engine->findInstrument("AAPL"));
    }
    // The consolidated level at price, "qty/orders XSIM:qty/orders,..."; "" if none.
    QString level(BookSide side, Price price)
    {
        const ConsolidatedBook* book = aaplBook();
        const ConsolidatedLevel* l = book ? book->find(side, price) : nullptr;
        if (!l)
            return {};
        QStringList shares;
        for (const VenueShare& s : l->venues)
            shares << QStringLiteral("%1:%2/%3")
                          .arg(QString::fromUtf8(m_engine->marketData().venueName(s.venue).data()))
                          .arg(s.qty)
                          .arg(s.orders);
        shares.sort(); // by name: venue slots follow the order the venues spoke first
        return QStringLiteral("%1/%2 %3").arg(l->qty).arg(l->orders).arg(shares.join(','));
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
        vc.name = "XSIM2";
        vc.clients = { { "XSIM2", "ORDO", "" } };
        vc.storeDirectory = m_dir.filePath(QStringLiteral("venue2-store")).toStdString();
        m_venue2 = std::make_unique<venue::FixVenue>(vc);
        const std::string started2 = m_venue2->start();
        QVERIFY2(started2.empty(), started2.c_str());

        fix::FixGatewayConfig gc;
        gc.sessions = { { "XSIM", "127.0.0.1", m_venue->port(), "ORDO", "XSIM", 30, 1, "", "", false },
            { "XSIM2", "127.0.0.1", m_venue2->port(), "ORDO", "XSIM2", 30, 1, "", "", false } };
        gc.symbols = { "AAPL", "MSFT" }; // neither venue lists MSFT
        gc.marketDepth = 10;
        gc.storeDirectory = m_dir.filePath(QStringLiteral("ordo-store")).toStdString();
        gc.dataDictionary = ORDO_FIX44_XML;
        fix::FixSinks sinks;
        auto inbox = m_inbox;
        sinks.venueEvent = [inbox](VenueEvent e) {
            std::lock_guard lock(inbox->mutex);
            inbox->events.push_back(std::move(e));
        };
        sinks.marketData = [inbox](MarketDataUpdate u) {
            std::lock_guard lock(inbox->mutex);
            inbox->events.push_back(std::move(u));
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
        QTRY_VERIFY_WITH_TIMEOUT(m_gateway->loggedOn("XSIM2"), 10000);
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

    // --- market data ------------------------------------------------------------

    void snapshotsArriveFromEveryVenueAtLogon()
    {
        // Even of a book that is empty: the venue's snapshot says so.
        const InstrumentId aapl = m_engine->findInstrument("AAPL");
        QTRY_VERIFY_WITH_TIMEOUT(
            aaplBook() && m_engine->marketData().book("XSIM", aapl) && m_engine->marketData().book("XSIM2", aapl),
            5000);
        QVERIFY(m_engine->marketData().counters().snapshots >= 2);
    }

    void restingOrdersShowInTheConsolidatedBook()
    {
        const InstrumentId aapl = m_engine->findInstrument("AAPL");
        QTRY_VERIFY_WITH_TIMEOUT(aaplBook(), 5000);
        const Qty volumeBefore = aaplBook()->volume();
        // Ours at XSIM and a participant's at XSIM2 at the same price; offers
        // from participants on both venues.
        const SubmitResult r = m_engine->submit(m_trader, buy("AAPL", 100, 180 * kPriceScale));
        QVERIFY(r.reason.ok());
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Accepted, 5000);
        const venue::OrderId theirBid = participant(*m_venue2, "AAPL", venue::Side::Buy, 180 * kPriceScale, 40);
        participant(*m_venue2, "AAPL", venue::Side::Sell, 200 * kPriceScale, 25);
        restingSell("AAPL", 200 * kPriceScale, 30);
        QTRY_COMPARE_WITH_TIMEOUT(
            level(BookSide::Bid, 180 * kPriceScale), QStringLiteral("140/2 XSIM2:40/1,XSIM:100/1"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            level(BookSide::Ask, 200 * kPriceScale), QStringLiteral("55/2 XSIM2:25/1,XSIM:30/1"), 5000);
        const ConsolidatedBook* book = aaplBook();
        QCOMPARE(book->best(BookSide::Bid)->price, 180 * kPriceScale);
        QCOMPARE(book->best(BookSide::Ask)->price, 200 * kPriceScale);
        QCOMPARE(m_engine->marketData().book("XSIM", aapl)->bestBid()->qty, Qty(100));
        // The engine marks AAPL at the consolidated mid.
        QCOMPARE(m_engine->risk().referencePrice(aapl), 190 * kPriceScale);

        // A participant at XSIM sells into our bid: a trade there, our
        // order filled, XSIM's part of the level gone.
        restingSell("AAPL", 180 * kPriceScale, 100);
        QTRY_VERIFY_WITH_TIMEOUT(status(r.id) == OrderStatus::Filled, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(level(BookSide::Bid, 180 * kPriceScale), QStringLiteral("40/1 XSIM2:40/1"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(aaplBook()->volume(), volumeBefore + 100, 5000);
        QCOMPARE(aaplBook()->lastPrice(), 180 * kPriceScale);
        QCOMPARE(aaplBook()->lastSize(), Qty(100));
        QCOMPARE(m_engine->marketData().venueName(aaplBook()->lastVenue()), std::string_view("XSIM"));
        QCOMPARE(m_engine->risk().referencePrice(aapl), 190 * kPriceScale); // still two-sided: the mid

        // The last bid goes: one-sided, the reference is the last trade.
        m_venue2->withEngine([&](venue::MatchingEngine& e) { QVERIFY(e.cancel(theirBid) == venue::ErrorCode::None); });
        QTRY_COMPARE_WITH_TIMEOUT(level(BookSide::Bid, 180 * kPriceScale), QString(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->risk().referencePrice(aapl), 180 * kPriceScale, 5000);
        const Position* p = m_engine->positions().find(m_engine->names().find("ACC1"), aapl);
        QVERIFY(p);
        QCOMPARE(p->markPrice, 180 * kPriceScale);
    }

    void requestForAnUnknownSymbolIsReported()
    {
        auto rejected = [this](const char* venue) {
            pump();
            for (const Alert& a : m_engine->alerts())
                if (a.code == ReasonCode::MarketDataRejected && a.text.find("MSFT") != std::string::npos
                    && a.text.find(std::string("refused by ") + venue + ":") != std::string::npos)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rejected("XSIM"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rejected("XSIM2"), 5000);
        for (const Alert& a : m_engine->alerts())
            if (a.code == ReasonCode::MarketDataRejected)
                QVERIFY2(a.text.find("unknown symbol") != std::string::npos, a.text.c_str());
        QVERIFY(!m_engine->marketData().consolidated(m_engine->findInstrument("MSFT")));
    }

    void venueThatLogsOutLeavesTheConsolidatedBook()
    {
        participant(*m_venue2, "AAPL", venue::Side::Buy, 170 * kPriceScale, 10);
        QTRY_COMPARE_WITH_TIMEOUT(level(BookSide::Bid, 170 * kPriceScale), QStringLiteral("10/1 XSIM2:10/1"), 5000);
        m_venue2->stop(); // its session logs out: its books are stale
        QTRY_COMPARE_WITH_TIMEOUT(level(BookSide::Bid, 170 * kPriceScale), QString(), 10000);
        const InstrumentId aapl = m_engine->findInstrument("AAPL");
        QVERIFY(m_engine->marketData().book("XSIM2", aapl)->bids().empty());
        QVERIFY(m_engine->marketData().book("XSIM2", aapl)->asks().empty());
        QVERIFY(!m_engine->marketData().book("XSIM", aapl)->asks().empty()); // XSIM's offer is still there
    }

    void cleanupTestCase()
    {
        m_gateway->stop();
        m_venue->stop();
        m_venue2->stop();
        std::lock_guard lock(m_inbox->mutex);
        for (const std::string& p : m_inbox->problems)
            qWarning("gateway reported: %s", p.c_str());
    }
};

}  // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestLoopback)
#include "tst_loopback.moc"
