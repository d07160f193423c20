// ordo-venue's configuration file: the shipped default set, a file that
// says everything, and malformed files, each refused with a sentence that
// names the place and the problem. Then the executable itself: a malformed
// file stops it with that sentence and a non-zero exit, a good one starts
// every venue it lists.

#include "types.h"
#include "venueconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

namespace ordo::venue {

namespace {

QString joined(const std::vector<std::string>& lines)
{
    QStringList out;
    for (const std::string& l : lines)
        out << QString::fromStdString(l);
    return out.join(u'\n');
}

VenueDefaults defaults()
{
    VenueDefaults d;
    d.storeDirectory = "/tmp/store";
    d.dataDictionary = "/dict/FIX44.xml";
    return d;
}

} // namespace

class TestVenueConfig : public QObject {
    Q_OBJECT

private slots:
    void defaultSetIsThreeLitAndADarkPool()
    {
        const VenueConfigResult r = defaultVenueConfig(defaults());
        QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
        QCOMPARE(r.venues.size(), std::size_t(4));
        const char* names[] = {"XLIT1", "XLIT2", "XLIT3", "XDARK"};
        std::set<std::pair<std::int64_t, std::int64_t>> fees;
        std::set<std::int64_t> latencies;
        for (std::size_t i = 0; i < 4; ++i) {
            const FixVenueConfig& v = r.venues[i];
            QCOMPARE(v.name, std::string(names[i]));
            QVERIFY(v.kind == (i < 3 ? VenueKind::Lit : VenueKind::Dark));
            QCOMPARE(v.port, 9878 + static_cast<int>(i));
            QVERIFY(v.synthetic);
            QCOMPARE(v.symbols.size(), std::size_t(5));
            QCOMPARE(v.clients.size(), std::size_t(1));
            QCOMPARE(v.clients[0].clientCompId, std::string("ORDO"));
            QCOMPARE(v.clients[0].venueCompId, v.name);
            QCOMPARE(v.storeDirectory, "ordo-venue-store/" + v.name); // the file names its store root
            QCOMPARE(v.dataDictionary, std::string("/dict/FIX44.xml"));
            fees.insert({v.makerFeeBp, v.takerFeeBp});
            latencies.insert(v.latencyMicros);
        }
        // Routing has real choices: every lit venue differs in fees and in latency.
        QCOMPARE(fees.size(), std::size_t(4));
        QCOMPARE(latencies.size(), std::size_t(4));
        QCOMPARE(r.venues[3].referenceVenue, std::string("XLIT1"));
        // The lit venues quote around one fair value, seeded by XLIT1's seed.
        for (const FixVenueConfig& v : r.venues) {
            QVERIFY(v.sharedFairValue);
            QCOMPARE(v.fairValueSeed, std::uint64_t(42));
        }
        QCOMPARE(r.venues[0].symbols[3].name, std::string("VOD.L"));
        QCOMPARE(r.venues[0].symbols[3].tickSize, kPriceScale / 50);
        QCOMPARE(r.venues[0].symbols[3].referencePrice, 72 * kPriceScale);
    }

    // The example shipped beside the sources is the compiled-in default.
    void shippedExampleIsTheDefault()
    {
        QFile f(QStringLiteral(ORDO_DEFAULT_VENUES_FILE));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().toStdString(), defaultVenueConfigText());
        const VenueConfigResult r = loadVenueConfig(ORDO_DEFAULT_VENUES_FILE, defaults());
        QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
        QCOMPARE(r.venues.size(), std::size_t(4));
    }

    void everyKeyIsRead()
    {
        const std::string json = R"({
            "clients": [{"compId": "A1"}, {"compId": "B2", "password": "pw"}],
            "symbols": [{"symbol": "X", "tickSize": "0.05", "referencePrice": "10.25"}],
            "venues": [
                {"name": "L", "makerFeeBp": 0, "takerFeeBp": -1, "latencyMicros": 2500, "synthetic": false,
                 "volatility": 0.001, "takerRatePerMinute": 12.5, "comment": "defaults for the rest"},
                {"name": "D", "kind": "dark", "referenceVenue": "L", "port": 7001, "seed": 99,
                 "clients": [{"compId": "C3"}],
                 "symbols": [{"symbol": "X", "tickSize": 0.05, "referencePrice": 10.25}]}
            ]})";
        const VenueConfigResult r = parseVenueConfig(json, "t.json", defaults());
        QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
        QCOMPARE(r.venues.size(), std::size_t(2));
        const FixVenueConfig& l = r.venues[0];
        QVERIFY(l.kind == VenueKind::Lit);
        QCOMPARE(l.port, 0);
        QCOMPARE(l.makerFeeBp, std::int64_t(0));
        QCOMPARE(l.takerFeeBp, std::int64_t(-1));
        QCOMPARE(l.latencyMicros, std::int64_t(2500));
        QVERIFY(!l.synthetic);
        QCOMPARE(l.seed, std::uint64_t(42)); // 42 + its index
        QCOMPARE(l.volatility, 0.001);
        QCOMPARE(l.takerRatePerMinute, 12.5);
        QCOMPARE(l.clients.size(), std::size_t(2));
        QCOMPARE(l.clients[1].password, std::string("pw"));
        QCOMPARE(l.storeDirectory, std::string("/tmp/store/L"));
        QCOMPARE(l.symbols[0].tickSize, 5 * kPriceScale / 100);
        QCOMPARE(l.symbols[0].referencePrice, 1025 * kPriceScale / 100);
        const FixVenueConfig& d = r.venues[1];
        QVERIFY(d.kind == VenueKind::Dark);
        QCOMPARE(d.referenceVenue, std::string("L"));
        QCOMPARE(d.port, 7001);
        QCOMPARE(d.seed, std::uint64_t(99));
        QVERIFY(d.synthetic);
        QCOMPARE(d.clients.size(), std::size_t(1));
        QCOMPARE(d.clients[0].clientCompId, std::string("C3"));
        QCOMPARE(d.symbols[0].referencePrice, 1025 * kPriceScale / 100); // numbers read to 1e-8
    }

    void sharedFairValueKeys()
    {
        const std::string venues = R"("symbols": [{"symbol": "X", "referencePrice": "10"}],
            "venues": [{"name": "A", "seed": 9}, {"name": "B", "volatility": 0.0003,
                        "symbols": [{"symbol": "X", "referencePrice": "11"}]}]})";
        // Off: the venues may differ in what shapes their walks.
        VenueConfigResult r = parseVenueConfig(R"({"sharedFairValue": false, "fairValueSeed": 7, )" + venues, "s.json",
                                               defaults());
        QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
        for (const FixVenueConfig& v : r.venues) {
            QVERIFY(!v.sharedFairValue);
            QCOMPARE(v.fairValueSeed, std::uint64_t(7));
        }
        // On (the default), they may not, and each difference is named.
        r = parseVenueConfig("{" + venues, "s.json", defaults());
        QVERIFY(!r.ok());
        const QString all = joined(r.errors);
        QVERIFY2(all.contains("venues[1] (B): volatility 0.0003 differs from A's 0.0001"), qPrintable(all));
        QVERIFY2(all.contains("symbol X has tick 0.01 and reference 11, A lists it with 0.01 and 10"), qPrintable(all));
        // A venue without synthetic participants has no walk to share.
        r = parseVenueConfig(R"({"symbols": [{"symbol": "X", "referencePrice": "10"}],
            "venues": [{"name": "A", "seed": 9}, {"name": "B", "synthetic": false, "volatility": 0.0003}]})",
                             "s.json", defaults());
        QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
        QCOMPARE(r.venues[1].fairValueSeed, std::uint64_t(9)); // the first lit venue's seed
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        const QString sym = QStringLiteral(R"("symbols": [{"symbol": "X", "referencePrice": "10"}], )");
        auto with = [&sym](const QString& venues) { return "{" + sym + R"("venues": [)" + venues + "]}"; };

        QTest::addRow("not JSON") << "{\"venues\": [" << "b.json: line 1, column ";
        QTest::addRow("broken on a later line") << "{\n  \"venues\": [\n    {\"name\": \"A\",,}\n  ]\n}"
                                                << "b.json: line 3, column";
        QTest::addRow("not an object") << "[1, 2]" << "must be a JSON object";
        QTest::addRow("no venues") << "{" + sym + "\"comment\": \"x\"}" << "\"venues\" must be a non-empty list";
        QTest::addRow("empty venues") << with("") << "\"venues\" must be a non-empty list";
        QTest::addRow("venue not an object") << with("7") << "venues[0]: must be an object";
        QTest::addRow("unknown top-level key") << "{\"venue\": []}" << "unknown key 'venue'";
        QTest::addRow("misspelt key") << with(R"({"name": "A", "latencyMicro": 5})")
                                      << "venues[0] (A): unknown key 'latencyMicro'";
        QTest::addRow("name with a space") << with(R"({"name": "X LIT"})") << "venues[0]: name must be";
        QTest::addRow("no name") << with(R"({"kind": "lit"})") << "venues[0]: name must be";
        QTest::addRow("unknown kind") << with(R"({"name": "A", "kind": "grey"})") << "kind must be \"lit\" or \"dark\"";
        QTest::addRow("kind not a string") << with(R"({"name": "A", "kind": 1})") << "kind must be";
        QTest::addRow("port too large") << with(R"({"name": "A", "port": 70000})") << "port must be a whole number from 0 to 65535";
        QTest::addRow("port as text") << with(R"({"name": "A", "port": "9878"})") << "port must be a whole number";
        QTest::addRow("fractional fee") << with(R"({"name": "A", "makerFeeBp": 1.5})") << "makerFeeBp must be a whole number";
        QTest::addRow("negative latency") << with(R"({"name": "A", "latencyMicros": -1})") << "latencyMicros must be";
        QTest::addRow("synthetic as text") << with(R"({"name": "A", "synthetic": "yes"})") << "synthetic must be true or false";
        QTest::addRow("negative seed") << with(R"({"name": "A", "seed": -1})") << "seed must be";
        QTest::addRow("volatility too high") << with(R"({"name": "A", "volatility": 5})") << "volatility must be a number";
        QTest::addRow("dark without reference") << with(R"({"name": "D", "kind": "dark"})") << "needs a referenceVenue";
        QTest::addRow("dark on an unknown venue") << with(R"({"name": "D", "kind": "dark", "referenceVenue": "Z"})")
                                                  << "referenceVenue 'Z' is not a lit venue of this file";
        QTest::addRow("dark on a dark pool")
            << with(R"({"name": "D1", "kind": "dark", "referenceVenue": "D2"}, {"name": "D2", "kind": "dark", "referenceVenue": "D1"})")
            << "referenceVenue 'D2' is not a lit venue";
        QTest::addRow("lit with a reference") << with(R"({"name": "L", "referenceVenue": "L"})")
                                              << "referenceVenue is for dark pools";
        QTest::addRow("dark symbol its reference lacks")
            << with(R"({"name": "L"}, {"name": "D", "kind": "dark", "referenceVenue": "L", "symbols": [{"symbol": "Y", "referencePrice": "1"}]})")
            << "symbol Y is not listed by its reference L";
        QTest::addRow("same name twice, any case") << with(R"({"name": "A"}, {"name": "a"})") << "venues[1] (a): another venue has this name";
        QTest::addRow("same port twice") << with(R"({"name": "A", "port": 5000}, {"name": "B", "port": 5000})")
                                         << "venues[1] (B): port 5000 is taken";
        QTest::addRow("no symbols anywhere") << R"({"venues": [{"name": "A"}]})" << "venues[0] (A): lists no symbols";
        QTest::addRow("tick not a number")
            << R"({"symbols": [{"symbol": "X", "tickSize": "abc", "referencePrice": "1"}], "venues": [{"name": "A"}]})"
            << "symbols[0] (X): tickSize must be a positive decimal";
        QTest::addRow("too many decimals")
            << R"({"symbols": [{"symbol": "X", "tickSize": "0.000000001", "referencePrice": "1"}], "venues": [{"name": "A"}]})"
            << "tickSize must be a positive decimal";
        QTest::addRow("reference price missing") << R"({"symbols": [{"symbol": "X"}], "venues": [{"name": "A"}]})"
                                                 << "referencePrice is missing";
        QTest::addRow("reference price zero") << R"({"symbols": [{"symbol": "X", "referencePrice": "0"}], "venues": [{"name": "A"}]})"
                                              << "referencePrice must be a positive decimal";
        QTest::addRow("reference price off the tick")
            << R"({"symbols": [{"symbol": "X", "referencePrice": "1.005"}], "venues": [{"name": "A"}]})"
            << "referencePrice 1.005 is not on the tick 0.01";
        QTest::addRow("symbol twice")
            << R"({"symbols": [{"symbol": "X", "referencePrice": "1"}, {"symbol": "X", "referencePrice": "2"}], "venues": [{"name": "A"}]})"
            << "symbols[1] (X): listed twice";
        QTest::addRow("symbol without a name") << R"({"symbols": [{"referencePrice": "1"}], "venues": [{"name": "A"}]})"
                                               << "symbols[0]: symbol must be a non-empty string";
        QTest::addRow("empty clients") << "{" + sym + R"("clients": [], "venues": [{"name": "A"}]})"
                                       << "clients: must be a non-empty list";
        QTest::addRow("client without compId") << "{" + sym + R"("clients": [{"password": "x"}], "venues": [{"name": "A"}]})"
                                               << "clients[0]: compId must be";
        QTest::addRow("client twice") << "{" + sym + R"("clients": [{"compId": "O"}, {"compId": "O"}], "venues": [{"name": "A"}]})"
                                      << "client O is listed twice";
        QTest::addRow("sharedFairValue as text") << "{" + sym + R"("sharedFairValue": "yes", "venues": [{"name": "A"}]})"
                                                 << "sharedFairValue must be true or false";
        QTest::addRow("negative fairValueSeed") << "{" + sym + R"("fairValueSeed": -3, "venues": [{"name": "A"}]})"
                                                << "fairValueSeed must be a whole number";
        QTest::addRow("store directory not a string") << "{" + sym + R"("storeDirectory": 5, "venues": [{"name": "A"}]})"
                                                      << "storeDirectory must be a non-empty string";
    }

    void malformed()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        const VenueConfigResult r = parseVenueConfig(json.toStdString(), "b.json", defaults());
        QVERIFY(!r.ok());
        QVERIFY(r.venues.empty());
        const QString all = joined(r.errors);
        QVERIFY2(all.contains(error), qPrintable("expected \"" + error + "\" in:\n" + all));
        for (const std::string& e : r.errors)
            QVERIFY2(e.rfind("b.json: ", 0) == 0, e.c_str());
    }

    void missingFileIsAnError()
    {
        const VenueConfigResult r = loadVenueConfig("/nonexistent/venues.json", defaults());
        QVERIFY(!r.ok());
        QVERIFY(joined(r.errors).contains("/nonexistent/venues.json: cannot be read"));
    }

    // The executable: a malformed file is refused with its sentences and exit 2.
    void executableRefusesMalformedConfig()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"venues": [{"name": "XDARK", "kind": "dark", "referenceVenue": "XLIT9"}], "symbols": [{"symbol": "A", "referencePrice": "1"}]})");
        f.close();
        QProcess p;
        p.start(QStringLiteral(ORDO_VENUE), {QStringLiteral("--config"), f.fileName()});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains("venues[0] (XDARK): referenceVenue 'XLIT9' is not a lit venue of this file"), qPrintable(err));
        QVERIFY(err.contains("nothing started"));
        QVERIFY(p.readAllStandardOutput().isEmpty());

        QProcess mixed;
        mixed.start(QStringLiteral(ORDO_VENUE), {QStringLiteral("--config"), f.fileName(), QStringLiteral("--port"),
                                                 QStringLiteral("9000")});
        QVERIFY(mixed.waitForFinished(20000));
        QCOMPARE(mixed.exitCode(), 2);
        QVERIFY(QString::fromUtf8(mixed.readAllStandardError()).contains("--port describes a single venue"));

        QProcess garbage;
        garbage.start(QStringLiteral(ORDO_VENUE), {QStringLiteral("--config"), dir.filePath(QStringLiteral("none.json"))});
        QVERIFY(garbage.waitForFinished(20000));
        QCOMPARE(garbage.exitCode(), 2);
        QVERIFY(QString::fromUtf8(garbage.readAllStandardError()).contains("cannot be read"));
    }

    // A good file (free ports) starts every venue; SIGTERM stops them cleanly.
    void executableStartsEveryVenue()
    {
        QTemporaryDir dir;
        QProcess print;
        print.start(QStringLiteral(ORDO_VENUE), {QStringLiteral("--print-default-config")});
        QVERIFY(print.waitForFinished(20000));
        QCOMPARE(print.exitCode(), 0);
        QCOMPARE(print.readAllStandardOutput().toStdString(), defaultVenueConfigText());

        // The default set on free ports, so the test never collides with a running ordo-venue.
        std::string json = defaultVenueConfigText();
        for (const char* port : {"9878", "9879", "9880", "9881"})
            json.replace(json.find(port), 4, "0");
        QFile f(dir.filePath(QStringLiteral("venues.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json.c_str());
        f.close();
        QProcess p;
        p.start(QStringLiteral(ORDO_VENUE), {QStringLiteral("--config"), f.fileName(), QStringLiteral("--store"),
                                             dir.filePath(QStringLiteral("store"))});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput(), out.count("listening on port") == 4), 20000);
        for (const char* name : {"XLIT1", "XLIT2", "XLIT3", "XDARK"})
            QVERIFY2(out.contains(QByteArray("ordo-venue ") + name + " listening on port"), out.constData());
        QVERIFY(out.contains("dark, crossing at XLIT1's mid"));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("store/XDARK"))));
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

} // namespace ordo::venue

QTEST_GUILESS_MAIN(ordo::venue::TestVenueConfig)
#include "tst_venueconfig.moc"
