// The FIX session cockpit and the reconciliation report, driven as a user
// would: messages stream in, filters narrow them, a selected message is
// decoded tag by tag; a report with differences waits for acknowledgement.

#include "configloader.h"
#include "fixcockpit.h"
#include "fixdictionary.h"
#include "fixsessionmodels.h"
#include "reconciliationdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

namespace ordo {

namespace {

const QString kDictionary = QStringLiteral(":/ordo/fix/FIX44.xml");

WireSnapshot wire(const QString& venue, bool out, const QString& type, const QString& clOrdId, QString text)
{
    WireSnapshot w;
    w.timeMs = 1'795'271'400'000;
    w.venue = venue;
    w.outgoing = out;
    w.msgType = type;
    w.clOrdId = clOrdId;
    w.text = text.replace(QLatin1Char('|'), QChar(0x01));
    return w;
}

QList<WireSnapshot> traffic()
{
    return {
        wire("XLIT1", true, "D", "20261121-1", "8=FIX.4.4|9=99|35=D|49=ORDO|56=XLIT1|11=20261121-1|54=1|40=2|44=10.5|"),
        wire("XLIT1", false, "8", "20261121-1", "8=FIX.4.4|9=99|35=8|11=20261121-1|150=0|39=0|"),
        wire("XLIT2", true, "0", "", "8=FIX.4.4|9=40|35=0|"),
        wire("XLIT2", true, "F", "20261121-2.1", "8=FIX.4.4|9=60|35=F|11=20261121-2.1|41=20261121-2|"),
    };
}

}  // namespace

class TestFixCockpit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initResources(); }

    void dictionaryNamesTagsAndValues()
    {
        FixDictionary d;
        QString error;
        QVERIFY2(d.load(kDictionary, &error), qPrintable(error));
        QCOMPARE(d.fieldName(11), QStringLiteral("ClOrdID"));
        QCOMPARE(d.messageName(QStringLiteral("D")), QStringLiteral("NewOrderSingle"));
        QCOMPARE(d.valueName(54, QStringLiteral("5")), QStringLiteral("SELL_SHORT"));
        const QList<DecodedField> fields = d.decode(QStringLiteral("35=8\x01" "150=F\x01" "oops\x01" "9999=x\x01"));
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields[0].meaning, QStringLiteral("ExecutionReport"));
        QCOMPARE(fields[1].name, QStringLiteral("ExecType"));
        QCOMPARE(fields[1].meaning, QStringLiteral("TRADE"));
        QCOMPARE(fields[2].tag, 0);  // malformed: shown, not hidden
        QCOMPARE(fields[2].value, QStringLiteral("oops"));
        QVERIFY(fields[3].name.isEmpty());  // a tag the dictionary does not know
        QVERIFY(!d.load(QStringLiteral("/no/such/file.xml"), &error));
        QVERIFY(error.contains(QStringLiteral("/no/such/file.xml")));
    }

    void filtersBySessionTypeAndClOrdId()
    {
        FixCockpit cockpit(kDictionary);
        SessionSnapshot s;
        s.venue = QStringLiteral("XLIT1");
        s.state = SessionSnapshot::State::LoggedOn;
        cockpit.applySession(s);
        s.venue = QStringLiteral("XLIT2");
        cockpit.applySession(s);
        cockpit.appendWire(traffic(), 0);
        QCOMPARE(cockpit.filter()->rowCount(), 4);

        auto* session = cockpit.findChild<QComboBox*>(QStringLiteral("sessionFilter"));
        auto* type = cockpit.findChild<QComboBox*>(QStringLiteral("typeFilter"));
        auto* clOrdId = cockpit.findChild<QLineEdit*>(QStringLiteral("clOrdIdFilter"));
        QVERIFY(session && type && clOrdId);
        session->setCurrentIndex(session->findData(QStringLiteral("XLIT2")));
        QCOMPARE(cockpit.filter()->rowCount(), 2);
        type->setCurrentIndex(type->findData(QStringLiteral("F")));
        QCOMPARE(cockpit.filter()->rowCount(), 1);
        session->setCurrentIndex(0);
        type->setCurrentIndex(0);
        // Typed like a user; a cancel is found by the order it cancels (41) too.
        QTest::keyClicks(clOrdId, QStringLiteral("20261121-2"));
        QCOMPARE(cockpit.filter()->rowCount(), 1);
        clOrdId->clear();
        QTest::keyClicks(clOrdId, QStringLiteral("20261121-1"));
        QCOMPARE(cockpit.filter()->rowCount(), 2);

        cockpit.selectMessage(0);
        const QList<DecodedField> shown = cockpit.shownFields();
        QVERIFY(!shown.isEmpty());
        bool sawSide = false;
        for (const DecodedField& f : shown)
            sawSide = sawSide || (f.tag == 54 && f.name == QLatin1String("Side") && f.meaning == QLatin1String("BUY"));
        QVERIFY(sawSide);
    }

    void logKeepsTheNewestAndCountsTheDropped()
    {
        FixDictionary d;
        WireLogModel log(d, 3);
        QSignalSpy resets(&log, &QAbstractItemModel::modelReset);
        log.append(traffic(), 0);  // 4 into 3: the oldest goes
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.droppedTotal(), qint64(1));
        QCOMPARE(log.message(0)->msgType, QStringLiteral("8"));
        log.append({traffic().first()}, 5);  // 5 the host dropped before the batch
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.droppedTotal(), qint64(7));
        QCOMPARE(log.message(2)->msgType, QStringLiteral("D"));
        QCOMPARE(resets.count(), 0);  // batches never reset the model
    }

    void sessionsShowHealth()
    {
        SessionModel m;
        SessionSnapshot s;
        s.venue = QStringLiteral("XLIT1");
        s.state = SessionSnapshot::State::LoggedOut;
        s.reason = QStringLiteral("connection refused");
        m.apply(s);
        s.state = SessionSnapshot::State::LoggedOn;
        s.reason.clear();
        s.roundTripMicros = 1250;
        s.heartbeatLagMs = 0;
        s.gapFills = 2;
        s.nextSenderSeq = 17;
        m.apply(s);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.data(m.index(0, SessionModel::ColRoundTrip)).toString(), QStringLiteral("1.25 ms"));
        QCOMPARE(m.data(m.index(0, SessionModel::ColGapFills)).toInt(), 2);
        QCOMPARE(m.data(m.index(0, SessionModel::ColSenderSeq)).toInt(), 17);
    }

    void reportWithDifferencesWaitsForAcknowledgement()
    {
        ReconciliationDialog dialog(true);
        QSignalSpy pending(&dialog, &ReconciliationDialog::pendingChanged);
        QSignalSpy acknowledged(&dialog, &ReconciliationDialog::acknowledge);
        ReconciliationSnapshot r;
        r.number = 3;
        r.venue = QStringLiteral("XLIT1");
        r.phase = ReconciliationPhase::AwaitingAck;
        r.ordersChecked = 2;
        ReconciliationItemSnapshot item;
        item.finding = ReconciliationFinding::MissedFill;
        item.orderId = 7;
        item.clOrdId = QStringLiteral("20261121-7");
        item.text = QStringLiteral("booked 30 at 10.04");
        r.items.push_back(item);
        dialog.apply(r);
        QCOMPARE(dialog.pendingCount(), 1);
        QCOMPARE(pending.count(), 1);
        QCOMPARE(dialog.selectedReport(), 3u);
        auto* findings = dialog.findChild<QTableWidget*>(QStringLiteral("findingView"));
        QCOMPARE(findings->rowCount(), 1);
        QCOMPARE(findings->item(0, 6)->text(), item.text);
        auto* ack = dialog.findChild<QPushButton*>(QStringLiteral("acknowledgeButton"));
        QVERIFY(ack->isEnabled());
        QTest::mouseClick(ack, Qt::LeftButton);
        QCOMPARE(acknowledged.count(), 1);
        QCOMPARE(acknowledged.at(0).at(0).toUInt(), 3u);

        r.phase = ReconciliationPhase::Released;
        r.acknowledgedBy = QStringLiteral("alice");
        dialog.apply(r);
        QCOMPARE(dialog.pendingCount(), 0);
        QVERIFY(!ack->isEnabled());
    }

    void newReportDoesNotTakeTheSelectionAndEnterAcknowledgesNothing()
    {
        ReconciliationDialog dialog(true);
        QSignalSpy acknowledged(&dialog, &ReconciliationDialog::acknowledge);
        ReconciliationSnapshot a;
        a.number = 1;
        a.venue = QStringLiteral("XLIT1");
        a.phase = ReconciliationPhase::AwaitingAck;
        a.items.push_back(ReconciliationItemSnapshot{});
        dialog.apply(a);
        QCOMPARE(dialog.selectedReport(), 1u);
        ReconciliationSnapshot b = a;
        b.number = 2;
        b.venue = QStringLiteral("XLIT2");
        dialog.apply(b);
        // The user is reading report 1: it stays on screen, and the button acknowledges it.
        QCOMPARE(dialog.selectedReport(), 1u);
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(acknowledged.count(), 0);  // Enter meant for elsewhere releases nothing
        QCOMPARE(dialog.pendingCount(), 2);
    }

    void analystReadsButCannotAcknowledge()
    {
        ReconciliationDialog dialog(false);
        ReconciliationSnapshot r;
        r.number = 1;
        r.venue = QStringLiteral("XLIT2");
        r.phase = ReconciliationPhase::AwaitingAck;
        dialog.apply(r);
        auto* ack = dialog.findChild<QPushButton*>(QStringLiteral("acknowledgeButton"));
        QVERIFY(!ack->isEnabled());
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestFixCockpit)
#include "tst_fixcockpit.moc"
