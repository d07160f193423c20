#include "oms/orderstore.h"

#include <cstring>

namespace ordo {

OrderStore::OrderStore()
{
    m_orders.emplace_back();
    m_clientIds.push_back(nullptr);
}

void OrderStore::reserve(std::size_t orders)
{
    m_orders.reserve(orders + 1);
    m_clientIds.reserve(orders + 1);
    m_byClientId.reserve(orders);
}

Order& OrderStore::create(std::string_view clientOrderId)
{
    const auto id = static_cast<OrderId>(m_orders.size());
    auto [it, inserted] = m_byClientId.emplace(std::string(clientOrderId), id);
    m_clientIds.push_back(&it->first);
    Order& o = m_orders.emplace_back();
    o.id = id;
    return o;
}

OrderId OrderStore::findByClientOrderId(std::string_view clientOrderId) const noexcept
{
    auto it = m_byClientId.find(clientOrderId);
    return it == m_byClientId.end() ? kNoOrder : it->second;
}

std::string_view OrderStore::clientOrderId(OrderId id) const noexcept
{
    return id && id < m_clientIds.size() ? std::string_view(*m_clientIds[id]) : std::string_view();
}

ExecIdSet::ExecIdSet() : m_slots(1024) {}

std::uint64_t ExecIdSet::hashOf(NameId venue, std::string_view id) noexcept
{
    // FNV-1a over the venue id and the exec id; never 0 (0 marks an empty slot).
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](unsigned char c) { h = (h ^ c) * 1099511628211ull; };
    for (int i = 0; i < 4; ++i)
        mix(static_cast<unsigned char>(venue >> (8 * i)));
    for (char c : id)
        mix(static_cast<unsigned char>(c));
    return h ? h : 1;
}

std::size_t ExecIdSet::probe(std::uint64_t h, NameId venue, std::string_view id) const noexcept
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.hash == 0)
            return i;
        if (s.hash == h && s.venue == venue && s.length == id.size()
            && std::memcmp(m_arena.data() + s.offset, id.data(), id.size()) == 0)
            return i;
    }
}

bool ExecIdSet::contains(NameId venue, std::string_view execId) const noexcept
{
    return m_slots[probe(hashOf(venue, execId), venue, execId)].hash != 0;
}

bool ExecIdSet::insert(NameId venue, std::string_view execId)
{
    if (execId.size() > 0xffff)
        execId = execId.substr(0, 0xffff);
    const std::uint64_t h = hashOf(venue, execId);
    std::size_t i = probe(h, venue, execId);
    if (m_slots[i].hash != 0)
        return false;
    if ((m_count + 1) * 4 > m_slots.size() * 3) {
        grow();
        i = probe(h, venue, execId);
    }
    Slot& s = m_slots[i];
    s.hash = h;
    s.venue = venue;
    s.offset = static_cast<std::uint32_t>(m_arena.size());
    s.length = static_cast<std::uint16_t>(execId.size());
    m_arena.insert(m_arena.end(), execId.begin(), execId.end());
    ++m_count;
    return true;
}

void ExecIdSet::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (!s.hash)
            continue;
        std::size_t i = s.hash & mask;
        while (m_slots[i].hash)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

}  // namespace ordo
