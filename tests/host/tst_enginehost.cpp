// EngineHost from the GUI thread's side: commands go in through slots, value
// snapshots come back as coalesced signal batches in the GUI thread, with the
// paper venue acknowledging and filling orders and the journal carrying the
// state across a restart.

#include "enginehost.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace ordo {
namespace {

constexpr int kTimeout = 10'000;
const QString kSession = QStringLiteral("20261121");

constexpr Price cents(std::int64_t c)
{
    return c * (kPriceScale / 100);
}

// The test's venue: steps every 5 ms, so everything below happens in
// milliseconds; AAPL starts at 190.00.
HostConfig testConfig(Role role = Role::Trader, const QString& user = QStringLiteral("alice"))
{
    HostConfig c;
    c.user = user;
    c.role = role;
    c.sessionPrefix = kSession;
    c.instruments = {InstrumentConfig{Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}}, 190 * kPriceScale}};
    c.paperVenue = true;
    c.venueStepMs = 5;
    return c;
}

OrderRequest limitOrder(const QString& clientOrderId, Side side, Qty qty, Price price, std::string account = "ACC1")
{
    OrderRequest r;
    r.clientOrderId = clientOrderId.toStdString();
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
// so compare their names.
template<typename E> QByteArray nameOf(E value)
{
    const std::string_view s = toString(value);
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// Where an order is on its way to Filled; -1 for anything off that way.
int progress(OrderStatus s)
{
    switch (s) {
    case OrderStatus::PendingNew: return 0;
    case OrderStatus::Accepted: return 1;
    case OrderStatus::PartiallyFilled: return 2;
    case OrderStatus::Filled: return 3;
    default: return -1;
    }
}

// Everything a GUI would see of one host, kept as it arrives.
class Observer : public QObject {
public:
    explicit Observer(EngineHost& host)
    {
        connect(&host, &EngineHost::started, this, [this](const StartupReport& r) {
            threads.insert(QThread::currentThread());
            reports << r;
        });
        connect(&host, &EngineHost::ordersChanged, this, [this](const QList<OrderSnapshot>& batch) {
            threads.insert(QThread::currentThread());
            if (++orderBatches == 1)
                firstBatch = batch;
            for (const OrderSnapshot& o : batch) {
                orders[o.id] = o;
                QList<OrderStatus>& h = history[o.id];
                if (h.isEmpty() || h.back() != o.status)
                    h << o.status;
            }
        });
        connect(&host, &EngineHost::executionsAdded, this, [this](const QList<ExecutionSnapshot>& batch) {
            threads.insert(QThread::currentThread());
            executions << batch;
        });
        connect(&host, &EngineHost::positionsChanged, this, [this](const QList<PositionSnapshot>& batch) {
            threads.insert(QThread::currentThread());
            for (const PositionSnapshot& p : batch)
                positions[p.account + QLatin1Char('/') + p.symbol] = p;
        });
        connect(&host, &EngineHost::alertsRaised, this, [this](const QList<AlertSnapshot>& batch) {
            threads.insert(QThread::currentThread());
            alerts << batch;
        });
        connect(&host, &EngineHost::tradingControlsChanged, this, [this](const QList<ControlSnapshot>& list) {
            threads.insert(QThread::currentThread());
            controls = list;
            ++controlBatches;
        });
        connect(&host, &EngineHost::submitFinished, this, [this](const SubmitOutcome& o) {
            threads.insert(QThread::currentThread());
            outcomes[o.clientOrderId] = o;
        });
        connect(&host, &EngineHost::massCancelFinished, this, [this](const MassCancelResult& r) {
            threads.insert(QThread::currentThread());
            massCancels << r;
        });
        connect(&host, &EngineHost::commandFailed, this, [this](const QString& command, const QString& text) {
            threads.insert(QThread::currentThread());
            failures << qMakePair(command, text);
        });
    }

    OrderStatus status(OrderId id) const { return orders.value(id).status; }
    bool hasStatus(OrderId id, OrderStatus s) const { return orders.contains(id) && orders.value(id).status == s; }
    bool halted(const QString& name) const
    {
        for (const ControlSnapshot& c : controls)
            if (c.state == TradingState::Halted && c.name == name)
                return true;
        return false;
    }
    bool hasAlert(ReasonCode code) const
    {
        return std::any_of(alerts.begin(), alerts.end(), [&](const AlertSnapshot& a) { return a.code == code; });
    }

    QList<StartupReport> reports;
    int orderBatches = 0;
    QList<OrderSnapshot> firstBatch;
    QHash<OrderId, OrderSnapshot> orders;
    QHash<OrderId, QList<OrderStatus>> history;
    QList<ExecutionSnapshot> executions;
    QHash<QString, PositionSnapshot> positions;
    QList<AlertSnapshot> alerts;
    QList<ControlSnapshot> controls;
    int controlBatches = 0;
    QHash<QString, SubmitOutcome> outcomes;
    QList<MassCancelResult> massCancels;
    QList<QPair<QString, QString>> failures;
    QSet<QThread*> threads;
};

}  // namespace

enum class Forbidden { Submit, MassCancel, KillSwitch, Rearm };

}  // namespace ordo

Q_DECLARE_METATYPE(ordo::Forbidden)
Q_DECLARE_METATYPE(ordo::Side)
Q_DECLARE_METATYPE(ordo::OrderStatus)
Q_DECLARE_METATYPE(ordo::ReasonCode)
Q_DECLARE_METATYPE(ordo::Role)

namespace ordo {

class TestEngineHost : public QObject {
    Q_OBJECT

private slots:
    void startReport_data();
    void startReport();
    void orderLifecycle_data();
    void orderLifecycle();
    void rejectedSubmit_data();
    void rejectedSubmit();
    void permissions_data();
    void permissions();
    void signalsArriveInGuiThread();
    void coalescing();
    void restart_data();
    void restart();
    void killSwitch_data();
    void killSwitch();
};

void TestEngineHost::startReport_data()
{
    QTest::addColumn<bool>("withJournal");
    QTest::addRow("no journal") << false;
    QTest::addRow("a new journal file") << true;
}

void TestEngineHost::startReport()
{
    QFETCH(bool, withJournal);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HostConfig config = testConfig();
    if (withJournal)
        config.journalPath = dir.filePath(QStringLiteral("ordo.journal"));
    EngineHost host(config);
    QSignalSpy started(&host, &EngineHost::started);
    QSignalSpy controls(&host, &EngineHost::tradingControlsChanged);
    QVERIFY(started.isValid());
    QVERIFY(!host.isRunning());
    host.start();
    QVERIFY(host.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);
    const StartupReport report = started.at(0).at(0).value<StartupReport>();
    QCOMPARE(report.recordsReplayed, 0u);
    QCOMPARE(report.ordersRestored, 0u);
    QVERIFY(!report.journalDamaged);
    QVERIFY2(report.journalText.isEmpty(), qPrintable(report.journalText));
    QCOMPARE(report.journalPath, config.journalPath);
    // The full snapshot after start includes the (empty) trading controls.
    QTRY_VERIFY_WITH_TIMEOUT(controls.count() >= 1, kTimeout);
    QVERIFY(controls.at(0).at(0).value<QList<ControlSnapshot>>().isEmpty());
    host.stop();
    QVERIFY(!host.isRunning());
    QCOMPARE(started.count(), 1);
}

void TestEngineHost::orderLifecycle_data()
{
    QTest::addColumn<bool>("paperVenue");
    QTest::addColumn<Side>("side");
    QTest::addColumn<Price>("price");
    QTest::addColumn<OrderStatus>("finalStatus");
    QTest::addRow("marketable buy limit fills") << true << Side::Buy << cents(25000) << OrderStatus::Filled;
    QTest::addRow("marketable sell limit fills") << true << Side::Sell << cents(10000) << OrderStatus::Filled;
    QTest::addRow("passive buy limit rests at the venue") << true << Side::Buy << cents(10000) << OrderStatus::Accepted;
    QTest::addRow("no venue connection: stays pending") << false << Side::Buy << cents(25000)
                                                        << OrderStatus::PendingNew;
}

void TestEngineHost::orderLifecycle()
{
    QFETCH(bool, paperVenue);
    QFETCH(Side, side);
    QFETCH(Price, price);
    QFETCH(OrderStatus, finalStatus);
    constexpr Qty kQty = 100;
    HostConfig config = testConfig();
    config.paperVenue = paperVenue;
    EngineHost host(config);
    Observer seen(host);
    QSignalSpy positions(&host, &EngineHost::positionsChanged);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.reports.size(), qsizetype(1), kTimeout);

    host.submitOrder(limitOrder(QStringLiteral("t-1"), side, kQty, price));
    QTRY_VERIFY_WITH_TIMEOUT(seen.outcomes.contains(QStringLiteral("t-1")), kTimeout);
    const SubmitOutcome outcome = seen.outcomes.value(QStringLiteral("t-1"));
    QCOMPARE(nameOf(outcome.code), nameOf(ReasonCode::None));
    QVERIFY(!outcome.duplicate);
    const OrderId id = outcome.orderId;
    QCOMPARE(id, OrderId(1));

    QTRY_VERIFY_WITH_TIMEOUT(seen.hasStatus(id, finalStatus), kTimeout);
    if (finalStatus != OrderStatus::Filled) {
        // Give the venue many steps: the order must stay where it is.
        QTest::qWait(200);
        QCOMPARE(nameOf(seen.status(id)), nameOf(finalStatus));
    }
    // Batches coalesce, so steps may be skipped, but never taken backwards.
    const QList<OrderStatus> steps = seen.history.value(id);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QVERIFY2(progress(steps[i]) >= 0, toString(steps[i]).data());
        if (i)
            QVERIFY2(progress(steps[i - 1]) < progress(steps[i]), toString(steps[i]).data());
    }

    const OrderSnapshot o = seen.orders.value(id);
    QCOMPARE(o.clientOrderId, QStringLiteral("t-1"));
    QCOMPARE(o.clOrdId, kSession + QStringLiteral("-1"));
    QCOMPARE(o.symbol, QStringLiteral("AAPL"));
    QCOMPARE(o.account, QStringLiteral("ACC1"));
    QCOMPARE(o.trader, QStringLiteral("alice"));
    QCOMPARE(o.venue, QStringLiteral("PAPER"));
    QCOMPARE(o.quantity, kQty);
    QCOMPARE(o.limitPrice, price);
    if (finalStatus == OrderStatus::Filled) {
        QCOMPARE(o.cumQty, kQty);
        QCOMPARE(o.leavesQty, Qty(0));
        QVERIFY(o.avgPrice > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.executions.isEmpty(), kTimeout);
        Qty executed = 0;
        for (const ExecutionSnapshot& x : seen.executions) {
            QCOMPARE(x.orderId, id);
            executed += x.quantity;
        }
        QCOMPARE(executed, kQty);
        const Qty expected = sideSign(side) * kQty;
        QTRY_VERIFY_WITH_TIMEOUT(seen.positions.value(QStringLiteral("ACC1/AAPL")).quantity == expected, kTimeout);
        QVERIFY(positions.count() >= 1);
    } else {
        QCOMPARE(o.cumQty, Qty(0));
        QCOMPARE(o.leavesQty, kQty);
        QVERIFY(seen.executions.isEmpty());
    }
}

void TestEngineHost::rejectedSubmit_data()
{
    QTest::addColumn<OrderRequest>("request");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<bool>("orderCreated");
    OrderRequest offTick = limitOrder(QStringLiteral("r-1"), Side::Buy, 10, cents(19000) + kPriceScale / 1000);
    OrderRequest noQty = limitOrder(QStringLiteral("r-1"), Side::Buy, 0, cents(19000));
    OrderRequest noAccount = limitOrder(QStringLiteral("r-1"), Side::Buy, 10, cents(19000), "");
    OrderRequest unknown = limitOrder(QStringLiteral("r-1"), Side::Buy, 10, cents(19000));
    unknown.symbol = "ZZZZ";
    QTest::addRow("price off the tick") << offTick << ReasonCode::TickSize << true;
    QTest::addRow("zero quantity") << noQty << ReasonCode::InvalidQuantity << true;
    QTest::addRow("no account") << noAccount << ReasonCode::MissingAccount << true;
    QTest::addRow("unknown symbol") << unknown << ReasonCode::UnknownInstrument << false;
}

void TestEngineHost::rejectedSubmit()
{
    QFETCH(OrderRequest, request);
    QFETCH(ReasonCode, code);
    QFETCH(bool, orderCreated);
    EngineHost host(testConfig());
    Observer seen(host);
    host.start();
    host.submitOrder(request);
    QTRY_VERIFY_WITH_TIMEOUT(seen.outcomes.contains(QStringLiteral("r-1")), kTimeout);
    const SubmitOutcome outcome = seen.outcomes.value(QStringLiteral("r-1"));
    QCOMPARE(nameOf(outcome.code), nameOf(code));
    QVERIFY(!outcome.text.isEmpty());
    QCOMPARE(outcome.orderId != kNoOrder, orderCreated);
    QTRY_VERIFY_WITH_TIMEOUT(seen.hasAlert(code), kTimeout);
    if (orderCreated) {
        QTRY_VERIFY_WITH_TIMEOUT(seen.hasStatus(outcome.orderId, OrderStatus::Rejected), kTimeout);
        QCOMPARE(seen.orders.value(outcome.orderId).text, outcome.text);
    }
    // Nothing was sent, so nothing comes back.
    QTest::qWait(50);
    QVERIFY(seen.executions.isEmpty());
}

void TestEngineHost::permissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Forbidden>("action");
    QTest::addRow("analyst submits an order") << Role::Analyst << Forbidden::Submit;
    QTest::addRow("analyst mass cancels") << Role::Analyst << Forbidden::MassCancel;
    QTest::addRow("analyst engages the kill switch") << Role::Analyst << Forbidden::KillSwitch;
    QTest::addRow("trader engages the kill switch") << Role::Trader << Forbidden::KillSwitch;
    QTest::addRow("trader re-arms trading") << Role::Trader << Forbidden::Rearm;
}

void TestEngineHost::permissions()
{
    QFETCH(Role, role);
    QFETCH(Forbidden, action);
    EngineHost host(testConfig(role, QStringLiteral("pat")));
    Observer seen(host);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.reports.size(), qsizetype(1), kTimeout);
    switch (action) {
    case Forbidden::Submit: {
        host.submitOrder(limitOrder(QStringLiteral("p-1"), Side::Buy, 10, cents(19000)));
        QTRY_VERIFY_WITH_TIMEOUT(seen.outcomes.contains(QStringLiteral("p-1")), kTimeout);
        const SubmitOutcome outcome = seen.outcomes.value(QStringLiteral("p-1"));
        QCOMPARE(nameOf(outcome.code), nameOf(ReasonCode::NotPermitted));
        QCOMPARE(outcome.orderId, kNoOrder);
        QVERIFY2(outcome.text.contains(QStringLiteral("pat")), qPrintable(outcome.text));
        break;
    }
    case Forbidden::MassCancel:
        host.massCancel(OrderFilter{});
        QTRY_COMPARE_WITH_TIMEOUT(seen.massCancels.size(), qsizetype(1), kTimeout);
        QCOMPARE(nameOf(seen.massCancels.front().reason.code), nameOf(ReasonCode::NotPermitted));
        QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), qsizetype(1), kTimeout);
        break;
    case Forbidden::KillSwitch:
        host.engageKillSwitch(ScopeSpec{});
        QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), qsizetype(1), kTimeout);
        QVERIFY2(seen.failures.front().second.contains(QStringLiteral("supervisor")),
                 qPrintable(seen.failures.front().second));
        break;
    case Forbidden::Rearm:
        host.rearm(ScopeSpec{});
        QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), qsizetype(1), kTimeout);
        break;
    }
    if (!seen.failures.isEmpty())
        QVERIFY(!seen.failures.front().first.isEmpty() && !seen.failures.front().second.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(seen.hasAlert(ReasonCode::NotPermitted), kTimeout);
    // Refused outright: no order, no control.
    QTest::qWait(50);
    QVERIFY(seen.orders.isEmpty());
    QVERIFY(seen.controls.isEmpty());
}

void TestEngineHost::signalsArriveInGuiThread()
{
    EngineHost host(testConfig());
    Observer seen(host);
    // A direct connection runs wherever the host emits: a model connected
    // that way must still run in the GUI thread.
    QSet<QThread*> emittedIn;
    connect(&host, &EngineHost::ordersChanged, this, [&] { emittedIn.insert(QThread::currentThread()); },
            Qt::DirectConnection);
    connect(&host, &EngineHost::positionsChanged, this, [&] { emittedIn.insert(QThread::currentThread()); },
            Qt::DirectConnection);
    host.start();
    host.submitOrder(limitOrder(QStringLiteral("g-1"), Side::Buy, 10, cents(25000)));
    QTRY_VERIFY_WITH_TIMEOUT(seen.hasStatus(1, OrderStatus::Filled), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!seen.positions.isEmpty(), kTimeout);
    QCOMPARE(emittedIn, QSet<QThread*>{QThread::currentThread()});
    QCOMPARE(seen.threads, QSet<QThread*>{QThread::currentThread()});
}

void TestEngineHost::coalescing()
{
    constexpr int kOrders = 2000;
    EngineHost host(testConfig());
    Observer seen(host);
    QSignalSpy batches(&host, &EngineHost::ordersChanged);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(seen.reports.size(), qsizetype(1), kTimeout);
    for (int i = 0; i < kOrders; ++i)
        host.submitOrder(limitOrder(QStringLiteral("c-%1").arg(i), Side::Buy, 1 + i % 10, cents(10000 + i % 100)));
    QTRY_COMPARE_WITH_TIMEOUT(seen.outcomes.size(), qsizetype(kOrders), 30'000);
    // The venue acknowledges them all; the latest state wins in every batch.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(seen.orders.cbegin(), seen.orders.cend(),
                                         [](const OrderSnapshot& o) { return o.status == OrderStatus::Accepted; })
                                 && seen.orders.size() == kOrders,
                             30'000);
    for (OrderId id = 1; id <= OrderId(kOrders); ++id)
        QVERIFY2(seen.orders.contains(id), qPrintable(QString::number(id)));
    for (int i = 0; i < kOrders; ++i)
        QCOMPARE(seen.outcomes.value(QStringLiteral("c-%1").arg(i)).orderId, OrderId(i + 1));
    qInfo() << kOrders << "orders submitted and acknowledged, published in" << batches.count() << "batches";
    QCOMPARE(batches.count(), seen.orderBatches);
    QVERIFY2(batches.count() * 20 < kOrders, qPrintable(QString::number(batches.count())));
}

void TestEngineHost::restart_data()
{
    QTest::addColumn<bool>("synchronousFull");
    QTest::addRow("journal at synchronous NORMAL") << false;
    QTest::addRow("journal at synchronous FULL") << true;
}

void TestEngineHost::restart()
{
    QFETCH(bool, synchronousFull);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HostConfig config = testConfig();
    config.journalPath = dir.filePath(QStringLiteral("ordo.journal"));
    config.journalSynchronousFull = synchronousFull;

    QHash<OrderId, OrderSnapshot> before;
    PositionSnapshot positionBefore;
    {
        EngineHost host(config);
        Observer seen(host);
        host.start();
        host.submitOrder(limitOrder(QStringLiteral("a-1"), Side::Buy, 100, cents(25000)));
        host.submitOrder(limitOrder(QStringLiteral("a-2"), Side::Buy, 50, cents(25000)));
        host.submitOrder(limitOrder(QStringLiteral("a-3"), Side::Sell, 30, cents(10000)));
        host.submitOrder(limitOrder(QStringLiteral("a-4"), Side::Buy, 10, cents(10000)));
        host.submitOrder(limitOrder(QStringLiteral("a-5"), Side::Buy, 10, cents(19000) + 1));
        QTRY_VERIFY_WITH_TIMEOUT(seen.hasStatus(1, OrderStatus::Filled) && seen.hasStatus(2, OrderStatus::Filled)
                                     && seen.hasStatus(3, OrderStatus::Filled)
                                     && seen.hasStatus(4, OrderStatus::Accepted)
                                     && seen.hasStatus(5, OrderStatus::Rejected),
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(seen.positions.value(QStringLiteral("ACC1/AAPL")).quantity == 120, kTimeout);
        host.stop();
        before = seen.orders;
        positionBefore = seen.positions.value(QStringLiteral("ACC1/AAPL"));
    }

    EngineHost host(config);
    Observer seen(host);
    QSignalSpy started(&host, &EngineHost::started);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);
    const StartupReport report = started.at(0).at(0).value<StartupReport>();
    QVERIFY(report.recordsReplayed > 0);
    QCOMPARE(report.ordersRestored, 5u);
    QVERIFY(!report.journalDamaged);
    QVERIFY2(report.journalText.isEmpty(), qPrintable(report.journalText));

    QTRY_VERIFY_WITH_TIMEOUT(seen.orderBatches >= 1, kTimeout);
    QCOMPARE(seen.firstBatch.size(), qsizetype(5));
    for (const OrderSnapshot& o : seen.firstBatch) {
        QVERIFY(before.contains(o.id));
        const OrderSnapshot& b = before[o.id];
        QCOMPARE(nameOf(o.status), nameOf(b.status));
        QCOMPARE(o.clientOrderId, b.clientOrderId);
        QCOMPARE(o.clOrdId, b.clOrdId);
        QCOMPARE(o.quantity, b.quantity);
        QCOMPARE(o.cumQty, b.cumQty);
        QCOMPARE(o.avgPrice, b.avgPrice);
        QCOMPARE(o.limitPrice, b.limitPrice);
        QCOMPARE(o.text, b.text);
        QCOMPARE(o.createdTime, b.createdTime);
    }
    QTRY_VERIFY_WITH_TIMEOUT(seen.positions.contains(QStringLiteral("ACC1/AAPL")), kTimeout);
    const PositionSnapshot p = seen.positions.value(QStringLiteral("ACC1/AAPL"));
    QCOMPARE(p.quantity, positionBefore.quantity);
    QCOMPARE(p.avgPrice, positionBefore.avgPrice);
    QCOMPARE(p.realizedPnl, positionBefore.realizedPnl);

    // A resubmitted client order id is recognised; a new one continues the numbering.
    host.submitOrder(limitOrder(QStringLiteral("a-1"), Side::Buy, 100, cents(25000)));
    host.submitOrder(limitOrder(QStringLiteral("a-6"), Side::Buy, 10, cents(25000)));
    QTRY_VERIFY_WITH_TIMEOUT(seen.outcomes.contains(QStringLiteral("a-6")), kTimeout);
    QVERIFY(seen.outcomes.value(QStringLiteral("a-1")).duplicate);
    QCOMPARE(seen.outcomes.value(QStringLiteral("a-1")).orderId, OrderId(1));
    QCOMPARE(seen.outcomes.value(QStringLiteral("a-6")).orderId, OrderId(6));
    QTRY_VERIFY_WITH_TIMEOUT(seen.hasStatus(6, OrderStatus::Filled), kTimeout);
}

void TestEngineHost::killSwitch_data()
{
    QTest::addColumn<ScopeSpec>("scope");
    QTest::addColumn<QString>("name");
    QTest::addRow("everything") << ScopeSpec{ControlScope::Kind::All, ""} << QString();
    QTest::addRow("one instrument") << ScopeSpec{ControlScope::Kind::Instrument, "AAPL"} << QStringLiteral("AAPL");
    QTest::addRow("one trader") << ScopeSpec{ControlScope::Kind::Trader, "sam"} << QStringLiteral("sam");
}

void TestEngineHost::killSwitch()
{
    QFETCH(ScopeSpec, scope);
    QFETCH(QString, name);
    EngineHost host(testConfig(Role::Supervisor, QStringLiteral("sam")));
    Observer seen(host);
    QSignalSpy controls(&host, &EngineHost::tradingControlsChanged);
    host.start();
    host.submitOrder(limitOrder(QStringLiteral("k-1"), Side::Buy, 10, cents(10000)));
    QTRY_VERIFY_WITH_TIMEOUT(seen.hasStatus(1, OrderStatus::Accepted), kTimeout);
    const int controlBatches = controls.count();

    host.engageKillSwitch(scope);
    QTRY_VERIFY_WITH_TIMEOUT(seen.halted(name), kTimeout);
    QVERIFY(controls.count() > controlBatches);
    QCOMPARE(seen.controls.size(), qsizetype(1));
    QCOMPARE(seen.controls.front().by, QStringLiteral("sam"));
    // The venue confirms the cancel of the working order; the switch is then confirmed.
    QTRY_VERIFY_WITH_TIMEOUT(seen.hasStatus(1, OrderStatus::Cancelled), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!seen.controls.isEmpty() && seen.controls.front().phase == KillPhase::Confirmed, kTimeout);
    QVERIFY(seen.hasAlert(ReasonCode::KillSwitchEngaged));

    host.submitOrder(limitOrder(QStringLiteral("k-2"), Side::Buy, 10, cents(10000)));
    QTRY_VERIFY_WITH_TIMEOUT(seen.outcomes.contains(QStringLiteral("k-2")), kTimeout);
    QCOMPARE(nameOf(seen.outcomes.value(QStringLiteral("k-2")).code), nameOf(ReasonCode::KillSwitchEngaged));

    host.rearm(scope);
    QTRY_VERIFY_WITH_TIMEOUT(seen.controls.isEmpty(), kTimeout);
    host.submitOrder(limitOrder(QStringLiteral("k-3"), Side::Buy, 10, cents(10000)));
    QTRY_VERIFY_WITH_TIMEOUT(seen.outcomes.contains(QStringLiteral("k-3")), kTimeout);
    QCOMPARE(nameOf(seen.outcomes.value(QStringLiteral("k-3")).code), nameOf(ReasonCode::None));
    QVERIFY(seen.failures.isEmpty());
}

}  // namespace ordo


QTEST_GUILESS_MAIN(ordo::TestEngineHost)
#include "tst_enginehost.moc"
