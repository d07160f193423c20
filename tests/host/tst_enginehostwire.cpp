// EngineHost's wire log over a real FIX session: the cockpit sees every raw
// message, but never the Logon's password (554), which EngineWorker masks.
// The venue is an in-process ordo-venue acceptor that wants the password, so
// a Logon it accepts proves the password really went over the wire.

#include "enginehost.h"
#include "fixvenue.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace ordo {

class TestEngineHostWire : public QObject {
    Q_OBJECT

private slots:
    void logonPasswordIsMaskedInTheWireLog()
    {
        const QString password = QStringLiteral("s3cret-Pa55");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        venue::FixVenueConfig vc;
        vc.name = "XSIM";
        vc.clients = {{"XSIM", "ORDO", password.toStdString()}};
        vc.symbols = {{"AAPL", kPriceScale / 100, 190 * kPriceScale}};
        vc.storeDirectory = dir.filePath(QStringLiteral("venue-store")).toStdString();
        vc.dataDictionary = ORDO_FIX44_XML;
        venue::FixVenue xsim(vc);
        const std::string started = xsim.start();
        QVERIFY2(started.empty(), started.c_str());

        HostConfig config;
        config.user = QStringLiteral("alice");
        config.sessionPrefix = QStringLiteral("20261121");
        config.instruments = {InstrumentConfig{Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}}, 190 * kPriceScale}};
        config.paperVenue = false;
        config.defaultVenue = QStringLiteral("XSIM");
        FixVenueConfig fv;
        fv.venue = QStringLiteral("XSIM");
        fv.port = xsim.port();
        fv.senderCompId = QStringLiteral("ORDO");
        fv.targetCompId = QStringLiteral("XSIM");
        fv.reconnectSeconds = 1;
        fv.password = password;
        config.fixVenues = {fv};
        config.venuesConfigured = true;
        config.fixStoreDirectory = dir.filePath(QStringLiteral("ordo-store"));
        config.fixDictionary = QStringLiteral(ORDO_FIX44_XML);

        EngineHost host(config);
        QList<WireSnapshot> wire;
        connect(&host, &EngineHost::wireMessages, this,
                [&wire](const QList<WireSnapshot>& batch, int) { wire << batch; });
        auto logon = [&wire](bool outgoing) -> const WireSnapshot* {
            for (const WireSnapshot& w : wire)
                if (w.outgoing == outgoing && w.msgType == QLatin1String("A"))
                    return &w;
            return nullptr;
        };
        host.start();
        // The venue's Logon back: it accepted our password.
        QTRY_VERIFY_WITH_TIMEOUT(logon(false) != nullptr, 10'000);
        const WireSnapshot* ours = logon(true);
        QVERIFY(ours);
        QCOMPARE(ours->venue, QStringLiteral("XSIM"));
        QVERIFY2(ours->text.contains(QStringLiteral("\x01" "554=****\x01")), qPrintable(ours->text));
        // The rest of the message is intact: the checksum still ends it.
        QVERIFY2(ours->text.contains(QRegularExpression(QStringLiteral("\x01" "10=\\d{3}\x01$"))),
                 qPrintable(ours->text));
        // Nothing on the wire log carries the password.
        for (const WireSnapshot& w : wire)
            QVERIFY2(!w.text.contains(password), qPrintable(w.text));
        host.stop();
        xsim.stop();
    }
};

}  // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestEngineHostWire)
#include "tst_enginehostwire.moc"
