#include "orderfilter.h"

#include "domain/format.h"
#include "ordermodel.h"


#include <array>
#include <charconv>

namespace ordo {
namespace {

bool inList(const QStringList& list, const QString& value)
{
    if (list.isEmpty())
        return true;
    for (const QString& v : list)
        if (value.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Translated enum texts, built once: a quick filter over 100,000 rows must
// not look a translation up per row.
struct EnumTexts {
    std::array<QString, kOrderStatusCount> status;
    std::array<QString, 4> side;
    std::array<QString, 4> type;
    EnumTexts()
    {
        for (int i = 0; i < kOrderStatusCount; ++i)
            status[std::size_t(i)] = statusText(static_cast<OrderStatus>(i));
        for (int i = 0; i < 4; ++i) {
            side[std::size_t(i)] = sideText(static_cast<Side>(i));
            type[std::size_t(i)] = orderTypeText(static_cast<OrdType>(i));
        }
    }
};

const EnumTexts& enumTexts()
{
    static const EnumTexts texts;
    return texts;
}

bool numberContains(std::int64_t value, const QString& word)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return QLatin1String(buf, r.ptr - buf).contains(word, Qt::CaseInsensitive);
}

bool priceContains(Price value, const QString& word)
{
    if (!value)
        return false;
    // As the blotter shows it, with at least two decimals.
    std::string text = formatPrice(value);
    const std::size_t dot = text.find('.');
    if (dot == std::string::npos)
        text += ".00";
    else if (text.size() - dot - 1 < 2)
        text.append(2 - (text.size() - dot - 1), '0');
    return QLatin1String(text.data(), qsizetype(text.size())).contains(word, Qt::CaseInsensitive);
}

bool textContains(const QString& text, const QString& word)
{
    return text.contains(word, Qt::CaseInsensitive);
}

bool wordInOrder(const OrderSnapshot& o, const QString& w)
{
    const EnumTexts& t = enumTexts();
    return textContains(o.symbol, w) || textContains(o.account, w) || textContains(o.strategy, w)
        || textContains(o.trader, w) || textContains(o.venue, w) || textContains(o.clOrdId, w)
        || textContains(o.clientOrderId, w) || textContains(o.text, w)
        || textContains(t.status[std::size_t(o.status)], w) || textContains(t.side[std::size_t(o.side)], w)
        || textContains(t.type[std::size_t(o.type)], w)
        || QLatin1String(toString(o.tif).data(), qsizetype(toString(o.tif).size())).contains(w, Qt::CaseInsensitive)
        || numberContains(o.id, w) || numberContains(o.quantity, w) || numberContains(o.cumQty, w)
        || priceContains(o.limitPrice, w) || priceContains(o.stopPrice, w) || priceContains(o.avgPrice, w);
}

bool wordInExecution(const ExecutionSnapshot& x, const OrderSnapshot* o, const QString& w)
{
    const EnumTexts& t = enumTexts();
    return textContains(x.execId, w) || textContains(x.symbol, w) || textContains(x.account, w)
        || textContains(x.venue, w) || textContains(t.side[std::size_t(x.side)], w) || numberContains(x.orderId, w)
        || numberContains(x.quantity, w) || priceContains(x.price, w)
        || (o && (textContains(o->strategy, w) || textContains(o->trader, w) || textContains(o->clOrdId, w)));
}

}  // namespace

bool OrderCriteria::isEmpty() const
{
    return states == 0 && sides == 0 && symbols.isEmpty() && accounts.isEmpty() && strategies.isEmpty()
        && venues.isEmpty() && traders.isEmpty() && words.isEmpty();
}

quint32 OrderCriteria::workingStates()
{
    quint32 bits = 0;
    for (int i = 0; i < kOrderStatusCount; ++i)
        if (!isTerminal(static_cast<OrderStatus>(i)))
            bits |= stateBit(static_cast<OrderStatus>(i));
    return bits;
}

quint32 OrderCriteria::doneStates()
{
    quint32 bits = 0;
    for (int i = 0; i < kOrderStatusCount; ++i)
        if (isTerminal(static_cast<OrderStatus>(i)))
            bits |= stateBit(static_cast<OrderStatus>(i));
    return bits;
}

QStringList OrderCriteria::splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QStringList OrderCriteria::splitWords(const QString& text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool matches(const OrderCriteria& c, const OrderSnapshot& o)
{
    if (c.states && !(c.states & OrderCriteria::stateBit(o.status)))
        return false;
    if (c.sides && !(c.sides & OrderCriteria::sideBit(o.side)))
        return false;
    if (!inList(c.symbols, o.symbol) || !inList(c.accounts, o.account) || !inList(c.strategies, o.strategy)
        || !inList(c.venues, o.venue) || !inList(c.traders, o.trader))
        return false;
    for (const QString& w : c.words)
        if (!wordInOrder(o, w))
            return false;
    return true;
}

bool matches(const OrderCriteria& c, const ExecutionSnapshot& x, const OrderSnapshot* o)
{
    if (c.sides && !(c.sides & OrderCriteria::sideBit(x.side)))
        return false;
    if (!inList(c.symbols, x.symbol) || !inList(c.accounts, x.account) || !inList(c.venues, x.venue))
        return false;
    if (!c.strategies.isEmpty() && !(o && inList(c.strategies, o->strategy)))
        return false;
    if (!c.traders.isEmpty() && !(o && inList(c.traders, o->trader)))
        return false;
    for (const QString& w : c.words)
        if (!wordInExecution(x, o, w))
            return false;
    return true;
}

}  // namespace ordo
