// Market data: one venue's L2 book, the consolidated book across venues,
// against hand-computed examples and against a from-scratch aggregation
// after many random updates; and how the engine marks prices from them.

#include "enginefixture.h"
#include "memoryjournal.h"

#include "engine/statedump.h"

#include "journal/records.h"
#include "market/marketdata.h"
#include "ports/journal.h"

#include <QtTest>

#include <limits>
#include <map>
#include <random>
#include <vector>

Q_DECLARE_METATYPE(ordo::MdEntry)

namespace ordo {

using test::cents;
using test::EngineFixture;

namespace {

MdEntry entry(MdSide side, MdAction action, Price price, Qty size, std::int32_t orders = 0)
{
    return MdEntry { side, action, price, size, orders };
}
MdEntry bid(Price p, Qty q, std::int32_t n = 1, MdAction a = MdAction::New)
{
    return entry(MdSide::Bid, a, p, q, n);
}
MdEntry ask(Price p, Qty q, std::int32_t n = 1, MdAction a = MdAction::New)
{
    return entry(MdSide::Ask, a, p, q, n);
}
MdEntry trade(Price p, Qty q)
{
    return entry(MdSide::Trade, MdAction::New, p, q);
}
MarketDataUpdate update(std::string venue, MdKind kind, std::vector<MdEntry> entries, std::string symbol = "AAPL")
{
    MarketDataUpdate u;
    u.venue = std::move(venue);
    u.symbol = std::move(symbol);
    u.kind = kind;
    u.entries = std::move(entries);
    return u;
}

// "100.00x500(3) 99.99x200(1)": a side best first, for readable comparisons.
QString describe(const BookLadder& ladder)
{
    QStringList parts;
    for (std::size_t i = 0; i < ladder.depth(); ++i) {
        const BookLevel& l = ladder.at(i);
        parts << QStringLiteral("%1x%2(%3)").arg(double(l.price) / kPriceScale, 0, 'f', 2).arg(l.qty).arg(l.orders);
    }
    return parts.join(' ');
}
QString describe(const ConsolidatedBook& book, BookSide side)
{
    QStringList parts;
    for (std::size_t i = 0; i < book.depth(side); ++i) {
        const ConsolidatedLevel& l = book.at(side, i);
        QStringList shares;
        for (const VenueShare& s : l.venues)
            shares << QStringLiteral("v%1:%2/%3").arg(s.venue).arg(s.qty).arg(s.orders);
        parts << QStringLiteral("%1x%2(%3)[%4]")
                     .arg(double(l.price) / kPriceScale, 0, 'f', 2)
                     .arg(l.qty)
                     .arg(l.orders)
                     .arg(shares.join(','));
    }
    return parts.join(' ');
}


// The reference model for the randomized test: what each venue said, in
// plain maps, with the same tolerant reading as L2Book.
struct ModelBook {
    std::map<Price, std::pair<Qty, std::int32_t>> bids, asks;
    Qty volume = 0;
};

} // namespace

class TestMarketData : public QObject {
    Q_OBJECT

private slots:
    // --- L2Book -------------------------------------------------------------

    void snapshotBuildsBothSidesBestFirst()
    {
        L2Book book;
        std::vector<LevelChange> changes;
        // Deliberately out of order: the book sorts.
        const bool traded
            = book.applySnapshot(std::vector<MdEntry> { bid(cents(9999), 200, 1), ask(cents(10002), 100, 1),
                                     bid(cents(10000), 500, 3), ask(cents(10001), 300, 2), trade(cents(10000), 50) },
                changes);
        QVERIFY(traded);
        QCOMPARE(describe(book.bids()), QStringLiteral("100.00x500(3) 99.99x200(1)"));
        QCOMPARE(describe(book.asks()), QStringLiteral("100.01x300(2) 100.02x100(1)"));
        QCOMPARE(book.bestBid()->price, cents(10000));
        QCOMPARE(book.bestAsk()->price, cents(10001));
        QCOMPARE(changes.size(), std::size_t(4));
        QCOMPARE(book.lastPrice(), cents(10000));
        QCOMPARE(book.lastSize(), Qty(50));
        QCOMPARE(book.volume(), Qty(0)); // a snapshot's trade is history, not our volume
    }

    void incrementalNewChangeDeleteAndTrades()
    {
        L2Book book;
        std::vector<LevelChange> changes;
        book.applySnapshot(
            std::vector<MdEntry> { bid(cents(10000), 500, 3), bid(cents(9999), 200, 1), ask(cents(10001), 300, 2) },
            changes);
        LevelChange c;
        QVERIFY(book.apply(bid(cents(9998), 700, 4), c) == L2Book::Effect::Level);
        QCOMPARE(c.oldQty, Qty(0));
        QCOMPARE(c.newQty, Qty(700));
        QVERIFY(book.apply(ask(cents(10001), 250, 1, MdAction::Change), c) == L2Book::Effect::Level);
        QCOMPARE(c.oldQty, Qty(300));
        QCOMPARE(c.oldOrders, 2);
        QCOMPARE(c.newQty, Qty(250));
        QCOMPARE(c.newOrders, 1);
        QVERIFY(book.apply(bid(cents(10000), 0, 0, MdAction::Delete), c) == L2Book::Effect::Level);
        QCOMPARE(c.newQty, Qty(0));
        QVERIFY(c.side == BookSide::Bid);
        QCOMPARE(describe(book.bids()), QStringLiteral("99.99x200(1) 99.98x700(4)"));
        QCOMPARE(describe(book.asks()), QStringLiteral("100.01x250(1)"));

        QVERIFY(book.apply(trade(cents(10001), 40), c) == L2Book::Effect::Trade);
        QVERIFY(book.apply(trade(cents(10002), 60), c) == L2Book::Effect::Trade);
        QCOMPARE(book.lastPrice(), cents(10002));
        QCOMPARE(book.lastSize(), Qty(60));
        QCOMPARE(book.volume(), Qty(100));
        QCOMPARE(book.trades(), std::uint64_t(2));
        QCOMPARE(book.anomalies(), std::uint64_t(0));
        // A repeat changes nothing.
        QVERIFY(book.apply(ask(cents(10001), 250, 1, MdAction::Change), c) == L2Book::Effect::None);
    }

    void surprisesAreToleratedAndCounted_data()
    {
        QTest::addColumn<MdEntry>("e");
        QTest::addColumn<QString>("bids");
        QTest::addColumn<int>("effect");
        QTest::addColumn<int>("anomalies");
        QTest::addColumn<int>("refused");
        QTest::addRow("New for a level we have: applied as a change")
            << bid(cents(10000), 900, 5) << "100.00x900(5)" << int(L2Book::Effect::Level) << 1 << 0;
        QTest::addRow("Change for a level we lack: applied as a new one")
            << bid(cents(9990), 10, 1, MdAction::Change) << "100.00x500(3) 99.90x10(1)" << int(L2Book::Effect::Level)
            << 1 << 0;
        QTest::addRow("Delete for a level we lack: nothing")
            << bid(cents(9990), 0, 0, MdAction::Delete) << "100.00x500(3)" << int(L2Book::Effect::None) << 1 << 0;
        QTest::addRow("Change to size 0: a delete")
            << bid(cents(10000), 0, 0, MdAction::Change) << "" << int(L2Book::Effect::Level) << 1 << 0;
        QTest::addRow("price 0: refused") << bid(0, 10, 1) << "100.00x500(3)" << int(L2Book::Effect::None) << 0 << 1;
        QTest::addRow("negative size: refused")
            << bid(cents(10000), -5, 1, MdAction::Change) << "100.00x500(3)" << int(L2Book::Effect::None) << 0 << 1;
        QTest::addRow("trade correction: not modelled") << entry(MdSide::Trade, MdAction::Delete, cents(10000), 5)
                                                        << "100.00x500(3)" << int(L2Book::Effect::None) << 1 << 0;
    }
    void surprisesAreToleratedAndCounted()
    {
        QFETCH(MdEntry, e);
        QFETCH(QString, bids);
        QFETCH(int, effect);
        QFETCH(int, anomalies);
        QFETCH(int, refused);
        L2Book book;
        std::vector<LevelChange> changes;
        book.applySnapshot(std::vector<MdEntry> { bid(cents(10000), 500, 3) }, changes);
        LevelChange c;
        QCOMPARE(int(book.apply(e, c)), effect);
        QCOMPARE(describe(book.bids()), bids);
        QCOMPARE(book.anomalies(), std::uint64_t(anomalies));
        QCOMPARE(book.refused(), std::uint64_t(refused));
    }

    void secondSnapshotReportsOnlyWhatDiffers()
    {
        L2Book book;
        std::vector<LevelChange> changes;
        book.applySnapshot(std::vector<MdEntry> { bid(cents(10000), 500, 3), bid(cents(9999), 200, 1),
                               bid(cents(9998), 100, 1), ask(cents(10001), 300, 2), trade(cents(10000), 7) },
            changes);
        changes.clear();
        // 100.00 unchanged, 99.99 changed, 99.98 gone, 99.97 new; 99.96 said
        // twice (the last word counts), 99.95 said then withdrawn (size 0);
        // the ask side emptied; no trade: the last trade is kept.
        const bool traded = book.applySnapshot(
            std::vector<MdEntry> { bid(cents(10000), 500, 3), bid(cents(9999), 250, 2), bid(cents(9997), 80, 1),
                bid(cents(9996), 1, 1), bid(cents(9996), 60, 2), bid(cents(9995), 10, 1), bid(cents(9995), 0, 0) },
            changes);
        QVERIFY(!traded);
        QCOMPARE(describe(book.bids()), QStringLiteral("100.00x500(3) 99.99x250(2) 99.97x80(1) 99.96x60(2)"));
        QCOMPARE(describe(book.asks()), QString());
        QStringList seen;
        for (const LevelChange& c : changes)
            seen << QStringLiteral("%1 %2: %3->%4")
                        .arg(c.side == BookSide::Bid ? "bid" : "ask")
                        .arg(double(c.price) / kPriceScale, 0, 'f', 2)
                        .arg(c.oldQty)
                        .arg(c.newQty);
        seen.sort();
        QCOMPARE(seen,
            QStringList({ "ask 100.01: 300->0", "bid 99.96: 0->60", "bid 99.97: 0->80", "bid 99.98: 100->0",
                "bid 99.99: 200->250" }));
        QCOMPARE(book.lastPrice(), cents(10000));
        QCOMPARE(book.lastSize(), Qty(7));
    }

    // --- ConsolidatedBook through MarketData ------------------------------------

    void consolidatedSumsVenuesLevelByLevel()
    {
        MarketData md;
        const InstrumentId aapl = 1;
        const VenueSlot xa = md.venueSlot("XA");
        const VenueSlot xb = md.venueSlot("XB");
        QCOMPARE(xa, VenueSlot(0));
        QCOMPARE(xb, VenueSlot(1));
        MarketDataResult r = md.apply(aapl,
            update("XA", MdKind::Snapshot,
                { bid(cents(10000), 500, 3), bid(cents(9900), 200, 1), ask(cents(10100), 300, 2),
                    trade(cents(10000), 5) }));
        QVERIFY(r.applied && r.bookChanged && r.midChanged && r.tradeChanged);
        QCOMPARE(r.reference, cents(10050));
        r = md.apply(aapl,
            update("XB", MdKind::Snapshot,
                { bid(cents(10000), 100, 1), bid(cents(9800), 50, 1), ask(cents(10050), 40, 1),
                    ask(cents(10100), 60, 2) }));
        const ConsolidatedBook& book = *md.consolidated(aapl);
        QCOMPARE(describe(book, BookSide::Bid),
            QStringLiteral("100.00x600(4)[v0:500/3,v1:100/1] 99.00x200(1)[v0:200/1] 98.00x50(1)[v1:50/1]"));
        QCOMPARE(
            describe(book, BookSide::Ask), QStringLiteral("100.50x40(1)[v1:40/1] 101.00x360(4)[v0:300/2,v1:60/2]"));
        QCOMPARE(book.mid(), cents(10025));
        QVERIFY(r.midChanged);
        QCOMPARE(md.book("XB", aapl)->bestAsk()->price, cents(10050));

        // XB's better offer goes: the mid moves back.
        r = md.apply(aapl, update("XB", MdKind::Incremental, { ask(cents(10050), 0, 0, MdAction::Delete) }));
        QVERIFY(r.bookChanged && r.midChanged && !r.tradeChanged);
        QCOMPARE(book.mid(), cents(10050));
        QCOMPARE(book.best(BookSide::Ask)->qty, Qty(360));

        // Trades on both venues: the latest is the last, volumes add up.
        r = md.apply(aapl,
            update(
                "XA", MdKind::Incremental, { trade(cents(10000), 10), bid(cents(10000), 490, 3, MdAction::Change) }));
        QVERIFY(r.bookChanged && r.tradeChanged && !r.midChanged);
        r = md.apply(aapl, update("XB", MdKind::Incremental, { trade(cents(10100), 5) }));
        QCOMPARE(book.lastPrice(), cents(10100));
        QCOMPARE(book.lastSize(), Qty(5));
        QCOMPARE(book.lastVenue(), xb);
        QCOMPARE(book.volume(), Qty(15));
        QCOMPARE(book.trades(), std::uint64_t(2));
        QCOMPARE(book.find(BookSide::Bid, cents(10000))->qty, Qty(590));
        QCOMPARE(book.find(BookSide::Bid, cents(10000))->share(xa)->qty, Qty(490));

        // An old trade in a fresh snapshot does not replace a live last trade.
        r = md.apply(aapl, update("XA", MdKind::Snapshot, { trade(cents(9000), 1) }));
        QCOMPARE(book.lastPrice(), cents(10100));
        // ...and that empty snapshot took XA's levels out of the consolidated book.
        QCOMPARE(describe(book, BookSide::Bid), QStringLiteral("100.00x100(1)[v1:100/1] 98.00x50(1)[v1:50/1]"));
        QCOMPARE(describe(book, BookSide::Ask), QStringLiteral("101.00x60(2)[v1:60/2]"));
        QVERIFY(r.bookChanged && !r.midChanged); // same touch prices: same mid
        QCOMPARE(r.reference, cents(10050));

        // One side gone: the reference is the last trade.
        r = md.apply(aapl, update("XB", MdKind::Incremental, { ask(cents(10100), 0, 0, MdAction::Delete) }));
        QCOMPARE(book.mid(), Price(0));
        QCOMPARE(r.reference, cents(10100));
        QCOMPARE(md.counters().snapshots, std::uint64_t(3));
        QVERIFY(md.consolidated(2) == nullptr);
        QVERIFY(md.book("XC", aapl) == nullptr);
    }

    void midRoundsDownToTheSmallestUnit()
    {
        ConsolidatedBook book;
        book.apply(0, LevelChange { BookSide::Bid, 3, 0, 0, 1, 1 });
        book.apply(0, LevelChange { BookSide::Ask, 6, 0, 0, 1, 1 });
        QCOMPARE(book.mid(), Price(4));
        const Price big = std::numeric_limits<Price>::max() - 1;
        book.apply(0, LevelChange { BookSide::Bid, big - 2, 0, 0, 1, 1 });
        book.apply(0, LevelChange { BookSide::Ask, big, 0, 0, 1, 1 });
        book.apply(0, LevelChange { BookSide::Ask, 6, 1, 1, 0, 0 });
        QCOMPARE(book.mid(), big - 1); // no overflow
    }

    // --- what a depth ladder reads: high, low, volume at price, aggressor ------

    void liveTradesSetHighLowAndVolumeAtPrice()
    {
        MarketData md;
        const InstrumentId aapl = 1;
        // A snapshot's trade is of unknown age: last trade only, no session figures.
        md.apply(aapl,
            update("XA", MdKind::Snapshot,
                { bid(cents(10000), 500, 3), ask(cents(10002), 300, 2), trade(cents(9000), 7) }));
        const ConsolidatedBook& book = *md.consolidated(aapl);
        QCOMPARE(book.lastPrice(), cents(9000));
        QVERIFY(book.lastAggressor() == Aggressor::Unknown);
        QCOMPARE(book.high(), Price(0));
        QCOMPARE(book.low(), Price(0));
        QVERIFY(book.volumeProfile().empty());
        QCOMPARE(book.volumeAt(cents(9000)), Qty(0));

        md.apply(aapl, update("XA", MdKind::Incremental, { trade(cents(10002), 100) }));
        md.apply(aapl, update("XB", MdKind::Incremental, { trade(cents(10000), 40) }));
        md.apply(aapl, update("XA", MdKind::Incremental, { trade(cents(10002), 60), trade(cents(10005), 10) }));
        md.apply(aapl, update("XB", MdKind::Incremental, { trade(cents(9995), 5) }));
        QCOMPARE(book.high(), cents(10005));
        QCOMPARE(book.low(), cents(9995));
        QCOMPARE(book.volumeAt(cents(10002)), Qty(160)); // two venues' trades at one price add up
        QCOMPARE(book.volumeAt(cents(10000)), Qty(40));
        QCOMPARE(book.volumeAt(cents(10001)), Qty(0));
        const std::vector<PriceVolume> profile(book.volumeProfile().begin(), book.volumeProfile().end());
        const std::vector<PriceVolume> expected { { cents(9995), 5 }, { cents(10000), 40 }, { cents(10002), 160 },
            { cents(10005), 10 } };
        QVERIFY(profile == expected);
        Qty sum = 0;
        for (const PriceVolume& v : profile)
            sum += v.qty;
        QCOMPARE(sum, book.volume());
        // A later snapshot's trade changes none of it.
        md.apply(aapl, update("XA", MdKind::Snapshot, { bid(cents(10000), 500, 3), trade(cents(12000), 1) }));
        QCOMPARE(book.high(), cents(10005));
        QCOMPARE(book.volume(), Qty(215));
    }

    void aggressorInferredFromTheBookThenTheTick_data()
    {
        QTest::addColumn<qint64>("previous"); // previous live trade, 0: none
        QTest::addColumn<bool>("twoSided"); // bid 100.00, ask 100.04; else only the bid
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("expected");
        QTest::addRow("at the ask: a buyer lifted it") << qint64(0) << true << qint64(10004) << int(Aggressor::Buyer);
        QTest::addRow("through the ask: a buyer") << qint64(0) << true << qint64(10006) << int(Aggressor::Buyer);
        QTest::addRow("at the bid: a seller hit it") << qint64(0) << true << qint64(10000) << int(Aggressor::Seller);
        QTest::addRow("inside the spread, up-tick: a buyer")
            << qint64(10001) << true << qint64(10002) << int(Aggressor::Buyer);
        QTest::addRow("inside the spread, down-tick: a seller")
            << qint64(10003) << true << qint64(10002) << int(Aggressor::Seller);
        QTest::addRow("inside the spread, no earlier trade: unknown")
            << qint64(0) << true << qint64(10002) << int(Aggressor::Unknown);
        QTest::addRow("no ask, above the bid, up-tick: a buyer")
            << qint64(10001) << false << qint64(10003) << int(Aggressor::Buyer);
        QTest::addRow("zero tick after a down-tick: still a seller")
            << qint64(10002) << true << qint64(10002) << int(Aggressor::Seller);
    }
    void aggressorInferredFromTheBookThenTheTick()
    {
        QFETCH(qint64, previous);
        QFETCH(bool, twoSided);
        QFETCH(qint64, price);
        QFETCH(int, expected);
        ConsolidatedBook book;
        if (previous) {
            // A down-tick into the previous price, on an empty book, so the
            // zero-tick row has a direction to carry.
            book.trade(0, cents(previous) + cents(1), 1, true);
            book.trade(0, cents(previous), 1, true);
            QVERIFY(book.lastAggressor() == Aggressor::Seller);
        }
        book.apply(0, LevelChange { BookSide::Bid, cents(10000), 0, 0, 100, 1 });
        if (twoSided)
            book.apply(0, LevelChange { BookSide::Ask, cents(10004), 0, 0, 100, 1 });
        QVERIFY(book.trade(1, cents(price), 10, true));
        QCOMPARE(int(book.lastAggressor()), expected);
    }

    // After many random updates on several venues' books, the consolidated
    // book is exactly the sum of the venue books, and each venue book is
    // exactly what a plain model of the feed says.
    void randomUpdatesMatchAFromScratchAggregation_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("venues");
        QTest::addColumn<int>("steps");
        QTest::addRow("seed 1, 2 venues") << 1u << 2 << 20000;
        QTest::addRow("seed 7, 4 venues") << 7u << 4 << 20000;
        QTest::addRow("seed 2026, 6 venues") << 2026u << 6 << 20000;
    }
    void randomUpdatesMatchAFromScratchAggregation()
    {
        QFETCH(quint32, seed);
        QFETCH(int, venues);
        QFETCH(int, steps);
        std::mt19937 rng(seed);
        auto roll = [&](std::uint32_t n) { return rng() % n; };
        constexpr int kInstruments = 3;
        MarketData md;
        std::map<std::pair<int, InstrumentId>, ModelBook> model;
        std::vector<std::string> names;
        for (int v = 0; v < venues; ++v)
            names.push_back("V" + std::to_string(v));
        // Prices from a narrow band so that venues share levels and levels
        // come and go; now and then an invalid entry the books must ignore.
        auto price = [&] { return cents(10000 + Price(roll(40)) - 20); };
        for (int step = 0; step < steps; ++step) {
            const int v = int(roll(std::uint32_t(venues)));
            const InstrumentId inst = InstrumentId(1 + roll(kInstruments));
            ModelBook& m = model[{ v, inst }];
            MarketDataUpdate u
                = update(names[std::size_t(v)], roll(50) == 0 ? MdKind::Snapshot : MdKind::Incremental, {});
            const std::uint32_t n = u.kind == MdKind::Snapshot ? roll(12) : 1 + roll(4);
            for (std::uint32_t k = 0; k < n; ++k) {
                MdEntry e;
                const std::uint32_t what = roll(100);
                e.side = what < 45 ? MdSide::Bid : what < 90 ? MdSide::Ask : MdSide::Trade;
                e.action = u.kind == MdKind::Snapshot ? MdAction::New : MdAction(roll(3));
                e.price = roll(200) == 0 ? 0 : price();
                e.size = e.action == MdAction::Delete ? 0 : Qty(roll(10)) * 100 + (roll(5) == 0 ? 0 : 100);
                e.orders = std::int32_t(1 + roll(5));
                u.entries.push_back(e);
            }
            // The model: what the venue book must hold afterwards.
            if (u.kind == MdKind::Snapshot) {
                m.bids.clear();
                m.asks.clear();
                for (const MdEntry& e : u.entries) {
                    if (e.side == MdSide::Trade || e.price <= 0)
                        continue;
                    auto& side = e.side == MdSide::Bid ? m.bids : m.asks;
                    if (e.size > 0)
                        side[e.price] = { e.size, e.orders };
                    else
                        side.erase(e.price);
                }
            } else {
                for (const MdEntry& e : u.entries) {
                    if (e.price <= 0)
                        continue;
                    if (e.side == MdSide::Trade) {
                        if (e.action == MdAction::New && e.size > 0)
                            m.volume += e.size;
                        continue;
                    }
                    auto& side = e.side == MdSide::Bid ? m.bids : m.asks;
                    if (e.action == MdAction::Delete || e.size == 0)
                        side.erase(e.price);
                    else
                        side[e.price] = { e.size, e.orders };
                }
            }
            md.apply(inst, u);
            if (step % 97 != 0 && step != steps - 1)
                continue;

            // Check: venue books against the model, consolidated against a
            // fresh aggregation of the venue books.
            for (InstrumentId i = 1; i <= kInstruments; ++i) {
                std::map<Price, std::vector<VenueShare>> aggBids, aggAsks;
                Qty volume = 0;
                for (int w = 0; w < venues; ++w) {
                    const L2Book* b = md.book(names[std::size_t(w)], i);
                    const ModelBook& mb = model[{ w, i }];
                    if (!b) {
                        QVERIFY(mb.bids.empty() && mb.asks.empty());
                        continue;
                    }
                    volume += b->volume();
                    QCOMPARE(b->volume(), mb.volume);
                    for (BookSide s : { BookSide::Bid, BookSide::Ask }) {
                        const BookLadder& ladder = b->side(s);
                        const auto& ms = s == BookSide::Bid ? mb.bids : mb.asks;
                        QCOMPARE(ladder.depth(), ms.size());
                        for (std::size_t d = 0; d < ladder.depth(); ++d) {
                            const BookLevel& l = ladder.at(d);
                            if (d > 0)
                                QVERIFY(ladder.better(ladder.at(d - 1).price, l.price));
                            auto it = ms.find(l.price);
                            QVERIFY2(it != ms.end(), qPrintable(QStringLiteral("step %1").arg(step)));
                            QCOMPARE(l.qty, it->second.first);
                            QCOMPARE(l.orders, it->second.second);
                            auto& agg = s == BookSide::Bid ? aggBids : aggAsks;
                            agg[l.price].push_back({ VenueSlot(md.findVenue(names[std::size_t(w)])), l.qty, l.orders });
                        }
                    }
                }
                const ConsolidatedBook* cons = md.consolidated(i);
                if (!cons)
                    continue;
                QCOMPARE(cons->volume(), volume);
                for (BookSide s : { BookSide::Bid, BookSide::Ask }) {
                    const auto& agg = s == BookSide::Bid ? aggBids : aggAsks;
                    QCOMPARE(cons->depth(s), agg.size());
                    std::size_t d = 0;
                    // Best first: bids from the highest price, asks from the lowest.
                    auto check = [&](Price p, std::vector<VenueShare> shares) {
                        const ConsolidatedLevel& l = cons->at(s, d++);
                        QCOMPARE(l.price, p);
                        std::sort(shares.begin(), shares.end(),
                            [](const VenueShare& a, const VenueShare& b) { return a.venue < b.venue; });
                        Qty qty = 0;
                        std::int32_t orders = 0;
                        for (const VenueShare& sh : shares) {
                            qty += sh.qty;
                            orders += sh.orders;
                        }
                        QCOMPARE(l.qty, qty);
                        QCOMPARE(l.orders, orders);
                        QVERIFY(l.venues == shares);
                    };
                    if (s == BookSide::Bid)
                        for (auto it = agg.rbegin(); it != agg.rend(); ++it)
                            check(it->first, it->second);
                    else
                        for (auto it = agg.begin(); it != agg.end(); ++it)
                            check(it->first, it->second);
                    if (QTest::currentTestFailed())
                        QFAIL(qPrintable(QStringLiteral("consolidated book differs at step %1").arg(step)));
                }
            }
        }
        QVERIFY(md.counters().levelChanges > std::uint64_t(steps));
    }

    // --- the engine ----------------------------------------------------------------

    void engineMarksFromTheConsolidatedBookOnlyWhenTheReferenceMoves()
    {
        EngineFixture f;
        test::MemoryJournal journal;
        f.engine.setJournal(&journal);
        const InstrumentId aapl = f.engine.findInstrument("AAPL");
        f.engine.onMarketData(update("XA", MdKind::Snapshot, { bid(cents(10000), 500, 3), ask(cents(10002), 300, 2) }));
        QCOMPARE(f.engine.risk().referencePrice(aapl), cents(10001));
        QCOMPARE(journal.count(RecordType::Mark), std::size_t(1));
        // A change that leaves the mid alone journals nothing.
        f.engine.onMarketData(update("XA", MdKind::Incremental, { bid(cents(10000), 700, 4, MdAction::Change) }));
        QCOMPARE(journal.count(RecordType::Mark), std::size_t(1));
        // A second venue improves the bid: consolidated mid moves.
        f.engine.onMarketData(update("XB", MdKind::Snapshot, { bid(cents(10001), 100, 1) }));
        QCOMPARE(f.engine.risk().referencePrice(aapl), cents(10001) + cents(1) / 2);
        QCOMPARE(journal.count(RecordType::Mark), std::size_t(2));
        // A trade with a two-sided book: the mid stays the reference.
        f.engine.onMarketData(
            update("XB", MdKind::Incremental, { trade(cents(10001), 100), bid(cents(10001), 0, 0, MdAction::Delete) }));
        QCOMPARE(f.engine.risk().referencePrice(aapl), cents(10001));
        QCOMPARE(journal.count(RecordType::Mark), std::size_t(3));
        const ConsolidatedBook* book = f.engine.marketData().consolidated(aapl);
        QVERIFY(book);
        QCOMPARE(book->lastPrice(), cents(10001));
        QCOMPARE(book->volume(), Qty(100));
        // Unknown instruments are ignored; only marks ever reach the journal.
        f.engine.onMarketData(update("XA", MdKind::Snapshot, { bid(cents(100), 1, 1) }, "NOPE"));
        const std::size_t records = journal.records.size();
        f.engine.onMarketData(update("XA", MdKind::Incremental, { ask(cents(10005), 5, 1) }));
        QCOMPARE(journal.records.size(), records);
        QCOMPARE(journal.count(RecordType::Mark), std::size_t(3));

        // A replay of the journal restores the reference price, not the books.
        EngineFixture g;
        for (const auto& r : journal.records)
            QVERIFY(g.engine.replay(r).ok());
        QVERIFY(g.engine.finishReplay().ok());
        QCOMPARE(g.engine.risk().referencePrice(g.engine.findInstrument("AAPL")), cents(10001));
        QVERIFY(g.engine.marketData().consolidated(aapl) == nullptr);
    }

    void rejectRaisesAnAlert()
    {
        EngineFixture f;
        MarketDataUpdate u = update("XA", MdKind::Reject, {}, "MSFT");
        u.text = "unknown symbol: Unknown symbol MSFT";
        const std::size_t before = f.engine.alerts().size();
        f.engine.onMarketData(u);
        QCOMPARE(f.engine.alerts().size(), before + 1);
        const Alert& a = f.engine.alerts().back();
        QVERIFY(a.code == ReasonCode::MarketDataRejected);
        QCOMPARE(test::qs(a.text),
            QStringLiteral("Market data for MSFT refused by XA: unknown symbol: Unknown symbol MSFT"));
        QVERIFY(f.engine.marketData().consolidated(f.engine.findInstrument("MSFT")) == nullptr);
    }

    void rejectIsJournaledSoAReplayRaisesItToo()
    {
        EngineFixture f;
        test::MemoryJournal journal;
        f.engine.setJournal(&journal);
        MarketDataUpdate u = update("XA", MdKind::Reject, {}, "MSFT");
        u.text = "Unknown symbol MSFT";
        f.engine.onMarketData(u);
        QCOMPARE(journal.count(RecordType::MarketDataReject), std::size_t(1));
        EngineFixture g;
        for (const auto& r : journal.records)
            QVERIFY(g.engine.replay(r).ok());
        QVERIFY(g.engine.finishReplay().ok());
        QCOMPARE(QString::fromStdString(dumpState(g.engine)), QString::fromStdString(dumpState(f.engine)));
    }
};

} // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestMarketData)
#include "tst_marketdata.moc"
