#include "enginefixture.h"

#include <QtTest>

#include <algorithm>

namespace ordo {

using test::cents;
using test::EngineFixture;
using test::qs;
using test::SentMessage;

namespace {

// Everything a refused event must leave alone.
struct OrderSnapshot {
    OrderStatus status;
    Qty quantity;
    Qty cumQty;
    Qty leaves;
    Price limitPrice;
    Price avgPrice;
    std::uint16_t requestSeq;

    explicit OrderSnapshot(const Order& o)
        : status(o.status)
        , quantity(o.quantity)
        , cumQty(o.cumQty)
        , leaves(o.leavesQty())
        , limitPrice(o.limitPrice)
        , avgPrice(o.avgPrice())
        , requestSeq(o.requestSeq)
    {
    }
    friend bool operator==(const OrderSnapshot&, const OrderSnapshot&) = default;
};

Qty workingBuy(const EngineFixture& f, std::string_view account = "ACC1", std::string_view symbol = "AAPL")
{
    const Position* p = f.engine.positions().find(f.engine.names().find(account), f.engine.findInstrument(symbol));
    return p ? p->workingBuyQty : 0;
}

Qty workingSell(const EngineFixture& f, std::string_view account = "ACC1", std::string_view symbol = "AAPL")
{
    const Position* p = f.engine.positions().find(f.engine.names().find(account), f.engine.findInstrument(symbol));
    return p ? p->workingSellQty : 0;
}

enum class Setup { PartlyFilled, Cancelled, Filled };

bool hasAlert(const Engine& e, ReasonCode code, OrderId id)
{
    return std::any_of(
        e.alerts().begin(), e.alerts().end(), [&](const Alert& a) { return a.code == code && a.orderId == id; });
}

} // namespace

class TestEngine : public QObject {
    Q_OBJECT

private slots:
    void lateAckAfterAFillIsARaceNotAFault();
    // fills
    void partialFillsToCompletion_data();
    void partialFillsToCompletion();
    void unsolicitedEnd_data();
    void unsolicitedEnd();
    void fillWhileCancelPending_data();
    void fillWhileCancelPending();

    // cancel/replace
    void replaceRejectedKeepsOriginalTerms();
    void replaceAckedAppliesNewTerms_data();
    void replaceAckedAppliesNewTerms();
    void replaceAckedBelowFilledQuantityCompletesOrder();

    // refused venue events
    void refusedVenueEvent_data();
    void refusedVenueEvent();

    // submit
    void idempotentSubmit();
    void validationRejects_data();
    void validationRejects();

    // permissions
    void analystCannotSubmit();
    void traderCannotEnterOrdersForAnotherTrader();
    void traderCannotTouchAnotherTradersOrder();
    void traderCannotUseTradingControls();

    // mass cancel
    void massCancel_data();
    void massCancel();
    void traderMassCancelOfAnotherTraderRefused();

    // kill switch, REDUCING, flatten
    void killSwitchStateMachine();
    void killSwitchRetriesRejectedCancels();
    void killSwitchCancelsOrderAfterPendingReplace();
    void cancelDuringAReplaceFollowsTheAnswer();
    void killSwitchScopedToOneTrader();
    void reducingLetsOnlyReducingOrdersThrough_data();
    void reducingLetsOnlyReducingOrdersThrough();
    void flattenSendsClosingMarketOrders();
    void flattenUnderNarrowerKillSwitch();
};

// ---------------------------------------------------------------------------
// Fills

void TestEngine::partialFillsToCompletion_data()
{
    QTest::addColumn<bool>("acked");
    QTest::addColumn<QList<qint64>>("fillQty");
    QTest::addColumn<QList<qint64>>("fillCents");
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<qint64>("cumQty");
    QTest::addColumn<qint64>("leaves");
    QTest::addColumn<qint64>("avgPrice");

    // Order: buy 100 AAPL limit 151.00.
    QTest::addRow("one fill for the whole order") << true << QList<qint64> { 100 } << QList<qint64> { 15000 }
                                                  << OrderStatus::Filled << 100LL << 0LL << qint64(cents(15000));
    QTest::addRow("three partial fills to completion")
        << true << QList<qint64> { 30, 50, 20 } << QList<qint64> { 15000, 15010, 15020 } << OrderStatus::Filled << 100LL
        << 0LL << qint64(cents(15009));
    QTest::addRow("two partial fills, 50 left") << true << QList<qint64> { 30, 20 } << QList<qint64> { 15000, 15030 }
                                                << OrderStatus::PartiallyFilled << 50LL << 50LL << qint64(cents(15012));
    QTest::addRow("fills before the ack") << false << QList<qint64> { 40, 60 } << QList<qint64> { 15000, 15005 }
                                          << OrderStatus::Filled << 100LL << 0LL << qint64(cents(15003));
    // (1 * 150.00 + 2 * 150.01) / 3 = 150.00666666.., kept to 1e-8, truncated
    QTest::addRow("average price finer than the tick")
        << true << QList<qint64> { 1, 2 } << QList<qint64> { 15000, 15001 } << OrderStatus::PartiallyFilled << 3LL
        << 97LL << 15'000'666'666LL;
}

void TestEngine::partialFillsToCompletion()
{
    QFETCH(bool, acked);
    QFETCH(QList<qint64>, fillQty);
    QFETCH(QList<qint64>, fillCents);
    QFETCH(OrderStatus, status);
    QFETCH(qint64, cumQty);
    QFETCH(qint64, leaves);
    QFETCH(qint64, avgPrice);

    EngineFixture f;
    const OrderId id = f.submit(f.alice, Side::Buy, 100, cents(15100));
    QVERIFY(id);
    QCOMPARE_EQ(f.order(id).status, OrderStatus::PendingNew);
    QCOMPARE(workingBuy(f), 100);
    if (acked) {
        QVERIFY(f.ack(id).ok());
        QCOMPARE_EQ(f.order(id).status, OrderStatus::Accepted);
    }

    Qty cum = 0;
    for (int i = 0; i < fillQty.size(); ++i) {
        const Reason r = f.fill(id, fillQty[i], cents(fillCents[i]));
        QVERIFY2(r.ok(), r.text.c_str());
        cum += fillQty[i];
        const Order& o = f.order(id);
        QCOMPARE(o.cumQty, cum);
        QCOMPARE_EQ(o.status, cum == 100 ? OrderStatus::Filled : OrderStatus::PartiallyFilled);
        QCOMPARE(o.leavesQty(), 100 - cum);
        QCOMPARE(workingBuy(f), 100 - cum);
        QCOMPARE(f.positionQty("ACC1"), cum);
    }

    const Order& o = f.order(id);
    QCOMPARE_EQ(o.status, status);
    QCOMPARE(o.cumQty, cumQty);
    QCOMPARE(o.leavesQty(), leaves);
    QCOMPARE(o.avgPrice(), avgPrice);
    QCOMPARE(qsizetype(f.engine.executions().size()), fillQty.size());
    QCOMPARE(f.engine.counters().refusedEvents, 0u);
}

void TestEngine::unsolicitedEnd_data()
{
    QTest::addColumn<TimeInForce>("tif");
    QTest::addColumn<qint64>("filled");
    QTest::addColumn<VenueEventType>("event");
    QTest::addColumn<OrderStatus>("status");

    QTest::addRow("IOC partly filled, rest cancelled")
        << TimeInForce::Ioc << 40LL << VenueEventType::DoneForDay << OrderStatus::Cancelled;
    QTest::addRow("IOC nothing filled, all cancelled")
        << TimeInForce::Ioc << 0LL << VenueEventType::DoneForDay << OrderStatus::Cancelled;
    QTest::addRow("DAY order partly filled, expires at the close")
        << TimeInForce::Day << 70LL << VenueEventType::Expired << OrderStatus::Expired;
    QTest::addRow("venue cancels a partly filled order on its own")
        << TimeInForce::Day << 10LL << VenueEventType::Cancelled << OrderStatus::Cancelled;
}

void TestEngine::unsolicitedEnd()
{
    QFETCH(TimeInForce, tif);
    QFETCH(qint64, filled);
    QFETCH(VenueEventType, event);
    QFETCH(OrderStatus, status);

    EngineFixture f;
    OrderRequest r = EngineFixture::limitOrder(Side::Sell, 100, cents(15000));
    r.tif = tif;
    const OrderId id = f.engine.submit(f.alice, r).id;
    QVERIFY(f.ack(id).ok());
    if (filled)
        QVERIFY(f.fill(id, filled, cents(15000)).ok());
    QCOMPARE(workingSell(f), 100 - filled);

    QVERIFY(f.venue(event, f.currentClOrdId(id)).ok());
    const Order& o = f.order(id);
    QCOMPARE_EQ(o.status, status);
    QCOMPARE(o.cumQty, filled);
    QCOMPARE(o.leavesQty(), 0);
    QCOMPARE(workingSell(f), 0);
    QCOMPARE(f.positionQty("ACC1"), -filled);
}

void TestEngine::fillWhileCancelPending_data()
{
    QTest::addColumn<qint64>("fillQty");
    QTest::addColumn<OrderStatus>("afterFill");
    QTest::addColumn<VenueEventType>("answer");
    QTest::addColumn<bool>("answerApplies");
    QTest::addColumn<OrderStatus>("final");
    QTest::addColumn<qint64>("finalLeaves");

    QTest::addRow("partial fill, then cancel confirmed")
        << 30LL << OrderStatus::PendingCancel << VenueEventType::Cancelled << true << OrderStatus::Cancelled << 0LL;
    QTest::addRow("partial fill, then cancel rejected")
        << 30LL << OrderStatus::PendingCancel << VenueEventType::CancelRejected << true << OrderStatus::PartiallyFilled
        << 70LL;
    // The venue filled everything before it saw the cancel, then says "too late".
    QTest::addRow("complete fill, then cancel rejected as too late")
        << 100LL << OrderStatus::Filled << VenueEventType::CancelRejected << false << OrderStatus::Filled << 0LL;
    QTest::addRow("complete fill, then a stray cancel confirmation")
        << 100LL << OrderStatus::Filled << VenueEventType::Cancelled << false << OrderStatus::Filled << 0LL;
}

void TestEngine::fillWhileCancelPending()
{
    QFETCH(qint64, fillQty);
    QFETCH(OrderStatus, afterFill);
    QFETCH(VenueEventType, answer);
    QFETCH(bool, answerApplies);
    QFETCH(OrderStatus, final);
    QFETCH(qint64, finalLeaves);

    EngineFixture f;
    const OrderId id = f.working(f.alice, Side::Buy, 100, cents(15000));
    QVERIFY(f.engine.cancel(f.alice, id).ok());
    QCOMPARE_EQ(f.order(id).status, OrderStatus::PendingCancel);
    QCOMPARE(f.sentCount(id, SentMessage::Kind::Cancel), 1);

    // The venue traded the order under its original ClOrdID before it saw the cancel.
    QVERIFY(f.fill(id, fillQty, cents(15000)).ok());
    QCOMPARE_EQ(f.order(id).status, afterFill);
    QCOMPARE(f.order(id).cumQty, fillQty);
    QCOMPARE(f.order(id).leavesQty(), isTerminal(afterFill) ? 0 : 100 - fillQty);
    QCOMPARE(workingBuy(f), isTerminal(afterFill) ? 0 : 100 - fillQty);
    QCOMPARE(f.positionQty("ACC1"), fillQty);

    const Reason r = f.answer(id, answer);
    QCOMPARE(r.ok(), answerApplies);
    QCOMPARE_EQ(f.order(id).status, final);
    QCOMPARE(f.order(id).cumQty, fillQty);
    QCOMPARE(f.order(id).leavesQty(), finalLeaves);
    QCOMPARE(workingBuy(f), finalLeaves);
}

// ---------------------------------------------------------------------------
// Cancel/replace

void TestEngine::replaceRejectedKeepsOriginalTerms()
{
    EngineFixture f;
    const OrderId id = f.working(f.alice, Side::Buy, 100, cents(15000));
    const std::string original = f.currentClOrdId(id);
    QCOMPARE(QString::fromStdString(original), QString("20261121-%1").arg(id));

    QVERIFY(f.engine.modify(f.alice, id, OrderAmendment { 200, cents(15100), 0, -1 }).ok());
    QCOMPARE_EQ(f.order(id).status, OrderStatus::PendingReplace);
    const SentMessage& replace = f.gateway.last();
    QVERIFY(replace.kind == SentMessage::Kind::Replace);
    QCOMPARE(replace.quantity, 200);
    QCOMPARE(replace.price, cents(15100));
    QCOMPARE(qs(replace.origClOrdId), qs(original));
    QCOMPARE(qs(replace.clOrdId), QString("20261121-%1.1").arg(id));
    // Until the venue confirms, the order keeps its terms.
    QCOMPARE(f.order(id).quantity, 100);
    QCOMPARE(f.order(id).limitPrice, cents(15000));

    QVERIFY(f.answer(id, VenueEventType::ReplaceRejected, "price band").ok());
    const Order& o = f.order(id);
    QCOMPARE_EQ(o.status, OrderStatus::Accepted);
    QCOMPARE(o.quantity, 100);
    QCOMPARE(o.limitPrice, cents(15000));
    QCOMPARE(o.leavesQty(), 100);
    QCOMPARE(workingBuy(f), 100);
    QCOMPARE(qs(f.currentClOrdId(id)), qs(original));
    QVERIFY(hasAlert(f.engine, ReasonCode::ReplaceRejected, id));

    // Still live: it fills and cancels under the original ClOrdID.
    QVERIFY(f.fill(id, 10, cents(15000)).ok());
    QVERIFY(f.engine.cancel(f.alice, id).ok());
    QCOMPARE(qs(f.gateway.last().origClOrdId), qs(original));
    QCOMPARE(qs(f.gateway.last().clOrdId), QString("20261121-%1.2").arg(id));
}

void TestEngine::replaceAckedAppliesNewTerms_data()
{
    QTest::addColumn<qint64>("filledBefore");
    QTest::addColumn<qint64>("newQty"); // 0: keep
    QTest::addColumn<qint64>("newCents"); // 0: keep
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<OrderStatus>("status");

    QTest::addRow("larger quantity, higher price")
        << 0LL << 200LL << 15100LL << 200LL << qint64(cents(15100)) << OrderStatus::Accepted;
    QTest::addRow("price only") << 0LL << 0LL << 14990LL << 100LL << qint64(cents(14990)) << OrderStatus::Accepted;
    QTest::addRow("smaller quantity after a partial fill")
        << 30LL << 80LL << 0LL << 80LL << qint64(cents(15000)) << OrderStatus::PartiallyFilled;
    QTest::addRow("larger quantity after a partial fill")
        << 30LL << 150LL << 15010LL << 150LL << qint64(cents(15010)) << OrderStatus::PartiallyFilled;
}

void TestEngine::replaceAckedAppliesNewTerms()
{
    QFETCH(qint64, filledBefore);
    QFETCH(qint64, newQty);
    QFETCH(qint64, newCents);
    QFETCH(qint64, quantity);
    QFETCH(qint64, price);
    QFETCH(OrderStatus, status);

    EngineFixture f;
    const OrderId id = f.working(f.alice, Side::Buy, 100, cents(15000));
    if (filledBefore)
        QVERIFY(f.fill(id, filledBefore, cents(15000)).ok());
    const std::string original = f.currentClOrdId(id);

    QVERIFY(f.engine.modify(f.alice, id, OrderAmendment { newQty, cents(newCents), 0, -1 }).ok());
    const std::string replaceId = f.gateway.last().clOrdId;
    QVERIFY(replaceId != original);
    QCOMPARE(qs(f.gateway.last().origClOrdId), qs(original));

    QVERIFY(f.answer(id, VenueEventType::Replaced).ok());
    const Order& o = f.order(id);
    QCOMPARE_EQ(o.status, status);
    QCOMPARE(o.quantity, quantity);
    QCOMPARE(o.limitPrice, price);
    QCOMPARE(o.cumQty, filledBefore);
    QCOMPARE(o.leavesQty(), quantity - filledBefore);
    QCOMPARE(workingBuy(f), quantity - filledBefore);
    QCOMPARE(qs(f.currentClOrdId(id)), qs(replaceId));

    // The next request replaces the new ClOrdID, not the original.
    QVERIFY(f.engine.cancel(f.alice, id).ok());
    QCOMPARE(qs(f.gateway.last().origClOrdId), qs(replaceId));
}

void TestEngine::replaceAckedBelowFilledQuantityCompletesOrder()
{
    EngineFixture f;
    const OrderId id = f.working(f.alice, Side::Buy, 100, cents(15000));
    QVERIFY(f.fill(id, 20, cents(15000)).ok());
    QVERIFY(f.engine.modify(f.alice, id, OrderAmendment { 60, 0, 0, -1 }).ok());

    // Before the venue reaches the replace, it trades more than the new quantity.
    QVERIFY(f.fill(id, 60, cents(15000)).ok());
    QCOMPARE_EQ(f.order(id).status, OrderStatus::PendingReplace);
    QCOMPARE(f.order(id).cumQty, 80);

    QVERIFY(f.answer(id, VenueEventType::Replaced).ok());
    const Order& o = f.order(id);
    QCOMPARE_EQ(o.status, OrderStatus::Filled);
    QCOMPARE(o.cumQty, 80);
    QVERIFY2(o.cumQty <= o.quantity, "an order can never have filled more than its quantity");
    QCOMPARE(o.leavesQty(), 0);
    QCOMPARE(workingBuy(f), 0);
    QCOMPARE(f.positionQty("ACC1"), 80);
}

// ---------------------------------------------------------------------------
// Refused venue events

void TestEngine::refusedVenueEvent_data()
{
    QTest::addColumn<int>("setup");
    QTest::addColumn<VenueEventType>("type");
    QTest::addColumn<QString>("clOrdId"); // empty: the order's current ClOrdID
    QTest::addColumn<QString>("venue");
    QTest::addColumn<QString>("execId");
    QTest::addColumn<qint64>("qty");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<bool>("aboutOrder"); // the refusal is recorded against the order

    // Setup: buy 100; PartlyFilled has 60 filled by execution "E-first".
    const int partly = int(Setup::PartlyFilled);
    QTest::addRow("overfill: 50 on 40 left") << partly << VenueEventType::Fill << ""
                                             << "XSIM"
                                             << "E-new" << 50LL << ReasonCode::Overfill << true;
    QTest::addRow("duplicate exec id") << partly << VenueEventType::Fill << ""
                                       << "XSIM"
                                       << "E-first" << 10LL << ReasonCode::DuplicateExecId << true;
    QTest::addRow("fill of zero quantity") << partly << VenueEventType::Fill << ""
                                           << "XSIM"
                                           << "E-new" << 0LL << ReasonCode::InvalidQuantity << true;
    QTest::addRow("fill on a cancelled order") << int(Setup::Cancelled) << VenueEventType::Fill << ""
                                               << "XSIM"
                                               << "E-new" << 10LL << ReasonCode::ImpossibleTransition << true;
    QTest::addRow("fill on a filled order") << int(Setup::Filled) << VenueEventType::Fill << ""
                                            << "XSIM"
                                            << "E-new" << 1LL << ReasonCode::ImpossibleTransition << true;
    QTest::addRow("second ack") << partly << VenueEventType::Ack << ""
                                << "XSIM"
                                << "" << 0LL << ReasonCode::ImpossibleTransition << true;
    QTest::addRow("replace confirmation nobody asked for") << partly << VenueEventType::Replaced << ""
                                                           << "XSIM"
                                                           << "" << 0LL << ReasonCode::ImpossibleTransition << true;
    QTest::addRow("cancel reject without a cancel") << partly << VenueEventType::CancelRejected << ""
                                                    << "XSIM"
                                                    << "" << 0LL << ReasonCode::ImpossibleTransition << true;
    QTest::addRow("expiry of a cancelled order") << int(Setup::Cancelled) << VenueEventType::Expired << ""
                                                 << "XSIM"
                                                 << "" << 0LL << ReasonCode::ImpossibleTransition << true;
    QTest::addRow("ack for unknown ClOrdID") << partly << VenueEventType::Ack << "20261121-99"
                                             << "XSIM"
                                             << "" << 0LL << ReasonCode::UnknownOrder << false;
    QTest::addRow("ack for another session's ClOrdID") << partly << VenueEventType::Ack << "20261120-1"
                                                       << "XSIM"
                                                       << "" << 0LL << ReasonCode::UnknownOrder << false;
    QTest::addRow("fill for a ClOrdID version never sent") << partly << VenueEventType::Fill << "20261121-1.7"
                                                           << "XSIM"
                                                           << "E-new" << 10LL << ReasonCode::UnknownOrder << false;
    QTest::addRow("fill for a ClOrdID that is not ours") << partly << VenueEventType::Fill << "ABC"
                                                         << "XSIM"
                                                         << "E-new" << 10LL << ReasonCode::UnknownOrder << false;
    QTest::addRow("fill reported by another venue") << partly << VenueEventType::Fill << ""
                                                    << "XOTHER"
                                                    << "E-new" << 10LL << ReasonCode::UnknownOrder << false;
}

void TestEngine::refusedVenueEvent()
{
    QFETCH(int, setup);
    QFETCH(VenueEventType, type);
    QFETCH(QString, clOrdId);
    QFETCH(QString, venue);
    QFETCH(QString, execId);
    QFETCH(qint64, qty);
    QFETCH(ReasonCode, code);
    QFETCH(bool, aboutOrder);

    EngineFixture f;
    const OrderId id = f.working(f.alice, Side::Buy, 100, cents(15000));
    QCOMPARE(id, 1u);
    switch (Setup(setup)) {
    case Setup::PartlyFilled: QVERIFY(f.fill(id, "E-first", 60, cents(15000)).ok()); break;
    case Setup::Cancelled:
        QVERIFY(f.engine.cancel(f.alice, id).ok());
        QVERIFY(f.answer(id, VenueEventType::Cancelled).ok());
        break;
    case Setup::Filled: QVERIFY(f.fill(id, "E-first", 100, cents(15000)).ok()); break;
    }

    const OrderSnapshot before(f.order(id));
    const NameId acc1 = f.engine.names().find("ACC1");
    const InstrumentId aapl = f.engine.findInstrument("AAPL");
    const Position positionBefore = *f.engine.positions().find(acc1, aapl);
    const auto refused = f.engine.counters().refusedEvents;
    const auto executions = f.engine.executions().size();
    const auto audits = f.engine.audit().size();
    const auto alerts = f.engine.alerts().size();

    VenueEvent e
        = test::venueEvent(type, clOrdId.isEmpty() ? f.currentClOrdId(id) : clOrdId.toStdString(), venue.toStdString());
    e.execId = execId.toStdString();
    e.lastQty = qty;
    e.lastPrice = cents(15000);
    const Reason r = f.engine.onVenueEvent(e);

    QCOMPARE_EQ(r.code, code);
    QVERIFY(!r.text.empty());
    QVERIFY(OrderSnapshot(f.order(id)) == before);
    const Position& positionAfter = *f.engine.positions().find(acc1, aapl);
    QCOMPARE(positionAfter.quantity, positionBefore.quantity);
    QCOMPARE(positionAfter.workingBuyQty, positionBefore.workingBuyQty);
    QCOMPARE(f.engine.executions().size(), executions);
    QCOMPARE(f.engine.counters().refusedEvents, refused + 1);

    QCOMPARE(f.engine.audit().size(), audits + 1);
    const AuditEntry& a = f.engine.audit().back();
    QCOMPARE_EQ(a.refused, code);
    QVERIFY(!a.applied());
    QCOMPARE(a.orderId, aboutOrder ? id : kNoOrder);
    QCOMPARE_EQ(a.before, a.after);

    QCOMPARE(f.engine.alerts().size(), alerts + 1);
    const Alert& alert = f.engine.alerts().back();
    QCOMPARE_EQ(alert.code, code);
    QCOMPARE(alert.orderId, aboutOrder ? id : kNoOrder);
    QVERIFY(!alert.text.empty());
}

// ---------------------------------------------------------------------------
// Submit

void TestEngine::idempotentSubmit()
{
    EngineFixture f;
    OrderRequest r = EngineFixture::limitOrder(Side::Buy, 100, cents(15000));
    r.clientOrderId = "alice-0001";
    const SubmitResult first = f.engine.submit(f.alice, r);
    QVERIFY(first.id);
    QVERIFY(!first.duplicate);
    QVERIFY(first.reason.ok());
    QCOMPARE(f.sentCount(SentMessage::Kind::New), 1);

    // A resend after a lost answer, even with different terms, is the same order.
    r.quantity = 200;
    const SubmitResult again = f.engine.submit(f.alice, r);
    QCOMPARE(again.id, first.id);
    QVERIFY(again.duplicate);
    QVERIFY(again.reason.ok());
    QCOMPARE(f.sentCount(SentMessage::Kind::New), 1);
    QCOMPARE(f.engine.orders().size(), 1u);
    QCOMPARE(f.order(first.id).quantity, 100);
    QCOMPARE(qs(f.engine.orders().clientOrderId(first.id)), "alice-0001");

    r.clientOrderId = "alice-0002";
    const SubmitResult other = f.engine.submit(f.alice, r);
    QVERIFY(other.id != first.id);
    QVERIFY(!other.duplicate);
    QCOMPARE(f.sentCount(SentMessage::Kind::New), 2);
}

void TestEngine::validationRejects_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("qty");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("account");
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("orderCreated");

    const int limit = int(OrdType::Limit);
    QTest::addRow("price off the tick size")
        << "AAPL" << limit << 100LL << qint64(cents(15000) + kPriceScale / 200) << "ACC1" << ReasonCode::TickSize
        << "Limit price 150.005 is not on the tick size 0.01 of AAPL" << true;
    QTest::addRow("quantity not a multiple of the lot size")
        << "7203" << limit << 150LL << qint64(2500 * kPriceScale) << "ACC1" << ReasonCode::LotSize
        << "Quantity 150 is not a multiple of the lot size 100 of 7203" << true;
    QTest::addRow("zero quantity") << "AAPL" << limit << 0LL << qint64(cents(15000)) << "ACC1"
                                   << ReasonCode::InvalidQuantity << "Quantity must be positive, not 0" << true;
    QTest::addRow("negative quantity") << "AAPL" << limit << -5LL << qint64(cents(15000)) << "ACC1"
                                       << ReasonCode::InvalidQuantity << "Quantity must be positive, not -5" << true;
    QTest::addRow("limit order without a limit price")
        << "AAPL" << limit << 100LL << 0LL << "ACC1" << ReasonCode::MissingLimitPrice
        << "LIMIT order needs a positive limit price" << true;
    QTest::addRow("stop limit order without a stop price")
        << "AAPL" << int(OrdType::StopLimit) << 100LL << qint64(cents(15000)) << "ACC1" << ReasonCode::MissingStopPrice
        << "STOP_LIMIT order needs a positive stop price" << true;
    QTest::addRow("no account") << "AAPL" << limit << 100LL << qint64(cents(15000)) << "" << ReasonCode::MissingAccount
                                << "The order needs an account" << true;
    QTest::addRow("unknown instrument") << "NOPE" << limit << 100LL << qint64(cents(15000)) << "ACC1"
                                        << ReasonCode::UnknownInstrument
                                        << "Unknown instrument 'NOPE': it is not in the instrument configuration"
                                        << false;
}

void TestEngine::validationRejects()
{
    QFETCH(QString, symbol);
    QFETCH(int, type);
    QFETCH(qint64, qty);
    QFETCH(qint64, price);
    QFETCH(QString, account);
    QFETCH(ReasonCode, code);
    QFETCH(QString, text);
    QFETCH(bool, orderCreated);

    EngineFixture f;
    OrderRequest r = EngineFixture::limitOrder(Side::Buy, qty, price, symbol.toStdString(), account.toStdString());
    r.type = OrdType(type);
    const SubmitResult result = f.engine.submit(f.alice, r);

    QCOMPARE_EQ(result.reason.code, code);
    QCOMPARE(qs(result.reason.text), text);
    QVERIFY(!result.duplicate);
    QCOMPARE(f.sentCount(SentMessage::Kind::New), 0);
    QVERIFY(hasAlert(f.engine, code, result.id));
    if (orderCreated) {
        QVERIFY(result.id);
        QCOMPARE_EQ(f.order(result.id).status, OrderStatus::Rejected);
        QCOMPARE(f.order(result.id).leavesQty(), 0);
        QCOMPARE(qs(f.engine.orderText(result.id)), text);
        QCOMPARE(workingBuy(f, account.toStdString(), symbol.toStdString()), 0);
    } else {
        QCOMPARE(result.id, kNoOrder);
        QCOMPARE(f.engine.orders().size(), 0u);
    }
}

// ---------------------------------------------------------------------------
// Permissions

void TestEngine::analystCannotSubmit()
{
    EngineFixture f;
    const SubmitResult r = f.engine.submit(f.analyst, EngineFixture::limitOrder(Side::Buy, 100, cents(15000)));
    QCOMPARE(r.id, kNoOrder);
    QCOMPARE_EQ(r.reason.code, ReasonCode::NotPermitted);
    QVERIFY(r.reason.text.find("ann") != std::string::npos);
    QCOMPARE(f.engine.orders().size(), 0u);
    QCOMPARE(f.sentCount(SentMessage::Kind::New), 0);
    QCOMPARE_EQ(f.engine.alerts().back().code, ReasonCode::NotPermitted);
    QCOMPARE(f.engine.alerts().back().user, f.analyst.user);

    // Nor cancel or mass cancel anything.
    const OrderId id = f.working(f.alice, Side::Buy, 100, cents(15000));
    QCOMPARE_EQ(f.engine.cancel(f.analyst, id).code, ReasonCode::NotPermitted);
    QCOMPARE_EQ(f.engine.massCancel(f.analyst, {}).reason.code, ReasonCode::NotPermitted);
    QCOMPARE_EQ(f.order(id).status, OrderStatus::Accepted);
}

void TestEngine::traderCannotEnterOrdersForAnotherTrader()
{
    EngineFixture f;
    OrderRequest r = EngineFixture::limitOrder(Side::Buy, 100, cents(15000));
    r.trader = "bob";
    const SubmitResult refused = f.engine.submit(f.alice, r);
    QCOMPARE(refused.id, kNoOrder);
    QCOMPARE_EQ(refused.reason.code, ReasonCode::NotPermitted);
    QCOMPARE(f.sentCount(SentMessage::Kind::New), 0);

    // A supervisor may act for a trader.
    const SubmitResult onBehalf = f.engine.submit(f.supervisor, r);
    QVERIFY(onBehalf.reason.ok());
    QCOMPARE(f.order(onBehalf.id).trader, f.bob.user);
}

void TestEngine::traderCannotTouchAnotherTradersOrder()
{
    EngineFixture f;
    const OrderId id = f.working(f.alice, Side::Buy, 100, cents(15000));

    const Reason cancel = f.engine.cancel(f.bob, id);
    QCOMPARE_EQ(cancel.code, ReasonCode::NotPermitted);
    QVERIFY(cancel.text.find("bob") != std::string::npos);
    const Reason modify = f.engine.modify(f.bob, id, OrderAmendment { 50, 0, 0, -1 });
    QCOMPARE_EQ(modify.code, ReasonCode::NotPermitted);
    QCOMPARE_EQ(f.order(id).status, OrderStatus::Accepted);
    QCOMPARE(f.order(id).quantity, 100);
    QCOMPARE(f.sentCount(id, SentMessage::Kind::Cancel), 0);
    QCOMPARE(f.sentCount(id, SentMessage::Kind::Replace), 0);

    QVERIFY(f.engine.cancel(f.supervisor, id).ok());
    QCOMPARE_EQ(f.order(id).status, OrderStatus::PendingCancel);
    QCOMPARE(f.sentCount(id, SentMessage::Kind::Cancel), 1);
}

void TestEngine::traderCannotUseTradingControls()
{
    EngineFixture f;
    const OrderId id = f.working(f.alice, Side::Buy, 100, cents(15000));
    const ScopeSpec all { ControlScope::Kind::All, {} };

    QCOMPARE_EQ(f.engine.engageKillSwitch(f.alice, all).code, ReasonCode::NotPermitted);
    QCOMPARE_EQ(f.engine.setReducing(f.alice, all).code, ReasonCode::NotPermitted);
    QCOMPARE_EQ(f.engine.flatten(f.alice, all).code, ReasonCode::NotPermitted);
    QVERIFY(f.engine.controls().empty());
    QCOMPARE_EQ(f.order(id).status, OrderStatus::Accepted);

    QVERIFY(f.engine.engageKillSwitch(f.supervisor, all).ok());
    const Reason rearm = f.engine.rearm(f.alice, all);
    QCOMPARE_EQ(rearm.code, ReasonCode::NotPermitted);
    QVERIFY(rearm.text.find("supervisor") != std::string::npos);
    QCOMPARE(f.engine.controls().all().size(), 1u);
    QVERIFY(f.engine.rearm(f.supervisor, all).ok());
    QVERIFY(f.engine.controls().empty());
}

// ---------------------------------------------------------------------------
// Mass cancel

void TestEngine::massCancel_data()
{
    QTest::addColumn<bool>("bySupervisor");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("side"); // -1: any
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("matched");
    QTest::addColumn<int>("sent");
    QTest::addColumn<QList<int>>("cancelled"); // indexes into the book below that get a cancel now

    // The book: 0..4 working (4 already PendingCancel), 5 filled.
    QTest::addRow("all orders") << true << "" << -1 << "" << 5 << 4 << QList<int> { 0, 1, 2, 3 };
    QTest::addRow("by symbol") << true << "AAPL" << -1 << "" << 3 << 2 << QList<int> { 0, 1 };
    QTest::addRow("by side") << true << "" << int(Side::Sell) << "" << 2 << 2 << QList<int> { 1, 3 };
    QTest::addRow("by account") << true << "" << -1 << "ACC2" << 3 << 2 << QList<int> { 2, 3 };
    QTest::addRow("by symbol and side") << true << "AAPL" << int(Side::Buy) << "" << 2 << 1 << QList<int> { 0 };
    QTest::addRow("unknown account matches nothing") << true << "" << -1 << "NOBODY" << 0 << 0 << QList<int> {};
    QTest::addRow("unknown symbol matches nothing") << true << "NOPE" << -1 << "" << 0 << 0 << QList<int> {};
    QTest::addRow("trader, all: only own orders") << false << "" << -1 << "" << 3 << 3 << QList<int> { 0, 1, 2 };
    QTest::addRow("trader, by symbol: only own orders") << false << "MSFT" << -1 << "" << 1 << 1 << QList<int> { 2 };
    QTest::addRow("trader, by account: only own orders") << false << "" << -1 << "ACC2" << 1 << 1 << QList<int> { 2 };
}

void TestEngine::massCancel()
{
    QFETCH(bool, bySupervisor);
    QFETCH(QString, symbol);
    QFETCH(int, side);
    QFETCH(QString, account);
    QFETCH(int, matched);
    QFETCH(int, sent);
    QFETCH(QList<int>, cancelled);

    EngineFixture f;
    const OrderId book[] = {
        f.working(f.alice, Side::Buy, 100, cents(15000), "AAPL", "ACC1"),
        f.working(f.alice, Side::Sell, 100, cents(15100), "AAPL", "ACC1"),
        f.working(f.alice, Side::Buy, 100, cents(40000), "MSFT", "ACC2"),
        f.working(f.bob, Side::Sell, 100, cents(40100), "MSFT", "ACC2"),
        f.working(f.bob, Side::Buy, 100, cents(14900), "AAPL", "ACC2"),
        f.working(f.bob, Side::Sell, 100, cents(15200), "AAPL", "ACC1"),
    };
    QVERIFY(f.engine.cancel(f.bob, book[4]).ok());
    QVERIFY(f.fill(book[5], 100, cents(15200)).ok());
    int cancelsBefore[6];
    for (int i = 0; i < 6; ++i)
        cancelsBefore[i] = f.sentCount(book[i], SentMessage::Kind::Cancel);

    OrderFilter filter;
    filter.symbol = symbol.toStdString();
    if (side >= 0)
        filter.side = Side(side);
    filter.account = account.toStdString();
    const MassCancelResult r = f.engine.massCancel(bySupervisor ? f.supervisor : f.alice, filter);

    QVERIFY2(r.reason.ok(), r.reason.text.c_str());
    QCOMPARE(int(r.matched), matched);
    QCOMPARE(int(r.cancelsSent), sent);
    for (int i = 0; i < 6; ++i) {
        const int newCancels = f.sentCount(book[i], SentMessage::Kind::Cancel) - cancelsBefore[i];
        QCOMPARE(newCancels, cancelled.contains(i) ? 1 : 0);
        if (cancelled.contains(i))
            QCOMPARE_EQ(f.order(book[i]).status, OrderStatus::PendingCancel);
    }
    QCOMPARE_EQ(f.order(book[5]).status, OrderStatus::Filled);
}

void TestEngine::traderMassCancelOfAnotherTraderRefused()
{
    EngineFixture f;
    const OrderId bobs = f.working(f.bob, Side::Buy, 100, cents(15000));
    OrderFilter filter;
    filter.trader = "bob";
    const MassCancelResult r = f.engine.massCancel(f.alice, filter);
    QCOMPARE_EQ(r.reason.code, ReasonCode::NotPermitted);
    QCOMPARE(r.matched, 0u);
    QCOMPARE_EQ(f.order(bobs).status, OrderStatus::Accepted);

    const MassCancelResult bySupervisor = f.engine.massCancel(f.supervisor, filter);
    QVERIFY(bySupervisor.reason.ok());
    QCOMPARE(bySupervisor.cancelsSent, 1u);
}

// ---------------------------------------------------------------------------
// Kill switch, REDUCING, flatten

void TestEngine::killSwitchStateMachine()
{
    EngineFixture f;
    const OrderId accepted = f.working(f.alice, Side::Buy, 100, cents(15000));
    const OrderId partly = f.working(f.alice, Side::Sell, 100, cents(15100));
    QVERIFY(f.fill(partly, 40, cents(15100)).ok());
    const OrderId unacked = f.submit(f.bob, Side::Buy, 50, cents(14900));
    const OrderId done = f.working(f.bob, Side::Buy, 10, cents(15000));
    QVERIFY(f.fill(done, 10, cents(15000)).ok());

    const ScopeSpec all { ControlScope::Kind::All, {} };
    QVERIFY(f.engine.engageKillSwitch(f.supervisor, all).ok());
    const TradingControl* c = f.control(ControlScope::Kind::All);
    QVERIFY(c);
    QCOMPARE_EQ(c->state, TradingState::Halted);
    QCOMPARE_EQ(c->phase, KillPhase::Cancelling);
    QCOMPARE(c->stillWorking, 3u);
    QCOMPARE(c->cancelsSent, 3u);
    for (OrderId id : { accepted, partly, unacked }) {
        QCOMPARE_EQ(f.order(id).status, OrderStatus::PendingCancel);
        QCOMPARE(f.sentCount(id, SentMessage::Kind::Cancel), 1);
    }
    QCOMPARE(f.sentCount(done, SentMessage::Kind::Cancel), 0);
    QVERIFY(hasAlert(f.engine, ReasonCode::KillSwitchEngaged, kNoOrder));

    // New orders are refused while halted, and are no business of the kill switch.
    const auto newBefore = f.sentCount(SentMessage::Kind::New);
    const SubmitResult refused = f.engine.submit(f.alice, EngineFixture::limitOrder(Side::Buy, 10, cents(15000)));
    QCOMPARE_EQ(refused.reason.code, ReasonCode::KillSwitchEngaged);
    QCOMPARE_EQ(f.order(refused.id).status, OrderStatus::Rejected);
    QCOMPARE(f.sentCount(SentMessage::Kind::New), newBefore);
    c = f.control(ControlScope::Kind::All);
    QCOMPARE(c->stillWorking, 3u);
    QCOMPARE_EQ(c->phase, KillPhase::Cancelling);

    // The venue confirms the cancels one by one; the ack overtaken by the cancel changes nothing.
    QVERIFY(f.ack(unacked).ok());
    QCOMPARE_EQ(f.order(unacked).status, OrderStatus::PendingCancel);
    QVERIFY(f.answer(accepted, VenueEventType::Cancelled).ok());
    QCOMPARE(f.control(ControlScope::Kind::All)->stillWorking, 2u);
    QCOMPARE_EQ(f.control(ControlScope::Kind::All)->phase, KillPhase::Cancelling);
    QVERIFY(f.answer(partly, VenueEventType::Cancelled).ok());
    QCOMPARE_EQ(f.control(ControlScope::Kind::All)->phase, KillPhase::Cancelling);
    QVERIFY(f.answer(unacked, VenueEventType::Cancelled).ok());
    c = f.control(ControlScope::Kind::All);
    QCOMPARE(c->stillWorking, 0u);
    QCOMPARE_EQ(c->phase, KillPhase::Confirmed);
    QCOMPARE(c->cancelsFailed, 0u);
    QCOMPARE(workingBuy(f), 0);
    QCOMPARE(workingSell(f), 0);

    // Still halted after the confirmation.
    QCOMPARE_EQ(f.engine.submit(f.bob, EngineFixture::limitOrder(Side::Buy, 10, cents(15000))).reason.code,
        ReasonCode::KillSwitchEngaged);

    QVERIFY(f.engine.rearm(f.supervisor, all).ok());
    QVERIFY(f.engine.controls().empty());
    const SubmitResult accepted2 = f.engine.submit(f.alice, EngineFixture::limitOrder(Side::Buy, 10, cents(15000)));
    QVERIFY(accepted2.reason.ok());
    QCOMPARE_EQ(f.order(accepted2.id).status, OrderStatus::PendingNew);
    QCOMPARE(f.gateway.last().orderId, accepted2.id);
    QVERIFY(f.gateway.last().kind == SentMessage::Kind::New);
}

void TestEngine::killSwitchRetriesRejectedCancels()
{
    EngineFixture f;
    const OrderId stubborn = f.working(f.alice, Side::Buy, 100, cents(15000));
    const OrderId other = f.working(f.alice, Side::Buy, 100, cents(14900));
    const ScopeSpec all { ControlScope::Kind::All, {} };
    QVERIFY(f.engine.engageKillSwitch(f.supervisor, all).ok());
    QVERIFY(f.answer(other, VenueEventType::Cancelled).ok());

    // Each rejected cancel is sent again, three attempts in all.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QCOMPARE(f.sentCount(stubborn, SentMessage::Kind::Cancel), attempt);
        QCOMPARE_EQ(f.order(stubborn).status, OrderStatus::PendingCancel);
        QVERIFY(f.answer(stubborn, VenueEventType::CancelRejected, "order locked").ok());
    }
    QCOMPARE(f.sentCount(stubborn, SentMessage::Kind::Cancel), 3);
    QCOMPARE_EQ(f.order(stubborn).status, OrderStatus::Accepted);
    const TradingControl* c = f.control(ControlScope::Kind::All);
    QCOMPARE(c->cancelsFailed, 1u);
    QCOMPARE(c->stillWorking, 1u);
    QCOMPARE_EQ(c->phase, KillPhase::Cancelling);
    QVERIFY(std::any_of(f.engine.alerts().begin(), f.engine.alerts().end(), [&](const Alert& a) {
        return a.code == ReasonCode::CancelRejected && a.orderId == stubborn && a.severity == Severity::Critical
            && a.text.find("3 attempts") != std::string::npos;
    }));

    // The order that could not be cancelled lives on through a venue halt; it
    // failed once, not once more for every event that touches it.
    QVERIFY(f.fill(stubborn, 10, cents(15000)).ok());
    QVERIFY(f.answer(stubborn, VenueEventType::Suspended).ok());
    QVERIFY(f.answer(stubborn, VenueEventType::Resumed).ok());
    QCOMPARE_EQ(f.order(stubborn).status, OrderStatus::PartiallyFilled);
    c = f.control(ControlScope::Kind::All);
    QCOMPARE(c->cancelsFailed, 1u);
    QCOMPARE(f.sentCount(stubborn, SentMessage::Kind::Cancel), 3);

    // Once the venue finally takes it out, the kill is confirmed.
    QVERIFY(f.answer(stubborn, VenueEventType::DoneForDay).ok());
    QCOMPARE_EQ(f.control(ControlScope::Kind::All)->phase, KillPhase::Confirmed);
}

void TestEngine::killSwitchCancelsOrderAfterPendingReplace()
{
    EngineFixture f;
    const OrderId id = f.working(f.alice, Side::Buy, 100, cents(15000));
    QVERIFY(f.engine.modify(f.alice, id, OrderAmendment { 0, cents(15010), 0, -1 }).ok());
    QVERIFY(f.engine.engageKillSwitch(f.supervisor, { ControlScope::Kind::All, {} }).ok());
    // A cancel cannot overtake the replace; it goes out when the replace is answered.
    QCOMPARE(f.sentCount(id, SentMessage::Kind::Cancel), 0);
    QCOMPARE(f.control(ControlScope::Kind::All)->stillWorking, 1u);

    QVERIFY(f.answer(id, VenueEventType::Replaced).ok());
    QCOMPARE_EQ(f.order(id).status, OrderStatus::PendingCancel);
    QCOMPARE(f.sentCount(id, SentMessage::Kind::Cancel), 1);
    QVERIFY(f.answer(id, VenueEventType::Cancelled).ok());
    QCOMPARE_EQ(f.control(ControlScope::Kind::All)->phase, KillPhase::Confirmed);
}

void TestEngine::cancelDuringAReplaceFollowsTheAnswer()
{
    EngineFixture f;
    // A single cancel while the replace is out: sent once the venue has answered.
    const OrderId one = f.working(f.alice, Side::Buy, 100, cents(15000));
    QVERIFY(f.engine.modify(f.alice, one, OrderAmendment { 0, cents(15010), 0, -1 }).ok());
    QVERIFY(f.engine.cancel(f.alice, one).ok());
    QCOMPARE(f.sentCount(one, SentMessage::Kind::Cancel), 0);
    QVERIFY(f.order(one).cancelAfterReplace);
    QVERIFY(f.answer(one, VenueEventType::Replaced).ok());
    QCOMPARE_EQ(f.order(one).status, OrderStatus::PendingCancel);
    QCOMPARE(f.sentCount(one, SentMessage::Kind::Cancel), 1);
    QVERIFY(f.answer(one, VenueEventType::Cancelled).ok());
    QCOMPARE_EQ(f.order(one).status, OrderStatus::Cancelled);

    // A mass cancel meets an order mid-replace; the venue refuses the replace:
    // the cancel still goes.
    const OrderId two = f.working(f.alice, Side::Buy, 100, cents(15000));
    const OrderId other = f.working(f.alice, Side::Buy, 100, cents(14990));
    QVERIFY(f.engine.modify(f.alice, two, OrderAmendment { 0, cents(15010), 0, -1 }).ok());
    const MassCancelResult r = f.engine.massCancel(f.alice, OrderFilter {});
    QCOMPARE(r.matched, 2u);
    QCOMPARE(r.cancelsSent, 1u);  // the other; two's waits for the replace's answer
    QCOMPARE(f.sentCount(other, SentMessage::Kind::Cancel), 1);
    QCOMPARE(f.sentCount(two, SentMessage::Kind::Cancel), 0);
    QVERIFY(f.answer(two, VenueEventType::ReplaceRejected, "too late").ok());
    QCOMPARE_EQ(f.order(two).status, OrderStatus::PendingCancel);
    QCOMPARE(f.sentCount(two, SentMessage::Kind::Cancel), 1);

    // Filled while the replace was out: nothing left to cancel, nothing sent.
    const OrderId three = f.working(f.alice, Side::Buy, 50, cents(15000));
    QVERIFY(f.engine.modify(f.alice, three, OrderAmendment { 0, cents(15010), 0, -1 }).ok());
    QVERIFY(f.engine.cancel(f.alice, three).ok());
    QVERIFY(f.fill(three, 50, cents(15000)).ok());
    QCOMPARE_EQ(f.order(three).status, OrderStatus::Filled);
    QVERIFY(!f.order(three).cancelAfterReplace);
    QCOMPARE(f.sentCount(three, SentMessage::Kind::Cancel), 0);
}

void TestEngine::killSwitchScopedToOneTrader()
{
    EngineFixture f;
    const OrderId alice1 = f.working(f.alice, Side::Buy, 100, cents(15000));
    const OrderId alice2 = f.working(f.alice, Side::Sell, 100, cents(15100), "MSFT", "ACC2");
    const OrderId bob1 = f.working(f.bob, Side::Buy, 100, cents(15000));

    QVERIFY(f.engine.engageKillSwitch(f.supervisor, { ControlScope::Kind::Trader, "alice" }).ok());
    const TradingControl* c = f.control(ControlScope::Kind::Trader, "alice");
    QVERIFY(c);
    QCOMPARE(c->stillWorking, 2u);
    QCOMPARE_EQ(f.order(alice1).status, OrderStatus::PendingCancel);
    QCOMPARE_EQ(f.order(alice2).status, OrderStatus::PendingCancel);
    QCOMPARE_EQ(f.order(bob1).status, OrderStatus::Accepted);
    QCOMPARE(f.sentCount(bob1, SentMessage::Kind::Cancel), 0);

    QCOMPARE_EQ(f.engine.submit(f.alice, EngineFixture::limitOrder(Side::Buy, 10, cents(15000))).reason.code,
        ReasonCode::KillSwitchEngaged);
    const SubmitResult bobs = f.engine.submit(f.bob, EngineFixture::limitOrder(Side::Buy, 10, cents(15000)));
    QVERIFY(bobs.reason.ok());
    QCOMPARE_EQ(f.order(bobs.id).status, OrderStatus::PendingNew);

    // Bob's business goes on and does not touch alice's kill.
    QVERIFY(f.ack(bobs.id).ok());
    QVERIFY(f.fill(bobs.id, 10, cents(15000)).ok());
    QVERIFY(f.fill(bob1, 100, cents(15000)).ok());
    QCOMPARE(f.control(ControlScope::Kind::Trader, "alice")->stillWorking, 2u);

    QVERIFY(f.answer(alice1, VenueEventType::Cancelled).ok());
    QVERIFY(f.answer(alice2, VenueEventType::Cancelled).ok());
    QCOMPARE_EQ(f.control(ControlScope::Kind::Trader, "alice")->phase, KillPhase::Confirmed);
}

void TestEngine::reducingLetsOnlyReducingOrdersThrough_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<Side>("side");
    QTest::addColumn<qint64>("qty");
    QTest::addColumn<ReasonCode>("code");

    // Positions: ACC1 long 100 AAPL with a working sell of 30; ACC2 short 50 AAPL.
    QTest::addRow("sell within the long") << "ACC1"
                                          << "AAPL" << Side::Sell << 70LL << ReasonCode::None;
    QTest::addRow("sell more than the long less working sells")
        << "ACC1"
        << "AAPL" << Side::Sell << 71LL << ReasonCode::ReducingOnly;
    QTest::addRow("buy adds to the long") << "ACC1"
                                          << "AAPL" << Side::Buy << 10LL << ReasonCode::ReducingOnly;
    QTest::addRow("cover part of the short") << "ACC2"
                                             << "AAPL" << Side::Cover << 50LL << ReasonCode::None;
    QTest::addRow("buy back part of the short") << "ACC2"
                                                << "AAPL" << Side::Buy << 20LL << ReasonCode::None;
    QTest::addRow("cover more than the short") << "ACC2"
                                               << "AAPL" << Side::Cover << 51LL << ReasonCode::ReducingOnly;
    QTest::addRow("short adds to the short") << "ACC2"
                                             << "AAPL" << Side::Short << 10LL << ReasonCode::ReducingOnly;
    QTest::addRow("no position in the instrument") << "ACC1"
                                                   << "MSFT" << Side::Sell << 10LL << ReasonCode::ReducingOnly;
    QTest::addRow("no position in the account") << "ACC3"
                                                << "AAPL" << Side::Sell << 10LL << ReasonCode::ReducingOnly;
}

void TestEngine::reducingLetsOnlyReducingOrdersThrough()
{
    QFETCH(QString, account);
    QFETCH(QString, symbol);
    QFETCH(Side, side);
    QFETCH(qint64, qty);
    QFETCH(ReasonCode, code);

    EngineFixture f;
    const OrderId longBuy = f.working(f.alice, Side::Buy, 100, cents(15000), "AAPL", "ACC1");
    QVERIFY(f.fill(longBuy, 100, cents(15000)).ok());
    const OrderId shortSell = f.working(f.alice, Side::Short, 50, cents(15000), "AAPL", "ACC2");
    QVERIFY(f.fill(shortSell, 50, cents(15000)).ok());
    const OrderId restingSell = f.working(f.alice, Side::Sell, 30, cents(15500), "AAPL", "ACC1");
    QCOMPARE(f.positionQty("ACC1"), 100);
    QCOMPARE(f.positionQty("ACC2"), -50);

    QVERIFY(f.engine.setReducing(f.supervisor, { ControlScope::Kind::All, {} }).ok());
    QCOMPARE_EQ(f.control(ControlScope::Kind::All)->state, TradingState::Reducing);
    // REDUCING cancels nothing.
    QCOMPARE_EQ(f.order(restingSell).status, OrderStatus::Accepted);

    const auto newBefore = f.sentCount(SentMessage::Kind::New);
    const SubmitResult r = f.engine.submit(
        f.alice, EngineFixture::limitOrder(side, qty, cents(15000), symbol.toStdString(), account.toStdString()));
    QCOMPARE_EQ(r.reason.code, code);
    QVERIFY(r.id);
    if (code == ReasonCode::None) {
        QCOMPARE_EQ(f.order(r.id).status, OrderStatus::PendingNew);
        QCOMPARE(f.sentCount(SentMessage::Kind::New), newBefore + 1);
    } else {
        QCOMPARE_EQ(f.order(r.id).status, OrderStatus::Rejected);
        QCOMPARE(f.sentCount(SentMessage::Kind::New), newBefore);
        QVERIFY(r.reason.text.find("REDUCING") != std::string::npos);
    }
}

void TestEngine::flattenSendsClosingMarketOrders()
{
    EngineFixture f;
    const OrderId b = f.working(f.alice, Side::Buy, 100, cents(15000), "AAPL", "ACC1");
    QVERIFY(f.fill(b, 100, cents(15000)).ok());
    const OrderId s = f.working(f.bob, Side::Short, 30, cents(15000), "AAPL", "ACC2");
    QVERIFY(f.fill(s, 30, cents(15000)).ok());
    const OrderId m = f.working(f.alice, Side::Buy, 50, cents(40000), "MSFT", "ACC1");
    QVERIFY(f.fill(m, 20, cents(40000)).ok()); // partly: 30 still working, cancelled by the kill

    const ScopeSpec all { ControlScope::Kind::All, {} };
    QVERIFY(f.engine.engageKillSwitch(f.supervisor, all).ok());
    QVERIFY(f.answer(m, VenueEventType::Cancelled).ok());
    QCOMPARE_EQ(f.control(ControlScope::Kind::All)->phase, KillPhase::Confirmed);

    const std::size_t ordersBefore = f.engine.orders().size();
    QVERIFY(f.engine.flatten(f.supervisor, all).ok());
    QCOMPARE_EQ(f.control(ControlScope::Kind::All)->phase, KillPhase::Flattened);
    QCOMPARE(f.engine.orders().size(), ordersBefore + 3);

    struct Expected {
        const char* account;
        const char* symbol;
        Side side;
        Qty qty;
    };
    const Expected expected[] = {
        { "ACC1", "AAPL", Side::Sell, 100 },
        { "ACC2", "AAPL", Side::Cover, 30 },
        { "ACC1", "MSFT", Side::Sell, 20 },
    };
    std::vector<OrderId> closing;
    for (const Expected& e : expected) {
        OrderId found = kNoOrder;
        for (OrderId id = OrderId(ordersBefore + 1); id <= f.engine.orders().size(); ++id) {
            const Order& o = f.order(id);
            if (o.account == f.engine.names().find(e.account) && f.engine.symbolOf(o) == e.symbol)
                found = id;
        }
        QVERIFY2(found, e.symbol);
        const Order& o = f.order(found);
        QCOMPARE_EQ(o.side, e.side);
        QCOMPARE(o.quantity, e.qty);
        QVERIFY(o.type == OrdType::Market);
        QCOMPARE_EQ(o.status, OrderStatus::PendingNew);
        QCOMPARE(qs(f.engine.names().name(o.strategy)), "FLATTEN");
        QCOMPARE(f.sentCount(found, SentMessage::Kind::New), 1);
        closing.push_back(found);
    }

    // Ordinary orders stay refused; the closing orders are not cancelled by the kill.
    QCOMPARE_EQ(f.engine.submit(f.alice, EngineFixture::limitOrder(Side::Sell, 10, cents(15000))).reason.code,
        ReasonCode::KillSwitchEngaged);
    for (std::size_t i = 0; i < closing.size(); ++i) {
        QVERIFY(f.ack(closing[i]).ok());
        QCOMPARE(f.sentCount(closing[i], SentMessage::Kind::Cancel), 0);
        QVERIFY(f.fill(closing[i], expected[i].qty, cents(15100)).ok());
    }
    QCOMPARE(f.positionQty("ACC1", "AAPL"), 0);
    QCOMPARE(f.positionQty("ACC2", "AAPL"), 0);
    QCOMPARE(f.positionQty("ACC1", "MSFT"), 0);

    // Nothing left to close: a second flatten sends nothing.
    const auto newBefore = f.sentCount(SentMessage::Kind::New);
    QVERIFY(f.engine.flatten(f.supervisor, all).ok());
    QCOMPARE(f.sentCount(SentMessage::Kind::New), newBefore);
}

void TestEngine::flattenUnderNarrowerKillSwitch()
{
    EngineFixture f;
    const OrderId b = f.working(f.alice, Side::Buy, 100, cents(15000), "AAPL", "ACC1");
    QVERIFY(f.fill(b, 100, cents(15000)).ok());
    const OrderId resting = f.working(f.alice, Side::Buy, 10, cents(40000), "MSFT", "ACC1");

    QVERIFY(f.engine.engageKillSwitch(f.supervisor, { ControlScope::Kind::Account, "ACC1" }).ok());
    QCOMPARE_EQ(f.order(resting).status, OrderStatus::PendingCancel);
    QCOMPARE(f.control(ControlScope::Kind::Account, "ACC1")->stillWorking, 1u);

    // Flattening everything also closes ACC1, which its own kill switch governs.
    QVERIFY(f.engine.flatten(f.supervisor, { ControlScope::Kind::All, {} }).ok());
    const OrderId closing = OrderId(f.engine.orders().size());
    QCOMPARE_EQ(f.order(closing).side, Side::Sell);
    QCOMPARE(f.order(closing).quantity, 100);

    // The kill switch must neither cancel the closing order nor count it as one of its own.
    QVERIFY(f.ack(closing).ok());
    QCOMPARE(f.sentCount(closing, SentMessage::Kind::Cancel), 0);
    QCOMPARE_EQ(f.order(closing).status, OrderStatus::Accepted);
    QVERIFY(f.fill(closing, 100, cents(15100)).ok());
    QCOMPARE(f.positionQty("ACC1"), 0);
    const TradingControl* c = f.control(ControlScope::Kind::Account, "ACC1");
    QCOMPARE(c->stillWorking, 1u);
    QCOMPARE_EQ(c->phase, KillPhase::Cancelling);

    QVERIFY(f.answer(resting, VenueEventType::Cancelled).ok());
    QCOMPARE_EQ(f.control(ControlScope::Kind::Account, "ACC1")->phase, KillPhase::Confirmed);
}

} // namespace ordo

void ordo::TestEngine::lateAckAfterAFillIsARaceNotAFault()
{
    EngineFixture f;
    const OrderId id = f.submit(f.alice, Side::Buy, 100, 190 * kPriceScale);
    QVERIFY(f.fill(id, 100, 190 * kPriceScale).ok());  // the fill implies the ack
    const std::size_t alertsBefore = f.engine.alerts().size();
    const std::uint64_t refusedBefore = f.engine.counters().refusedEvents;
    QVERIFY(!f.ack(id).ok());  // the ack that the fill overtook
    QCOMPARE_EQ(f.engine.order(id)->status, OrderStatus::Filled);
    QCOMPARE(f.engine.counters().refusedEvents, refusedBefore + 1);  // still counted and audited
    QCOMPARE(f.engine.alerts().size(), alertsBefore + 1);
    QCOMPARE(int(f.engine.alerts().back().severity), int(Severity::Info));  // but not raised as a fault

    // A refusal that is not a race keeps its severity: a fill for a cancelled order.
    const OrderId other = f.working(f.alice, Side::Buy, 10, 189 * kPriceScale);
    f.engine.cancel(f.alice, other);
    f.answer(other, VenueEventType::Cancelled);
    QVERIFY(!f.fill(other, 10, 189 * kPriceScale).ok());
    QCOMPARE(int(f.engine.alerts().back().severity), int(Severity::Critical));
}

QTEST_APPLESS_MAIN(ordo::TestEngine)
#include "tst_engine.moc"
