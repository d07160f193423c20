// ordo-cli: the engine without the GUI. Same engine, risk checks, journal and
// gateway as the desktop; commands come from the command line or a script,
// every order event is printed as one JSON line, and the exit code says
// whether anything failed. Operations teams certify venue connections with
// it; the end-to-end tests use it too.
//
//   ordo-cli [--config FILE | --venue NAME --host H --port P --sender S --target T]
//            [--user U] [--role R] [--journal FILE] [--script FILE] [--linger MS] [COMMAND ...]
//
// Commands (one per line in a script, or separated by ';' on the command line):
//   submit SYMBOL buy|sell|short|cover QTY [PRICE] [type=limit|market|stop|stoplimit] [tif=day|gtc|ioc|fok|ato|atc]
//          [stop=PX] [account=A] [id=CLIENT_ID] [venue=V] [display=N] [locate=L]
//   cancel ID            (ID: a client order id given with id=, or the engine's order number)
//   replace ID [qty=Q] [price=P] [stop=S]
//   masscancel [symbol=S] [side=buy|sell|short|cover] [account=A] [venue=V]
//   status ID
//   wait ID STATUS [MS]  (waits until the order reaches STATUS, e.g. filled, cancelled; fails after MS, default 5000)
//   sleep MS

#include "configloader.h"
#include "enginehost.h"

#include "domain/format.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <deque>
#include <optional>

using namespace ordo;

namespace {

void printJson(const QJsonObject& o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString statusName(OrderStatus s)
{
    return QString::fromLatin1(toString(s).data()).toLower();
}

QJsonObject orderJson(const OrderSnapshot& o)
{
    return QJsonObject{{QStringLiteral("event"), QStringLiteral("order")},
                       {QStringLiteral("id"), static_cast<qint64>(o.id)},
                       {QStringLiteral("clientOrderId"), o.clientOrderId},
                       {QStringLiteral("clOrdId"), o.clOrdId},
                       {QStringLiteral("symbol"), o.symbol},
                       {QStringLiteral("side"), QString::fromLatin1(toString(o.side).data()).toLower()},
                       {QStringLiteral("status"), statusName(o.status)},
                       {QStringLiteral("quantity"), static_cast<qint64>(o.quantity)},
                       {QStringLiteral("filled"), static_cast<qint64>(o.cumQty)},
                       {QStringLiteral("leaves"), static_cast<qint64>(o.leavesQty)},
                       {QStringLiteral("avgPrice"), QString::fromStdString(formatPrice(o.avgPrice))},
                       {QStringLiteral("venue"), o.venue},
                       {QStringLiteral("text"), o.text}};
}

std::optional<Side> parseSide(const QString& s)
{
    const QString l = s.toLower();
    if (l == QLatin1String("buy"))
        return Side::Buy;
    if (l == QLatin1String("sell"))
        return Side::Sell;
    if (l == QLatin1String("short"))
        return Side::Short;
    if (l == QLatin1String("cover"))
        return Side::Cover;
    return std::nullopt;
}

// Runs the commands one after the other against a live EngineHost.
class Runner final : public QObject {
public:
    Runner(EngineHost& host, std::deque<QString> commands, int lingerMs, bool waitForVenue)
        : m_host(host)
        , m_commands(std::move(commands))
        , m_lingerMs(lingerMs)
        , m_venueUp(!waitForVenue)
    {
        connect(&host, &EngineHost::started, this, [this](const StartupReport& r) {
            if (!r.journalText.isEmpty())
                printJson({{QStringLiteral("event"), QStringLiteral("startup")}, {QStringLiteral("text"), r.journalText}});
            m_started = true;
            begin();
        });
        if (waitForVenue) {
            QTimer::singleShot(15000, this, [this] {
                if (m_venueUp)
                    return;
                fail(QStringLiteral("the FIX sessions did not log on and reconcile within 15 s"));
                QCoreApplication::exit(1);
            });
        }
        connect(&host, &EngineHost::ordersChanged, this, [this](const QList<OrderSnapshot>& batch) {
            for (const OrderSnapshot& o : batch) {
                const OrderSnapshot* before = m_orders.contains(o.id) ? &m_orders[o.id] : nullptr;
                // One line per event that changes what a person would read.
                if (!before || before->status != o.status || before->cumQty != o.cumQty
                    || before->quantity != o.quantity || before->limitPrice != o.limitPrice)
                    printJson(orderJson(o));
                if (o.status == OrderStatus::Rejected && (!before || before->status != OrderStatus::Rejected))
                    m_failed = true;
                m_orders[o.id] = o;
            }
            checkWait();
        });
        connect(&host, &EngineHost::submitFinished, this, [this](const SubmitOutcome& out) {
            if (out.orderId)
                m_byClientId[out.clientOrderId] = out.orderId;
            if (out.code != ReasonCode::None) {
                printJson({{QStringLiteral("event"), QStringLiteral("rejected")},
                           {QStringLiteral("clientOrderId"), out.clientOrderId},
                           {QStringLiteral("code"), QString::fromLatin1(toString(out.code).data())},
                           {QStringLiteral("text"), out.text}});
                m_failed = true;
            }
            if (m_waitingSubmit) {
                m_waitingSubmit = false;
                QTimer::singleShot(0, this, [this] { next(); });
            }
        });
        connect(&host, &EngineHost::commandFailed, this, [this](const QString& command, const QString& text) {
            printJson({{QStringLiteral("event"), QStringLiteral("refused")},
                       {QStringLiteral("command"), command},
                       {QStringLiteral("text"), text}});
            m_failed = true;
        });
        connect(&host, &EngineHost::reconciliationChanged, this, [this](const ReconciliationSnapshot& r) {
            if (r.phase == ReconciliationPhase::MassStatus || r.phase == ReconciliationPhase::PerOrder)
                return;
            QJsonArray items;
            for (const ReconciliationItemSnapshot& i : r.items)
                items.append(QJsonObject{{QStringLiteral("finding"), QString::fromLatin1(toString(i.finding).data())},
                                         {QStringLiteral("clOrdId"), i.clOrdId},
                                         {QStringLiteral("text"), i.text}});
            printJson({{QStringLiteral("event"), QStringLiteral("reconciliation")},
                       {QStringLiteral("venue"), r.venue},
                       {QStringLiteral("report"), static_cast<qint64>(r.number)},
                       {QStringLiteral("phase"), QString::fromLatin1(toString(r.phase).data())},
                       {QStringLiteral("ordersChecked"), static_cast<qint64>(r.ordersChecked)},
                       {QStringLiteral("findings"), items}});
            if (r.phase == ReconciliationPhase::AwaitingAck) {
                if (!m_acknowledge) {
                    fail(QStringLiteral("reconciliation report %1 with %2 needs a user's acknowledgement; read it and "
                                        "run again with --acknowledge-reconciliation")
                             .arg(r.number)
                             .arg(r.venue));
                    QCoreApplication::exit(1);
                    return;
                }
                m_host.acknowledgeReconciliation(r.number);
                return;
            }
            // Released: orders may flow to this venue; commands start when
            // every configured venue is ready.
            m_released.insert(r.venue);
            if (!m_venueUp && m_released.size() >= m_venuesExpected) {
                m_venueUp = true;
                begin();
            }
        });
        connect(&host, &EngineHost::sessionChanged, this, [this](const SessionSnapshot& s) {
            // Health updates come every second; a line only when the state changes.
            auto known = m_sessionStates.find(s.venue);
            if (known != m_sessionStates.end() && *known == s.state)
                return;
            m_sessionStates[s.venue] = s.state;
            printJson({{QStringLiteral("event"), QStringLiteral("session")},
                       {QStringLiteral("venue"), s.venue},
                       {QStringLiteral("state"), s.state == SessionSnapshot::State::LoggedOn    ? QStringLiteral("logged-on")
                                                 : s.state == SessionSnapshot::State::Connecting ? QStringLiteral("connecting")
                                                                                                  : QStringLiteral("logged-out")},
                       {QStringLiteral("text"), s.reason}});
        });
    }

    int exitCode() const { return m_failed ? 1 : 0; }

private:
    // The first command waits for the engine and, with FIX, for a logon.
    void begin()
    {
        if (m_started && m_venueUp && !m_begun) {
            m_begun = true;
            QTimer::singleShot(0, this, [this] { next(); });
        }
    }

    void fail(const QString& text)
    {
        printJson({{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("text"), text}});
        m_failed = true;
    }

    std::optional<OrderId> resolve(const QString& id)
    {
        if (m_byClientId.contains(id))
            return m_byClientId.value(id);
        bool ok = false;
        const uint n = id.toUInt(&ok);
        if (ok && n)
            return OrderId(n);
        fail(QStringLiteral("unknown order '%1'").arg(id));
        return std::nullopt;
    }

    // key=value options after the positional words
    static QHash<QString, QString> options(const QStringList& words, int from)
    {
        QHash<QString, QString> o;
        for (int i = from; i < words.size(); ++i) {
            const int eq = words[i].indexOf(QLatin1Char('='));
            if (eq > 0)
                o.insert(words[i].left(eq).toLower(), words[i].mid(eq + 1));
        }
        return o;
    }

    void next()
    {
        while (!m_commands.empty()) {
            const QString line = m_commands.front().trimmed();
            m_commands.pop_front();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (run(line))
                return;  // waits for something; resumes by itself
        }
        // Done: give the venues a moment to answer, then leave.
        QTimer::singleShot(m_lingerMs, qApp, [] { QCoreApplication::exit(0); });
    }

    // Returns true when the command waits for an answer before the next one.
    bool run(const QString& line)
    {
        const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString verb = w.front().toLower();
        printJson({{QStringLiteral("event"), QStringLiteral("command")}, {QStringLiteral("line"), line}});
        if (verb == QLatin1String("submit")) {
            if (w.size() < 4) {
                fail(QStringLiteral("submit SYMBOL SIDE QTY [PRICE] [key=value ...]"));
                return false;
            }
            OrderRequest r;
            r.symbol = w[1].toStdString();
            const auto side = parseSide(w[2]);
            bool qtyOk = false;
            r.quantity = w[3].toLongLong(&qtyOk);
            if (!side || !qtyOk) {
                fail(QStringLiteral("bad side or quantity in: %1").arg(line));
                return false;
            }
            r.side = *side;
            int firstOption = 4;
            if (w.size() > 4 && !w[4].contains(QLatin1Char('='))) {
                const auto px = parsePrice(w[4].toStdString());
                if (!px) {
                    fail(QStringLiteral("'%1' is not a price").arg(w[4]));
                    return false;
                }
                r.limitPrice = *px;
                firstOption = 5;
            }
            const auto o = options(w, firstOption);
            const QString type = o.value(QStringLiteral("type"), r.limitPrice ? QStringLiteral("limit") : QStringLiteral("market"));
            r.type = type == QLatin1String("market")     ? OrdType::Market
                   : type == QLatin1String("stop")       ? OrdType::Stop
                   : type == QLatin1String("stoplimit")  ? OrdType::StopLimit
                                                         : OrdType::Limit;
            const QString tif = o.value(QStringLiteral("tif"), QStringLiteral("day")).toLower();
            const QHash<QString, TimeInForce> tifs{{QStringLiteral("day"), TimeInForce::Day},
                                                   {QStringLiteral("gtc"), TimeInForce::Gtc},
                                                   {QStringLiteral("ioc"), TimeInForce::Ioc},
                                                   {QStringLiteral("fok"), TimeInForce::Fok},
                                                   {QStringLiteral("ato"), TimeInForce::Ato},
                                                   {QStringLiteral("atc"), TimeInForce::Atc}};
            if (!tifs.contains(tif)) {
                fail(QStringLiteral("unknown time in force '%1'").arg(tif));
                return false;
            }
            r.tif = tifs.value(tif);
            if (o.contains(QStringLiteral("stop"))) {
                const auto stop = parsePrice(o.value(QStringLiteral("stop")).toStdString());
                if (!stop) {
                    fail(QStringLiteral("'%1' is not a stop price").arg(o.value(QStringLiteral("stop"))));
                    return false;
                }
                r.stopPrice = *stop;
            }
            r.account = o.value(QStringLiteral("account"), QStringLiteral("ACC1")).toStdString();
            r.venue = o.value(QStringLiteral("venue")).toStdString();
            r.displayQty = o.value(QStringLiteral("display")).toLongLong();
            r.locateId = o.value(QStringLiteral("locate")).toStdString();
            r.clientOrderId =
                o.value(QStringLiteral("id"), QStringLiteral("cli-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_seq))
                    .toStdString();
            m_waitingSubmit = true;
            m_host.submitOrder(r);
            return true;
        }
        if (verb == QLatin1String("cancel") && w.size() >= 2) {
            if (auto id = resolve(w[1]))
                m_host.cancelOrder(*id);
            return false;
        }
        if (verb == QLatin1String("replace") && w.size() >= 2) {
            const auto id = resolve(w[1]);
            if (!id)
                return false;
            const auto o = options(w, 2);
            OrderAmendment a;
            a.quantity = o.value(QStringLiteral("qty")).toLongLong();
            if (o.contains(QStringLiteral("price")))
                a.limitPrice = parsePrice(o.value(QStringLiteral("price")).toStdString()).value_or(-1);
            if (o.contains(QStringLiteral("stop")))
                a.stopPrice = parsePrice(o.value(QStringLiteral("stop")).toStdString()).value_or(-1);
            m_host.modifyOrder(*id, a);
            return false;
        }
        if (verb == QLatin1String("masscancel")) {
            const auto o = options(w, 1);
            OrderFilter f;
            f.symbol = o.value(QStringLiteral("symbol")).toStdString();
            f.account = o.value(QStringLiteral("account")).toStdString();
            f.venue = o.value(QStringLiteral("venue")).toStdString();
            if (o.contains(QStringLiteral("side")))
                f.side = parseSide(o.value(QStringLiteral("side")));
            m_host.massCancel(f);
            return false;
        }
        if (verb == QLatin1String("status") && w.size() >= 2) {
            if (auto id = resolve(w[1])) {
                if (m_orders.contains(*id))
                    printJson(orderJson(m_orders.value(*id)));
                else
                    fail(QStringLiteral("no order %1 yet").arg(w[1]));
            }
            return false;
        }
        if (verb == QLatin1String("wait") && w.size() >= 3) {
            const auto id = resolve(w[1]);
            if (!id)
                return false;
            m_waitId = *id;
            m_waitStatus = w[2].toLower();
            const int ms = w.size() > 3 ? w[3].toInt() : 5000;
            m_waitClock.start();
            m_waitMs = ms > 0 ? ms : 5000;
            m_waiting = true;
            QTimer::singleShot(m_waitMs, this, [this] {
                if (!m_waiting)
                    return;
                m_waiting = false;
                fail(QStringLiteral("order %1 did not reach %2 in %3 ms").arg(m_waitId).arg(m_waitStatus).arg(m_waitMs));
                next();
            });
            checkWait();
            return true;
        }
        if (verb == QLatin1String("sleep") && w.size() >= 2) {
            QTimer::singleShot(std::max(0, w[1].toInt()), this, [this] { next(); });
            return true;
        }
        fail(QStringLiteral("unknown command: %1").arg(line));
        return false;
    }

    void checkWait()
    {
        if (!m_waiting || !m_orders.contains(m_waitId))
            return;
        if (statusName(m_orders.value(m_waitId).status) == m_waitStatus) {
            m_waiting = false;
            QTimer::singleShot(0, this, [this] { next(); });
        }
    }

    EngineHost& m_host;
    std::deque<QString> m_commands;
    int m_lingerMs;
    bool m_failed = false;
    bool m_started = false;
    bool m_venueUp = true;  // logged on and reconciled
    bool m_acknowledge = false;
    qsizetype m_venuesExpected = 1;
    QSet<QString> m_released;
    QHash<QString, SessionSnapshot::State> m_sessionStates;

public:
    void setAcknowledgeReconciliation(bool on) { m_acknowledge = on; }
    void setVenueCount(qsizetype n) { m_venuesExpected = std::max<qsizetype>(1, n); }

private:
    bool m_begun = false;
    bool m_waitingSubmit = false;
    bool m_waiting = false;
    OrderId m_waitId = 0;
    QString m_waitStatus;
    QElapsedTimer m_waitClock;
    int m_waitMs = 5000;
    int m_seq = 0;
    QHash<QString, OrderId> m_byClientId;
    QHash<OrderId, OrderSnapshot> m_orders;
};

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ordo"));
    QCoreApplication::setApplicationName(QStringLiteral("ordo-cli"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ordo without the GUI: one JSON line per order event"));
    parser.addHelpOption();
    QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Configuration file."), QStringLiteral("file"));
    QCommandLineOption venue(QStringLiteral("venue"), QStringLiteral("Venue name (one FIX venue on the command line)."),
                             QStringLiteral("name"), QStringLiteral("XSIM"));
    QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Venue host."), QStringLiteral("host"),
                            QStringLiteral("127.0.0.1"));
    QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Venue port."), QStringLiteral("port"));
    QCommandLineOption sender(QStringLiteral("sender"), QStringLiteral("Our SenderCompID."), QStringLiteral("id"),
                              QStringLiteral("ORDO"));
    QCommandLineOption target(QStringLiteral("target"), QStringLiteral("The venue's CompID."), QStringLiteral("id"),
                              QStringLiteral("XSIM"));
    QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User."), QStringLiteral("name"), QStringLiteral("cli"));
    QCommandLineOption role(QStringLiteral("role"), QStringLiteral("trader, supervisor or analyst."), QStringLiteral("role"),
                            QStringLiteral("trader"));
    QCommandLineOption journal(QStringLiteral("journal"), QStringLiteral("Journal file (default: none)."),
                               QStringLiteral("file"));
    QCommandLineOption script(QStringLiteral("script"), QStringLiteral("File of commands, one per line."),
                              QStringLiteral("file"));
    QCommandLineOption linger(QStringLiteral("linger"), QStringLiteral("Milliseconds to wait for answers at the end."),
                              QStringLiteral("ms"), QStringLiteral("1000"));
    QCommandLineOption acknowledge(QStringLiteral("acknowledge-reconciliation"),
                                   QStringLiteral("Acknowledge reconciliation reports with differences (they are printed "
                                                  "first) instead of stopping."));
    parser.addOptions({config, venue, host, port, sender, target, user, role, journal, script, linger, acknowledge});
    parser.addPositionalArgument(QStringLiteral("commands"), QStringLiteral("Commands, separated by ';'."));
    parser.process(app);

    ConfigLoadResult loaded = parser.isSet(config) ? loadConfig(parser.value(config)) : ConfigLoadResult{defaultConfig(), {}, true};
    for (const QString& e : loaded.errors)
        printJson({{QStringLiteral("event"), QStringLiteral("config")}, {QStringLiteral("text"), e}});
    HostConfig hc = loaded.config;
    hc.journalPath = parser.value(journal);
    hc.user = parser.value(user);
    hc.role = parser.value(role) == QLatin1String("supervisor") ? Role::Supervisor
            : parser.value(role) == QLatin1String("analyst")    ? Role::Analyst
                                                                 : Role::Trader;
    if (parser.isSet(port)) {
        FixVenueConfig v;
        v.venue = parser.value(venue);
        v.host = parser.value(host);
        v.port = parser.value(port).toInt();
        v.senderCompId = parser.value(sender);
        v.targetCompId = parser.value(target);
        v.reconnectSeconds = 1;
        hc.fixVenues = {v};
        hc.defaultVenue = v.venue;
    }
    if (hc.fixVenues.empty())
        hc.paperVenue = true;

    std::deque<QString> commands;
    if (parser.isSet(script)) {
        QFile f(parser.value(script));
        if (!f.open(QIODevice::ReadOnly)) {
            printJson({{QStringLiteral("event"), QStringLiteral("error")},
                       {QStringLiteral("text"), QStringLiteral("cannot read %1").arg(parser.value(script))}});
            return 2;
        }
        QTextStream in(&f);
        while (!in.atEnd())
            commands.push_back(in.readLine());
    }
    for (const QString& part : parser.positionalArguments().join(QLatin1Char(' ')).split(QLatin1Char(';')))
        commands.push_back(part);

    // Without a journal nothing of this run is kept, FIX sequence numbers
    // included: a stale store would replay old orders to the venue.
    QTemporaryDir scratch;
    if (hc.journalPath.isEmpty())
        hc.fixStoreDirectory = scratch.path();
    EngineHost engine(hc);
    Runner runner(engine, std::move(commands), parser.value(linger).toInt(), !hc.fixVenues.empty());
    runner.setAcknowledgeReconciliation(parser.isSet(acknowledge));
    runner.setVenueCount(static_cast<qsizetype>(hc.fixVenues.size()));
    engine.start();
    const int rc = QCoreApplication::exec();
    engine.stop();
    return rc ? rc : runner.exitCode();
}
