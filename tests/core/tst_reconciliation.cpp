// Reconciliation with a venue after a (re)connect, and the venue's trade
// corrections: the engine against a recording gateway, the test playing the
// venue's status reports.

#include "enginefixture.h"
#include "memoryjournal.h"

#include "engine/statedump.h"

#include <QTest>

namespace ordo::test {
namespace {

VenueEvent status(std::string clOrdId, VenueOrderState state, Qty cum = -1, Price avg = 0)
{
    VenueEvent e = venueEvent(VenueEventType::Status, std::move(clOrdId));
    e.venueState = state;
    e.cumQty = cum;
    e.avgPrice = avg;
    e.symbol = "AAPL";
    return e;
}

// The answer a venue gives when it holds none of our orders.
VenueEvent noOrders()
{
    VenueEvent e = venueEvent(VenueEventType::Status, {});
    e.venueState = VenueOrderState::Rejected;
    e.totalReports = 0;
    e.lastReport = true;
    return e;
}

std::size_t countFindings(const ReconciliationReport& r, ReconciliationFinding f)
{
    std::size_t n = 0;
    for (const auto& i : r.items)
        n += i.finding == f;
    return n;
}

}  // namespace

class TestReconciliation : public QObject {
    Q_OBJECT

private slots:
    void cleanReconciliationReleasesTheVenueByItself()
    {
        EngineFixture f;
        f.engine.beginReconciliation("XSIM", {});
        QCOMPARE(f.sentCount(SentMessage::Kind::MassStatus), 1);
        QCOMPARE(qs(f.gateway.last().requestId), QStringLiteral("20261121-R1"));
        const ReconciliationReport* r = f.engine.reconciliationHolding("XSIM");
        QVERIFY(r);
        QVERIFY(r->phase == ReconciliationPhase::MassStatus);

        // Orders to the venue wait while it reconciles, with the reason in words.
        const SubmitResult refused = f.engine.submit(f.alice, EngineFixture::limitOrder(Side::Buy, 100, cents(1000)));
        QVERIFY(refused.reason.code == ReasonCode::VenueReconciling);
        QVERIFY(refused.reason.text.find("XSIM") != std::string::npos);
        QVERIFY(f.order(refused.id).status == OrderStatus::Rejected);

        QVERIFY(f.engine.onVenueEvent(noOrders()).ok());
        QVERIFY(f.engine.reconciliationHolding("XSIM") == nullptr);
        QCOMPARE(f.engine.reconciliations().size(), std::size_t(1));
        QVERIFY(f.engine.reconciliations()[0].phase == ReconciliationPhase::Released);
        QVERIFY(f.engine.reconciliations()[0].clean());
        const OrderId ok = f.submit(f.alice, Side::Buy, 100, cents(1000));
        QVERIFY(f.order(ok).status == OrderStatus::PendingNew);
    }

    void matchingReportsAreClean()
    {
        EngineFixture f;
        const OrderId a = f.working(f.alice, Side::Buy, 100, cents(1000));
        const OrderId b = f.working(f.alice, Side::Sell, 50, cents(1010));
        f.fill(b, 20, cents(1010));
        f.engine.beginReconciliation("XSIM", {});
        VenueEvent first = status(f.currentClOrdId(a), VenueOrderState::Live, 0);
        first.totalReports = 2;
        QVERIFY(f.engine.onVenueEvent(first).ok());
        QVERIFY(f.engine.reconciliationHolding("XSIM"));  // one of two reports so far
        VenueEvent second = status(f.currentClOrdId(b), VenueOrderState::Live, 20, cents(1010));
        second.totalReports = 2;
        QVERIFY(f.engine.onVenueEvent(second).ok());
        QVERIFY(f.engine.reconciliationHolding("XSIM") == nullptr);
        const ReconciliationReport& r = f.engine.reconciliations().back();
        QCOMPARE(r.ordersChecked, 2u);
        QCOMPARE(r.reportsReceived, 2u);
        QVERIFY(r.clean());
    }

    void missedFillIsBookedAndHoldsTradingUntilAcknowledged()
    {
        EngineFixture f;
        const OrderId id = f.working(f.alice, Side::Buy, 100, cents(1000));
        f.fill(id, 10, cents(1000));
        f.engine.beginReconciliation("XSIM", {});
        // The venue filled 40 in all, at an average of 10.03: the 30 we missed
        // must have traded at 10.04 (401.20 - 100.00 = 301.20 for 30).
        VenueEvent s = status(f.currentClOrdId(id), VenueOrderState::Live, 40, cents(1003));
        s.lastReport = true;
        QVERIFY(f.engine.onVenueEvent(s).ok());
        QCOMPARE(f.order(id).cumQty, Qty(40));
        QVERIFY(f.order(id).status == OrderStatus::PartiallyFilled);
        QCOMPARE(f.positionQty("ACC1"), Qty(40));
        QCOMPARE(f.engine.executions().back().quantity, Qty(30));
        QCOMPARE(f.engine.executions().back().price, cents(1004));

        const ReconciliationReport* r = f.engine.reconciliationHolding("XSIM");
        QVERIFY(r);
        QVERIFY(r->phase == ReconciliationPhase::AwaitingAck);
        QCOMPARE(countFindings(*r, ReconciliationFinding::MissedFill), std::size_t(1));
        QVERIFY(r->items[0].text.find("booked 30") != std::string::npos);
        bool warned = false;
        for (const Alert& a : f.engine.alerts())
            warned = warned || a.code == ReasonCode::ReconciliationBreak;
        QVERIFY(warned);

        const SubmitResult held = f.engine.submit(f.alice, EngineFixture::limitOrder(Side::Buy, 1, cents(1000)));
        QVERIFY(held.reason.code == ReasonCode::VenueReconciling);
        QVERIFY(held.reason.text.find("acknowledges") != std::string::npos);
        // Cancels still flow: a trader must be able to get out.
        QVERIFY(f.engine.cancel(f.alice, id).ok());

        // An analyst may read it but not release trading.
        QVERIFY(f.engine.acknowledgeReconciliation(f.analyst, r->number).code == ReasonCode::NotPermitted);
        QVERIFY(f.engine.acknowledgeReconciliation(f.alice, 99).code == ReasonCode::NothingToChange);
        QVERIFY(f.engine.acknowledgeReconciliation(f.alice, 1).ok());
        QVERIFY(f.engine.reconciliationHolding("XSIM") == nullptr);
        QCOMPARE(qs(f.engine.names().name(f.engine.reconciliations()[0].acknowledgedBy)), QStringLiteral("alice"));
        QVERIFY(f.engine.acknowledgeReconciliation(f.alice, 1).code == ReasonCode::NothingToChange);
        const OrderId next = f.submit(f.alice, Side::Buy, 1, cents(1000));
        QVERIFY(f.order(next).status == OrderStatus::PendingNew);
    }

    void ordersTheVenueClosedAreClosed()
    {
        EngineFixture f;
        const OrderId done = f.working(f.alice, Side::Buy, 100, cents(1000));
        const OrderId filled = f.working(f.alice, Side::Sell, 30, cents(1010));
        f.engine.beginReconciliation("XSIM", {});
        VenueEvent a = status(f.currentClOrdId(done), VenueOrderState::Done, 0);
        a.totalReports = 2;
        VenueEvent b = status(f.currentClOrdId(filled), VenueOrderState::Filled, 30, cents(1010));
        b.totalReports = 2;
        f.engine.onVenueEvent(a);
        f.engine.onVenueEvent(b);
        QVERIFY(f.order(done).status == OrderStatus::Cancelled);
        QVERIFY(f.engine.orderText(done).find("has it done") != std::string::npos);
        QVERIFY(f.order(filled).status == OrderStatus::Filled);
        QCOMPARE(f.positionQty("ACC1"), Qty(-30));
        const ReconciliationReport& r = f.engine.reconciliations().back();
        QCOMPARE(countFindings(r, ReconciliationFinding::ClosedAtVenue), std::size_t(1));
        QCOMPARE(countFindings(r, ReconciliationFinding::MissedFill), std::size_t(1));
        QVERIFY(r.phase == ReconciliationPhase::AwaitingAck);
    }

    void ordersWeDoNotKnowAreReported()
    {
        EngineFixture f;
        f.engine.beginReconciliation("XSIM", {});
        VenueEvent stranger = status("OTHERDESK-17", VenueOrderState::Live, 0);
        stranger.orderQty = 500;
        f.engine.onVenueEvent(stranger);
        f.engine.onVenueEvent(stranger);  // said twice, reported once
        // A finished order of another day's session is none of our business.
        f.engine.onVenueEvent(status("20261120-4", VenueOrderState::Filled, 10, cents(1000)));
        // One of today's that our journal lost, even if done, is.
        VenueEvent lost = status("20261121-999", VenueOrderState::Filled, 10, cents(1000));
        lost.lastReport = true;
        f.engine.onVenueEvent(lost);
        const ReconciliationReport& r = f.engine.reconciliations().back();
        QCOMPARE(countFindings(r, ReconciliationFinding::UnknownToUs), std::size_t(2));
        QVERIFY(r.items[0].text.find("OTHERDESK-17") != std::string::npos);
        QVERIFY(r.phase == ReconciliationPhase::AwaitingAck);
    }

    void silentVenueIsAskedOrderByOrderThenReported()
    {
        EngineFixture f;
        const OrderId known = f.working(f.alice, Side::Buy, 100, cents(1000));
        const OrderId lost = f.working(f.alice, Side::Buy, 200, cents(999));
        const OrderId silent = f.working(f.alice, Side::Sell, 300, cents(1020));
        f.engine.beginReconciliation("XSIM", {});
        f.engine.onVenueEvent(status(f.currentClOrdId(known), VenueOrderState::Live, 0));
        // No last-report mark: the host's timer moves it on.
        f.engine.reconciliationTimeout("XSIM");
        QVERIFY(f.engine.reconciliationHolding("XSIM")->phase == ReconciliationPhase::PerOrder);
        QCOMPARE(f.sentCount(known, SentMessage::Kind::Status), 0);  // already heard of
        QCOMPARE(f.sentCount(lost, SentMessage::Kind::Status), 1);
        QCOMPARE(f.sentCount(silent, SentMessage::Kind::Status), 1);
        QCOMPARE(qs(f.gateway.last().requestId), QStringLiteral("20261121-R1"));

        VenueEvent unknown = status(f.currentClOrdId(lost), VenueOrderState::Rejected);
        unknown.text = "Unknown order";
        f.engine.onVenueEvent(unknown);
        QVERIFY(f.order(lost).status == OrderStatus::Cancelled);
        QVERIFY(f.engine.orderText(lost).find("does not know") != std::string::npos);
        QVERIFY(f.engine.reconciliationHolding("XSIM")->phase == ReconciliationPhase::PerOrder);

        f.engine.reconciliationTimeout("XSIM");
        const ReconciliationReport& r = f.engine.reconciliations().back();
        QVERIFY(r.phase == ReconciliationPhase::AwaitingAck);
        QCOMPARE(countFindings(r, ReconciliationFinding::UnknownToVenue), std::size_t(1));
        QCOMPARE(countFindings(r, ReconciliationFinding::NoAnswer), std::size_t(1));
        QVERIFY(f.order(silent).status == OrderStatus::Accepted);  // left alone, for a person to check
        // A late timer does nothing once it is over.
        f.engine.reconciliationTimeout("XSIM");
        QCOMPARE(f.engine.reconciliations().back().items.size(), std::size_t(2));
    }

    void venueWithoutMassStatusIsAskedPerOrder()
    {
        EngineFixture f;
        const OrderId id = f.working(f.alice, Side::Buy, 100, cents(1000));
        ReconciliationOptions options;
        options.massStatus = false;
        f.engine.beginReconciliation("XSIM", options);
        QCOMPARE(f.sentCount(SentMessage::Kind::MassStatus), 0);
        QCOMPARE(f.sentCount(id, SentMessage::Kind::Status), 1);
        QVERIFY(f.engine.reconciliations().back().perOrderOnly);
        f.engine.onVenueEvent(status(f.currentClOrdId(id), VenueOrderState::Live, 0));
        QVERIFY(f.engine.reconciliationHolding("XSIM") == nullptr);

        // A venue that refuses the mass status request is asked per order too.
        f.engine.beginReconciliation("XSIM", {});
        QCOMPARE(f.sentCount(SentMessage::Kind::MassStatus), 1);
        f.engine.onVenueEvent(venueEvent(VenueEventType::StatusUnsupported, {}));
        QCOMPARE(f.sentCount(id, SentMessage::Kind::Status), 2);
        QVERIFY(f.engine.reconciliations().back().perOrderOnly);
    }

    void acknowledgeCleanHoldsEvenACleanReport()
    {
        EngineFixture f;
        ReconciliationOptions options;
        options.acknowledgeClean = true;
        f.engine.beginReconciliation("XSIM", options);
        f.engine.onVenueEvent(noOrders());
        const ReconciliationReport* r = f.engine.reconciliationHolding("XSIM");
        QVERIFY(r);
        QVERIFY(r->clean());
        QVERIFY(r->phase == ReconciliationPhase::AwaitingAck);
        QVERIFY(f.engine.acknowledgeReconciliation(f.supervisor, r->number).ok());
        QVERIFY(f.engine.reconciliationHolding("XSIM") == nullptr);
    }

    void reconnectDuringReconciliationStartsAgain()
    {
        EngineFixture f;
        f.engine.beginReconciliation("XSIM", {});
        f.engine.beginReconciliation("XSIM", {});
        QCOMPARE(f.engine.reconciliations().size(), std::size_t(2));
        QVERIFY(f.engine.reconciliations()[0].phase == ReconciliationPhase::Released);
        QCOMPARE(f.engine.reconciliationHolding("XSIM")->number, 2u);
        // Other venues are not held.
        OrderRequest other = EngineFixture::limitOrder(Side::Buy, 1, cents(1000));
        other.venue = "XOTHER";
        QVERIFY(f.engine.submit(f.alice, other).reason.ok());
    }

    void reconnectKeepsWhatTheInterruptedReportFound()
    {
        EngineFixture f;
        const OrderId id = f.working(f.alice, Side::Buy, 100, cents(1000));
        const OrderId other = f.working(f.alice, Side::Buy, 50, cents(999));
        f.engine.beginReconciliation("XSIM", {});
        // A missed fill is booked, then the session drops before the end.
        VenueEvent s = status(f.currentClOrdId(id), VenueOrderState::Live, 30, cents(1000));
        s.totalReports = 2;
        f.engine.onVenueEvent(s);
        f.engine.beginReconciliation("XSIM", {});
        QVERIFY(f.engine.reconciliations()[0].phase == ReconciliationPhase::AwaitingAck);
        // The new one finds nothing more (the fill is booked already) ...
        VenueEvent a = status(f.currentClOrdId(id), VenueOrderState::Live, 30, cents(1000));
        VenueEvent b = status(f.currentClOrdId(other), VenueOrderState::Live, 0);
        a.totalReports = b.totalReports = 2;
        f.engine.onVenueEvent(a);
        f.engine.onVenueEvent(b);
        QVERIFY(f.engine.reconciliations()[1].clean());
        QVERIFY(f.engine.reconciliations()[1].phase == ReconciliationPhase::Released);
        // ... yet trading waits for somebody to read the first.
        const ReconciliationReport* held = f.engine.reconciliationHolding("XSIM");
        QVERIFY(held);
        QCOMPARE(held->number, 1u);
        QVERIFY(f.engine.acknowledgeReconciliation(f.alice, 1).ok());
    }

    void reportOnAnOlderClOrdIdAsksAgain()
    {
        EngineFixture f;
        const OrderId id = f.working(f.alice, Side::Buy, 100, cents(1000));
        const std::string original = f.currentClOrdId(id);
        QVERIFY(f.engine.modify(f.alice, id, OrderAmendment{100, cents(1001), 0, 0}).ok());
        f.answer(id, VenueEventType::Replaced);
        QVERIFY(f.currentClOrdId(id) != original);
        ReconciliationOptions perOrder;
        perOrder.massStatus = false;
        f.engine.beginReconciliation("XSIM", perOrder);
        const int asked = f.sentCount(id, SentMessage::Kind::Status);
        // The venue answers about the id the order had before its replace.
        VenueEvent old = status(original, VenueOrderState::Rejected);
        old.text = "Unknown order";
        f.engine.onVenueEvent(old);
        QVERIFY(f.order(id).status == OrderStatus::Accepted);  // not closed on the old id's word
        QCOMPARE(f.sentCount(id, SentMessage::Kind::Status), asked + 1);
        QCOMPARE(qs(f.gateway.last().clOrdId), qs(f.currentClOrdId(id)));
        f.engine.onVenueEvent(status(f.currentClOrdId(id), VenueOrderState::Live, 0));
        QVERIFY(f.engine.reconciliationHolding("XSIM") == nullptr);
    }

    void filledAtTheVenueClosesTheOrder()
    {
        EngineFixture f;
        const OrderId id = f.working(f.alice, Side::Buy, 100, cents(1000));
        f.fill(id, 60, cents(1000));
        f.engine.beginReconciliation("XSIM", {});
        // Filled there, with no more filled than we know (the venue closed the rest).
        VenueEvent s = status(f.currentClOrdId(id), VenueOrderState::Filled, 60, cents(1000));
        s.lastReport = true;
        f.engine.onVenueEvent(s);
        QVERIFY(f.order(id).status == OrderStatus::Cancelled);
        QCOMPARE(countFindings(f.engine.reconciliations().back(), ReconciliationFinding::ClosedAtVenue), std::size_t(1));
    }

    void answersToAnOlderRequestDoNotEndThisOne()
    {
        EngineFixture f;
        const OrderId id = f.working(f.alice, Side::Buy, 100, cents(1000));
        f.engine.beginReconciliation("XSIM", {});
        VenueEvent stale = noOrders();
        stale.requestId = "20261120-R9";  // resent from before a reconnect
        f.engine.onVenueEvent(stale);
        QVERIFY(f.engine.reconciliationHolding("XSIM")->phase == ReconciliationPhase::MassStatus);
        QCOMPARE(f.engine.reconciliations().back().reportsReceived, 0u);
        VenueEvent fresh = status(f.currentClOrdId(id), VenueOrderState::Live, 0);
        fresh.requestId = "20261121-R1";
        fresh.lastReport = true;
        f.engine.onVenueEvent(fresh);
        QVERIFY(f.engine.reconciliationHolding("XSIM") == nullptr);
    }

    void heldOrderWaitsForTheVenueToBeReconciled()
    {
        EngineFixture f;
        RiskConfig risk;
        risk.limits.push_back({RiskCheck::MaxOrderQty, LimitLevel::Firm, "", 10, true});  // soft: held
        QVERIFY(f.engine.configureRisk(risk).ok());
        const SubmitResult held = f.engine.submit(f.alice, EngineFixture::limitOrder(Side::Buy, 20, cents(1000)));
        QVERIFY(held.reason.code == ReasonCode::RiskHeld);
        f.engine.beginReconciliation("XSIM", {});
        const Reason r = f.engine.releaseHeldOrder(f.supervisor, held.id);
        QVERIFY(r.code == ReasonCode::VenueReconciling);
        QVERIFY(f.order(held.id).status == OrderStatus::PendingRisk);  // still held, not refused
        QCOMPARE(f.sentCount(held.id, SentMessage::Kind::New), 0);
        f.engine.onVenueEvent(noOrders());
        QVERIFY(f.engine.releaseHeldOrder(f.supervisor, held.id).ok());
        QCOMPARE(f.sentCount(held.id, SentMessage::Kind::New), 1);
    }

    void replayReachesTheSameReports()
    {
        EngineFixture f;
        MemoryJournal journal;
        f.engine.setJournal(&journal);
        const OrderId a = f.working(f.alice, Side::Buy, 100, cents(1000));
        const OrderId b = f.working(f.alice, Side::Buy, 100, cents(1001));
        f.engine.beginReconciliation("XSIM", {});
        f.engine.onVenueEvent(status(f.currentClOrdId(a), VenueOrderState::Live, 60, cents(1000)));
        f.engine.reconciliationTimeout("XSIM");
        f.engine.reconciliationTimeout("XSIM");
        QVERIFY(f.engine.acknowledgeReconciliation(f.alice, 1).ok());
        QVERIFY(f.order(b).status == OrderStatus::Accepted);

        EngineFixture g;
        for (const auto& r : journal.records)
            QVERIFY(g.engine.replay(r).ok());
        QVERIFY(g.engine.finishReplay().ok());
        QCOMPARE(QString::fromStdString(dumpState(g.engine)), QString::fromStdString(dumpState(f.engine)));
        QCOMPARE(g.engine.counters().divergences, std::uint64_t(0));
    }

    // --- trade corrections ---------------------------------------------------------

    void bustReopensAFilledOrderAndTakesThePositionBack()
    {
        EngineFixture f;
        const OrderId id = f.working(f.alice, Side::Buy, 100, cents(1000));
        f.fill(id, "X1", 60, cents(1000));
        f.fill(id, "X2", 40, cents(1010));
        QVERIFY(f.order(id).status == OrderStatus::Filled);
        QCOMPARE(f.positionQty("ACC1"), Qty(100));

        VenueEvent bust = venueEvent(VenueEventType::TradeCancelled, f.currentClOrdId(id));
        bust.execId = "X3";
        bust.execRefId = "X2";
        QVERIFY(f.engine.onVenueEvent(bust).ok());
        QCOMPARE(f.order(id).cumQty, Qty(60));
        QVERIFY(f.order(id).status == OrderStatus::PartiallyFilled);
        QCOMPARE(f.positionQty("ACC1"), Qty(60));
        const Position* p = f.engine.positions().find(f.engine.names().find("ACC1"), f.engine.findInstrument("AAPL"));
        QCOMPARE(p->avgPrice(), cents(1000));
        QCOMPARE(p->workingBuyQty, Qty(40));  // working again
        QVERIFY(f.engine.executions()[1].state == Execution::State::Busted);
        QCOMPARE(f.engine.executions()[1].quantity, Qty(0));
        bool alerted = false;
        for (const Alert& a : f.engine.alerts())
            alerted = alerted || a.code == ReasonCode::TradeBusted;
        QVERIFY(alerted);

        // A second bust of the same fill is refused, and so is one naming nothing.
        QVERIFY(f.engine.onVenueEvent(bust).code == ReasonCode::UnknownOrder);
        bust.execRefId = "NOPE";
        QVERIFY(f.engine.onVenueEvent(bust).code == ReasonCode::UnknownOrder);
        QCOMPARE(f.order(id).cumQty, Qty(60));
    }

    void correctionChangesQuantityAndPrice()
    {
        EngineFixture f;
        const OrderId id = f.working(f.alice, Side::Sell, 100, cents(1000));
        f.fill(id, "X1", 50, cents(1000));
        VenueEvent fix = venueEvent(VenueEventType::TradeCorrected, f.currentClOrdId(id));
        fix.execId = "X2";
        fix.execRefId = "X1";
        fix.lastQty = 40;
        fix.lastPrice = cents(1002);
        QVERIFY(f.engine.onVenueEvent(fix).ok());
        QCOMPARE(f.order(id).cumQty, Qty(40));
        QCOMPARE(f.positionQty("ACC1"), Qty(-40));
        QCOMPARE(f.engine.executions()[0].price, cents(1002));
        QVERIFY(f.engine.executions()[0].state == Execution::State::Corrected);
        QCOMPARE(f.order(id).cumNotional, notional(cents(1002), 40));

        // A correction that would overfill the order is refused.
        fix.lastQty = 101;
        QVERIFY(f.engine.onVenueEvent(fix).code == ReasonCode::Overfill);
        fix.lastQty = 0;
        QVERIFY(f.engine.onVenueEvent(fix).code == ReasonCode::InvalidQuantity);
        QCOMPARE(f.order(id).cumQty, Qty(40));
    }

    void correctionOfADoneOrderKeepsItDone()
    {
        EngineFixture f;
        const OrderId id = f.working(f.alice, Side::Buy, 100, cents(1000));
        f.fill(id, "X1", 50, cents(1000));
        QVERIFY(f.engine.cancel(f.alice, id).ok());
        f.answer(id, VenueEventType::Cancelled);
        QVERIFY(f.order(id).status == OrderStatus::Cancelled);
        VenueEvent bust = venueEvent(VenueEventType::TradeCancelled, f.currentClOrdId(id));
        bust.execRefId = "X1";
        QVERIFY(f.engine.onVenueEvent(bust).ok());
        QVERIFY(f.order(id).status == OrderStatus::Cancelled);
        QCOMPARE(f.order(id).cumQty, Qty(0));
        QCOMPARE(f.positionQty("ACC1"), Qty(0));
    }

    void correctionsReplay()
    {
        EngineFixture f;
        MemoryJournal journal;
        f.engine.setJournal(&journal);
        const OrderId id = f.working(f.alice, Side::Buy, 100, cents(1000));
        f.fill(id, "X1", 100, cents(1000));
        VenueEvent bust = venueEvent(VenueEventType::TradeCancelled, f.currentClOrdId(id));
        bust.execRefId = "X1";
        bust.venueState = VenueOrderState::Done;
        f.engine.onVenueEvent(bust);
        QVERIFY(f.order(id).status == OrderStatus::Cancelled);  // the venue said it is done

        EngineFixture g;
        for (const auto& r : journal.records)
            QVERIFY(g.engine.replay(r).ok());
        QVERIFY(g.engine.finishReplay().ok());
        QCOMPARE(QString::fromStdString(dumpState(g.engine)), QString::fromStdString(dumpState(f.engine)));
    }
};

}  // namespace ordo::test

QTEST_GUILESS_MAIN(ordo::test::TestReconciliation)
#include "tst_reconciliation.moc"
