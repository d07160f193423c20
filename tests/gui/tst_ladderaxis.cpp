// The depth ladder's rules without a widget: the static price axis and when
// it re-centres, queue priority on replace, the queue estimate, prices with
// the tick's decimals; and LadderModel against books and orders (under
// QAbstractItemModelTester). The widget against a venue: tst_ladder.

#include "ladderaxis.h"
#include "laddermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <limits>

namespace ordo {
namespace {

constexpr Price cent = kPriceScale / 100;
constexpr Price px(std::int64_t cents)
{
    return cents * cent;
}

BookSnapshot book(
    std::initializer_list<std::pair<std::int64_t, Qty>> bids, std::initializer_list<std::pair<std::int64_t, Qty>> asks)
{
    BookSnapshot b;
    b.symbol = QStringLiteral("AAPL");
    for (auto [p, q] : bids)
        b.bids.push_back({ px(p), q, 2 });
    for (auto [p, q] : asks)
        b.asks.push_back({ px(p), q, 3 });
    return b;
}

OrderSnapshot working(OrderId id, Side side, std::int64_t cents, Qty qty)
{
    OrderSnapshot o;
    o.id = id;
    o.symbol = QStringLiteral("AAPL");
    o.trader = QStringLiteral("alice");
    o.side = side;
    o.type = OrdType::Limit;
    o.status = OrderStatus::Accepted;
    o.quantity = qty;
    o.leavesQty = qty;
    o.limitPrice = px(cents);
    return o;
}

} // namespace

class TestLadderAxis : public QObject {
    Q_OBJECT

private slots:
    // --- the rules, no widgets ------------------------------------------------

    void axisStaysStaticWhileTheMarketTicks()
    {
        LadderAxis axis(cent, 41);
        QVERIFY(axis.follow(px(18999), px(19001))); // the first book centres it
        QCOMPARE(axis.centre(), px(19000));
        QCOMPARE(axis.priceAt(20), px(19000));
        QCOMPARE(axis.priceAt(0), px(19020));
        QCOMPARE(axis.rowOf(px(18980)), 40);
        // Ticks well inside the ladder: nothing moves.
        for (std::int64_t mid = 18992; mid <= 19008; ++mid) {
            QVERIFY(!axis.follow(px(mid - 1), px(mid + 1)));
            QCOMPARE(axis.centre(), px(19000));
        }
        QCOMPARE(axis.rowOf(px(19000)), 20);
    }

    void axisRecentresNearTheEdge_data()
    {
        QTest::addColumn<qint64>("bid");
        QTest::addColumn<qint64>("ask");
        QTest::addColumn<bool>("moves");
        QTest::addColumn<qint64>("centre");
        // 41 rows around 190.00: 190.20 at the top, 189.80 at the bottom; the edge zone is 5 rows.
        QTest::addRow("ask 6 rows from the top: stays") << qint64(19013) << qint64(19014) << false << qint64(19000);
        QTest::addRow("ask 4 rows from the top: re-centres on the mid")
            << qint64(19014) << qint64(19016) << true << qint64(19015);
        QTest::addRow("bid 4 rows from the bottom: re-centres on the mid")
            << qint64(18984) << qint64(18986) << true << qint64(18985);
        QTest::addRow("half a tick between them: rounds up") << qint64(19015) << qint64(19016) << true << qint64(19016);
        QTest::addRow("market off the screen: re-centres") << qint64(19500) << qint64(19502) << true << qint64(19501);
        QTest::addRow("one-sided, bid near the top: centres on it")
            << qint64(19018) << qint64(0) << true << qint64(19018);
        QTest::addRow("spread wider than the ladder, middle in view: stays")
            << qint64(18970) << qint64(19030) << false << qint64(19000);
    }
    void axisRecentresNearTheEdge()
    {
        QFETCH(qint64, bid);
        QFETCH(qint64, ask);
        QFETCH(bool, moves);
        QFETCH(qint64, centre);
        LadderAxis axis(cent, 41);
        QVERIFY(axis.centreOn(px(19000)));
        QCOMPARE(axis.edgeMargin(), 5);
        QCOMPARE(axis.follow(bid ? px(bid) : 0, ask ? px(ask) : 0), moves);
        QCOMPARE(axis.centre(), px(centre));
    }

    void axisSurvivesBadInput()
    {
        LadderAxis axis(0, -5); // no tick, no rows
        QCOMPARE(axis.tick(), Price(1));
        QCOMPARE(axis.rows(), 0);
        QVERIFY(!axis.follow(px(100), px(101)));
        QCOMPARE(axis.priceAt(0), Price(0));
        axis.setRows(10);
        axis.setTick(cent);
        QVERIFY(axis.centreOn(px(3))); // 3 cents: rows below 0 have no price
        QCOMPARE(axis.priceAt(9), Price(0));
        QCOMPARE(axis.rowOf(-5), -1);
        QVERIFY(!axis.centreOn(-1));
        QVERIFY(axis.centreOn(std::numeric_limits<Price>::max())); // the highest tick that fits
        QVERIFY(axis.centre() > 0);
        QCOMPARE(axis.priceAt(0), Price(0)); // above the largest price: nothing there
        axis.scroll(1'000'000);
        QVERIFY(axis.centre() > 0);
        QCOMPARE(axis.rowOf(px(19000)), -1);
        // An off-tick price shows on the tick below it.
        LadderAxis fine(cent, 11);
        fine.centreOn(px(19000));
        QCOMPARE(fine.rowOf(px(19000) + cent / 2), 5);
        QCOMPARE(fine.snap(px(19000) + cent / 2), px(19001));
    }

    void replaceKeepsPriorityOnlyWhenSmallerAtTheSamePrice_data()
    {
        QTest::addColumn<qint64>("newPrice");
        QTest::addColumn<qint64>("newQty");
        QTest::addColumn<bool>("kept");
        QTest::addRow("smaller, same price: kept") << qint64(19000) << qint64(60) << true;
        QTest::addRow("same size and price: kept") << qint64(19000) << qint64(100) << true;
        QTest::addRow("larger, same price: lost") << qint64(19000) << qint64(150) << false;
        QTest::addRow("better price: lost") << qint64(19001) << qint64(100) << false;
        QTest::addRow("worse price, smaller: lost") << qint64(18999) << qint64(50) << false;
    }
    void replaceKeepsPriorityOnlyWhenSmallerAtTheSamePrice()
    {
        QFETCH(qint64, newPrice);
        QFETCH(qint64, newQty);
        QFETCH(bool, kept);
        QCOMPARE(replacePriority(px(19000), 100, px(newPrice), newQty) == QueuePriority::Kept, kept);
    }

    void queueEstimate_data()
    {
        QTest::addColumn<qint64>("aheadOnArrival");
        QTest::addColumn<qint64>("traded");
        QTest::addColumn<qint64>("levelNow");
        QTest::addColumn<qint64>("ours");
        QTest::addColumn<qint64>("ahead");
        QTest::addRow("nothing happened") << qint64(500) << qint64(0) << qint64(600) << qint64(100) << qint64(500);
        QTest::addRow("trades take the front")
            << qint64(500) << qint64(200) << qint64(400) << qint64(100) << qint64(300);
        QTest::addRow("cancels shrink the level")
            << qint64(500) << qint64(0) << qint64(250) << qint64(100) << qint64(150);
        QTest::addRow("more traded than was ahead: at the front")
            << qint64(500) << qint64(700) << qint64(50) << qint64(50) << qint64(0);
        QTest::addRow("book not caught up yet: never negative")
            << qint64(0) << qint64(0) << qint64(0) << qint64(100) << qint64(0);
    }
    void queueEstimate()
    {
        QFETCH(qint64, aheadOnArrival);
        QFETCH(qint64, traded);
        QFETCH(qint64, levelNow);
        QFETCH(qint64, ours);
        QFETCH(qint64, ahead);
        QCOMPARE(queueAhead(aheadOnArrival, traded, levelNow, ours), Qty(ahead));
    }

    void pricesShowWithTheTicksDecimals()
    {
        QCOMPARE(priceDecimals(cent), 2);
        QCOMPARE(priceDecimals(cent / 2), 3);
        QCOMPARE(priceDecimals(kPriceScale), 0);
        QCOMPARE(priceDecimals(0), 8);
        QCOMPARE(formatFixedPrice(px(19010), 2), std::string("190.10"));
        QCOMPARE(formatFixedPrice(px(19010) + cent / 2, 3), std::string("190.105"));
        QCOMPARE(formatFixedPrice(px(5), 2), std::string("0.05"));
        QCOMPARE(formatFixedPrice(-px(150), 2), std::string("-1.50"));
        QCOMPARE(formatFixedPrice(std::numeric_limits<Price>::min(), 2), std::string("-92233720368.54"));
    }

    // --- the model ----------------------------------------------------------------

    void modelPlacesDepthOrdersAndTrades()
    {
        LadderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(21);
        model.setInstrument(QStringLiteral("AAPL"), cent, px(19000), {});
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.axis().centre(), px(19000));
        BookSnapshot b = book({ { 18999, 500 }, { 18998, 200 } }, { { 19001, 300 } });
        b.lastPrice = px(19001);
        b.lastSize = 40;
        b.lastAggressor = Aggressor::Buyer;
        b.high = px(19004);
        b.low = px(18990);
        b.volumeAtPrice = { { px(18999), 60 }, { px(19001), 40 } };
        model.applyBooks({ b });
        auto at = [&](std::int64_t cents, int column, int role = Qt::DisplayRole) {
            return model.index(model.axis().rowOf(px(cents)), column).data(role);
        };
        QCOMPARE(at(18999, LadderModel::ColBid).toString(), QStringLiteral("500 (2)"));
        QCOMPARE(at(19001, LadderModel::ColAsk).toString(), QStringLiteral("300 (3)"));
        QCOMPARE(at(19000, LadderModel::ColPrice).toString(), QStringLiteral("190.00"));
        QCOMPARE(at(18999, LadderModel::ColBid, LadderModel::FractionRole).toDouble(), 1.0);
        QVERIFY(at(18999, LadderModel::ColPrice, LadderModel::FlagsRole).toInt() & LadderModel::BestBid);
        const int last = at(19001, LadderModel::ColPrice, LadderModel::FlagsRole).toInt();
        QVERIFY(last & LadderModel::LastTrade && last & LadderModel::LastBuyer && !(last & LadderModel::LastSeller));
        QCOMPARE(at(19001, LadderModel::ColLast).toString(), QStringLiteral("40"));
        QVERIFY(at(19000, LadderModel::ColPrice, LadderModel::FlagsRole).toInt() & LadderModel::InsideSpread);
        QVERIFY(at(19004, LadderModel::ColPrice, LadderModel::FlagsRole).toInt() & LadderModel::SessionHigh);
        QVERIFY(at(18990, LadderModel::ColPrice, LadderModel::FlagsRole).toInt() & LadderModel::SessionLow);
        QCOMPARE(at(18999, LadderModel::ColVolume).toString(), QStringLiteral("60"));

        // Our bid joins the back of 500 at 189.99; trades there take the front.
        model.applyOrders({ working(7, Side::Buy, 18999, 100) });
        QCOMPARE(model.queueAheadOf(7), Qty(500));
        QCOMPARE(at(18999, LadderModel::ColBuys).toString(), QStringLiteral("100"));
        QCOMPARE(at(18999, LadderModel::ColBuys, LadderModel::QueueAheadRole).toLongLong(), 500);
        b.bids[0].qty = 450; // 500 others + our 100, then 150 traded
        b.volumeAtPrice[0].qty = 60 + 150;
        model.applyBooks({ b });
        QCOMPARE(model.queueAheadOf(7), Qty(350));
        // Someone ahead cancels 300 (this second book surely shows our order):
        // at most what the level still holds besides us.
        b.bids[0].qty = 150;
        model.applyBooks({ b });
        QCOMPARE(model.queueAheadOf(7), Qty(50));
        // A smaller order keeps its place; a larger one goes to the back.
        OrderSnapshot o = working(7, Side::Buy, 18999, 80);
        model.applyOrders({ o });
        b.bids[0].qty = 130;
        model.applyBooks({ b });
        QCOMPARE(model.queueAheadOf(7), Qty(50));
        o = working(7, Side::Buy, 18999, 200);
        model.applyOrders({ o });
        QCOMPARE(model.queueAheadOf(7), Qty(130 - 80)); // everyone else at the price
        // Cancelled: gone from the ladder.
        o.status = OrderStatus::Cancelled;
        model.applyOrders({ o });
        QVERIFY(model.ordersAt(true, px(18999)).isEmpty());
        QCOMPARE(at(18999, LadderModel::ColBuys).toString(), QString());
        // Another instrument's book is not ours.
        BookSnapshot other = b;
        other.symbol = QStringLiteral("MSFT");
        other.bids[0].qty = 1;
        model.applyBooks({ other });
        QCOMPARE(at(18999, LadderModel::ColBid).toString(), QStringLiteral("130 (2)"));
    }

    void restoredOrdersWaitForABookWithDepth()
    {
        // Orders restored at start arrive before any market data; an empty
        // book (nothing consolidated yet) must not fix their place at q0.
        LadderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(21);
        model.setInstrument(QStringLiteral("AAPL"), cent, px(19000), { working(7, Side::Buy, 18999, 100) });
        QCOMPARE(model.queueAheadOf(7), Qty(-1));
        model.applyBooks({ book({}, {}) });
        QCOMPARE(model.queueAheadOf(7), Qty(-1)); // still unknown, not 0
        auto ahead = [&] {
            return model.index(model.axis().rowOf(px(18999)), LadderModel::ColBuys)
                .data(LadderModel::QueueAheadRole)
                .toLongLong();
        };
        QCOMPARE(ahead(), -1);
        // An order sent meanwhile waits too.
        model.applyOrders({ working(8, Side::Sell, 19005, 50) });
        QCOMPARE(model.queueAheadOf(8), Qty(-1));
        // The real book (our 100 among its 500): the back of the queue.
        model.applyBooks({ book({ { 18999, 500 } }, { { 19001, 300 }, { 19005, 250 } }) });
        QCOMPARE(model.queueAheadOf(7), Qty(400));
        QCOMPARE(ahead(), 400);
        QCOMPARE(model.queueAheadOf(8), Qty(200));
    }

    void modelKeepsItsAxisUntilToldOrNearTheEdge()
    {
        LadderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(41);
        model.setInstrument(QStringLiteral("AAPL"), cent, px(18000), {});
        QSignalSpy moved(&model, &LadderModel::axisMoved);
        model.applyBooks({ book({ { 18999, 100 } }, { { 19001, 100 } }) });
        QCOMPARE(model.axis().centre(), px(19000)); // the first book centres it
        QCOMPARE(moved.count(), 1);
        const int row = model.axis().rowOf(px(19000));
        model.applyBooks({ book({ { 19003, 100 } }, { { 19005, 100 } }) });
        QCOMPARE(model.axis().rowOf(px(19000)), row); // a tick: static
        QCOMPARE(moved.count(), 1);
        QVERIFY(model.recentre()); // Space
        QCOMPARE(model.axis().centre(), px(19004));
        model.scroll(10);
        QVERIFY(!model.following());
        model.applyBooks({ book({ { 19030, 100 } }, { { 19032, 100 } }) }); // off screen, but the user scrolled
        QCOMPARE(model.axis().centre(), px(19014));
        QVERIFY(model.recentre());
        QVERIFY(model.following());
        QCOMPARE(model.axis().centre(), px(19031));
        model.applyBooks({ book({ { 19047, 100 } }, { { 19049, 100 } }) }); // 3 rows from the top: follows
        QCOMPARE(model.axis().centre(), px(19048));
    }
};

} // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestLadderAxis)
#include "tst_ladderaxis.moc"
