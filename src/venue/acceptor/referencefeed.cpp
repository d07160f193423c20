#include "referencefeed.h"

#include <algorithm>

namespace ordo::venue {

std::uint64_t ReferenceFeed::subscribe(Subscriber subscriber)
{
    std::lock_guard lock(m_mutex);
    for (const auto& entry : m_last)
        subscriber(entry.second);
    const std::uint64_t token = m_nextToken++;
    m_subscribers.emplace_back(token, std::move(subscriber));
    return token;
}

void ReferenceFeed::unsubscribe(std::uint64_t token)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_subscribers, [token](const auto& entry) { return entry.first == token; });
}

void ReferenceFeed::publish(const ReferenceQuote& quote)
{
    std::lock_guard lock(m_mutex);
    m_last[quote.symbol] = quote;
    for (const auto& entry : m_subscribers)
        entry.second(quote);
}

ReferenceQuote ReferenceFeed::last(const std::string& symbol) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_last.find(symbol);
    if (it != m_last.end())
        return it->second;
    ReferenceQuote none;
    none.symbol = symbol;
    return none;
}

} // namespace ordo::venue
