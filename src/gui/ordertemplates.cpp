#include "ordertemplates.h"

#include <QSettings>

#include <algorithm>

namespace ordo {

namespace {

const QString kArray = QStringLiteral("orderTicket/templates");
const QString kDefault = QStringLiteral("orderTicket/defaultTemplate");

// Names as in core, so a settings file reads like the blotter.
template<typename E, std::size_t N> std::optional<E> parseEnum(const QString& text, const E (&all)[N])
{
    for (E e : all)
        if (QLatin1String(toString(e).data()) == text)
            return e;
    return std::nullopt;
}

constexpr Side kSides[] = {Side::Buy, Side::Sell, Side::Short, Side::Cover};
constexpr TimeInForce kTifs[] = {TimeInForce::Day, TimeInForce::Gtc, TimeInForce::Ioc, TimeInForce::Fok,
                                 TimeInForce::Gtd, TimeInForce::Ato, TimeInForce::Atc};

QString text(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

}  // namespace

OrderTemplates::OrderTemplates(QString settingsFile)
    : m_file(std::move(settingsFile))
{
}

std::unique_ptr<QSettings> OrderTemplates::open() const
{
    if (m_file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_file, QSettings::IniFormat);
}

QList<OrderTemplates::Item> OrderTemplates::read() const
{
    QList<Item> items;
    auto s = open();
    const int n = s->beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        s->setArrayIndex(i);
        Item it;
        it.name = s->value(QStringLiteral("name")).toString();
        if (it.name.isEmpty())
            continue;
        TicketEntry& e = it.entry;
        // Unknown words (a file from another version, a hand edit) keep the
        // ticket's own value rather than dropping the template.
        if (auto side = parseEnum(s->value(QStringLiteral("side")).toString(), kSides))
            e.side = *side;
        if (auto type = parseTypeCode(s->value(QStringLiteral("type")).toString()))
            e.type = *type;
        if (auto tif = parseEnum(s->value(QStringLiteral("tif")).toString(), kTifs))
            e.tif = *tif;
        e.quantity = s->value(QStringLiteral("quantity")).toString();
        e.pegOffset = s->value(QStringLiteral("pegOffset")).toString();
        e.displayQty = s->value(QStringLiteral("displayQty")).toString();
        e.hidden = s->value(QStringLiteral("hidden"), false).toBool();
        e.account = s->value(QStringLiteral("account")).toString();
        e.strategy = s->value(QStringLiteral("strategy")).toString();
        e.venue = s->value(QStringLiteral("venue")).toString();
        items.push_back(std::move(it));
    }
    s->endArray();
    return items;
}

void OrderTemplates::write(const QList<Item>& items)
{
    auto s = open();
    s->remove(kArray);
    s->beginWriteArray(kArray, static_cast<int>(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        s->setArrayIndex(i);
        const Item& it = items.at(i);
        const TicketEntry& e = it.entry;
        s->setValue(QStringLiteral("name"), it.name);
        s->setValue(QStringLiteral("side"), text(toString(e.side)));
        s->setValue(QStringLiteral("quantity"), e.quantity);
        s->setValue(QStringLiteral("type"), typeCode(e.type));
        s->setValue(QStringLiteral("pegOffset"), e.pegOffset);
        s->setValue(QStringLiteral("tif"), text(toString(e.tif)));
        s->setValue(QStringLiteral("displayQty"), e.displayQty);
        s->setValue(QStringLiteral("hidden"), e.hidden);
        s->setValue(QStringLiteral("account"), e.account);
        s->setValue(QStringLiteral("strategy"), e.strategy);
        s->setValue(QStringLiteral("venue"), e.venue);
    }
    s->endArray();
}

QStringList OrderTemplates::names() const
{
    QStringList out;
    for (const Item& it : read())
        out << it.name;
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<TicketEntry> OrderTemplates::find(const QString& name) const
{
    for (const Item& it : read())
        if (it.name == name)
            return it.entry;
    return std::nullopt;
}

bool OrderTemplates::save(const QString& name, const TicketEntry& entry)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return false;
    QList<Item> items = read();
    const TicketEntry kept = apply(entry, TicketEntry{});
    auto at = std::find_if(items.begin(), items.end(), [&n](const Item& it) { return it.name == n; });
    if (at != items.end())
        at->entry = kept;
    else
        items.push_back({n, kept});
    write(items);
    return true;
}

bool OrderTemplates::remove(const QString& name)
{
    QList<Item> items = read();
    const auto removed = items.removeIf([&name](const Item& it) { return it.name == name; });
    if (removed == 0)
        return false;
    write(items);
    if (defaultName() == name)
        setDefaultName({});
    return true;
}

QString OrderTemplates::defaultName() const
{
    return open()->value(kDefault).toString();
}

void OrderTemplates::setDefaultName(const QString& name)
{
    auto s = open();
    if (name.isEmpty())
        s->remove(kDefault);
    else
        s->setValue(kDefault, name);
}

TicketEntry OrderTemplates::apply(const TicketEntry& templ, const TicketEntry& base)
{
    TicketEntry e = base;
    e.side = templ.side;
    e.quantity = templ.quantity;
    e.type = templ.type;
    e.pegOffset = templ.pegOffset;
    e.tif = templ.tif;
    e.displayQty = templ.displayQty;
    e.hidden = templ.hidden;
    e.account = templ.account;
    e.strategy = templ.strategy;
    e.venue = templ.venue;
    return e;
}

}  // namespace ordo
