#include "oms/orderstore.h"

#include <cstdlib>
#include <cstring>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace ordo {

// Keys longer than this are cut: ids in FIX and from users are far shorter.
constexpr std::size_t kMaxKeyLength = 0xffff;

StringIndex::StringIndex()
{
    m_capacity = 1024;
    m_slots = allocateSlots(m_capacity);
}

StringIndex::~StringIndex()
{
    freeSlots(m_slots);
}

StringIndex::Slot* StringIndex::allocateSlots(std::size_t n)
{
    const std::size_t bytes = n * sizeof(Slot);
    constexpr std::size_t kHugePage = std::size_t(2) << 20;
    void* p = nullptr;
    if (bytes >= kHugePage) {
        p = std::aligned_alloc(kHugePage, (bytes + kHugePage - 1) / kHugePage * kHugePage);
#ifdef __linux__
        if (p)
            madvise(p, bytes, MADV_HUGEPAGE);  // advisory: ignored where unsupported
#endif
    }
    if (!p)
        p = std::malloc(bytes);
    if (!p)
        throw std::bad_alloc();
    std::memset(p, 0, bytes);
    return static_cast<Slot*>(p);
}

void StringIndex::freeSlots(Slot* p) noexcept
{
    std::free(p);
}

void StringIndex::reserve(std::size_t keys, std::size_t bytes)
{
    std::size_t slots = m_capacity;
    while (keys * 4 > slots * 3)
        slots *= 2;
    if (slots != m_capacity)
        rehash(slots);
    m_arena.reserve(bytes);
}

std::uint64_t StringIndex::hashOf(std::uint32_t scope, std::string_view key) noexcept
{
    // FNV-1a, 8 bytes at a time, then a final mix.
    std::uint64_t h = 1469598103934665603ull ^ (std::uint64_t(scope) * 0x9E3779B97F4A7C15ull);
    std::size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, key.data() + i, 8);
        h = (h ^ w) * 1099511628211ull;
    }
    for (; i < key.size(); ++i)
        h = (h ^ static_cast<unsigned char>(key[i])) * 1099511628211ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

bool StringIndex::matches(const Slot& s, std::uint32_t tag, std::uint32_t scope, std::string_view key) const noexcept
{
    if (s.tag != tag || s.length != key.size())
        return false;
    std::uint32_t storedScope;
    std::memcpy(&storedScope, m_arena.data() + s.offset, sizeof storedScope);
    return storedScope == scope && std::memcmp(m_arena.data() + s.offset + sizeof storedScope, key.data(), key.size()) == 0;
}

std::size_t StringIndex::probe(std::uint64_t h, std::uint32_t scope, std::string_view key) const noexcept
{
    const std::size_t mask = m_capacity - 1;
    const std::uint32_t tag = tagOf(h);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.tag == 0 || matches(s, tag, scope, key))
            return i;
    }
}

bool StringIndex::contains(std::uint32_t scope, std::string_view key) const noexcept
{
    key = key.substr(0, kMaxKeyLength);
    return m_slots[probe(hashOf(scope, key), scope, key)].tag != 0;
}

std::uint32_t StringIndex::find(std::uint32_t scope, std::string_view key, std::uint32_t notFound) const noexcept
{
    key = key.substr(0, kMaxKeyLength);
    const Slot& s = m_slots[probe(hashOf(scope, key), scope, key)];
    return s.tag ? s.value : notFound;
}

bool StringIndex::insert(std::uint32_t scope, std::string_view key, std::uint32_t value)
{
    key = key.substr(0, kMaxKeyLength);
    const std::uint64_t h = hashOf(scope, key);
    std::size_t i = probe(h, scope, key);
    if (m_slots[i].tag != 0)
        return false;
    if ((m_count + 1) * 4 > m_capacity * 3) {
        rehash(m_capacity * 2);
        i = probe(h, scope, key);
    }
    Slot& s = m_slots[i];
    s.tag = tagOf(h);
    s.value = value;
    s.offset = static_cast<std::uint32_t>(m_arena.size());
    s.length = static_cast<std::uint32_t>(key.size());
    m_lastOffset = s.offset;
    const auto* scopeBytes = reinterpret_cast<const char*>(&scope);
    m_arena.insert(m_arena.end(), scopeBytes, scopeBytes + sizeof scope);
    m_arena.insert(m_arena.end(), key.begin(), key.end());
    ++m_count;
    return true;
}

void StringIndex::rehash(std::size_t slots)
{
    Slot* old = m_slots;
    const std::size_t oldCapacity = m_capacity;
    m_slots = allocateSlots(slots);
    m_capacity = slots;
    const std::size_t mask = m_capacity - 1;
    for (std::size_t k = 0; k < oldCapacity; ++k) {
        const Slot& s = old[k];
        if (!s.tag)
            continue;
        // Recompute the home slot from the stored key.
        std::uint32_t scope;
        std::memcpy(&scope, m_arena.data() + s.offset, sizeof scope);
        const std::uint64_t h = hashOf(scope, {m_arena.data() + s.offset + sizeof scope, s.length});
        std::size_t i = h & mask;
        while (m_slots[i].tag)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
    freeSlots(old);
}

OrderStore::OrderStore()
{
    m_orders.emplace_back();
    m_clientIds.push_back({0, 0});
}

void OrderStore::reserve(std::size_t orders)
{
    m_orders.reserve(orders + 1);
    m_clientIds.reserve(orders + 1);
    m_byClientId.reserve(orders, orders * 16);
}

Order& OrderStore::create(std::string_view clientOrderId)
{
    const auto id = static_cast<OrderId>(m_orders.size());
    clientOrderId = clientOrderId.substr(0, kMaxKeyLength);
    m_byClientId.insert(0, clientOrderId, id);
    m_clientIds.push_back({m_byClientId.lastOffset(), static_cast<std::uint16_t>(clientOrderId.size())});
    Order& o = m_orders.emplace_back();
    o.id = id;
    return o;
}

OrderId OrderStore::findByClientOrderId(std::string_view clientOrderId) const noexcept
{
    return m_byClientId.find(0, clientOrderId, kNoOrder);
}

std::string_view OrderStore::clientOrderId(OrderId id) const noexcept
{
    if (!id || id >= m_clientIds.size())
        return {};
    return m_byClientId.keyAt(m_clientIds[id].offset, m_clientIds[id].length);
}

}  // namespace ordo
