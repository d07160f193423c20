#include "enginefixture.h"

#include "oms/positions.h"

#include <QtTest>

#include <vector>

namespace ordo {

using test::cents;
using test::EngineFixture;

namespace {

struct FillSpec {
    Qty signedQty;
    Price price;
    Money fee = 0;
};
using Fills = std::vector<FillSpec>;

constexpr NameId kAccount = 7;
constexpr InstrumentId kInstrument = 3;

// Money in cents, like prices: the same 1e-8 scale.
constexpr Money cash(std::int64_t c)
{
    return cents(c);
}

} // namespace

} // namespace ordo

Q_DECLARE_METATYPE(ordo::Fills)

namespace ordo {

class TestPositions : public QObject {
    Q_OBJECT

private slots:
    void positionBook_data();
    void positionBook();
    void positionsAreKeptPerAccountAndInstrument();
    void markTouchesOnlyTheInstrument();
    void engineFillsMakeThePosition();
    void engineWorkingQuantities();
};

void TestPositions::positionBook_data()
{
    QTest::addColumn<Fills>("fills");
    QTest::addColumn<qint64>("mark"); // 0: not marked
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("avgPrice");
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("realized");
    QTest::addColumn<qint64>("fees");
    QTest::addColumn<qint64>("unrealized"); // checked only when marked

    QTest::addRow("long build-up: average of the buys")
        << Fills { { 100, cents(1000) }, { 50, cents(1300) } } << 0LL << 150LL << qint64(cents(1100))
        << qint64(cash(165000)) << 0LL << 0LL << 0LL;
    // 32 / 3 = 10.66666666.., truncated at 1e-8
    QTest::addRow("uneven average kept to 1e-8") << Fills { { 1, cents(1000) }, { 2, cents(1100) } } << 0LL << 3LL
                                                 << 1'066'666'666LL << qint64(cash(3200)) << 0LL << 0LL << 0LL;
    QTest::addRow("partial sell realizes P&L on the part sold")
        << Fills { { 100, cents(1000) }, { -40, cents(1200) } } << 0LL << 60LL << qint64(cents(1000))
        << qint64(cash(60000)) << qint64(cash(8000)) << 0LL << 0LL;
    QTest::addRow("partial sell at a loss")
        << Fills { { 100, cents(1000) }, { -40, cents(950) } } << 0LL << 60LL << qint64(cents(1000))
        << qint64(cash(60000)) << qint64(cash(-2000)) << 0LL << 0LL;
    // average 11.00; 75 * (12 - 11) = 75
    QTest::addRow("sell after a build-up realizes against the average")
        << Fills { { 100, cents(1000) }, { 50, cents(1300) }, { -75, cents(1200) } } << 0LL << 75LL
        << qint64(cents(1100)) << qint64(cash(82500)) << qint64(cash(7500)) << 0LL << 0LL;
    // 30 * (20 - 18) = 60
    QTest::addRow("short sell then partial cover")
        << Fills { { -100, cents(2000) }, { 30, cents(1800) } } << 0LL << -70LL << qint64(cents(2000))
        << qint64(cash(-140000)) << qint64(cash(6000)) << 0LL << 0LL;
    QTest::addRow("short covered completely at a loss") << Fills { { -100, cents(2000) }, { 100, cents(2100) } } << 0LL
                                                        << 0LL << 0LL << 0LL << qint64(cash(-10000)) << 0LL << 0LL;
    // closes 100 at +2 each, opens a short of 50 at the fill price
    QTest::addRow("flip through zero: long 100, sell 150")
        << Fills { { 100, cents(1000) }, { -150, cents(1200) } } << 0LL << -50LL << qint64(cents(1200))
        << qint64(cash(-60000)) << qint64(cash(20000)) << 0LL << 0LL;
    // closes 50 at +1 each, opens a long of 30 at 19
    QTest::addRow("flip through zero: short 50, buy 80")
        << Fills { { -50, cents(2000) }, { 80, cents(1900) } } << 0LL << 30LL << qint64(cents(1900))
        << qint64(cash(57000)) << qint64(cash(5000)) << 0LL << 0LL;
    // 100 * (11 - 10) - 1.00 - 1.50
    QTest::addRow("fees reduce realized P&L")
        << Fills { { 100, cents(1000), cash(100) }, { -100, cents(1100), cash(150) } } << 0LL << 0LL << 0LL << 0LL
        << qint64(cash(9750)) << qint64(cash(250)) << 0LL;
    QTest::addRow("fees are paid when incurred, not added to cost")
        << Fills { { 100, cents(1000), cash(35) } } << 0LL << 100LL << qint64(cents(1000)) << qint64(cash(100000))
        << qint64(cash(-35)) << qint64(cash(35)) << 0LL;
    // 32/3 of cost leaves with the first share, the rest with the last two: nothing is lost
    QTest::addRow("closing in parts loses nothing to rounding")
        << Fills { { 1, cents(1000) }, { 2, cents(1100) }, { -1, cents(1200) }, { -2, cents(1200) } } << 0LL << 0LL
        << 0LL << 0LL << qint64(cash(400)) << 0LL << 0LL;
    QTest::addRow("proportional cost after selling from an uneven average")
        << Fills { { 1, cents(1000) }, { 2, cents(1100) }, { -1, cents(1200) } } << 0LL << 2LL << 1'066'666'667LL
        << 2'133'333'334LL << 133'333'334LL << 0LL << 0LL;
    QTest::addRow("unrealized P&L of a long marked up")
        << Fills { { 100, cents(1000) } } << qint64(cents(1050)) << 100LL << qint64(cents(1000)) << qint64(cash(100000))
        << 0LL << 0LL << qint64(cash(5000));
    QTest::addRow("unrealized P&L of a short marked down")
        << Fills { { -100, cents(1000) } } << qint64(cents(900)) << -100LL << qint64(cents(1000))
        << qint64(cash(-100000)) << 0LL << 0LL << qint64(cash(10000));
    QTest::addRow("unrealized P&L of a long marked down")
        << Fills { { 100, cents(1000) }, { 50, cents(1300) } } << qint64(cents(1050)) << 150LL << qint64(cents(1100))
        << qint64(cash(165000)) << 0LL << 0LL << qint64(cash(-7500));
    QTest::addRow("realized and unrealized together")
        << Fills { { 100, cents(1000) }, { -40, cents(1200) } } << qint64(cents(1100)) << 60LL << qint64(cents(1000))
        << qint64(cash(60000)) << qint64(cash(8000)) << 0LL << qint64(cash(6000));
    QTest::addRow("a closed position has no unrealized P&L")
        << Fills { { 100, cents(1000) }, { -100, cents(1200) } } << qint64(cents(1500)) << 0LL << 0LL << 0LL
        << qint64(cash(20000)) << 0LL << 0LL;
}

void TestPositions::positionBook()
{
    QFETCH(Fills, fills);
    QFETCH(qint64, mark);
    QFETCH(qint64, quantity);
    QFETCH(qint64, avgPrice);
    QFETCH(qint64, cost);
    QFETCH(qint64, realized);
    QFETCH(qint64, fees);
    QFETCH(qint64, unrealized);

    PositionBook book;
    Qty bought = 0, sold = 0;
    for (const FillSpec& f : fills) {
        const Position& p = book.applyFill(kAccount, kInstrument, f.signedQty, f.price, f.fee);
        QCOMPARE(p.account, kAccount);
        QCOMPARE(p.instrument, kInstrument);
        (f.signedQty > 0 ? bought : sold) += f.signedQty > 0 ? f.signedQty : -f.signedQty;
    }
    if (mark)
        QCOMPARE(book.mark(kInstrument, mark), 1u);

    QCOMPARE(book.size(), 1u);
    const Position* p = book.find(kAccount, kInstrument);
    QVERIFY(p);
    QCOMPARE(p->quantity, quantity);
    QCOMPARE(p->avgPrice(), avgPrice);
    QCOMPARE(p->cost, cost);
    QCOMPARE(p->realizedPnl, realized);
    QCOMPARE(p->fees, fees);
    QCOMPARE(p->boughtQty, bought);
    QCOMPARE(p->soldQty, sold);
    QCOMPARE(p->boughtQty - p->soldQty, p->quantity);
    if (mark) {
        QCOMPARE(p->unrealizedPnl(), unrealized);
        QCOMPARE(p->totalPnl(), realized + unrealized);
    }
}

void TestPositions::positionsAreKeptPerAccountAndInstrument()
{
    PositionBook book;
    book.applyFill(1, 1, 100, cents(1000), 0);
    book.applyFill(2, 1, -30, cents(1000), 0);
    book.applyFill(1, 2, 5, cents(5000), 0);
    QCOMPARE(book.size(), 3u);
    QCOMPARE(book.find(1, 1)->quantity, 100);
    QCOMPARE(book.find(2, 1)->quantity, -30);
    QCOMPARE(book.find(1, 2)->quantity, 5);
    QVERIFY(!book.find(2, 2));

    book.adjustWorking(1, 1, +1, 40);
    book.adjustWorking(1, 1, -1, 25);
    book.adjustWorking(1, 1, +1, -10);
    QCOMPARE(book.find(1, 1)->workingBuyQty, 30);
    QCOMPARE(book.find(1, 1)->workingSellQty, 25);
    QCOMPARE(book.find(2, 1)->workingBuyQty, 0);
}

void TestPositions::markTouchesOnlyTheInstrument()
{
    PositionBook book;
    book.applyFill(1, 1, 100, cents(1000), 0);
    book.applyFill(2, 1, -100, cents(1000), 0);
    book.applyFill(1, 2, 100, cents(1000), 0);
    QCOMPARE(book.mark(1, cents(1100)), 2u);
    QCOMPARE(book.mark(1, cents(1100)), 0u); // unchanged price: nothing to report
    QCOMPARE(book.find(1, 1)->unrealizedPnl(), cash(10000));
    QCOMPARE(book.find(2, 1)->unrealizedPnl(), cash(-10000));
    QCOMPARE(book.find(1, 2)->markPrice, cents(1000));
    QCOMPARE(book.find(1, 2)->unrealizedPnl(), 0);
}

void TestPositions::engineFillsMakeThePosition()
{
    EngineFixture f;
    const OrderId buy = f.working(f.alice, Side::Buy, 100, cents(15100));
    QVERIFY(f.fill(buy, 30, cents(15000)).ok());
    QVERIFY(f.fill(buy, 70, cents(15100)).ok());
    const OrderId sell = f.working(f.alice, Side::Sell, 50, cents(15200));
    QVERIFY(f.fill(sell, 50, cents(15200)).ok());
    const OrderId shortSale = f.working(f.alice, Side::Short, 80, cents(15300));
    QVERIFY(f.fill(shortSale, 80, cents(15300)).ok());
    const OrderId cover = f.working(f.alice, Side::Cover, 20, cents(15000));
    QVERIFY(f.fill(cover, 20, cents(15000), cents(100)).ok());
    // Another account and another instrument stay apart.
    const OrderId elsewhere = f.working(f.bob, Side::Buy, 10, cents(15000), "AAPL", "ACC2");
    QVERIFY(f.fill(elsewhere, 10, cents(15000)).ok());
    const OrderId msft = f.working(f.alice, Side::Sell, 5, cents(40000), "MSFT", "ACC1");
    QVERIFY(f.fill(msft, 5, cents(40000)).ok());

    const NameId acc1 = f.engine.names().find("ACC1");
    const InstrumentId aapl = f.engine.findInstrument("AAPL");
    Qty signedSum = 0;
    for (const Execution& x : f.engine.executions())
        if (x.account == acc1 && x.instrument == aapl)
            signedSum += sideSign(x.side) * x.quantity;
    QCOMPARE(signedSum, -10);

    const Position* p = f.engine.positions().find(acc1, aapl);
    QVERIFY(p);
    QCOMPARE(p->quantity, signedSum);
    QCOMPARE(p->boughtQty, 120);
    QCOMPARE(p->soldQty, 130);
    // By hand: average 150.70 after the buys; +1.30 on 50 sold = 65; the short
    // closes 50 at +2.30 = 115 and opens 30 at 153.00; the cover takes 20 at
    // +3.00 = 60, less its 1.00 fee. Left: short 10 at 153.00.
    QCOMPARE(p->realizedPnl, cash(23900));
    QCOMPARE(p->fees, cash(100));
    QCOMPARE(p->avgPrice(), cents(15300));
    QCOMPARE(p->workingBuyQty, 0);
    QCOMPARE(p->workingSellQty, 0);

    QCOMPARE(f.positionQty("ACC2", "AAPL"), 10);
    QCOMPARE(f.positionQty("ACC1", "MSFT"), -5);

    f.engine.markPrice("AAPL", cents(15250));
    QCOMPARE(f.engine.positions().find(acc1, aapl)->unrealizedPnl(), cash(50 * 10));
}

void TestPositions::engineWorkingQuantities()
{
    EngineFixture f;
    const OrderId buy = f.submit(f.alice, Side::Buy, 100, cents(15000));
    const OrderId cover = f.working(f.alice, Side::Cover, 40, cents(15000));
    const OrderId sell = f.working(f.alice, Side::Sell, 70, cents(15100));
    const OrderId shortSale = f.working(f.alice, Side::Short, 30, cents(15200));
    const auto position
        = [&] { return *f.engine.positions().find(f.engine.names().find("ACC1"), f.engine.findInstrument("AAPL")); };
    QCOMPARE(position().workingBuyQty, 140);
    QCOMPARE(position().workingSellQty, 100);

    QVERIFY(f.fill(buy, 25, cents(15000)).ok());
    QCOMPARE(position().workingBuyQty, 115);
    QVERIFY(f.engine.cancel(f.alice, cover).ok());
    QCOMPARE(position().workingBuyQty, 115); // pending cancel still works at the venue
    QVERIFY(f.answer(cover, VenueEventType::Cancelled).ok());
    QCOMPARE(position().workingBuyQty, 75);

    QVERIFY(f.engine.modify(f.alice, sell, OrderAmendment { 50, 0, 0, -1 }).ok());
    QCOMPARE(position().workingSellQty, 100); // until the venue confirms
    QVERIFY(f.answer(sell, VenueEventType::Replaced).ok());
    QCOMPARE(position().workingSellQty, 80);
    QVERIFY(f.answer(shortSale, VenueEventType::Expired).ok());
    QCOMPARE(position().workingSellQty, 50);
    QCOMPARE(position().quantity, 25);
}

} // namespace ordo

QTEST_APPLESS_MAIN(ordo::TestPositions)
#include "tst_positions.moc"
