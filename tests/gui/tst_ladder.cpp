// The depth ladder as a trader uses it: the real widget clicked with QTest
// against an EngineHost trading over FIX with an in-process ordo-venue on
// loopback. A click in the bid column must reach the venue as a buy limit,
// a click on a working order must cancel it there, a drag must replace it
// there; keys pick sizes, re-centre, join the bid and cancel everything.
// (The rules and the model alone: tst_ladderaxis.)

#include "enginehost.h"
#include "fixvenue.h"
#include "ladderaxis.h"
#include "ladderfeed.h"
#include "laddermodel.h"
#include "ladderview.h"
#include "ladderwidget.h"
#include "matchingengine.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <array>

namespace ordo {
namespace {

constexpr Price cent = kPriceScale / 100;
constexpr Price px(std::int64_t cents)
{
    return cents * cent;
}

} // namespace

class TestLadder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<venue::FixVenue> m_venue;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<LadderFeed> m_feed;
    std::unique_ptr<LadderWidget> m_ladder;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // A participant of the venue's own, so the book has depth and trades.
    void participant(venue::Side side, Price price, venue::Qty qty)
    {
        m_venue->withEngine([&](venue::MatchingEngine& e) {
            venue::NewOrder n;
            n.symbol = e.findSymbol("AAPL");
            n.owner = 9999;
            n.side = side;
            n.quantity = qty;
            n.price = price;
            QVERIFY(e.submit(n).ok());
        });
    }
    // What rests at the venue at price on side, from anyone.
    Qty venueQty(venue::Side side, Price price)
    {
        Qty qty = 0;
        m_venue->withEngine([&](venue::MatchingEngine& e) {
            std::array<venue::LevelView, 64> levels;
            const std::size_t n = e.depth(e.findSymbol("AAPL"), side, levels);
            for (std::size_t i = 0; i < n; ++i)
                if (levels[i].price == price)
                    qty = levels[i].qty;
        });
        return qty;
    }
    QList<OrderSnapshot> ours(bool buySide, Price price) const { return m_ladder->model()->ordersAt(buySide, price); }
    QPoint cell(Price price, int column) const
    {
        const int row = m_ladder->model()->axis().rowOf(price);
        return m_ladder->view()->visualRect(m_ladder->model()->index(row, column)).center();
    }
    void click(Price price, int column, Qt::KeyboardModifiers modifiers = {})
    {
        QVERIFY2(m_ladder->model()->axis().rowOf(price) >= 0, "price not on screen");
        QTest::mouseClick(m_ladder->view()->viewport(), Qt::LeftButton, modifiers, cell(price, column));
    }
    void key(int key) { QTest::keyClick(m_ladder->view(), Qt::Key(key)); }
    // Cancels what the tests left working and waits until the venue agrees.
    void cancelEverything()
    {
        OrderFilter f;
        f.trader = "alice";
        // A mass cancel skips an order that is mid-replace (it has nothing to
        // send yet), so it is asked again until every order is gone.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_host->massCancel(f);
                return m_feed->workingOrders(QStringLiteral("AAPL")).isEmpty();
            }(),
            5000);
    }

private slots:
    // --- the widget against a venue over FIX --------------------------------------

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("OrdoTest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));

        venue::FixVenueConfig vc;
        vc.name = "XSIM";
        vc.clients = { { "XSIM", "ORDO", "" } };
        vc.symbols = { { "AAPL", cent, px(19000) }, { "MSFT", cent, px(40000) } };
        vc.storeDirectory = m_dir.filePath(QStringLiteral("venue-store")).toStdString();
        vc.dataDictionary = ORDO_FIX44_XML;
        m_venue = std::make_unique<venue::FixVenue>(vc);
        const std::string started = m_venue->start();
        QVERIFY2(started.empty(), started.c_str());

        HostConfig c;
        c.user = QStringLiteral("alice");
        c.role = Role::Trader;
        c.instruments = { InstrumentConfig { Instrument { "AAPL", cent, 1, "USD", {} }, px(19000) },
            InstrumentConfig { Instrument { "MSFT", cent, 1, "USD", {} }, px(40000) } };
        c.paperVenue = false;
        c.venuesConfigured = true;
        c.defaultVenue = QStringLiteral("XSIM");
        FixVenueConfig f;
        f.venue = QStringLiteral("XSIM");
        f.port = m_venue->port();
        f.senderCompId = QStringLiteral("ORDO");
        f.targetCompId = QStringLiteral("XSIM");
        f.reconnectSeconds = 1;
        c.fixVenues = { f };
        c.fixStoreDirectory = m_dir.filePath(QStringLiteral("ordo-store"));
        c.fixDictionary = QStringLiteral(ORDO_FIX44_XML);
        m_host = std::make_unique<EngineHost>(c);
        m_feed = std::make_unique<LadderFeed>(*m_host); // before start: it sees every order
        QSignalSpy sessions(m_host.get(), &EngineHost::sessionChanged);
        m_host->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& args : sessions)
                    if (args.at(0).value<SessionSnapshot>().state == SessionSnapshot::State::LoggedOn)
                        return true;
                return false;
            }(),
            10000);
        // Depth from the venue's own participants: 189.95-189.99 bid, 190.01-190.05 offered.
        for (int i = 0; i < 5; ++i) {
            participant(venue::Side::Buy, px(18995 + i), 300 + 100 * (4 - i));
            participant(venue::Side::Sell, px(19001 + i), 300 + 100 * i);
        }
    }

    void init()
    {
        QSettings().clear();
        m_ladder = std::make_unique<LadderWidget>(*m_feed, QStringLiteral("AAPL"));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_ladder->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_ladder->resize(640, 900);
        m_ladder->show();
        m_ladder->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_ladder.get()));
        QVERIFY(QTest::qWaitForWindowActive(m_ladder.get()));
        m_ladder->view()->setFocus();
        QTRY_COMPARE_WITH_TIMEOUT(m_ladder->model()->bestBid(), px(18999), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_ladder->model()->bestAsk(), px(19001), 5000);
        QVERIFY(m_ladder->model()->rowCount() > 25);
        QCOMPARE(m_ladder->model()->axis().centre(), px(19000));
        m_ladder->setWorkingQty(100);
    }

    void cleanup()
    {
        cancelEverything();
        m_tester.reset();
        m_ladder.reset();
    }

    void clickInTheBidColumnBuysALimitAtThatPrice()
    {
        QCOMPARE(venueQty(venue::Side::Buy, px(18990)), Qty(0));
        click(px(18990), LadderModel::ColBid);
        // At the venue: a resting buy of the working size at that price.
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18990)), Qty(100), 5000);
        // Acknowledged, and on the ladder as our working buy.
        QTRY_COMPARE_WITH_TIMEOUT(ours(true, px(18990)).size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(ours(true, px(18990)).front().status == OrderStatus::Accepted, 5000);
        const OrderSnapshot o = ours(true, px(18990)).front();
        QVERIFY(o.side == Side::Buy);
        QVERIFY(o.type == OrdType::Limit);
        QCOMPARE(o.quantity, Qty(100));
        QCOMPARE(o.account, QStringLiteral("ACC1"));
        QTRY_COMPARE_WITH_TIMEOUT(m_ladder->model()
                                      ->index(m_ladder->model()->axis().rowOf(px(18990)), LadderModel::ColBuys)
                                      .data()
                                      .toString(),
            QStringLiteral("100"), 5000);
        QVERIFY(m_ladder->message().contains(QStringLiteral("Buy 100 AAPL at 189.90")));
        // The ask column sells.
        click(px(19010), LadderModel::ColAsk);
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Sell, px(19010)), Qty(100), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(ours(false, px(19010)).size(), 1, 5000);
    }

    void clickOnAWorkingOrderCancelsIt()
    {
        click(px(18991), LadderModel::ColBid);
        QTRY_COMPARE_WITH_TIMEOUT(ours(true, px(18991)).size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18991)), Qty(100), 5000);
        click(px(18991), LadderModel::ColBuys);
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18991)), Qty(0), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(ours(true, px(18991)).isEmpty(), 5000);
        QVERIFY(m_ladder->message().contains(QStringLiteral("Cancel sent")));
        // A click on an empty working cell does nothing.
        const QString before = m_ladder->message();
        click(px(18992), LadderModel::ColBuys);
        QCOMPARE(m_ladder->message(), before);
    }

    void dragToAnotherPriceReplacesItAndLosesPriority()
    {
        click(px(18992), LadderModel::ColBid);
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18992)), Qty(100), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !ours(true, px(18992)).isEmpty() && ours(true, px(18992)).front().status == OrderStatus::Accepted, 5000);
        const OrderId id = ours(true, px(18992)).front().id;
        QWidget* viewport = m_ladder->view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, cell(px(18992), LadderModel::ColBuys));
        QTest::mouseMove(viewport, cell(px(18993), LadderModel::ColBuys));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell(px(18994), LadderModel::ColBuys));
        QVERIFY2(m_ladder->message().contains(QStringLiteral("loses queue priority")), qPrintable(m_ladder->message()));
        QVERIFY(m_ladder->message().contains(QStringLiteral("from 189.92 to 189.94")));
        // Replaced at the venue: the same order, now at 189.94.
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18994)), Qty(100), 5000);
        QCOMPARE(venueQty(venue::Side::Buy, px(18992)), Qty(0));
        QTRY_COMPARE_WITH_TIMEOUT(ours(true, px(18994)).size(), 1, 5000);
        QCOMPARE(ours(true, px(18994)).front().id, id);
    }

    void shiftClickResizesAndSaysWhetherPriorityIsKept()
    {
        m_ladder->setWorkingQty(300);
        click(px(18993), LadderModel::ColBid);
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18993)), Qty(300), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !ours(true, px(18993)).isEmpty() && ours(true, px(18993)).front().status == OrderStatus::Accepted, 5000);
        m_ladder->setWorkingQty(100); // smaller: keeps its place
        click(px(18993), LadderModel::ColBuys, Qt::ShiftModifier);
        QVERIFY2(m_ladder->message().contains(QStringLiteral("keeps queue priority")), qPrintable(m_ladder->message()));
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18993)), Qty(100), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(ours(true, px(18993)).front().quantity == 100
                && ours(true, px(18993)).front().status == OrderStatus::Accepted,
            5000);
        m_ladder->setWorkingQty(200); // larger: to the back
        click(px(18993), LadderModel::ColBuys, Qt::ShiftModifier);
        QVERIFY2(m_ladder->message().contains(QStringLiteral("loses queue priority")), qPrintable(m_ladder->message()));
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18993)), Qty(200), 5000);
    }

    void aClickTradesOnlyAtThePressedPrice()
    {
        LadderModel* model = m_ladder->model();
        QWidget* viewport = m_ladder->view()->viewport();
        // The axis moves between press and release (a wheel here; a
        // re-centre on a book, a resize or a new instrument alike): the row
        // under the button now shows 189.93, which nobody pointed at.
        // What rests at these prices already (an earlier test's leftovers
        // included): the checks below are about what this test adds.
        const Qty at18993 = venueQty(venue::Side::Buy, px(18993));
        const Qty at18990 = venueQty(venue::Side::Buy, px(18990));
        const Qty at18989 = venueQty(venue::Side::Buy, px(18989));
        const QPoint at = cell(px(18990), LadderModel::ColBid);
        QTest::mousePress(viewport, Qt::LeftButton, {}, at);
        model->scroll(3);
        const QString before = m_ladder->message();
        QCOMPARE(model->index(m_ladder->view()->rowAt(at.y()), LadderModel::ColPrice).data(LadderModel::PriceRole),
            QVariant(qint64(px(18993))));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, at);
        QCOMPARE(m_ladder->message(), before); // nothing sent
        // Released where the pressed price now is: that price, as pointed at.
        QTest::mousePress(viewport, Qt::LeftButton, {}, cell(px(18990), LadderModel::ColBid));
        model->recentre();
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell(px(18990), LadderModel::ColBid));
        QVERIFY2(m_ladder->message().contains(QStringLiteral("Buy 100 AAPL at 189.90")), qPrintable(m_ladder->message()));
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18990)), at18990 + Qty(100), 5000);
        QTest::qWait(200);
        QCOMPARE(venueQty(venue::Side::Buy, px(18993)), at18993);
        // A drag moves the orders from the pressed price, wherever the axis went.
        QTRY_VERIFY_WITH_TIMEOUT(
            !ours(true, px(18990)).isEmpty() && ours(true, px(18990)).front().status == OrderStatus::Accepted, 5000);
        // ... but a still mouse over a shifted row neither cancels nor moves.
        const QPoint order = cell(px(18990), LadderModel::ColBuys);
        QTest::mousePress(viewport, Qt::LeftButton, {}, order);
        model->scroll(-2);
        const QString still = m_ladder->message();
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, order);
        QCOMPARE(m_ladder->message(), still);
        QCOMPARE(ours(true, px(18990)).size(), 1);
        model->recentre();
        QTest::mousePress(viewport, Qt::LeftButton, {}, cell(px(18990), LadderModel::ColBuys));
        model->scroll(2);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell(px(18989), LadderModel::ColBuys));
        QVERIFY2(m_ladder->message().contains(QStringLiteral("from 189.90 to 189.89")), qPrintable(m_ladder->message()));
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18989)), at18989 + Qty(100), 5000);
        QCOMPARE(venueQty(venue::Side::Buy, px(18990)), at18990);
        // A new instrument between press and release: nothing is sent.
        const QPoint aapl = cell(px(18995), LadderModel::ColBid);
        QTest::mousePress(viewport, Qt::LeftButton, {}, aapl);
        m_ladder->setInstrument(QStringLiteral("MSFT"));
        const QString moved = m_ladder->message();
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, aapl);
        QCOMPARE(m_ladder->message(), moved);
        QCOMPARE(venueQty(venue::Side::Buy, px(18995)), Qty(700)); // the participant's alone
    }

    void keysOneToFourPickTheWorkingSize()
    {
        const QList<Qty> sizes = m_ladder->sizePresets();
        QCOMPARE(sizes.size(), 4);
        for (int i : { 2, 0, 3, 1 }) {
            key(Qt::Key_1 + i);
            QCOMPARE(m_ladder->workingQty(), sizes[i]);
        }
        // And the next click sends that size.
        key(Qt::Key_2);
        click(px(18988), LadderModel::ColBid);
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18988)), sizes[1], 5000);
    }

    void spaceRecentresAndTheAxisIgnoresTicks()
    {
        LadderModel* model = m_ladder->model();
        const int row = model->axis().rowOf(px(19000));
        participant(venue::Side::Buy, px(19000), 50); // the bid improves by a tick
        QTRY_COMPARE_WITH_TIMEOUT(model->bestBid(), px(19000), 5000);
        QCOMPARE(model->axis().rowOf(px(19000)), row); // static
        QWheelEvent wheel(QPointF(10, 10), m_ladder->view()->viewport()->mapToGlobal(QPointF(10, 10)), {},
            QPoint(0, 120 * 6), Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_ladder->view()->viewport(), &wheel);
        QCOMPARE(model->axis().centre(), px(19006));
        key(Qt::Key_Space);
        QCOMPARE(model->axis().centre(), px(19001)); // the middle of 190.00 and 190.01, to the nearest tick
        // Take the improved bid out again, for the tests after this one.
        m_venue->withEngine([](venue::MatchingEngine& e) {
            venue::NewOrder n;
            n.symbol = e.findSymbol("AAPL");
            n.owner = 9999;
            n.side = venue::Side::Sell;
            n.quantity = 50;
            n.price = px(19000);
            QVERIFY(e.submit(n).ok());
        });
        QTRY_COMPARE_WITH_TIMEOUT(model->bestBid(), px(18999), 5000);
    }

    void joinTheBidShowsThePlaceInTheQueue()
    {
        key(Qt::Key_B); // join the best bid, behind the participant's 300
        QTRY_COMPARE_WITH_TIMEOUT(ours(true, px(18999)).size(), 1, 5000);
        const OrderId id = ours(true, px(18999)).front().id;
        QCOMPARE(m_ladder->model()->queueAheadOf(id), Qty(300));
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18999)), Qty(400), 5000);
        // A seller takes 120 from the front of the queue: 180 still ahead.
        participant(venue::Side::Sell, px(18999), 120);
        QTRY_COMPARE_WITH_TIMEOUT(m_ladder->model()->queueAheadOf(id), Qty(180), 5000);
        QCOMPARE(m_ladder->model()
                     ->index(m_ladder->model()->axis().rowOf(px(18999)), LadderModel::ColBuys)
                     .data(LadderModel::QueueAheadRole)
                     .toLongLong(),
            180);
        QTRY_VERIFY_WITH_TIMEOUT(m_ladder->model()->book().lastAggressor == Aggressor::Seller, 5000);
        QCOMPARE(m_ladder->model()->book().lastPrice, px(18999));
        // Put the level back as it was.
        participant(venue::Side::Buy, px(18999), 120);
    }

    void escapeCancelsAllOnThisInstrument()
    {
        click(px(18989), LadderModel::ColBid);
        click(px(19012), LadderModel::ColAsk);
        QTRY_COMPARE_WITH_TIMEOUT(m_ladder->model()->workingOrders().size(), 2, 5000);
        key(Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(m_ladder->model()->workingOrders().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18989)), Qty(0), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Sell, px(19012)), Qty(0), 5000);
    }

    void ladderKeysAreNotTypingInItsFields()
    {
        click(px(18986), LadderModel::ColBid);
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18986)), Qty(100), 5000);
        const QString sent = m_ladder->message();
        auto* account = m_ladder->findChild<QLineEdit*>(QStringLiteral("ladderAccount"));
        auto* size = m_ladder->findChild<QSpinBox*>(QStringLiteral("ladderQty"));
        QVERIFY(account && size);
        for (QWidget* field : { static_cast<QWidget*>(account), static_cast<QWidget*>(size) }) {
            field->setFocus();
            QTRY_VERIFY(field->hasFocus());
            QTest::keyClick(field, Qt::Key_Escape);
            QTest::keyClick(field, Qt::Key_B);
            QTest::keyClick(field, Qt::Key_A);
            QTest::keyClick(field, Qt::Key_Space);
        }
        QCOMPARE(m_ladder->message(), sent); // no cancel, no join, no re-centre
        QTest::qWait(300);
        QCOMPARE(venueQty(venue::Side::Buy, px(18986)), Qty(100));
        QCOMPARE(m_ladder->model()->workingOrders().size(), 1);
        QCOMPARE(account->text(), QStringLiteral("ACC1ba ")); // typed, as text
        // On the table, Esc still cancels everything.
        m_ladder->view()->setFocus();
        QTRY_VERIFY(m_ladder->view()->hasFocus());
        key(Qt::Key_Escape);
        QVERIFY2(m_ladder->message().contains(QStringLiteral("Cancel sent for all")), qPrintable(m_ladder->message()));
        QTRY_COMPARE_WITH_TIMEOUT(venueQty(venue::Side::Buy, px(18986)), Qty(0), 5000);
    }

    void aSecondWatcherGetsTheBookAtOnce()
    {
        // The first ladder already watches AAPL and its book is quiet: a
        // second one on it still gets the book without a market move.
        QTest::qWait(300);
        LadderWidget second(*m_feed, QStringLiteral("AAPL"));
        QTRY_COMPARE_WITH_TIMEOUT(second.model()->bestBid(), px(18999), 5000);
        QCOMPARE(second.model()->bestAsk(), px(19001));
    }

    void booksArriveOnlyWhenWatchedAndChanged()
    {
        QSignalSpy books(m_host.get(), &EngineHost::booksChanged);
        bool repeated = false; // an instrument twice in one batch: not coalesced
        auto count = [&](const QString& symbol) {
            int n = 0;
            for (const auto& args : books) {
                const auto batch = args.at(0).value<QList<BookSnapshot>>();
                int inBatch = 0;
                for (const BookSnapshot& b : batch)
                    inBatch += b.symbol == symbol;
                repeated = repeated || inBatch > 1;
                n += inBatch;
            }
            return n;
        };
        QTest::qWait(300);
        QCOMPARE(count(QStringLiteral("AAPL")), 0); // a quiet book is not sent again
        // MSFT is not watched: its depth is not sent.
        m_venue->withEngine([](venue::MatchingEngine& e) {
            venue::NewOrder n;
            n.symbol = e.findSymbol("MSFT");
            n.owner = 9999;
            n.side = venue::Side::Buy;
            n.quantity = 10;
            n.price = px(39990);
            QVERIFY(e.submit(n).ok());
        });
        QTest::qWait(300);
        QCOMPARE(count(QStringLiteral("MSFT")), 0);
        // Pointing the ladder at it sends its book at once.
        m_ladder->setInstrument(QStringLiteral("MSFT"));
        QTRY_COMPARE_WITH_TIMEOUT(m_ladder->model()->bestBid(), px(39990), 5000);
        QCOMPARE(count(QStringLiteral("MSFT")), 1);
        QCOMPARE(m_ladder->model()->axis().centre(), px(39990));
        QVERIFY(!repeated);
        // An instrument nobody configured is refused; the ladder stays.
        m_ladder->setInstrument(QStringLiteral("NOPE"));
        QCOMPARE(m_ladder->symbol(), QStringLiteral("MSFT"));
        QVERIFY(m_ladder->message().contains(QStringLiteral("NOPE")));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_ladder.reset();
        m_feed.reset();
        m_host->stop();
        m_venue->stop();
    }
};

} // namespace ordo

QTEST_MAIN(ordo::TestLadder)
#include "tst_ladder.moc"
