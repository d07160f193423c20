// The SQLite journal with a real engine: what one run wrote, the next run
// replays to the same state; commits group per batch and come before any
// venue message; damage (a bad frame, a cut or scrambled file, a record that
// does not decode) costs at most the damaged part, never a crash, and the
// journal stays usable afterwards.

#include "engine/engine.h"
#include "engine/statedump.h"
#include "journal/bytes.h"
#include "journal/records.h"
#include "ports/clock.h"
#include "recordinggateway.h"
#include "sqlitejournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <array>
#include <functional>
#include <memory>

namespace ordo {
namespace {

constexpr Timestamp kStart = 1'700'000'000'000'000'000;
constexpr Timestamp kMilli = 1'000'000;
// Where a run after a damaged journal starts its clock: later than anything in it.
constexpr Timestamp kLater = kStart + 3600 * kNanosPerSecond;
constexpr std::string_view kSession = "20261121";

constexpr Price cents(std::int64_t c)
{
    return c * (kPriceScale / 100);
}

Instrument aapl()
{
    return Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}};
}

OrderRequest limitOrder(Side side, Qty qty, Price price, std::string account = "ACC1")
{
    OrderRequest r;
    r.symbol = "AAPL";
    r.side = side;
    r.type = OrdType::Limit;
    r.tif = TimeInForce::Day;
    r.quantity = qty;
    r.limitPrice = price;
    r.account = std::move(account);
    return r;
}

// QCOMPARE cannot print ordo's enums (their toString returns a string_view),
// so compare their names: a failure then reads "Filled" vs "Accepted".
template<typename E> QByteArray nameOf(E value)
{
    const std::string_view s = toString(value);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// Equal dumps are equal states; on a difference, show the first differing
// line rather than kilobytes of text.
bool sameState(const std::string& actual, const std::string& expected)
{
    if (actual == expected)
        return true;
    const QStringList a = QString::fromStdString(actual).split(QLatin1Char('\n'));
    const QStringList e = QString::fromStdString(expected).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QString x = i < a.size() ? a.at(i) : QStringLiteral("<end of dump>");
        const QString y = i < e.size() ? e.at(i) : QStringLiteral("<end of dump>");
        if (x != y) {
            qWarning().noquote() << "state differs at line" << i + 1 << "\n   actual:  " << x << "\n   expected:" << y;
            break;
        }
    }
    return false;
}

// A journal in memory whose commits can be made to fail.
class MemoryJournal final : public Journal {
public:
    void append(std::span<const std::uint8_t> record) override { buffered.emplace_back(record.begin(), record.end()); }
    Reason commit() override
    {
        if (failures > 0) {
            --failures;
            return {ReasonCode::JournalFailure, "disk full (simulated)"};
        }
        committed.insert(committed.end(), buffered.begin(), buffered.end());
        buffered.clear();
        return {};
    }

    int failures = 0;  // how many of the next commits fail
    std::vector<std::vector<std::uint8_t>> buffered;
    std::vector<std::vector<std::uint8_t>> committed;
};

// One lifetime of the process: a clock, a venue the test plays, an optional
// journal and the engine. Every input comes a millisecond after the previous
// one, so that times in the dump tell the inputs apart.
class Node {
public:
    explicit Node(Timestamp start = kStart)
        : clock(start)
        , engine(clock, gateway)
    {
    }

    ManualClock clock;
    test::RecordingGateway gateway;
    std::unique_ptr<SqliteJournal> journal;  // declared before the engine: outlives it
    Engine engine;

    Reason openJournal(const QString& path)
    {
        journal = std::make_unique<SqliteJournal>(path);
        return journal->open();
    }

    struct Replay {
        JournalLoadReport report;
        std::vector<Reason> refused;  // records engine.replay() could not apply
        Reason finished;
    };
    // As at start-up: replay with no journal attached, then attach it.
    Replay replayJournal()
    {
        Replay out;
        out.report = journal->load([&](std::span<const std::uint8_t> record) {
            if (Reason r = engine.replay(record); !r.ok())
                out.refused.push_back(std::move(r));
        });
        out.finished = engine.finishReplay();
        engine.setJournal(journal.get());
        return out;
    }

    void setUp()
    {
        engine.startSession(kSession);
        engine.setDefaultVenue("XSIM");
        engine.defineInstrument(aapl());
    }
    Actor trader() { return engine.actor("alice", Role::Trader); }
    Actor supervisor() { return engine.actor("sam", Role::Supervisor); }

    void tick() { clock.advance(kMilli); }
    SubmitResult submit(const Actor& a, const OrderRequest& r)
    {
        tick();
        return engine.submit(a, r);
    }
    Reason modify(const Actor& a, OrderId id, Qty qty, Price price)
    {
        tick();
        return engine.modify(a, id, OrderAmendment{qty, price, 0, -1});
    }
    Reason cancel(const Actor& a, OrderId id)
    {
        tick();
        return engine.cancel(a, id);
    }
    MassCancelResult massCancel(const Actor& a, const OrderFilter& f)
    {
        tick();
        return engine.massCancel(a, f);
    }
    Reason engage(const Actor& a, const ScopeSpec& s)
    {
        tick();
        return engine.engageKillSwitch(a, s);
    }
    Reason rearm(const Actor& a, const ScopeSpec& s)
    {
        tick();
        return engine.rearm(a, s);
    }
    Reason flatten(const Actor& a, const ScopeSpec& s)
    {
        tick();
        return engine.flatten(a, s);
    }
    void mark(Price price)
    {
        tick();
        engine.markPrice("AAPL", price);
    }
    // The venue answers the newest message it received about the order.
    Reason answer(OrderId id, VenueEventType type, std::string text = {})
    {
        tick();
        VenueEvent e = test::venueEvent(type, gateway.lastClOrdId(id));
        e.text = std::move(text);
        return engine.onVenueEvent(e);
    }
    // Fills quote the order's current ClOrdID, as a venue does.
    Reason fill(OrderId id, std::string execId, Qty qty, Price price)
    {
        tick();
        const Order* o = engine.order(id);
        const std::string clOrdId(o ? engine.clOrdId(id, o->requestSeq).view() : std::string_view());
        return engine.onVenueEvent(test::fillEvent(clOrdId, std::move(execId), qty, price, 100));
    }
    QByteArray status(OrderId id) const
    {
        const Order* o = engine.order(id);
        return o ? nameOf(o->status) : QByteArray("<no order>");
    }
};

// --- scripted sessions for the round trip --------------------------------
// They check as they go, so a round trip of a session that did not do what
// it claims fails here rather than passing vacuously.

void sessionOnly(Node& n)
{
    n.setUp();
}

void tradingDay(Node& n)
{
    n.setUp();
    const Actor alice = n.trader();
    const Actor sam = n.supervisor();

    // A buy filled in two pieces.
    const OrderId buy = n.submit(alice, limitOrder(Side::Buy, 100, cents(19000))).id;
    QVERIFY(buy);
    QVERIFY(n.answer(buy, VenueEventType::Ack).ok());
    QVERIFY(n.fill(buy, "X1", 40, cents(19000)).ok());
    QCOMPARE(n.status(buy), nameOf(OrderStatus::PartiallyFilled));
    QVERIFY(n.fill(buy, "X2", 60, cents(18999)).ok());
    QCOMPARE(n.status(buy), nameOf(OrderStatus::Filled));

    // A sell replaced, a second replace refused by the venue, a duplicate
    // execution and an overfill refused, then cancelled.
    const OrderId sell = n.submit(alice, limitOrder(Side::Sell, 50, cents(19100))).id;
    QVERIFY(n.answer(sell, VenueEventType::Ack).ok());
    QVERIFY(n.modify(alice, sell, 80, cents(19150)).ok());
    QCOMPARE(n.status(sell), nameOf(OrderStatus::PendingReplace));
    QVERIFY(n.answer(sell, VenueEventType::Replaced).ok());
    QCOMPARE(n.engine.order(sell)->quantity, Qty(80));
    QCOMPARE(n.engine.order(sell)->limitPrice, cents(19150));
    QVERIFY(n.modify(alice, sell, 0, cents(19200)).ok());
    QVERIFY(n.answer(sell, VenueEventType::ReplaceRejected, "too late to modify").ok());
    QCOMPARE(n.status(sell), nameOf(OrderStatus::Accepted));
    QCOMPARE(n.engine.order(sell)->limitPrice, cents(19150));
    QVERIFY(n.fill(sell, "X3", 30, cents(19150)).ok());
    QCOMPARE(nameOf(n.fill(sell, "X3", 30, cents(19150)).code), nameOf(ReasonCode::DuplicateExecId));
    QCOMPARE(nameOf(n.fill(sell, "X4", 500, cents(19150)).code), nameOf(ReasonCode::Overfill));
    QCOMPARE(n.engine.order(sell)->cumQty, Qty(30));
    QVERIFY(n.cancel(alice, sell).ok());
    QVERIFY(n.answer(sell, VenueEventType::Cancelled).ok());
    QCOMPARE(n.status(sell), nameOf(OrderStatus::Cancelled));

    // Refused by validation: the price is off the tick.
    const SubmitResult offTick = n.submit(alice, limitOrder(Side::Buy, 10, cents(19000) + kPriceScale / 1000));
    QCOMPARE(nameOf(offTick.reason.code), nameOf(ReasonCode::TickSize));
    QCOMPARE(n.status(offTick.id), nameOf(OrderStatus::Rejected));

    // A mass cancel takes the working orders, acknowledged or not.
    const OrderId acked = n.submit(alice, limitOrder(Side::Buy, 20, cents(18900))).id;
    QVERIFY(n.answer(acked, VenueEventType::Ack).ok());
    const OrderId unacked = n.submit(alice, limitOrder(Side::Sell, 20, cents(19500))).id;
    OrderFilter all;
    all.symbol = "AAPL";
    const MassCancelResult mc = n.massCancel(alice, all);
    QVERIFY(mc.reason.ok());
    QCOMPARE(mc.matched, 2u);
    QCOMPARE(mc.cancelsSent, 2u);
    QVERIFY(n.answer(acked, VenueEventType::Cancelled).ok());
    QVERIFY(n.answer(unacked, VenueEventType::Cancelled).ok());
    QCOMPARE(n.status(unacked), nameOf(OrderStatus::Cancelled));

    n.mark(cents(19200));

    // The kill switch cancels what works and refuses new orders until re-armed.
    const OrderId working = n.submit(alice, limitOrder(Side::Buy, 5, cents(18800))).id;
    QVERIFY(n.answer(working, VenueEventType::Ack).ok());
    QVERIFY(n.engage(sam, ScopeSpec{}).ok());
    QCOMPARE(n.status(working), nameOf(OrderStatus::PendingCancel));
    const SubmitResult halted = n.submit(alice, limitOrder(Side::Buy, 5, cents(18800)));
    QCOMPARE(nameOf(halted.reason.code), nameOf(ReasonCode::KillSwitchEngaged));
    QVERIFY(n.answer(working, VenueEventType::Cancelled).ok());
    QVERIFY(n.rearm(sam, ScopeSpec{}).ok());
    QVERIFY(n.engine.controls().all().empty());

    // Left working at the end of the run.
    const OrderId open = n.submit(alice, limitOrder(Side::Buy, 10, cents(19100))).id;
    QVERIFY(n.answer(open, VenueEventType::Ack).ok());
    QVERIFY(n.fill(open, "X5", 4, cents(19100)).ok());
    QCOMPARE(n.status(open), nameOf(OrderStatus::PartiallyFilled));
    n.mark(cents(19250));
}

void haltAndFlatten(Node& n)
{
    n.setUp();
    const Actor alice = n.trader();
    const Actor sam = n.supervisor();
    const OrderId buy = n.submit(alice, limitOrder(Side::Buy, 100, cents(19000))).id;
    QVERIFY(n.answer(buy, VenueEventType::Ack).ok());
    QVERIFY(n.fill(buy, "F1", 100, cents(19000)).ok());
    const OrderId sell = n.submit(alice, limitOrder(Side::Sell, 30, cents(19500))).id;
    QVERIFY(n.answer(sell, VenueEventType::Ack).ok());

    // The venue refuses the kill switch's first cancel; the switch tries again.
    QVERIFY(n.engage(sam, ScopeSpec{ControlScope::Kind::Instrument, "AAPL"}).ok());
    QCOMPARE(n.status(sell), nameOf(OrderStatus::PendingCancel));
    QVERIFY(n.answer(sell, VenueEventType::CancelRejected, "busy").ok());
    QCOMPARE(n.status(sell), nameOf(OrderStatus::PendingCancel));
    QVERIFY(n.answer(sell, VenueEventType::Cancelled).ok());
    QCOMPARE(nameOf(n.engine.controls().all().front().phase), nameOf(KillPhase::Confirmed));

    // Flatten sends a closing market order while halted.
    const std::size_t sentBefore = n.gateway.sent.size();
    QVERIFY(n.flatten(sam, ScopeSpec{ControlScope::Kind::Instrument, "AAPL"}).ok());
    QCOMPARE(n.gateway.sent.size(), sentBefore + 1);
    const OrderId closing = n.gateway.last().orderId;
    QCOMPARE(n.gateway.last().quantity, Qty(100));
    QVERIFY(n.answer(closing, VenueEventType::Ack).ok());
    QVERIFY(n.fill(closing, "F2", 100, cents(18900)).ok());
    QCOMPARE(n.status(closing), nameOf(OrderStatus::Filled));
    QVERIFY(n.rearm(sam, ScopeSpec{ControlScope::Kind::Instrument, "AAPL"}).ok());
    n.mark(cents(18950));
}

struct Script {
    void (*run)(Node&) = nullptr;
};

// --- explicitly batched history: one batch per journal frame -------------

using FrameScript = void (*)(Node&);

const std::array<FrameScript, 5> kFrames = {
    [](Node& n) { n.setUp(); },
    [](Node& n) {
        n.submit(n.trader(), limitOrder(Side::Buy, 100, cents(19000)));
        n.submit(n.trader(), limitOrder(Side::Sell, 50, cents(19100)));
    },
    [](Node& n) {
        n.answer(1, VenueEventType::Ack);
        n.answer(2, VenueEventType::Ack);
        n.fill(1, "X1", 40, cents(19000));
        n.submit(n.trader(), limitOrder(Side::Buy, 10, cents(18900)));
    },
    [](Node& n) {
        n.cancel(n.trader(), 2);
        n.fill(1, "X2", 60, cents(19000));
        n.mark(cents(19200));
        n.submit(n.trader(), limitOrder(Side::Sell, 5, cents(19300)));
    },
    [](Node& n) {
        n.answer(2, VenueEventType::Cancelled);
        n.answer(3, VenueEventType::Ack);
        n.answer(4, VenueEventType::Ack);
        n.fill(3, "X3", 10, cents(18900));
    },
};

// Plays the first count frames; committed[i] is the journal's record count
// after frame i+1.
void playFrames(Node& n, int count, std::vector<std::uint64_t>* committed = nullptr)
{
    for (int i = 0; i < count; ++i) {
        n.engine.beginBatch();
        kFrames[static_cast<std::size_t>(i)](n);
        n.engine.endBatch();
        if (committed && n.journal)
            committed->push_back(n.journal->committedRecords());
    }
}

// A long history where every input is its own frame (no batch): frame 1 sets
// up, then orders and acknowledgements follow.
void writeHistory(Node& n, int frames, std::vector<std::uint64_t>* committed = nullptr)
{
    for (int f = 1; f <= frames; ++f) {
        if (f == 1) {
            n.engine.beginBatch();
            n.setUp();
            n.engine.endBatch();
        } else {
            const int k = f - 2;
            if (k % 4 == 3)
                n.answer(n.engine.orders().nextId() - 1, VenueEventType::Ack);
            else
                n.submit(n.trader(), limitOrder(k % 2 ? Side::Sell : Side::Buy, (k % 7 + 1) * 10, cents(19000 - k % 50)));
        }
        if (committed && n.journal)
            committed->push_back(n.journal->committedRecords());
    }
}

// A connection of the test's own to the journal file, for looking at and
// damaging what the journal wrote.
class Database {
public:
    explicit Database(const QString& path)
        : m_name(QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Database()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QList<qint64> ids(const QString& table, const QString& column)
    {
        QList<qint64> out;
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %1").arg(column, table)))
            qWarning() << q.lastError().text();
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }

private:
    QString m_name;
    bool m_open = false;
};

QStringList asideFiles(const QString& dirPath)
{
    QStringList out;
    for (const QString& f : QDir(dirPath).entryList({QStringLiteral("*.damaged-*")}, QDir::Files))
        if (!f.endsWith(QLatin1String("-wal")) && !f.endsWith(QLatin1String("-shm")))
            out << f;
    return out;
}

}  // namespace

enum class Mutation { FlipFirst, FlipMiddle, FlipLast, CutShort, Checksum };
enum class Cut { Fraction, Bytes, Garbage, GarbageAfterHeader, GarbageMiddle };
enum class Aside { No, Yes, Either };
enum class BadRecord { UnknownType, TypeZero, TooShort, SubmitCutInHalf, SubmitTrailingBytes, VenueTypeOutOfRange,
                       StringTooLong };

}  // namespace ordo

Q_DECLARE_METATYPE(ordo::Script)
Q_DECLARE_METATYPE(ordo::Mutation)
Q_DECLARE_METATYPE(ordo::Cut)
Q_DECLARE_METATYPE(ordo::Aside)
Q_DECLARE_METATYPE(ordo::BadRecord)

namespace ordo {

class TestSqliteJournal : public QObject {
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void groupCommit_data();
    void groupCommit();
    void writeAhead_data();
    void writeAhead();
    void damagedFrame_data();
    void damagedFrame();
    void damagedFile_data();
    void damagedFile();
    void undecodableRecord_data();
    void undecodableRecord();
};

void TestSqliteJournal::init()
{
    // Qt warns when a connection is removed or replaced while queries still
    // use it: a leaked SQLite handle on a journal file being moved aside.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^QSqlDatabasePrivate::")));
}

void TestSqliteJournal::roundTrip_data()
{
    QTest::addColumn<Script>("script");
    QTest::addRow("session set up, nothing traded") << Script{&sessionOnly};
    QTest::addRow("trading day: fills, replace, refusals, mass cancel, kill switch") << Script{&tradingDay};
    QTest::addRow("kill switch with a refused cancel, then flatten") << Script{&haltAndFlatten};
}

void TestSqliteJournal::roundTrip()
{
    QFETCH(Script, script);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ordo.journal"));

    std::string expected;
    std::uint64_t records = 0;
    OrderId nextId = kNoOrder;
    Timestamp resume = 0;
    {
        Node live;
        QVERIFY(live.openJournal(path).ok());
        const Node::Replay fresh = live.replayJournal();
        QCOMPARE(fresh.report.records, 0u);
        QVERIFY(!fresh.report.damaged);
        script.run(live);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(live.journal->bufferedRecords(), std::size_t(0));
        records = live.journal->committedRecords();
        QVERIFY(records > 0);
        QCOMPARE(live.engine.counters().journalFailures, 0u);
        expected = dumpState(live.engine);
        nextId = live.engine.orders().nextId();
        resume = live.clock.now() + kNanosPerSecond;
    }

    // Restart twice: each run replays all before it and adds to the journal.
    for (int restart = 1; restart <= 2; ++restart) {
        Node node(resume);
        QVERIFY(node.openJournal(path).ok());
        const Node::Replay replay = node.replayJournal();
        QVERIFY2(!replay.report.damaged, qPrintable(replay.report.damageText));
        QCOMPARE(replay.report.records, records);
        QVERIFY2(replay.refused.empty(), replay.refused.empty() ? "" : replay.refused.front().text.c_str());
        QVERIFY2(replay.finished.ok(), replay.finished.text.c_str());
        QCOMPARE(node.engine.counters().divergences, 0u);
        QVERIFY(sameState(dumpState(node.engine), expected));
        QVERIFY2(node.gateway.sent.empty(), "a replay sent a message to the venue");
        QCOMPARE(std::string(node.engine.sessionPrefix()), std::string(kSession));

        // The host re-applies its reference data after a replay; unchanged, it
        // must not grow the journal.
        node.engine.defineInstrument(aapl());
        node.engine.setDefaultVenue("XSIM");
        QCOMPARE(node.journal->committedRecords(), records);
        QCOMPARE(node.journal->bufferedRecords(), std::size_t(0));

        // New work continues the numbering and lands after the replayed records.
        const SubmitResult more = node.submit(node.trader(), limitOrder(Side::Buy, 7, cents(18900)));
        QVERIFY2(more.reason.ok(), more.reason.text.c_str());
        QCOMPARE(more.id, nextId);
        QCOMPARE(node.gateway.sent.size(), std::size_t(1));
        QCOMPARE(node.gateway.last().clOrdId, std::string(kSession) + "-" + std::to_string(nextId));
        QVERIFY(node.answer(more.id, VenueEventType::Ack).ok());
        QVERIFY(node.journal->committedRecords() > records);

        records = node.journal->committedRecords();
        expected = dumpState(node.engine);
        nextId = node.engine.orders().nextId();
        resume = node.clock.now() + kNanosPerSecond;
    }
}

void TestSqliteJournal::groupCommit_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("submits");
    QTest::addRow("one batch of three submits and an ack") << 1 << 3;
    QTest::addRow("batches nested three deep") << 3 << 2;
    QTest::addRow("an empty batch commits nothing") << 1 << 0;
}

void TestSqliteJournal::groupCommit()
{
    QFETCH(int, depth);
    QFETCH(int, submits);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ordo.journal"));

    std::uint64_t framesBefore = 0;
    std::uint64_t recordsAfter = 0;
    {
        Node n;
        QVERIFY(n.openJournal(path).ok());
        n.replayJournal();
        n.setUp();
        const OrderId first = n.submit(n.trader(), limitOrder(Side::Buy, 10, cents(19000))).id;
        Database look(path);
        QVERIFY(look.isOpen());
        framesBefore = static_cast<std::uint64_t>(look.ids(QStringLiteral("frames"), QStringLiteral("id")).size());
        const std::uint64_t committed = n.journal->committedRecords();
        const std::size_t sent = n.gateway.sent.size();

        for (int i = 0; i < depth; ++i)
            n.engine.beginBatch();
        for (int i = 0; i < submits; ++i)
            QVERIFY(n.submit(n.trader(), limitOrder(Side::Buy, 10 + i, cents(19000))).reason.ok());
        if (submits)
            QVERIFY(n.answer(first, VenueEventType::Ack).ok());
        for (int i = 1; i < depth; ++i) {
            n.engine.endBatch();
            QCOMPARE(n.journal->committedRecords(), committed);  // inner ends do not commit
        }
        const std::size_t buffered = n.journal->bufferedRecords();
        QCOMPARE(buffered > 0, submits > 0);
        QCOMPARE(n.journal->committedRecords(), committed);
        QCOMPARE(static_cast<std::uint64_t>(look.ids(QStringLiteral("frames"), QStringLiteral("id")).size()),
                 framesBefore);
        QCOMPARE(n.gateway.sent.size(), sent);  // nothing goes out before the commit
        QCOMPARE(n.engine.pendingOutbound(), std::size_t(submits));

        n.engine.endBatch();
        QCOMPARE(n.journal->committedRecords(), committed + buffered);
        QCOMPARE(n.journal->bufferedRecords(), std::size_t(0));
        QCOMPARE(n.gateway.sent.size(), sent + std::size_t(submits));
        // One batch, one frame.
        QCOMPARE(static_cast<std::uint64_t>(look.ids(QStringLiteral("frames"), QStringLiteral("id")).size()),
                 framesBefore + (submits ? 1 : 0));
        recordsAfter = n.journal->committedRecords();
    }
    Node again;
    QVERIFY(again.openJournal(path).ok());
    const Node::Replay replay = again.replayJournal();
    QCOMPARE(replay.report.records, recordsAfter);
    QCOMPARE(replay.report.frames, framesBefore + (submits ? 1 : 0));
    QCOMPARE(again.engine.orders().size(), std::size_t(1 + submits));
}

void TestSqliteJournal::writeAhead_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("retryWithSubmit");
    // The host ends a batch on every venue step even when nothing happened:
    // that end retries the commit.
    QTest::addRow("one failed commit, released by the next submit") << 1 << true;
    QTest::addRow("one failed commit, released by an empty batch") << 1 << false;
    QTest::addRow("three failed commits, released by the fourth try") << 3 << false;
}

void TestSqliteJournal::writeAhead()
{
    QFETCH(int, failures);
    QFETCH(bool, retryWithSubmit);
    MemoryJournal journal;
    Node n;
    n.engine.setJournal(&journal);
    n.setUp();
    const Actor alice = n.trader();
    const std::size_t committedBefore = journal.committed.size();
    QVERIFY(journal.buffered.empty());

    journal.failures = failures;
    const SubmitResult held = n.submit(alice, limitOrder(Side::Buy, 10, cents(19000)));
    QVERIFY2(held.reason.ok(), held.reason.text.c_str());
    QVERIFY(held.id);
    QVERIFY2(n.gateway.sent.empty(), "an order reached the venue before its journal record was durable");
    QCOMPARE(n.engine.pendingOutbound(), std::size_t(1));
    QCOMPARE(journal.committed.size(), committedBefore);
    QVERIFY(!n.engine.alerts().empty());
    const Alert& alert = n.engine.alerts().back();
    QCOMPARE(nameOf(alert.code), nameOf(ReasonCode::JournalFailure));
    QVERIFY(alert.severity == Severity::Critical);
    QVERIFY2(alert.text.find("disk full") != std::string::npos, alert.text.c_str());
    QCOMPARE(n.engine.counters().journalFailures, 1u);

    for (int i = 1; i < failures; ++i) {
        n.engine.beginBatch();
        n.engine.endBatch();
        QVERIFY(n.gateway.sent.empty());
        QCOMPARE(n.engine.counters().journalFailures, std::uint64_t(i + 1));
    }

    // The first successful commit releases the held order, ahead of anything newer.
    OrderId second = kNoOrder;
    if (retryWithSubmit)
        second = n.submit(alice, limitOrder(Side::Sell, 5, cents(19100))).id;
    else {
        n.engine.beginBatch();
        n.engine.endBatch();
    }
    QCOMPARE(journal.failures, 0);
    QCOMPARE(n.gateway.sent.size(), std::size_t(second ? 2 : 1));
    QVERIFY(n.gateway.sent[0].kind == test::SentMessage::Kind::New);
    QCOMPARE(n.gateway.sent[0].orderId, held.id);
    if (second)
        QCOMPARE(n.gateway.sent[1].orderId, second);
    QCOMPARE(n.engine.pendingOutbound(), std::size_t(0));
    QVERIFY(journal.buffered.empty());
    QCOMPARE(n.engine.counters().journalFailures, std::uint64_t(failures));
    // The held submit's record became durable, in its place.
    QVERIFY(journal.committed.size() > committedBefore);
    QCOMPARE(int(journal.committed[committedBefore].front()), int(RecordType::Submit));
}

void TestSqliteJournal::damagedFrame_data()
{
    QTest::addColumn<int>("damaged");  // 1-based frame of kFrames
    QTest::addColumn<Mutation>("mutation");
    QTest::addRow("last frame: first payload byte flipped") << 5 << Mutation::FlipFirst;
    QTest::addRow("last frame: a byte in the middle flipped") << 5 << Mutation::FlipMiddle;
    QTest::addRow("last frame: last byte flipped") << 5 << Mutation::FlipLast;
    QTest::addRow("last frame: payload cut short") << 5 << Mutation::CutShort;
    QTest::addRow("last frame: checksum altered") << 5 << Mutation::Checksum;
    QTest::addRow("fourth of five frames damaged: the rest is set aside too") << 4 << Mutation::FlipMiddle;
}

void TestSqliteJournal::damagedFrame()
{
    QFETCH(int, damaged);
    QFETCH(Mutation, mutation);
    const int total = int(kFrames.size());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ordo.journal"));

    std::vector<std::uint64_t> committed;
    {
        Node live;
        QVERIFY(live.openJournal(path).ok());
        live.replayJournal();
        playFrames(live, total, &committed);
        QCOMPARE(live.engine.orders().size(), std::size_t(4));
    }

    QList<qint64> ids;
    QByteArray mutated;
    {
        Database db(path);
        QVERIFY(db.isOpen());
        ids = db.ids(QStringLiteral("frames"), QStringLiteral("id"));
        QCOMPARE(ids.size(), qsizetype(total));
        const qint64 target = ids.at(damaged - 1);
        QSqlQuery q(db.db());
        if (mutation == Mutation::Checksum) {
            // SQLite has no XOR: this flips the lowest bit.
            QVERIFY(q.exec(QStringLiteral("UPDATE frames SET crc = (crc | 1) - (crc & 1) WHERE id = %1").arg(target)));
            QCOMPARE(q.numRowsAffected(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT payload FROM frames WHERE id = %1").arg(target)) && q.next());
            mutated = q.value(0).toByteArray();
        } else {
            QVERIFY(q.exec(QStringLiteral("SELECT payload FROM frames WHERE id = %1").arg(target)) && q.next());
            mutated = q.value(0).toByteArray();
            q.finish();
            QVERIFY(mutated.size() > 16);
            switch (mutation) {
            case Mutation::FlipFirst: mutated[0] = char(mutated[0] ^ 0xff); break;
            case Mutation::FlipMiddle: mutated[mutated.size() / 2] = char(mutated[mutated.size() / 2] ^ 0x5a); break;
            case Mutation::FlipLast: mutated[mutated.size() - 1] = char(mutated[mutated.size() - 1] ^ 0x01); break;
            case Mutation::CutShort: mutated.chop(5); break;
            case Mutation::Checksum: break;
            }
            QSqlQuery update(db.db());
            update.prepare(QStringLiteral("UPDATE frames SET payload = ? WHERE id = ?"));
            update.addBindValue(mutated);
            update.addBindValue(target);
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
            QCOMPARE(update.numRowsAffected(), 1);
        }
    }

    const int intact = damaged - 1;
    Node reference;
    playFrames(reference, intact);

    std::string expected;
    std::uint64_t records = 0;
    Timestamp resume = 0;
    {
        Node node(kLater);
        QVERIFY(node.openJournal(path).ok());
        const Node::Replay replay = node.replayJournal();
        QVERIFY(replay.report.damaged);
        QVERIFY(!replay.report.damageText.isEmpty());
        QVERIFY2(replay.report.damageText.contains(QString::number(ids.at(damaged - 1))),
                 qPrintable(replay.report.damageText));
        QVERIFY(!replay.report.quarantinePath.isEmpty());
        QCOMPARE(replay.report.frames, std::uint64_t(intact));
        QCOMPARE(replay.report.records, committed[std::size_t(intact - 1)]);
        QVERIFY2(replay.refused.empty(), replay.refused.empty() ? "" : replay.refused.front().text.c_str());
        QVERIFY2(replay.finished.ok(), replay.finished.text.c_str());
        QVERIFY(sameState(dumpState(node.engine), dumpState(reference.engine)));
        QVERIFY2(asideFiles(dir.path()).isEmpty(), "an intact file was moved aside for a damaged frame");

        {
            Database db(path);
            QVERIFY(db.isOpen());
            QCOMPARE(db.ids(QStringLiteral("frames"), QStringLiteral("id")), ids.mid(0, intact));
            QCOMPARE(db.ids(QStringLiteral("quarantine"), QStringLiteral("frame_id")), ids.mid(intact));
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral("SELECT payload, reason FROM quarantine WHERE frame_id = %1")
                               .arg(ids.at(damaged - 1))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toByteArray(), mutated);  // kept as found, for forensics
            QVERIFY(!q.value(1).toString().isEmpty());
        }

        // Appends continue on the clean end.
        const SubmitResult more = node.submit(node.trader(), limitOrder(Side::Buy, 3, cents(19000)));
        QVERIFY2(more.reason.ok(), more.reason.text.c_str());
        QCOMPARE(more.id, reference.engine.orders().nextId());
        QVERIFY(node.answer(more.id, VenueEventType::Ack).ok());
        records = node.journal->committedRecords();
        QVERIFY(records > replay.report.records);
        expected = dumpState(node.engine);
        resume = node.clock.now();
    }

    Node again(resume);
    QVERIFY(again.openJournal(path).ok());
    const Node::Replay replay = again.replayJournal();
    QVERIFY2(!replay.report.damaged, qPrintable(replay.report.damageText));
    QCOMPARE(replay.report.records, records);
    QVERIFY(replay.refused.empty());
    QVERIFY2(replay.finished.ok(), replay.finished.text.c_str());
    QVERIFY(sameState(dumpState(again.engine), expected));
    Database db(path);
    QCOMPARE(db.ids(QStringLiteral("quarantine"), QStringLiteral("frame_id")).size(), qsizetype(total - intact));
}

void TestSqliteJournal::damagedFile_data()
{
    QTest::addColumn<Cut>("cut");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<Aside>("aside");
    QTest::addColumn<bool>("lossReported");
    QTest::addRow("cut to half its size") << Cut::Fraction << 0.5 << qint64(0) << Aside::Yes << true;
    QTest::addRow("cut to 90 percent") << Cut::Fraction << 0.9 << qint64(0) << Aside::Yes << true;
    QTest::addRow("cut to the first page") << Cut::Bytes << 0.0 << qint64(4096) << Aside::Yes << true;
    QTest::addRow("cut inside the header") << Cut::Bytes << 0.0 << qint64(60) << Aside::Yes << true;
    // An empty file is what SQLite itself leaves when it dies before its first
    // write: it reads as a new journal, and nothing tells it from one.
    QTest::addRow("cut to nothing") << Cut::Bytes << 0.0 << qint64(0) << Aside::No << false;
    QTest::addRow("garbage bytes") << Cut::Garbage << 0.0 << qint64(0) << Aside::Yes << true;
    QTest::addRow("garbage after an intact header") << Cut::GarbageAfterHeader << 0.0 << qint64(0) << Aside::Yes << true;
    QTest::addRow("garbage over the middle pages") << Cut::GarbageMiddle << 0.0 << qint64(0) << Aside::Either << true;
}

void TestSqliteJournal::damagedFile()
{
    QFETCH(Cut, cut);
    QFETCH(double, fraction);
    QFETCH(qint64, bytes);
    QFETCH(Aside, aside);
    QFETCH(bool, lossReported);
    constexpr int kHistory = 400;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ordo.journal"));

    std::vector<std::uint64_t> committed;
    {
        Node live;
        QVERIFY(live.openJournal(path).ok());
        live.replayJournal();
        writeHistory(live, kHistory, &committed);
    }
    // Closed: the WAL is checkpointed into the file and removed.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size > 16 * 4096, "the history should span many pages");

    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QRandomGenerator noise(20261121);
        auto garbage = [&](qint64 n) {
            QByteArray b(n, Qt::Uninitialized);
            for (char& c : b)
                c = char(noise.bounded(256));
            return b;
        };
        switch (cut) {
        case Cut::Fraction: QVERIFY(f.resize(qint64(double(size) * fraction))); break;
        case Cut::Bytes: QVERIFY(f.resize(bytes)); break;
        case Cut::Garbage: QVERIFY(f.write(garbage(size)) == size); break;
        case Cut::GarbageAfterHeader:
            QVERIFY(f.seek(100));
            QVERIFY(f.write(garbage(size - 100)) == size - 100);
            break;
        case Cut::GarbageMiddle:
            QVERIFY(f.seek(size / 3));
            QVERIFY(f.write(garbage(size / 3)) == size / 3);
            break;
        }
    }
    const qint64 damagedSize = QFileInfo(path).size();

    std::string expected;
    std::uint64_t records = 0;
    Timestamp resume = 0;
    {
        Node node(kLater);
        const Reason opened = node.openJournal(path);
        QVERIFY2(opened.ok() || opened.code == ReasonCode::JournalDamaged, opened.text.c_str());
        const Node::Replay replay = node.replayJournal();
        QVERIFY2(replay.refused.empty(), replay.refused.empty() ? "" : replay.refused.front().text.c_str());
        QVERIFY2(replay.finished.ok(), replay.finished.text.c_str());

        // What was recovered is exactly a prefix of the history, frame for frame.
        const std::uint64_t frames = replay.report.frames;
        QVERIFY(frames <= std::uint64_t(kHistory));
        QCOMPARE(replay.report.records, frames ? committed[frames - 1] : 0u);
        Node reference;
        writeHistory(reference, int(frames));
        QVERIFY(sameState(dumpState(node.engine), dumpState(reference.engine)));

        const QString told = QString::fromStdString(opened.text) + replay.report.damageText;
        qInfo().noquote() << "recovered" << frames << "of" << kHistory << "frames;" << told;
        // A file cut short keeps most of its pages: the intact prefix must be
        // recovered, not thrown away with the damaged tail.
        if (cut == Cut::Fraction)
            QVERIFY2(frames >= std::uint64_t(kHistory * fraction * 0.5),
                     qPrintable(QStringLiteral("only %1 frames recovered").arg(frames)));
        if (lossReported) {
            QVERIFY(frames < std::uint64_t(kHistory));
            QVERIFY2(!opened.ok() || replay.report.damaged, "data was lost without a word");
            QVERIFY(!told.isEmpty());
        } else {
            QVERIFY(opened.ok());
            QVERIFY(!replay.report.damaged);
        }
        const QStringList kept = asideFiles(dir.path());
        if (aside == Aside::Yes)
            QVERIFY2(!kept.isEmpty(), "the unreadable file was not kept");
        if (aside == Aside::No)
            QVERIFY2(kept.isEmpty(), qPrintable(kept.join(QLatin1Char(' '))));
        if (!kept.isEmpty()) {
            QCOMPARE(kept.size(), qsizetype(1));
            QCOMPARE(QFileInfo(dir.filePath(kept.front())).size(), damagedSize);  // renamed, not rewritten
            QVERIFY2(told.contains(kept.front()) || replay.report.quarantinePath.endsWith(kept.front()),
                     qPrintable(told));
        }

        // Whatever happened, the journal works from here on.
        if (!node.engine.hasSession())
            node.setUp();
        const SubmitResult more = node.submit(node.trader(), limitOrder(Side::Buy, 3, cents(19000)));
        QVERIFY2(more.reason.ok(), more.reason.text.c_str());
        QVERIFY(!node.gateway.sent.empty());
        QCOMPARE(node.engine.counters().journalFailures, 0u);
        QCOMPARE(node.journal->bufferedRecords(), std::size_t(0));
        records = node.journal->committedRecords();
        QVERIFY(records > replay.report.records);
        expected = dumpState(node.engine);
        resume = node.clock.now();
    }

    Node again(resume);
    QVERIFY(again.openJournal(path).ok());
    const Node::Replay replay = again.replayJournal();
    QVERIFY2(!replay.report.damaged, qPrintable(replay.report.damageText));
    QCOMPARE(replay.report.records, records);
    QVERIFY(replay.refused.empty());
    QVERIFY2(replay.finished.ok(), replay.finished.text.c_str());
    QVERIFY(sameState(dumpState(again.engine), expected));
}

void TestSqliteJournal::undecodableRecord_data()
{
    QTest::addColumn<BadRecord>("bad");
    QTest::addRow("unknown record type") << BadRecord::UnknownType;
    QTest::addRow("record type zero") << BadRecord::TypeZero;
    QTest::addRow("too short for its header") << BadRecord::TooShort;
    QTest::addRow("submit cut in half") << BadRecord::SubmitCutInHalf;
    QTest::addRow("submit with trailing bytes") << BadRecord::SubmitTrailingBytes;
    QTest::addRow("venue event of an unknown type") << BadRecord::VenueTypeOutOfRange;
    QTest::addRow("string longer than the record") << BadRecord::StringTooLong;
}

void TestSqliteJournal::undecodableRecord()
{
    QFETCH(BadRecord, bad);

    // Real records to spoil, as the engine encodes them.
    MemoryJournal memory;
    {
        Node n;
        n.engine.setJournal(&memory);
        n.setUp();
        const OrderId id = n.submit(n.trader(), limitOrder(Side::Buy, 10, cents(19000))).id;
        n.answer(id, VenueEventType::Ack);
    }
    auto firstOf = [&](RecordType type) {
        for (const auto& r : memory.committed)
            if (r.front() == std::uint8_t(type))
                return r;
        return std::vector<std::uint8_t>{};
    };
    std::vector<std::uint8_t> record;
    ByteWriter w(record);
    switch (bad) {
    case BadRecord::UnknownType:
        w.u8(200);
        w.i64(kStart);
        break;
    case BadRecord::TypeZero:
        w.u8(0);
        w.i64(kStart);
        break;
    case BadRecord::TooShort: record = {std::uint8_t(RecordType::Submit), 1, 2}; break;
    case BadRecord::SubmitCutInHalf:
        record = firstOf(RecordType::Submit);
        record.resize(record.size() / 2);
        break;
    case BadRecord::SubmitTrailingBytes:
        record = firstOf(RecordType::Submit);
        record.insert(record.end(), {1, 2, 3});
        break;
    case BadRecord::VenueTypeOutOfRange:
        record = firstOf(RecordType::VenueEvent);
        record.at(9) = 99;  // after [u8 type][i64 time]
        break;
    case BadRecord::StringTooLong:
        w.u8(std::uint8_t(RecordType::SessionStart));
        w.i64(kStart);
        w.u32(0xfffffff0u);
        w.u8('2');
        break;
    }
    QVERIFY(record.size() >= 3);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ordo.journal"));
    std::string expected;
    {
        Node live;
        QVERIFY(live.openJournal(path).ok());
        live.replayJournal();
        live.setUp();
        const OrderId id = live.submit(live.trader(), limitOrder(Side::Buy, 10, cents(19000))).id;
        // The bad record in a frame of its own, framed and checksummed by the
        // journal itself, so only its content is wrong.
        live.journal->append(record);
        QVERIFY(live.journal->commit().ok());
        QVERIFY(live.answer(id, VenueEventType::Ack).ok());
        QVERIFY(live.fill(id, "X1", 10, cents(19000)).ok());
        expected = dumpState(live.engine);
    }

    Node node;
    QVERIFY(node.openJournal(path).ok());
    const Node::Replay replay = node.replayJournal();
    QVERIFY2(!replay.report.damaged, qPrintable(replay.report.damageText));
    QCOMPARE(replay.refused.size(), std::size_t(1));
    QCOMPARE(nameOf(replay.refused.front().code), nameOf(ReasonCode::JournalDamaged));
    QVERIFY(!replay.refused.front().text.empty());
    QVERIFY2(replay.finished.ok(), replay.finished.text.c_str());
    // Every other record was applied: the state is the live run's.
    QVERIFY(sameState(dumpState(node.engine), expected));
}

}  // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestSqliteJournal)
#include "tst_sqlitejournal.moc"
