#include "orderticketvalidator.h"

#include "domain/format.h"

#include <QLocale>

#include <cstdlib>
#include <limits>

namespace ordo {

namespace {

constexpr std::int64_t kBp = 10'000;

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

// Basis points as a percentage with up to two decimals: 500 -> "5%", 526 -> "5.26%".
QString percentText(std::int64_t bp)
{
    QString text = QString::number(bp / 100);
    if (const std::int64_t rest = bp % 100) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text + QLatin1Char('%');
}

std::optional<Price> readPrice(const QString& text)
{
    return parsePrice(text.trimmed().toStdString());
}

}  // namespace

bool isPeg(TicketType t) noexcept
{
    return t == TicketType::PegPrimary || t == TicketType::PegMid || t == TicketType::PegMarket;
}

bool needsLimit(TicketType t) noexcept
{
    return t == TicketType::Limit || t == TicketType::StopLimit;
}

bool takesLimit(TicketType t) noexcept
{
    return needsLimit(t) || isPeg(t);
}

bool takesStop(TicketType t) noexcept
{
    return t == TicketType::Stop || t == TicketType::StopLimit;
}

QString typeCode(TicketType t)
{
    switch (t) {
    case TicketType::Market: return QStringLiteral("MKT");
    case TicketType::Limit: return QStringLiteral("LMT");
    case TicketType::Stop: return QStringLiteral("STP");
    case TicketType::StopLimit: return QStringLiteral("STP LMT");
    case TicketType::PegPrimary: return QStringLiteral("PEG PRI");
    case TicketType::PegMid: return QStringLiteral("PEG MID");
    case TicketType::PegMarket: return QStringLiteral("PEG MKT");
    }
    return {};
}

std::optional<TicketType> parseTypeCode(const QString& code)
{
    for (TicketType t : {TicketType::Market, TicketType::Limit, TicketType::Stop, TicketType::StopLimit,
                         TicketType::PegPrimary, TicketType::PegMid, TicketType::PegMarket})
        if (typeCode(t) == code)
            return t;
    return std::nullopt;
}

bool TicketCheck::has(TicketField f) const
{
    for (const TicketProblem& p : problems)
        if (p.field == f)
            return true;
    return false;
}

QString TicketCheck::text(TicketField f) const
{
    for (const TicketProblem& p : problems)
        if (p.field == f)
            return p.text;
    return {};
}

TicketRules TicketRules::fromConfig(const HostConfig& config)
{
    TicketRules r;
    r.instruments = config.instruments;
    for (const FixVenueConfig& v : config.fixVenues)
        if (!r.venues.contains(v.venue))
            r.venues << v.venue;
    if (r.venues.isEmpty() && !config.defaultVenue.isEmpty())
        r.venues << config.defaultVenue;
    r.role = config.role;
    r.trader = config.user;
    if (config.risk) {
        for (const LimitSetting& l : config.risk->limits)
            if (l.check == RiskCheck::PriceCollar)
                r.collars.push_back(l);
        for (const auto& [trader, desk] : config.risk->desks)
            if (fromStd(trader) == config.user)
                r.desk = fromStd(desk);
        for (RiskCheck c : config.risk->disabled) {
            if (c == RiskCheck::PriceCollar)
                r.collarChecked = false;
            if (c == RiskCheck::RestrictedList)
                r.restrictedChecked = false;
        }
        for (const std::string& s : config.risk->restricted)
            r.restricted << fromStd(s);
    }
    return r;
}

void TicketRules::applyRisk(const RiskSnapshot& risk)
{
    collars.clear();
    for (const LimitSnapshot& l : risk.limits)
        if (l.check == RiskCheck::PriceCollar)
            collars.push_back(LimitSetting{l.check, l.level, l.name.toStdString(), l.limit, l.soft});
    auto enabled = [&risk](RiskCheck c) {
        const auto i = static_cast<qsizetype>(c);
        return i >= risk.enabled.size() || risk.enabled.at(i);
    };
    collarChecked = enabled(RiskCheck::PriceCollar);
    restrictedChecked = enabled(RiskCheck::RestrictedList);
    restricted = risk.restricted;
}

TicketValidator::TicketValidator(TicketRules rules)
    : m_rules(std::move(rules))
{
}

const InstrumentConfig* TicketValidator::instrument(const QString& symbol) const
{
    const QString s = symbol.trimmed();
    if (s.isEmpty())
        return nullptr;
    for (const InstrumentConfig& ic : m_rules.instruments)
        if (fromStd(ic.instrument.symbol).compare(s, Qt::CaseInsensitive) == 0)
            return &ic;
    return nullptr;
}

QStringList TicketValidator::symbols() const
{
    QStringList out;
    for (const InstrumentConfig& ic : m_rules.instruments)
        out << fromStd(ic.instrument.symbol);
    return out;
}

Price TicketValidator::referencePrice(const QString& symbol) const
{
    const InstrumentConfig* ic = instrument(symbol);
    if (!ic)
        return 0;
    return m_reference.value(fromStd(ic->instrument.symbol), ic->referencePrice);
}

void TicketValidator::setReferencePrice(const QString& symbol, Price price)
{
    if (const InstrumentConfig* ic = instrument(symbol); ic && price > 0)
        m_reference.insert(fromStd(ic->instrument.symbol), price);
}

void TicketValidator::collarsFor(const OrderRequest& r, Collar& hard, Collar& soft) const
{
    // Exactly the nodes the engine checks the order at.
    auto applies = [&](const LimitSetting& l, QString& place) {
        const QString name = fromStd(l.name);
        switch (l.level) {
        case LimitLevel::Firm: place = tr("the firm"); return true;
        case LimitLevel::Desk: place = tr("desk %1").arg(name); return !m_rules.desk.isEmpty() && name == m_rules.desk;
        case LimitLevel::Trader: place = tr("trader %1").arg(name); return name == m_rules.trader;
        case LimitLevel::Account: place = tr("account %1").arg(name); return l.name == r.account;
        case LimitLevel::Strategy:
            place = tr("strategy %1").arg(name);
            return !r.strategy.empty() && l.name == r.strategy;
        case LimitLevel::Instrument: place = tr("instrument %1").arg(name); return l.name == r.symbol;
        }
        return false;
    };
    for (const LimitSetting& l : m_rules.collars) {
        QString place;
        if (l.check != RiskCheck::PriceCollar || l.value < 0 || !applies(l, place))
            continue;
        Collar& c = l.soft ? soft : hard;
        if (c.bp < 0 || l.value < c.bp)
            c = Collar{l.value, l.soft, place};
    }
}

TicketCheck TicketValidator::check(const TicketEntry& e, const QDateTime& now) const
{
    TicketCheck out;
    auto problem = [&out](TicketField f, const QString& text) { out.problems.push_back({f, text}); };

    if (m_rules.role == Role::Analyst)
        problem(TicketField::None, tr("Analysts cannot enter orders."));

    OrderRequest r;
    const InstrumentConfig* ic = instrument(e.symbol);
    if (e.symbol.trimmed().isEmpty())
        problem(TicketField::Symbol, tr("Enter a symbol."));
    else if (!ic)
        problem(TicketField::Symbol, tr("Symbol %1 is not a configured instrument.").arg(e.symbol.trimmed()));
    else
        r.symbol = ic->instrument.symbol;
    const Price tick = ic ? ic->instrument.tickSize : 0;
    const Qty lot = ic ? ic->instrument.lotSize : 0;
    const QString tickText = ic ? priceText(tick, tick) : QString();
    if (ic && m_rules.restrictedChecked && m_rules.restricted.contains(fromStd(ic->instrument.symbol)))
        problem(TicketField::Symbol, tr("Symbol %1 is on the restricted list: nobody may trade it.").arg(fromStd(r.symbol)));

    r.side = e.side;
    r.tif = e.tif;

    // Quantity: positive, whole, in lots.
    const QString qtyText = e.quantity.trimmed();
    const std::optional<Qty> qty = parseQuantity(qtyText);
    if (qtyText.isEmpty())
        problem(TicketField::Quantity, tr("Enter a quantity."));
    else if (!qty)
        problem(TicketField::Quantity, tr("Quantity %1 is not a whole number of units.").arg(qtyText));
    else if (*qty <= 0)
        problem(TicketField::Quantity, tr("Quantity must be more than 0."));
    else if (lot > 0 && *qty % lot != 0)
        problem(TicketField::Quantity, tr("Quantity %1 is not a multiple of the lot %2.")
                                           .arg(QLocale().toString(*qty), QLocale().toString(lot)));
    if (qty && *qty > 0)
        r.quantity = *qty;

    // Prices, by what the type takes. A price that is typed but not taken
    // (a limit on a market order) is ignored, not an error: the field is off.
    switch (e.type) {
    case TicketType::Market: r.type = OrdType::Market; break;
    case TicketType::Limit: r.type = OrdType::Limit; break;
    case TicketType::Stop: r.type = OrdType::Stop; break;
    case TicketType::StopLimit: r.type = OrdType::StopLimit; break;
    case TicketType::PegPrimary: r.type = OrdType::Limit; r.peg = PegType::Primary; break;
    case TicketType::PegMid: r.type = OrdType::Limit; r.peg = PegType::Mid; break;
    case TicketType::PegMarket: r.type = OrdType::Limit; r.peg = PegType::Market; break;
    }
    auto price = [&](TicketField field, const QString& what, const QString& text, bool required, const QString& missing,
                     Price& dest) {
        const QString t = text.trimmed();
        if (t.isEmpty()) {
            if (required)
                problem(field, missing);
            return;
        }
        const auto p = readPrice(t);
        if (!p) {
            problem(field, tr("%1 %2 is not a price.").arg(what, t));
            return;
        }
        if (*p <= 0) {
            problem(field, tr("%1 must be more than 0.").arg(what));
            return;
        }
        if (tick > 0 && *p % tick != 0) {
            problem(field, tr("%1 %2 is not a multiple of the tick %3.").arg(what, t, tickText));
            return;
        }
        dest = *p;
    };
    if (takesLimit(e.type))
        price(TicketField::Limit, tr("Limit"), e.limit, needsLimit(e.type),
              e.type == TicketType::StopLimit ? tr("A stop-limit order needs a limit price.")
                                              : tr("A limit order needs a limit price."),
              r.limitPrice);
    if (takesStop(e.type))
        price(TicketField::Stop, tr("Stop"), e.stop, true,
              e.type == TicketType::StopLimit ? tr("A stop-limit order needs a stop price.")
                                              : tr("A stop order needs a stop price."),
              r.stopPrice);
    if (isPeg(e.type) && !e.pegOffset.trimmed().isEmpty()) {
        const QString t = e.pegOffset.trimmed();
        const auto p = readPrice(t);
        if (!p)
            problem(TicketField::PegOffset, tr("Peg offset %1 is not a price difference.").arg(t));
        else if (tick > 0 && *p % tick != 0)
            problem(TicketField::PegOffset, tr("Peg offset %1 is not a multiple of the tick %2.").arg(t, tickText));
        else
            r.pegOffset = *p;
    }

    const bool buying = sideSign(e.side) > 0;
    if (e.type == TicketType::StopLimit && r.limitPrice > 0 && r.stopPrice > 0) {
        if (buying && r.limitPrice < r.stopPrice)
            problem(TicketField::Limit, tr("Limit %1 is below the stop %2: a buy stop-limit must be willing to pay at "
                                           "least its stop.")
                                            .arg(priceText(r.limitPrice, tick), priceText(r.stopPrice, tick)));
        if (!buying && r.limitPrice > r.stopPrice)
            problem(TicketField::Limit, tr("Limit %1 is above the stop %2: a sell stop-limit must be willing to sell "
                                           "at or below its stop.")
                                            .arg(priceText(r.limitPrice, tick), priceText(r.stopPrice, tick)));
    }

    // Display quantity: an iceberg's shown size; hidden shows nothing.
    r.hidden = e.hidden;
    const QString dispText = e.displayQty.trimmed();
    if (!e.hidden && !dispText.isEmpty()) {
        const std::optional<Qty> disp = parseQuantity(dispText);
        if (!disp || *disp < 0)
            problem(TicketField::DisplayQty, tr("Display quantity %1 is not a whole number of units.").arg(dispText));
        else if (r.quantity > 0 && *disp > r.quantity)
            problem(TicketField::DisplayQty, tr("Display quantity %1 is more than the quantity %2.")
                                                 .arg(QLocale().toString(*disp), QLocale().toString(r.quantity)));
        else if (lot > 0 && *disp % lot != 0)
            problem(TicketField::DisplayQty, tr("Display quantity %1 is not a multiple of the lot %2.")
                                                 .arg(QLocale().toString(*disp), QLocale().toString(lot)));
        else
            r.displayQty = *disp;
    }

    // Time in force.
    if (r.type == OrdType::Market && r.peg == PegType::None
        && (e.tif == TimeInForce::Gtc || e.tif == TimeInForce::Gtd))
        problem(TicketField::TimeInForce, tr("A market order cannot rest: choose DAY, IOC, FOK, ATO or ATC."));
    if (e.tif == TimeInForce::Gtd) {
        if (!e.expiry.isValid())
            problem(TicketField::Expiry, tr("A GTD order needs an expiry date and time."));
        else if (e.expiry <= now)
            problem(TicketField::Expiry, tr("Expiry %1 is not in the future.")
                                             .arg(e.expiry.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        else
            r.expireTime = e.expiry.toMSecsSinceEpoch() * 1'000'000;
    }

    r.account = e.account.trimmed().toStdString();
    if (r.account.empty())
        problem(TicketField::Account, tr("Enter an account."));
    r.strategy = e.strategy.trimmed().toStdString();

    const QString venue = e.venue.trimmed();
    if (venue.isEmpty() || venue.compare(QLatin1String("SMART"), Qt::CaseInsensitive) == 0) {
        r.venue = "SMART";
    } else {
        QString known;
        for (const QString& v : m_rules.venues)
            if (v.compare(venue, Qt::CaseInsensitive) == 0)
                known = v;
        if (known.isEmpty())
            problem(TicketField::Venue, tr("Venue %1 is not configured: choose SMART or one of %2.")
                                            .arg(venue, m_rules.venues.join(QStringLiteral(", "))));
        r.venue = known.toStdString();
    }

    if (e.side == Side::Short) {
        r.locateId = e.locateId.trimmed().toStdString();
        if (r.locateId.empty())
            problem(TicketField::Locate, tr("A short sale needs the locate id the broker granted."));
    }

    // The collar, as the engine applies it: to the limit of every priced
    // order, a pegged order's cap included; a peg without a cap names no
    // price and has nothing to collar.
    const Price ref = ic ? referencePrice(e.symbol) : 0;
    const bool priced = (r.type == OrdType::Limit || r.type == OrdType::StopLimit) && r.limitPrice > 0;
    const bool limitReadable = !out.has(TicketField::Limit);
    if (ic && priced && ref > 0 && limitReadable && m_rules.collarChecked) {
        Collar hard, soft;
        collarsFor(r, hard, soft);
        const bool fallback = hard.bp < 0 && soft.bp < 0 && m_rules.collars.empty();
        if (fallback)
            hard = Collar{kDefaultCollarBp, false, QString()};
        const std::int64_t away = static_cast<std::int64_t>(
            static_cast<__int128>(std::llabs(r.limitPrice - ref)) * kBp / ref);
        auto breach = [&](const Collar& c) {
            const QString where = c.place.isEmpty()
                                      ? tr("the ticket's default collar of %1").arg(percentText(c.bp))
                                      : tr("the %1 price collar of %2").arg(percentText(c.bp), c.place);
            return tr("Limit %1 is %2 from the reference %3, beyond %4.")
                .arg(priceText(r.limitPrice, tick), percentText(away), priceText(ref, tick), where);
        };
        if (hard.bp >= 0 && away > hard.bp)
            problem(TicketField::Limit, breach(hard));
        else if (soft.bp >= 0 && away > soft.bp)
            out.warnings << breach(soft) + QLatin1Char(' ') + tr("The order will wait for a supervisor.");
    }

    // A stop already through the market triggers the moment it arrives.
    if (ic && takesStop(e.type) && r.stopPrice > 0 && ref > 0) {
        if (buying && r.stopPrice <= ref)
            out.warnings << tr("Stop %1 is at or below the reference %2: a buy stop triggers at once.")
                                .arg(priceText(r.stopPrice, tick), priceText(ref, tick));
        if (!buying && r.stopPrice >= ref)
            out.warnings << tr("Stop %1 is at or above the reference %2: a sell stop triggers at once.")
                                .arg(priceText(r.stopPrice, tick), priceText(ref, tick));
    }

    if (out.problems.isEmpty())
        out.request = std::move(r);
    return out;
}

std::optional<Qty> parseQuantity(const QString& text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char('_'));
    t.remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    Price scale = 1;
    if (t.endsWith(QLatin1Char('k')))
        scale = 1'000;
    else if (t.endsWith(QLatin1Char('m')))
        scale = 1'000'000;
    if (scale != 1)
        t.chop(1);
    // Decimals only with a suffix ("1.5k"), and only as many as stay whole.
    const auto fixed = parsePrice(t.toStdString());
    if (!fixed)
        return std::nullopt;
    const __int128 units = static_cast<__int128>(*fixed) * scale;
    if (units % kPriceScale != 0)
        return std::nullopt;
    const __int128 q = units / kPriceScale;
    if (q > std::numeric_limits<Qty>::max() || q < std::numeric_limits<Qty>::min())
        return std::nullopt;
    return static_cast<Qty>(q);
}

QString priceText(Price price, Price tick)
{
    QString text = fromStd(formatPrice(price));
    int tickDecimals = 0;
    if (tick > 0) {
        const QString t = fromStd(formatPrice(tick));
        if (const qsizetype dot = t.indexOf(QLatin1Char('.')); dot >= 0)
            tickDecimals = static_cast<int>(t.size() - dot - 1);
    }
    qsizetype dot = text.indexOf(QLatin1Char('.'));
    const int have = dot < 0 ? 0 : static_cast<int>(text.size() - dot - 1);
    if (have < tickDecimals) {
        if (dot < 0)
            text += QLatin1Char('.');
        text += QString(tickDecimals - have, QLatin1Char('0'));
    }
    return text;
}

}  // namespace ordo
