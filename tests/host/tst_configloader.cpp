// The JSON configuration: good input loads exactly, bad input is never fatal.
// Each problem becomes a sentence that names the field, and everything else
// in the file still loads.

#include "configloader.h"

#include <QTemporaryDir>
#include <QTest>

namespace ordo {
namespace {

// A fallback unlike the shipped default, so that "kept" values are visible.
HostConfig fallbackConfig()
{
    HostConfig c;
    c.user = QStringLiteral("fallback-user");
    c.role = Role::Supervisor;
    c.defaultVenue = QStringLiteral("FALLVENUE");
    c.instruments = {InstrumentConfig{Instrument{"FALL", kPriceScale / 100, 1, "USD", {}}, 10 * kPriceScale}};
    return c;
}

QStringList symbolsOf(const HostConfig& c)
{
    QStringList out;
    for (const InstrumentConfig& ic : c.instruments)
        out << QString::fromStdString(ic.instrument.symbol);
    return out;
}

// A document with one instrument under test followed by a good one.
QByteArray withInstrument(const QByteArray& instrument)
{
    return R"({"user": {"name": "ann", "role": "trader"}, "instruments": [)" + instrument
         + R"(, {"symbol": "MSFT", "tickSize": "0.01", "lotSize": 1, "referencePrice": "410.00"}]})";
}

}  // namespace

class TestConfigLoader : public QObject {
    Q_OBJECT

private slots:
    void fixVenues_data();
    void fixVenues();
    void validConfig();
    void unusableDocument_data();
    void unusableDocument();
    void badFields_data();
    void badFields();
    void missingFile();
    void fileErrorsNameTheFile();
    void defaultConfig_();
};

void TestConfigLoader::fixVenues_data()
{
    QTest::addColumn<QByteArray>("venue");
    QTest::addColumn<int>("venues");
    QTest::addColumn<QString>("error");
    QTest::addRow("a complete FIX venue")
        << QByteArray(R"({"name":"XSIM","port":9878,"senderCompId":"ORDO","targetCompId":"XSIM"})") << 1 << QString();
    QTest::addRow("port out of range")
        << QByteArray(R"({"name":"XSIM","port":70000,"senderCompId":"ORDO","targetCompId":"XSIM"})") << 0
        << QStringLiteral("venues[0]");
    QTest::addRow("no CompIDs") << QByteArray(R"({"name":"XSIM","port":9878})") << 0 << QStringLiteral("venues[0]");
    QTest::addRow("unknown type") << QByteArray(R"({"name":"X","type":"carrier pigeon"})") << 0
                                  << QStringLiteral("type");
}

void TestConfigLoader::fixVenues()
{
    QFETCH(QByteArray, venue);
    QFETCH(int, venues);
    QFETCH(QString, error);
    const ConfigLoadResult r = parseConfig("{\"venues\":[" + venue + "]}", HostConfig{});
    QCOMPARE(int(r.config.fixVenues.size()), venues);
    if (error.isEmpty()) {
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.config.fixVenues.front().port, 9878);
        QCOMPARE(r.config.fixVenues.front().targetCompId, QStringLiteral("XSIM"));
    } else {
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.front().contains(error), qPrintable(r.errors.front()));
    }
}

void TestConfigLoader::validConfig()
{
    const QByteArray json = R"({
        "user": { "name": "  bob  ", "role": "Supervisor" },
        "journal": { "path": "/var/lib/ordo/journal.db", "synchronous": "full" },
        "defaultVenue": "XNAS",
        "paperSeed": 7,
        "instruments": [
            { "symbol": "AAPL", "tickSize": "0.01", "lotSize": 1, "currency": "USD",
              "open": "13:30", "close": "20:00", "referencePrice": "190.00" },
            { "symbol": "ES", "tickSize": 0.25, "lotSize": 5, "currency": "USD", "referencePrice": 5000.5 }
        ]
    })";
    const ConfigLoadResult r = parseConfig(json, fallbackConfig());
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QVERIFY(!r.usedDefault);
    const HostConfig& c = r.config;
    QCOMPARE(c.user, QStringLiteral("bob"));
    QVERIFY(c.role == Role::Supervisor);
    QCOMPARE(c.journalPath, QStringLiteral("/var/lib/ordo/journal.db"));
    QVERIFY(c.journalSynchronousFull);
    QCOMPARE(c.defaultVenue, QStringLiteral("XNAS"));
    QCOMPARE(c.paperSeed, quint64(7));
    QCOMPARE(symbolsOf(c), (QStringList{QStringLiteral("AAPL"), QStringLiteral("ES")}));
    const Instrument& aapl = c.instruments[0].instrument;
    QCOMPARE(aapl.tickSize, kPriceScale / 100);
    QCOMPARE(aapl.lotSize, Qty(1));
    QCOMPARE(aapl.currency, std::string("USD"));
    QCOMPARE(aapl.hours.openMinute, 13 * 60 + 30);
    QCOMPARE(aapl.hours.closeMinute, 20 * 60);
    QCOMPARE(c.instruments[0].referencePrice, 190 * kPriceScale);
    // JSON numbers are accepted for prices too.
    const Instrument& es = c.instruments[1].instrument;
    QCOMPARE(es.tickSize, kPriceScale / 4);
    QCOMPARE(es.lotSize, Qty(5));
    QCOMPARE(es.hours.openMinute, 0);
    QCOMPARE(es.hours.closeMinute, 24 * 60);
    QCOMPARE(c.instruments[1].referencePrice, 5000 * kPriceScale + kPriceScale / 2);
}

void TestConfigLoader::unusableDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("not JSON at all") << QByteArray("user = trader") << QStringLiteral("not valid JSON");
    QTest::addRow("object cut off") << QByteArray(R"({"user": {"name": "ann")") << QStringLiteral("not valid JSON");
    QTest::addRow("empty input") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::addRow("an array, not an object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
}

void TestConfigLoader::unusableDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const HostConfig fallback = fallbackConfig();
    const ConfigLoadResult r = parseConfig(json, fallback);
    QVERIFY(r.usedDefault);
    QCOMPARE(r.errors.size(), qsizetype(1));
    QVERIFY2(r.errors.front().contains(mentions), qPrintable(r.errors.front()));
    QVERIFY2(r.errors.front().contains(QStringLiteral("default")), qPrintable(r.errors.front()));
    QCOMPARE(r.config.user, fallback.user);
    QVERIFY(r.config.role == fallback.role);
    QCOMPARE(symbolsOf(r.config), symbolsOf(fallback));
}

void TestConfigLoader::badFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");  // what the one error must name
    QTest::addColumn<QStringList>("symbols");   // the instruments that still load
    const QStringList both = {QStringLiteral("AAPL"), QStringLiteral("MSFT")};
    const QStringList msft = {QStringLiteral("MSFT")};

    QTest::addRow("negative tickSize")
        << withInstrument(R"({"symbol": "AAPL", "tickSize": "-0.01", "lotSize": 1, "referencePrice": "190"})")
        << QStringList{"instruments[0]", "AAPL", "tickSize"} << msft;
    QTest::addRow("tickSize that is not a number")
        << withInstrument(R"({"symbol": "AAPL", "tickSize": "a cent", "lotSize": 1, "referencePrice": "190"})")
        << QStringList{"instruments[0]", "AAPL", "tickSize"} << msft;
    QTest::addRow("lotSize zero")
        << withInstrument(R"({"symbol": "AAPL", "tickSize": "0.01", "lotSize": 0, "referencePrice": "190"})")
        << QStringList{"instruments[0]", "AAPL", "lotSize"} << msft;
    QTest::addRow("missing symbol")
        << withInstrument(R"({"tickSize": "0.01", "lotSize": 1, "referencePrice": "190"})")
        << QStringList{"instruments[0]", "symbol"} << msft;
    QTest::addRow("missing referencePrice")
        << withInstrument(R"({"symbol": "AAPL", "tickSize": "0.01", "lotSize": 1})")
        << QStringList{"instruments[0]", "AAPL", "referencePrice"} << msft;
    QTest::addRow("close before open: kept, trading all day")
        << withInstrument(R"({"symbol": "AAPL", "tickSize": "0.01", "open": "20:00", "close": "13:30",
                              "referencePrice": "190"})")
        << QStringList{"instruments[0]", "AAPL", "open", "close"} << both;
    QTest::addRow("role king")
        << QByteArray(R"({"user": {"name": "ann", "role": "king"},
                          "instruments": [{"symbol": "MSFT", "tickSize": "0.01", "referencePrice": "410"}]})")
        << QStringList{"user.role", "supervisor"} << msft;
    QTest::addRow("empty user name")
        << QByteArray(R"({"user": {"name": " ", "role": "trader"},
                          "instruments": [{"symbol": "MSFT", "tickSize": "0.01", "referencePrice": "410"}]})")
        << QStringList{"user.name", "fallback-user"} << msft;
    QTest::addRow("journal.synchronous neither normal nor full")
        << QByteArray(R"({"journal": {"synchronous": "sometimes"},
                          "instruments": [{"symbol": "MSFT", "tickSize": "0.01", "referencePrice": "410"}]})")
        << QStringList{"journal.synchronous"} << msft;
    QTest::addRow("empty defaultVenue")
        << QByteArray(R"({"defaultVenue": "",
                          "instruments": [{"symbol": "MSFT", "tickSize": "0.01", "referencePrice": "410"}]})")
        << QStringList{"defaultVenue", "FALLVENUE"} << msft;
}

void TestConfigLoader::badFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, symbols);
    const HostConfig fallback = fallbackConfig();
    const ConfigLoadResult r = parseConfig(json, fallback);
    QVERIFY(!r.usedDefault);
    QCOMPARE(r.errors.size(), qsizetype(1));
    for (const QString& m : mentions)
        QVERIFY2(r.errors.front().contains(m), qPrintable(m + QStringLiteral(" not in: ") + r.errors.front()));
    QCOMPARE(symbolsOf(r.config), symbols);

    // What the error is about keeps its fallback; the rest of the file loaded.
    const QByteArray row = QTest::currentDataTag();
    if (row == "role king")
        QVERIFY(r.config.role == fallback.role);
    else if (json.contains("\"user\""))
        QVERIFY(r.config.role == Role::Trader);
    if (row == "empty user name")
        QCOMPARE(r.config.user, fallback.user);
    else if (json.contains("\"user\""))
        QCOMPARE(r.config.user, QStringLiteral("ann"));
    if (row == "empty defaultVenue")
        QCOMPARE(r.config.defaultVenue, fallback.defaultVenue);
    if (row == "journal.synchronous neither normal nor full")
        QCOMPARE(r.config.journalSynchronousFull, fallback.journalSynchronousFull);
    if (row.startsWith("close before open"))
        QCOMPARE(r.config.instruments.front().instrument.hours.closeMinute, 24 * 60);
}

void TestConfigLoader::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ConfigLoadResult r = loadConfig(dir.filePath(QStringLiteral("no-such-config.json")));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QVERIFY(r.usedDefault);
    const HostConfig shipped = defaultConfig();
    QCOMPARE(symbolsOf(r.config), symbolsOf(shipped));
    QCOMPARE(r.config.user, shipped.user);
    QVERIFY(r.config.role == shipped.role);
}

void TestConfigLoader::fileErrorsNameTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ordo.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(withInstrument(R"({"symbol": "AAPL", "tickSize": "0.01", "lotSize": -3, "referencePrice": "190"})"));
    f.close();
    const ConfigLoadResult r = loadConfig(path);
    QVERIFY(!r.usedDefault);
    QCOMPARE(r.errors.size(), qsizetype(1));
    QVERIFY2(r.errors.front().startsWith(path), qPrintable(r.errors.front()));
    QVERIFY(r.errors.front().contains(QStringLiteral("lotSize")));
    QCOMPARE(symbolsOf(r.config), QStringList{QStringLiteral("MSFT")});
    QCOMPARE(r.config.user, QStringLiteral("ann"));
}

void TestConfigLoader::defaultConfig_()
{
    const QByteArray json = defaultConfigJson();
    QVERIFY(!json.isEmpty());
    const ConfigLoadResult parsed = parseConfig(json, HostConfig{});
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));

    const HostConfig c = defaultConfig();
    QVERIFY(!c.instruments.empty());
    QVERIFY(symbolsOf(c).contains(QStringLiteral("AAPL")));
    for (const InstrumentConfig& ic : c.instruments) {
        QVERIFY(!ic.instrument.symbol.empty());
        QVERIFY(ic.instrument.tickSize > 0);
        QVERIFY(ic.instrument.lotSize > 0);
        QVERIFY(ic.referencePrice > 0);
        QVERIFY(ic.referencePrice % ic.instrument.tickSize == 0);
    }
    QVERIFY(!c.defaultVenue.isEmpty());
    QVERIFY(!c.user.isEmpty());
}

}  // namespace ordo

QTEST_GUILESS_MAIN(ordo::TestConfigLoader)
#include "tst_configloader.moc"
