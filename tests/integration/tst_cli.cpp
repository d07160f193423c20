// ordo-cli against an in-process ordo-venue over FIX: the certification
// cases an operations team runs (new, partial, fill, cancel, replace,
// reject), read back from the JSON lines it prints, and its exit code.

#include "fixvenue.h"
#include "types.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace ordo {

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<venue::FixVenue> m_venue;

    struct Run {
        int exitCode = -1;
        QList<QJsonObject> lines;
        QList<QJsonObject> of(const QString& event, const QString& clientOrderId = {}) const
        {
            QList<QJsonObject> out;
            for (const QJsonObject& o : lines)
                if (o.value(QStringLiteral("event")).toString() == event
                    && (clientOrderId.isEmpty() || o.value(QStringLiteral("clientOrderId")).toString() == clientOrderId))
                    out << o;
            return out;
        }
        QStringList statuses(const QString& clientOrderId) const
        {
            QStringList s;
            for (const QJsonObject& o : of(QStringLiteral("order"), clientOrderId))
                s << o.value(QStringLiteral("status")).toString();
            return s;
        }
    };

    Run cli(const QString& commands, const QString& sender)
    {
        QProcess p;
        p.setProgram(QStringLiteral(ORDO_CLI));
        p.setArguments({QStringLiteral("--port"), QString::number(m_venue->port()), QStringLiteral("--sender"), sender,
                        QStringLiteral("--target"), QStringLiteral("XSIM"), QStringLiteral("--linger"),
                        QStringLiteral("300"), commands});
        p.start();
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitCode();
        for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                r.lines << QJsonDocument::fromJson(line).object();
        return r;
    }

private slots:
    void initTestCase()
    {
        venue::FixVenueConfig vc;
        vc.name = "XSIM";
        vc.clients = {{"XSIM", "CERT1", ""}, {"XSIM", "CERT2", ""}};
        vc.symbols = {{"AAPL", venue::kPriceScale / 100, 190 * venue::kPriceScale}};
        vc.storeDirectory = m_dir.filePath(QStringLiteral("venue")).toStdString();
        vc.dataDictionary = ORDO_FIX44_XML;
        m_venue = std::make_unique<venue::FixVenue>(vc);
        const std::string started = m_venue->start();
        QVERIFY2(started.empty(), started.c_str());
    }

    void certificationCasesPass()
    {
        const Run r = cli(QStringLiteral("submit AAPL sell 100 190 id=s1; submit AAPL buy 60 190 id=b1; "
                                         "wait b1 filled 5000; wait s1 partiallyfilled 5000; "
                                         "submit AAPL buy 50 185 id=b2; wait b2 accepted; "
                                         "replace b2 qty=80 price=186; sleep 300; status b2; "
                                         "cancel b2; wait b2 cancelled 5000; cancel s1; wait s1 cancelled 5000"),
                          QStringLiteral("CERT1"));
        QCOMPARE(r.exitCode, 0);
        // Snapshots are coalesced per publish: whether PendingNew or Accepted
        // shows before Filled depends on how the venue's answers fall into
        // batches (market data traffic and TCP timing move them).
        const QStringList b1 = r.statuses(QStringLiteral("b1"));
        QCOMPARE(b1.last(), QStringLiteral("filled"));
        for (const QString& s : b1)
            QVERIFY2(QStringList({ QStringLiteral("pendingnew"), QStringLiteral("accepted"), QStringLiteral("filled") })
                         .contains(s),
                qPrintable(b1.join(',')));
        QVERIFY(r.statuses(QStringLiteral("s1")).contains(QStringLiteral("partiallyfilled")));
        QCOMPARE(r.statuses(QStringLiteral("s1")).last(), QStringLiteral("cancelled"));
        const QList<QJsonObject> b2 = r.of(QStringLiteral("order"), QStringLiteral("b2"));
        QVERIFY(std::any_of(b2.begin(), b2.end(), [](const QJsonObject& o) {
            return o.value(QStringLiteral("quantity")).toInt() == 80;  // the replace was confirmed
        }));
        QCOMPARE(b2.last().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QVERIFY(r.of(QStringLiteral("error")).isEmpty());
    }

    void rejectsMakeTheExitCodeFail()
    {
        const Run r = cli(QStringLiteral("submit AAPL buy 10 190.005 id=bad"), QStringLiteral("CERT2"));
        QCOMPARE(r.exitCode, 1);
        const QList<QJsonObject> rejected = r.of(QStringLiteral("rejected"), QStringLiteral("bad"));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.front().value(QStringLiteral("code")).toString(), QStringLiteral("TICK_SIZE"));
    }

    void cleanupTestCase() { m_venue->stop(); }
};

}  // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestCli)
#include "tst_cli.moc"
