#include "configloader.h"

#include "domain/format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

// The resources live in this static library; make sure the linker keeps them.
static void initOrdoResources()
{
    Q_INIT_RESOURCE(ordo);
}

namespace ordo {
namespace {

std::optional<Role> parseRole(const QString& s)
{
    const QString r = s.trimmed().toLower();
    if (r == QLatin1String("trader"))
        return Role::Trader;
    if (r == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (r == QLatin1String("analyst"))
        return Role::Analyst;
    return std::nullopt;
}

// Prices are written as decimal strings in the file so they never pass
// through a double; a JSON number is accepted too for convenience.
std::optional<Price> priceValue(const QJsonValue& v)
{
    if (v.isString())
        return parsePrice(v.toString().toStdString());
    if (v.isDouble())
        return parsePrice(QString::number(v.toDouble(), 'f', 8).toStdString());
    return std::nullopt;
}

std::optional<int> minuteOfDay(const QJsonValue& v)
{
    const QTime t = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    if (!t.isValid())
        return std::nullopt;
    return t.hour() * 60 + t.minute();
}

// A limit's value in the engine's units: money as a decimal in currency
// units, percentages as a decimal percent (5 = 5%), counts as whole numbers.
std::optional<std::int64_t> limitValue(RiskCheck c, const QJsonValue& v)
{
    QString text = v.isString() ? v.toString().trimmed() : v.isDouble() ? QString::number(v.toDouble(), 'f', 8) : QString();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    const auto parsed = parsePrice(text.toStdString());
    if (!parsed || *parsed < 0)
        return std::nullopt;
    switch (unitOf(c)) {
    case LimitUnit::Money: return *parsed;
    case LimitUnit::BasisPoints: return *parsed / (kPriceScale / 100);  // percent -> basis points
    case LimitUnit::Count:
        if (*parsed % kPriceScale)
            return std::nullopt;
        return *parsed / kPriceScale;
    }
    return std::nullopt;
}

RiskConfig parseRisk(const QJsonObject& o, QStringList& errors)
{
    RiskConfig risk;
    const QJsonArray limits = o.value(QStringLiteral("limits")).toArray();
    for (qsizetype i = 0; i < limits.size(); ++i) {
        const QJsonObject l = limits.at(i).toObject();
        const QString where = QObject::tr("risk.limits[%1]").arg(i);
        LimitSetting s;
        if (!parseRiskCheck(l.value(QStringLiteral("check")).toString().toStdString(), s.check)) {
            errors << QObject::tr("%1: unknown check '%2'; limit skipped").arg(where, l.value(QStringLiteral("check")).toString());
            continue;
        }
        if (!parseLimitLevel(l.value(QStringLiteral("level")).toString(QStringLiteral("firm")).toStdString(), s.level)) {
            errors << QObject::tr("%1: level must be firm, desk, trader, account, strategy or instrument; limit skipped")
                          .arg(where);
            continue;
        }
        s.name = l.value(QStringLiteral("name")).toString().trimmed().toStdString();
        if (s.level != LimitLevel::Firm && s.name.empty()) {
            errors << QObject::tr("%1: a %2 limit needs a name; limit skipped")
                          .arg(where, QString::fromLatin1(toString(s.level).data()).toLower());
            continue;
        }
        const auto value = limitValue(s.check, l.value(QStringLiteral("value")));
        if (!value) {
            errors << QObject::tr("%1 (%2): value must be a non-negative number; limit skipped")
                          .arg(where, QString::fromLatin1(toString(s.check).data()));
            continue;
        }
        s.value = *value;
        s.soft = l.value(QStringLiteral("soft")).toBool(false);
        risk.limits.push_back(std::move(s));
    }
    for (const QJsonValue& r : o.value(QStringLiteral("restricted")).toArray())
        if (!r.toString().trimmed().isEmpty())
            risk.restricted.push_back(r.toString().trimmed().toStdString());
    const QJsonObject desks = o.value(QStringLiteral("desks")).toObject();
    for (auto it = desks.begin(); it != desks.end(); ++it)
        risk.desks.emplace_back(it.key().toStdString(), it.value().toString().toStdString());
    for (const QJsonValue& d : o.value(QStringLiteral("disabled")).toArray()) {
        RiskCheck c;
        if (parseRiskCheck(d.toString().toStdString(), c))
            risk.disabled.push_back(c);
        else
            errors << QObject::tr("risk.disabled: unknown check '%1'").arg(d.toString());
    }
    const QJsonObject p = o.value(QStringLiteral("parameters")).toObject();
    RiskParameters& rp = risk.parameters;
    auto number = [&](const char* key, std::int64_t& out, std::int64_t scale) {
        const QJsonValue v = p.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0)
            errors << QObject::tr("risk.parameters.%1 must be a non-negative number").arg(QLatin1String(key));
        else
            out = static_cast<std::int64_t>(d * static_cast<double>(scale));
    };
    number("warnAtPercent", rp.warnAtBp, 100);
    number("duplicateWindowMs", rp.duplicateWindow, 1'000'000);
    number("ordersPerSecond", rp.ordersPerSecond, 1);
    number("ordersPerMinute", rp.ordersPerMinute, 1);
    number("burstFactor", rp.burstFactor, 1);
    number("burstSeconds", rp.burstDuration, kNanosPerSecond);
    number("initialMarginPercent", rp.initialMarginBp, 100);
    number("shortMarginPercent", rp.shortMarginBp, 100);
    number("lossBreachesBeforeHalt", rp.lossBreachesBeforeHalt, 1);
    number("lossCoolingOffMinutes", rp.lossCoolingOff, 60 * kNanosPerSecond);
    number("circuitBreakerPercent", rp.circuitBreakerBp, 100);
    number("circuitBreakerWindowMinutes", rp.circuitBreakerWindow, 60 * kNanosPerSecond);
    number("circuitBreakerHaltMinutes", rp.circuitBreakerHalt, 60 * kNanosPerSecond);
    if (p.contains(QStringLiteral("concentrationFloor"))) {
        if (auto v = limitValue(RiskCheck::GrossExposure, p.value(QStringLiteral("concentrationFloor"))))
            rp.concentrationFloor = *v;
        else
            errors << QObject::tr("risk.parameters.concentrationFloor must be a non-negative amount");
    }
    return risk;
}

}  // namespace

QByteArray defaultConfigJson()
{
    initOrdoResources();
    QFile f(QStringLiteral(":/ordo/default-config.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void initResources()
{
    static const bool once = (initOrdoResources(), true);
    (void)once;
}

HostConfig defaultConfig()
{
    HostConfig builtIn;
    ConfigLoadResult r = parseConfig(defaultConfigJson(), builtIn);
    return r.config;
}

ConfigLoadResult loadConfig(const QString& path)
{
    QFile f(path);
    if (!f.exists()) {
        ConfigLoadResult r;
        r.config = defaultConfig();
        r.usedDefault = true;
        return r;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        ConfigLoadResult r;
        r.config = defaultConfig();
        r.usedDefault = true;
        r.errors << QObject::tr("Cannot read the configuration %1: %2. The built-in default is used.")
                        .arg(path, f.errorString());
        return r;
    }
    ConfigLoadResult r = parseConfig(f.readAll(), defaultConfig());
    for (QString& e : r.errors)
        e = path + QStringLiteral(": ") + e;
    return r;
}

ConfigLoadResult parseConfig(const QByteArray& json, const HostConfig& fallback)
{
    ConfigLoadResult r;
    r.config = fallback;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        r.usedDefault = true;
        r.errors << (err.error != QJsonParseError::NoError
                         ? QObject::tr("not valid JSON at offset %1 (%2); the built-in default is used")
                               .arg(err.offset)
                               .arg(err.errorString())
                         : QObject::tr("the configuration must be a JSON object; the built-in default is used"));
        return r;
    }
    const QJsonObject root = doc.object();
    HostConfig& c = r.config;

    const QJsonObject user = root.value(QStringLiteral("user")).toObject();
    if (!user.isEmpty()) {
        const QString name = user.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            r.errors << QObject::tr("user.name is empty; keeping '%1'").arg(c.user);
        else
            c.user = name;
        if (auto role = parseRole(user.value(QStringLiteral("role")).toString()))
            c.role = *role;
        else
            r.errors << QObject::tr("user.role must be trader, supervisor or analyst; keeping %1")
                            .arg(QString::fromLatin1(toString(c.role).data()).toLower());
    }

    const QJsonObject journal = root.value(QStringLiteral("journal")).toObject();
    if (journal.contains(QStringLiteral("path")))
        c.journalPath = journal.value(QStringLiteral("path")).toString();
    if (journal.contains(QStringLiteral("synchronous"))) {
        const QString s = journal.value(QStringLiteral("synchronous")).toString().toLower();
        if (s == QLatin1String("full"))
            c.journalSynchronousFull = true;
        else if (s == QLatin1String("normal"))
            c.journalSynchronousFull = false;
        else
            r.errors << QObject::tr("journal.synchronous must be \"normal\" or \"full\"");
    }

    if (root.contains(QStringLiteral("defaultVenue"))) {
        const QString v = root.value(QStringLiteral("defaultVenue")).toString().trimmed();
        if (v.isEmpty())
            r.errors << QObject::tr("defaultVenue is empty; keeping %1").arg(c.defaultVenue);
        else
            c.defaultVenue = v;
    }
    if (root.contains(QStringLiteral("paperSeed")))
        c.paperSeed = static_cast<quint64>(root.value(QStringLiteral("paperSeed")).toInteger(42));

    if (root.contains(QStringLiteral("instruments"))) {
        const QJsonArray list = root.value(QStringLiteral("instruments")).toArray();
        std::vector<InstrumentConfig> instruments;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            const QString where = QObject::tr("instruments[%1]").arg(i);
            InstrumentConfig ic;
            ic.instrument.symbol = o.value(QStringLiteral("symbol")).toString().trimmed().toStdString();
            if (ic.instrument.symbol.empty()) {
                r.errors << QObject::tr("%1: symbol is missing; instrument skipped").arg(where);
                continue;
            }
            const auto tick = priceValue(o.value(QStringLiteral("tickSize")));
            if (!tick || *tick <= 0) {
                r.errors << QObject::tr("%1 (%2): tickSize must be a positive decimal; instrument skipped")
                                .arg(where, QString::fromStdString(ic.instrument.symbol));
                continue;
            }
            ic.instrument.tickSize = *tick;
            const qint64 lot = o.value(QStringLiteral("lotSize")).toInteger(1);
            if (lot <= 0) {
                r.errors << QObject::tr("%1 (%2): lotSize must be a positive whole number; instrument skipped")
                                .arg(where, QString::fromStdString(ic.instrument.symbol));
                continue;
            }
            ic.instrument.lotSize = lot;
            ic.instrument.currency = o.value(QStringLiteral("currency")).toString(QStringLiteral("USD")).toStdString();
            if (o.contains(QStringLiteral("open")) || o.contains(QStringLiteral("close"))) {
                const auto open = minuteOfDay(o.value(QStringLiteral("open")));
                const auto close = minuteOfDay(o.value(QStringLiteral("close")));
                if (!open || !close || *open >= *close)
                    r.errors << QObject::tr("%1 (%2): open and close must be HH:mm with open before close; "
                                            "trading all day")
                                    .arg(where, QString::fromStdString(ic.instrument.symbol));
                else
                    ic.instrument.hours = {*open, *close};
            }
            const auto ref = priceValue(o.value(QStringLiteral("referencePrice")));
            if (!ref || *ref <= 0) {
                r.errors << QObject::tr("%1 (%2): referencePrice must be a positive decimal; instrument skipped")
                                .arg(where, QString::fromStdString(ic.instrument.symbol));
                continue;
            }
            ic.referencePrice = *ref;
            instruments.push_back(std::move(ic));
        }
        if (instruments.empty())
            r.errors << QObject::tr("no usable instrument in the configuration; keeping the defaults");
        else
            c.instruments = std::move(instruments);
    }
    if (root.contains(QStringLiteral("venues"))) {
        c.venuesConfigured = true;
        const QJsonArray venues = root.value(QStringLiteral("venues")).toArray();
        for (qsizetype i = 0; i < venues.size(); ++i) {
            const QJsonObject v = venues.at(i).toObject();
            const QString where = QObject::tr("venues[%1]").arg(i);
            const QString type = v.value(QStringLiteral("type")).toString(QStringLiteral("fix"));
            if (type == QLatin1String("paper")) {
                c.paperVenue = true;
                continue;
            }
            if (type != QLatin1String("fix")) {
                r.errors << QObject::tr("%1: type must be \"fix\" or \"paper\"; venue skipped").arg(where);
                continue;
            }
            FixVenueConfig f;
            f.venue = v.value(QStringLiteral("name")).toString().trimmed();
            f.host = v.value(QStringLiteral("host")).toString(QStringLiteral("127.0.0.1"));
            f.port = v.value(QStringLiteral("port")).toInt(0);
            f.senderCompId = v.value(QStringLiteral("senderCompId")).toString().trimmed();
            f.targetCompId = v.value(QStringLiteral("targetCompId")).toString().trimmed();
            f.heartbeatSeconds = v.value(QStringLiteral("heartbeatSeconds")).toInt(30);
            f.reconnectSeconds = v.value(QStringLiteral("reconnectSeconds")).toInt(5);
            f.username = v.value(QStringLiteral("username")).toString();
            f.password = v.value(QStringLiteral("password")).toString();
            f.tls = v.value(QStringLiteral("tls")).toBool(false);
            f.massStatus = v.value(QStringLiteral("massStatus")).toBool(true);
            if (f.venue.isEmpty() || f.senderCompId.isEmpty() || f.targetCompId.isEmpty() || f.port <= 0
                || f.port > 65535 || f.heartbeatSeconds <= 0) {
                r.errors << QObject::tr("%1: a FIX venue needs name, senderCompId, targetCompId, a port from 1 to "
                                        "65535 and a positive heartbeatSeconds; venue skipped")
                                .arg(where);
                continue;
            }
            c.fixVenues.push_back(f);
        }
    }
    if (root.contains(QStringLiteral("reconciliation"))) {
        const QJsonValue value = root.value(QStringLiteral("reconciliation"));
        const QJsonObject rec = value.toObject();
        const int timeout = rec.value(QStringLiteral("timeoutSeconds")).toInt(5);
        if (!value.isObject())
            r.errors << QObject::tr("reconciliation must be an object; keeping the defaults");
        else if (timeout < 1 || timeout > 600)
            r.errors << QObject::tr("reconciliation.timeoutSeconds must be from 1 to 600; keeping 5");
        else
            c.reconcileTimeoutMs = timeout * 1000;
        c.reconcileAcknowledgeClean = rec.value(QStringLiteral("acknowledgeClean")).toBool(false);
    }
    if (root.contains(QStringLiteral("risk"))) {
        if (!root.value(QStringLiteral("risk")).isObject())
            r.errors << QObject::tr("risk must be an object; keeping the default limits");
        else
            c.risk = parseRisk(root.value(QStringLiteral("risk")).toObject(), r.errors);
    }
    return r;
}

}  // namespace ordo
