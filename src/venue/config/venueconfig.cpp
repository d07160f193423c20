#include "venueconfig.h"

#include "decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

namespace ordo::venue {

extern const char* const kDefaultVenuesJson; // default-venues.json, compiled in

namespace {

constexpr std::int64_t kMaxLatencyMicros = 10'000'000;
constexpr std::int64_t kMaxFeeBp = 1'000;
constexpr double kMaxExactInteger = 9'007'199'254'740'992.0; // 2^53: JSON numbers are doubles

std::string text(const QString& s)
{
    return s.toStdString();
}

std::string quoted(const std::string& s)
{
    return "'" + s + "'";
}

bool validName(const std::string& name)
{
    if (name.empty() || name.size() > 32)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
            || c == '-';
    });
}

std::string upper(std::string s)
{
    for (char& c : s)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return s;
}

// Collects every problem with its place, so one run of ordo-venue shows them all.
class Reader {
public:
    Reader(std::string origin, const VenueDefaults& defaults)
        : m_origin(std::move(origin))
        , m_defaults(defaults)
    {
    }

    VenueConfigResult read(const std::string& json)
    {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            m_errors.push_back(m_origin + ": " + position(json, parseError.offset) + ": not valid JSON ("
                               + text(parseError.errorString()) + ")");
            return finish();
        }
        if (!doc.isObject()) {
            fail("", "the configuration must be a JSON object with a \"venues\" list");
            return finish();
        }
        const QJsonObject root = doc.object();
        keys(root, "", {"comment", "venues", "symbols", "clients", "storeDirectory", "sharedFairValue", "fairValueSeed"});
        std::string storeRoot = m_defaults.storeDirectory;
        if (root.contains(QLatin1String("storeDirectory"))) {
            const QJsonValue v = root.value(QLatin1String("storeDirectory"));
            if (!v.isString() || v.toString().isEmpty())
                fail("", "storeDirectory must be a non-empty string");
            else
                storeRoot = text(v.toString());
        }
        const auto fileSymbols = root.contains(QLatin1String("symbols"))
            ? symbols(root.value(QLatin1String("symbols")), "symbols")
            : std::optional<std::vector<VenueSymbol>>(std::vector<VenueSymbol>{});
        const auto fileClients = root.contains(QLatin1String("clients"))
            ? clients(root.value(QLatin1String("clients")), "clients")
            : std::optional<std::vector<VenueClient>>(std::vector<VenueClient>{{"", "ORDO", ""}});

        const QJsonValue venuesValue = root.value(QLatin1String("venues"));
        if (!venuesValue.isArray() || venuesValue.toArray().isEmpty()) {
            fail("", "\"venues\" must be a non-empty list of venues");
            return finish();
        }
        if (root.contains(QLatin1String("sharedFairValue")) && !root.value(QLatin1String("sharedFairValue")).isBool())
            fail("", "sharedFairValue must be true or false");
        m_shared = root.value(QLatin1String("sharedFairValue")).toBool(true);
        const auto fairSeed = root.contains(QLatin1String("fairValueSeed"))
            ? integer(root, "fairValueSeed", "", 0, static_cast<std::int64_t>(kMaxExactInteger), 0)
            : std::nullopt;
        const QJsonArray list = venuesValue.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            venue(list.at(i), static_cast<int>(i), storeRoot, fileSymbols, fileClients);
        // Default: the first lit venue's seed, so a file that changes its
        // seeds changes its prices too.
        const auto firstLit = std::find_if(m_venues.begin(), m_venues.end(),
                                           [](const FixVenueConfig& v) { return v.kind == VenueKind::Lit; });
        for (FixVenueConfig& v : m_venues) {
            v.sharedFairValue = m_shared;
            if (fairSeed)
                v.fairValueSeed = static_cast<std::uint64_t>(*fairSeed);
            else if (firstLit != m_venues.end())
                v.fairValueSeed = firstLit->seed;
        }
        crossCheck();
        return finish();
    }

private:
    void fail(const std::string& where, const std::string& what)
    {
        m_errors.push_back(m_origin + ": " + (where.empty() ? "" : where + ": ") + what);
    }

    VenueConfigResult finish()
    {
        VenueConfigResult r;
        r.errors = std::move(m_errors);
        if (r.errors.empty())
            r.venues = std::move(m_venues);
        return r;
    }

    static std::string position(const std::string& json, int offset)
    {
        int line = 1, column = 1;
        for (int i = 0; i < offset && i < static_cast<int>(json.size()); ++i) {
            if (json[static_cast<std::size_t>(i)] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(json[static_cast<std::size_t>(i)]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        return "line " + std::to_string(line) + ", column " + std::to_string(column);
    }

    void keys(const QJsonObject& o, const std::string& where, std::initializer_list<const char*> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const std::string key = text(it.key());
            if (std::none_of(allowed.begin(), allowed.end(), [&key](const char* a) { return key == a; })) {
                std::string list;
                for (const char* a : allowed)
                    list += (list.empty() ? "" : ", ") + std::string(a);
                fail(where, "unknown key " + quoted(key) + " (known: " + list + ")");
            }
        }
    }

    std::optional<std::int64_t> integer(const QJsonObject& o, const char* key, const std::string& where,
                                        std::int64_t lo, std::int64_t hi, std::int64_t fallback)
    {
        if (!o.contains(QLatin1String(key)))
            return fallback;
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < static_cast<double>(lo)
            || d > static_cast<double>(hi)) {
            fail(where, std::string(key) + " must be a whole number from " + std::to_string(lo) + " to "
                            + std::to_string(hi));
            return std::nullopt;
        }
        return static_cast<std::int64_t>(d);
    }

    std::optional<double> number(const QJsonObject& o, const char* key, const std::string& where, double lo,
                                 double hi, double fallback)
    {
        if (!o.contains(QLatin1String(key)))
            return fallback;
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d < lo || d > hi) {
            std::ostringstream range;
            range << lo << " to " << hi;
            fail(where, std::string(key) + " must be a number from " + range.str());
            return std::nullopt;
        }
        return d;
    }

    // A positive price: a decimal string, or a number read to 1e-8.
    std::optional<Price> price(const QJsonValue& v, const std::string& key, const std::string& where)
    {
        std::int64_t out = 0;
        bool ok = false;
        if (v.isString()) {
            ok = parseDecimal(text(v.toString()), out);
        } else if (v.isDouble() && std::isfinite(v.toDouble()) && std::fabs(v.toDouble()) < 9e10) {
            out = static_cast<std::int64_t>(std::llround(v.toDouble() * static_cast<double>(kPriceScale)));
            ok = true;
        }
        if (!ok || out <= 0) {
            fail(where, key + " must be a positive decimal such as \"0.01\" (at most 8 decimals)");
            return std::nullopt;
        }
        return out;
    }

    std::optional<std::vector<VenueSymbol>> symbols(const QJsonValue& value, const std::string& where)
    {
        if (!value.isArray() || value.toArray().isEmpty()) {
            fail(where, "must be a non-empty list of {\"symbol\", \"tickSize\", \"referencePrice\"}");
            return std::nullopt;
        }
        std::vector<VenueSymbol> out;
        bool good = true;
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::string at = where + "[" + std::to_string(i) + "]";
            if (!list.at(i).isObject()) {
                fail(at, "must be an object {\"symbol\", \"tickSize\", \"referencePrice\"}");
                good = false;
                continue;
            }
            const QJsonObject o = list.at(i).toObject();
            keys(o, at, {"comment", "symbol", "tickSize", "referencePrice"});
            VenueSymbol s;
            s.name = text(o.value(QLatin1String("symbol")).toString());
            if (!o.value(QLatin1String("symbol")).isString() || s.name.empty()) {
                fail(at, "symbol must be a non-empty string");
                good = false;
                continue;
            }
            const std::string named = at + " (" + s.name + ")";
            std::optional<Price> tick = kPriceScale / 100;
            if (o.contains(QLatin1String("tickSize")))
                tick = price(o.value(QLatin1String("tickSize")), "tickSize", named);
            std::optional<Price> reference;
            if (!o.contains(QLatin1String("referencePrice")))
                fail(named, "referencePrice is missing (the synthetic market starts there)");
            else
                reference = price(o.value(QLatin1String("referencePrice")), "referencePrice", named);
            if (!tick || !reference) {
                good = false;
                continue;
            }
            if (*reference % *tick != 0) {
                fail(named, "referencePrice " + priceText(*reference) + " is not on the tick " + priceText(*tick));
                good = false;
                continue;
            }
            if (std::any_of(out.begin(), out.end(), [&s](const VenueSymbol& x) { return x.name == s.name; })) {
                fail(named, "listed twice");
                good = false;
                continue;
            }
            s.tickSize = *tick;
            s.referencePrice = *reference;
            out.push_back(s);
        }
        return good ? std::optional(out) : std::nullopt;
    }

    std::optional<std::vector<VenueClient>> clients(const QJsonValue& value, const std::string& where)
    {
        if (!value.isArray() || value.toArray().isEmpty()) {
            fail(where, "must be a non-empty list of {\"compId\", \"password\"}");
            return std::nullopt;
        }
        std::vector<VenueClient> out;
        bool good = true;
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::string at = where + "[" + std::to_string(i) + "]";
            if (!list.at(i).isObject()) {
                fail(at, "must be an object {\"compId\", \"password\"}");
                good = false;
                continue;
            }
            const QJsonObject o = list.at(i).toObject();
            keys(o, at, {"comment", "compId", "password"});
            VenueClient c;
            c.clientCompId = text(o.value(QLatin1String("compId")).toString());
            if (!o.value(QLatin1String("compId")).isString() || !validName(c.clientCompId)) {
                fail(at, "compId must be 1 to 32 letters, digits, '.', '_' or '-'");
                good = false;
                continue;
            }
            if (o.contains(QLatin1String("password"))) {
                if (!o.value(QLatin1String("password")).isString()) {
                    fail(at, "password must be a string");
                    good = false;
                    continue;
                }
                c.password = text(o.value(QLatin1String("password")).toString());
            }
            if (std::any_of(out.begin(), out.end(),
                            [&c](const VenueClient& x) { return x.clientCompId == c.clientCompId; })) {
                fail(at, "client " + c.clientCompId + " is listed twice");
                good = false;
                continue;
            }
            out.push_back(c);
        }
        return good ? std::optional(out) : std::nullopt;
    }

    void venue(const QJsonValue& value, int index, const std::string& storeRoot,
               const std::optional<std::vector<VenueSymbol>>& fileSymbols,
               const std::optional<std::vector<VenueClient>>& fileClients)
    {
        std::string where = "venues[" + std::to_string(index) + "]";
        if (!value.isObject()) {
            fail(where, "must be an object with at least a \"name\"");
            return;
        }
        const QJsonObject o = value.toObject();
        FixVenueConfig c;
        c.name = text(o.value(QLatin1String("name")).toString());
        if (!o.value(QLatin1String("name")).isString() || !validName(c.name)) {
            fail(where, "name must be 1 to 32 letters, digits, '.', '_' or '-' (it is the venue's CompID)");
            return;
        }
        where += " (" + c.name + ")";
        // Until it proves good: a dark pool naming it then hears of its own
        // errors, not of a missing reference.
        m_broken.insert(c.name);
        const std::size_t errorsBefore = m_errors.size();
        keys(o, where,
             {"comment", "name", "kind", "port", "makerFeeBp", "takerFeeBp", "latencyMicros", "referenceVenue",
              "symbols", "clients", "synthetic", "seed", "volatility", "takerRatePerMinute"});
        const std::string kind = text(o.value(QLatin1String("kind")).toString(QStringLiteral("lit")));
        if (kind == "dark")
            c.kind = VenueKind::Dark;
        else if (kind != "lit" || !(o.value(QLatin1String("kind")).isString() || !o.contains(QLatin1String("kind"))))
            fail(where, "kind must be \"lit\" or \"dark\"");
        if (o.contains(QLatin1String("referenceVenue"))) {
            if (!o.value(QLatin1String("referenceVenue")).isString())
                fail(where, "referenceVenue must be the name of a lit venue");
            c.referenceVenue = text(o.value(QLatin1String("referenceVenue")).toString());
        }
        const auto port = integer(o, "port", where, 0, 65535, 0);
        const auto maker = integer(o, "makerFeeBp", where, -kMaxFeeBp, kMaxFeeBp, c.makerFeeBp);
        const auto taker = integer(o, "takerFeeBp", where, -kMaxFeeBp, kMaxFeeBp, c.takerFeeBp);
        const auto latency = integer(o, "latencyMicros", where, 0, kMaxLatencyMicros, 0);
        const auto seed = integer(o, "seed", where, 0, static_cast<std::int64_t>(kMaxExactInteger), 42 + index);
        const auto volatility = number(o, "volatility", where, 0, 0.1, c.volatility);
        const auto takerRate = number(o, "takerRatePerMinute", where, 0, 1e6, c.takerRatePerMinute);
        if (o.contains(QLatin1String("synthetic")) && !o.value(QLatin1String("synthetic")).isBool())
            fail(where, "synthetic must be true or false");
        c.synthetic = o.value(QLatin1String("synthetic")).toBool(true);
        const auto ownSymbols = o.contains(QLatin1String("symbols"))
            ? symbols(o.value(QLatin1String("symbols")), where + ": symbols")
            : fileSymbols;
        const auto ownClients = o.contains(QLatin1String("clients"))
            ? clients(o.value(QLatin1String("clients")), where + ": clients")
            : fileClients;
        if (ownSymbols && ownSymbols->empty())
            fail(where, "lists no symbols (give the venue or the file a \"symbols\" list)");
        if (m_errors.size() != errorsBefore || !port || !maker || !taker || !latency || !seed || !volatility
            || !takerRate || !ownSymbols || !ownClients)
            return;
        c.port = static_cast<int>(*port);
        c.makerFeeBp = *maker;
        c.takerFeeBp = *taker;
        c.latencyMicros = *latency;
        c.seed = static_cast<std::uint64_t>(*seed);
        c.volatility = *volatility;
        c.takerRatePerMinute = *takerRate;
        c.symbols = *ownSymbols;
        for (VenueClient client : *ownClients) {
            client.venueCompId = c.name;
            c.clients.push_back(client);
        }
        c.storeDirectory = storeRoot + "/" + c.name;
        c.dataDictionary = m_defaults.dataDictionary;
        m_broken.erase(c.name);
        m_venues.push_back(c);
        m_where.push_back(where);
    }

    // What no single venue can tell: names and ports taken twice, references.
    void crossCheck()
    {
        std::set<std::string> names;
        std::set<int> ports;
        if (m_shared)
            sharedCheck();
        for (std::size_t i = 0; i < m_venues.size(); ++i) {
            const FixVenueConfig& c = m_venues[i];
            if (!names.insert(upper(c.name)).second)
                fail(m_where[i], "another venue has this name");
            if (c.port != 0 && !ports.insert(c.port).second)
                fail(m_where[i], "port " + std::to_string(c.port) + " is taken by another venue");
            if (c.kind == VenueKind::Lit) {
                if (!c.referenceVenue.empty())
                    fail(m_where[i], "referenceVenue is for dark pools; a lit venue prices from its own book");
                continue;
            }
            const auto ref = std::find_if(m_venues.begin(), m_venues.end(), [&c](const FixVenueConfig& v) {
                return v.name == c.referenceVenue;
            });
            if (c.referenceVenue.empty()) {
                fail(m_where[i], "a dark pool needs a referenceVenue: the lit venue whose mid it crosses at");
            } else if (m_broken.count(c.referenceVenue)) {
                continue;
            } else if (ref == m_venues.end() || ref->kind != VenueKind::Lit) {
                fail(m_where[i], "referenceVenue " + quoted(c.referenceVenue) + " is not a lit venue of this file");
            } else {
                for (const VenueSymbol& s : c.symbols)
                    if (std::none_of(ref->symbols.begin(), ref->symbols.end(),
                                     [&s](const VenueSymbol& r) { return r.name == s.name; }))
                        fail(m_where[i], "symbol " + s.name + " is not listed by its reference " + ref->name
                                             + ", so it could never cross");
            }
        }
    }

    // One fair value per symbol means one walk: the lit venues with
    // synthetic participants must agree on what shapes it (volatility, the
    // symbol's tick and start), or they would drift apart after all.
    void sharedCheck()
    {
        const FixVenueConfig* first = nullptr;
        std::size_t firstIndex = 0;
        for (std::size_t i = 0; i < m_venues.size(); ++i) {
            const FixVenueConfig& c = m_venues[i];
            if (c.kind != VenueKind::Lit || !c.synthetic)
                continue;
            if (!first) {
                first = &c;
                firstIndex = i;
                continue;
            }
            const std::string why = " (with sharedFairValue the lit venues quote around one fair value; "
                                    "set \"sharedFairValue\": false to let them differ)";
            if (c.volatility != first->volatility) {
                std::ostringstream msg;
                msg << "volatility " << c.volatility << " differs from " << first->name << "'s " << first->volatility;
                fail(m_where[i], msg.str() + why);
            }
            for (const VenueSymbol& s : c.symbols) {
                for (std::size_t k = firstIndex; k < i; ++k) {
                    const FixVenueConfig& o = m_venues[k];
                    if (o.kind != VenueKind::Lit || !o.synthetic)
                        continue;
                    const auto same = std::find_if(o.symbols.begin(), o.symbols.end(),
                                                   [&s](const VenueSymbol& x) { return x.name == s.name; });
                    if (same == o.symbols.end())
                        continue;
                    if (same->tickSize != s.tickSize || same->referencePrice != s.referencePrice)
                        fail(m_where[i], "symbol " + s.name + " has tick " + priceText(s.tickSize) + " and reference "
                                             + priceText(s.referencePrice) + ", " + o.name + " lists it with "
                                             + priceText(same->tickSize) + " and " + priceText(same->referencePrice)
                                             + why);
                    break;
                }
            }
        }
    }

    std::string m_origin;
    VenueDefaults m_defaults;
    bool m_shared = true;
    std::vector<std::string> m_errors;
    std::vector<FixVenueConfig> m_venues;
    std::vector<std::string> m_where; // per venue in m_venues, for cross-check messages
    std::set<std::string> m_broken; // venues with errors of their own
};

} // namespace

VenueConfigResult parseVenueConfig(const std::string& json, const std::string& origin, const VenueDefaults& defaults)
{
    return Reader(origin, defaults).read(json);
}

VenueConfigResult loadVenueConfig(const std::string& path, const VenueDefaults& defaults)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        VenueConfigResult r;
        r.errors.push_back(path + ": cannot be read (" + std::strerror(errno) + ")");
        return r;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseVenueConfig(text.str(), path, defaults);
}

const std::string& defaultVenueConfigText()
{
    static const std::string text = kDefaultVenuesJson;
    return text;
}

VenueConfigResult defaultVenueConfig(const VenueDefaults& defaults)
{
    return parseVenueConfig(defaultVenueConfigText(), "built-in default venues", defaults);
}

} // namespace ordo::venue
