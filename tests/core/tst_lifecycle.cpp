#include "testprinters.h"

#include "oms/lifecycle.h"

#include <QtTest>

#include <set>
#include <utility>

namespace ordo {

namespace {

using S = OrderStatus;
using E = LifecycleEvent;
using K = TargetKind;

struct Allowed {
    S from;
    E event;
    K kind;
    S to = S::New; // meaningful for K::To only
};

// The expected table, written from the order model rather than read out of
// lifecycle.cpp, so that a slip in either shows up as a failing row. Every
// (status, event) pair not listed here must be refused.
const Allowed kAllowed[] = {
    { S::New, E::ValidationPassed, K::To, S::PendingRisk }, { S::New, E::ValidationFailed, K::To, S::Rejected },

    { S::PendingRisk, E::RiskPassed, K::To, S::PendingNew }, { S::PendingRisk, E::RiskRejected, K::To, S::Rejected },
    // A soft limit keeps the order where it is until a supervisor decides.
    { S::PendingRisk, E::RiskHeld, K::Stay },

    // Sent, not acknowledged: a fill implies the ack, and FIX allows a cancel
    // before the ack (but not a cancel/replace).
    { S::PendingNew, E::VenueAck, K::To, S::Accepted }, { S::PendingNew, E::VenueReject, K::To, S::Rejected },
    { S::PendingNew, E::Fill, K::ByFill }, { S::PendingNew, E::CancelRequested, K::To, S::PendingCancel },
    { S::PendingNew, E::VenueCancelled, K::To, S::Cancelled }, { S::PendingNew, E::Expired, K::To, S::Expired },

    { S::Accepted, E::Fill, K::ByFill }, { S::Accepted, E::CancelRequested, K::To, S::PendingCancel },
    { S::Accepted, E::ReplaceRequested, K::To, S::PendingReplace },
    { S::Accepted, E::VenueCancelled, K::To, S::Cancelled }, { S::Accepted, E::Expired, K::To, S::Expired },
    { S::Accepted, E::Suspended, K::To, S::Suspended },

    { S::PartiallyFilled, E::Fill, K::ByFill }, { S::PartiallyFilled, E::CancelRequested, K::To, S::PendingCancel },
    { S::PartiallyFilled, E::ReplaceRequested, K::To, S::PendingReplace },
    { S::PartiallyFilled, E::VenueCancelled, K::To, S::Cancelled },
    { S::PartiallyFilled, E::Expired, K::To, S::Expired }, { S::PartiallyFilled, E::Suspended, K::To, S::Suspended },

    // The venue may trade the order before it sees our cancel, and may still
    // ack or reject an order whose cancel went out before the ack came back.
    { S::PendingCancel, E::Fill, K::ByFill }, { S::PendingCancel, E::CancelAcked, K::To, S::Cancelled },
    { S::PendingCancel, E::CancelRejected, K::Restore }, { S::PendingCancel, E::VenueCancelled, K::To, S::Cancelled },
    { S::PendingCancel, E::Expired, K::To, S::Expired }, { S::PendingCancel, E::VenueAck, K::Stay },
    { S::PendingCancel, E::VenueReject, K::To, S::Rejected },

    { S::PendingReplace, E::Fill, K::ByFill }, { S::PendingReplace, E::ReplaceAcked, K::Working },
    { S::PendingReplace, E::ReplaceRejected, K::Restore },
    { S::PendingReplace, E::VenueCancelled, K::To, S::Cancelled }, { S::PendingReplace, E::Expired, K::To, S::Expired },
    { S::PendingReplace, E::VenueAck, K::Stay },

    // A halted book does not trade or amend, but the order can be pulled.
    { S::Suspended, E::Resumed, K::Working }, { S::Suspended, E::CancelRequested, K::To, S::PendingCancel },
    { S::Suspended, E::VenueCancelled, K::To, S::Cancelled }, { S::Suspended, E::Expired, K::To, S::Expired },

    // A busted or corrected fill: a working or filled order is working again
    // by what is left; pending and finished orders keep their status. Orders
    // with nothing filled have no fill to correct.
    { S::PartiallyFilled, E::TradeCorrected, K::Working }, { S::Filled, E::TradeCorrected, K::Working },
    { S::PendingCancel, E::TradeCorrected, K::Stay }, { S::PendingReplace, E::TradeCorrected, K::Stay },
    { S::Suspended, E::TradeCorrected, K::Stay }, { S::Cancelled, E::TradeCorrected, K::Stay },
    { S::Expired, E::TradeCorrected, K::Stay },

    // Rejected, Filled, Cancelled and Expired are terminal: nothing is allowed.
};

const Allowed* findAllowed(S from, E event)
{
    for (const Allowed& a : kAllowed)
        if (a.from == from && a.event == event)
            return &a;
    return nullptr;
}

Order orderWith(S status, S before, Qty quantity, Qty cumQty)
{
    Order o;
    o.id = 1;
    o.status = status;
    o.statusBeforePending = before;
    o.quantity = quantity;
    o.cumQty = cumQty;
    return o;
}

} // namespace

class TestLifecycle : public QObject {
    Q_OBJECT

private slots:
    void expectedTableIsWellFormed();
    void transitionTable_data();
    void transitionTable();
    void outOfRangeIsRefused();
    void resolve_data();
    void resolve();
};

void TestLifecycle::expectedTableIsWellFormed()
{
    std::set<std::pair<int, int>> seen;
    for (const Allowed& a : kAllowed) {
        QVERIFY2(seen.insert({ int(a.from), int(a.event) }).second, "the expected table lists a pair twice");
        // Done is done, except that a venue may bust or correct a fill after it.
        QVERIFY(!isTerminal(a.from) || a.event == E::TradeCorrected);
        QVERIFY((a.kind == K::To) == (a.to != S::New));
    }
    QCOMPARE(int(seen.size()), 47);
}

void TestLifecycle::transitionTable_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<LifecycleEvent>("event");
    QTest::addColumn<TargetKind>("kind");
    QTest::addColumn<OrderStatus>("to");

    for (int s = 0; s < kOrderStatusCount; ++s) {
        for (int e = 0; e < kLifecycleEventCount; ++e) {
            const auto from = static_cast<S>(s);
            const auto event = static_cast<E>(e);
            const Allowed* a = findAllowed(from, event);
            QTest::addRow("%s + %s", toString(from).data(), toString(event).data())
                << from << event << (a ? a->kind : K::Refuse) << (a ? a->to : S::New);
        }
    }
}

void TestLifecycle::transitionTable()
{
    QFETCH(OrderStatus, from);
    QFETCH(LifecycleEvent, event);
    QFETCH(TargetKind, kind);
    QFETCH(OrderStatus, to);

    const Transition t = lookupTransition(from, event);
    QCOMPARE_EQ(t.kind, kind);
    if (kind == K::To)
        QCOMPARE_EQ(t.to, to);

    // Refuse and Stay must leave the order exactly where it was.
    if (kind == K::Refuse || kind == K::Stay) {
        const Order o = orderWith(from, S::Accepted, 100, 0);
        QCOMPARE_EQ(resolveTransition(o, t), from);
    }
}

void TestLifecycle::outOfRangeIsRefused()
{
    QCOMPARE_EQ(lookupTransition(static_cast<S>(kOrderStatusCount), E::Fill).kind, K::Refuse);
    QCOMPARE_EQ(lookupTransition(S::Accepted, static_cast<E>(kLifecycleEventCount)).kind, K::Refuse);
    QCOMPARE_EQ(lookupTransition(static_cast<S>(255), static_cast<E>(255)).kind, K::Refuse);
}

void TestLifecycle::resolve_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<OrderStatus>("before"); // statusBeforePending
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("cumQty");
    QTest::addColumn<LifecycleEvent>("event");
    QTest::addColumn<qint64>("fillQty");
    QTest::addColumn<OrderStatus>("expected");

    // ByFill: Filled when nothing is left, else PartiallyFilled, but a pending
    // cancel or replace stays pending until the venue answers it.
    QTest::addRow("first partial fill of an accepted order")
        << S::Accepted << S::New << 100LL << 0LL << E::Fill << 40LL << S::PartiallyFilled;
    QTest::addRow("accepted order filled in one go")
        << S::Accepted << S::New << 100LL << 0LL << E::Fill << 100LL << S::Filled;
    QTest::addRow("further partial fill")
        << S::PartiallyFilled << S::New << 100LL << 40LL << E::Fill << 30LL << S::PartiallyFilled;
    QTest::addRow("last fill completes the order")
        << S::PartiallyFilled << S::New << 100LL << 70LL << E::Fill << 30LL << S::Filled;
    QTest::addRow("fill before the ack implies the ack")
        << S::PendingNew << S::New << 100LL << 0LL << E::Fill << 10LL << S::PartiallyFilled;
    QTest::addRow("complete fill before the ack")
        << S::PendingNew << S::New << 100LL << 0LL << E::Fill << 100LL << S::Filled;
    QTest::addRow("partial fill while cancel pending stays pending")
        << S::PendingCancel << S::Accepted << 100LL << 0LL << E::Fill << 40LL << S::PendingCancel;
    QTest::addRow("complete fill while cancel pending")
        << S::PendingCancel << S::PartiallyFilled << 100LL << 60LL << E::Fill << 40LL << S::Filled;
    QTest::addRow("partial fill while replace pending stays pending")
        << S::PendingReplace << S::Accepted << 100LL << 0LL << E::Fill << 40LL << S::PendingReplace;
    QTest::addRow("complete fill while replace pending")
        << S::PendingReplace << S::Accepted << 100LL << 0LL << E::Fill << 100LL << S::Filled;

    // Restore: back to where the order was before the request...
    QTest::addRow("cancel rejected, back to accepted")
        << S::PendingCancel << S::Accepted << 100LL << 0LL << E::CancelRejected << 0LL << S::Accepted;
    QTest::addRow("cancel rejected, back to partially filled")
        << S::PendingCancel << S::PartiallyFilled << 100LL << 30LL << E::CancelRejected << 0LL << S::PartiallyFilled;
    QTest::addRow("cancel rejected, back to suspended")
        << S::PendingCancel << S::Suspended << 100LL << 0LL << E::CancelRejected << 0LL << S::Suspended;
    QTest::addRow("cancel before ack rejected, back to pending new")
        << S::PendingCancel << S::PendingNew << 100LL << 0LL << E::CancelRejected << 0LL << S::PendingNew;
    QTest::addRow("replace rejected, back to accepted")
        << S::PendingReplace << S::Accepted << 100LL << 0LL << E::ReplaceRejected << 0LL << S::Accepted;
    QTest::addRow("replace rejected, back to partially filled")
        << S::PendingReplace << S::PartiallyFilled << 100LL << 30LL << E::ReplaceRejected << 0LL << S::PartiallyFilled;
    // ...except that a fill which arrived meanwhile counts: an order with
    // quantity filled is not Accepted, nor waiting for its ack.
    QTest::addRow("cancel rejected after a fill while pending")
        << S::PendingCancel << S::Accepted << 100LL << 30LL << E::CancelRejected << 0LL << S::PartiallyFilled;
    QTest::addRow("replace rejected after a fill while pending")
        << S::PendingReplace << S::Accepted << 100LL << 30LL << E::ReplaceRejected << 0LL << S::PartiallyFilled;
    QTest::addRow("cancel before ack rejected after a fill")
        << S::PendingCancel << S::PendingNew << 100LL << 30LL << E::CancelRejected << 0LL << S::PartiallyFilled;

    // Working: Accepted or PartiallyFilled by the filled quantity.
    QTest::addRow("replace acked, nothing filled")
        << S::PendingReplace << S::Accepted << 150LL << 0LL << E::ReplaceAcked << 0LL << S::Accepted;
    QTest::addRow("replace acked, partly filled")
        << S::PendingReplace << S::PartiallyFilled << 150LL << 30LL << E::ReplaceAcked << 0LL << S::PartiallyFilled;
    QTest::addRow("replace acked down to the filled quantity")
        << S::PendingReplace << S::PartiallyFilled << 30LL << 30LL << E::ReplaceAcked << 0LL << S::Filled;
    QTest::addRow("resumed, nothing filled")
        << S::Suspended << S::Accepted << 100LL << 0LL << E::Resumed << 0LL << S::Accepted;
    QTest::addRow("resumed, partly filled")
        << S::Suspended << S::PartiallyFilled << 100LL << 30LL << E::Resumed << 0LL << S::PartiallyFilled;
}

void TestLifecycle::resolve()
{
    QFETCH(OrderStatus, status);
    QFETCH(OrderStatus, before);
    QFETCH(qint64, quantity);
    QFETCH(qint64, cumQty);
    QFETCH(LifecycleEvent, event);
    QFETCH(qint64, fillQty);
    QFETCH(OrderStatus, expected);

    const Order o = orderWith(status, before, quantity, cumQty);
    const Transition t = lookupTransition(status, event);
    QVERIFY(t.kind != K::Refuse);
    QCOMPARE_EQ(resolveTransition(o, t, fillQty), expected);
}

} // namespace ordo

QTEST_APPLESS_MAIN(ordo::TestLifecycle)
#include "tst_lifecycle.moc"
