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

}  // namespace

QByteArray defaultConfigJson()
{
    initOrdoResources();
    QFile f(QStringLiteral(":/ordo/default-config.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
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
    return r;
}

}  // namespace ordo
