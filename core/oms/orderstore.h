#pragma once

// Every order of the session, indexed by its dense OrderId (O(1) lookup), and
// the client order ids that make submit idempotent. Engine thread only; owned
// by the Engine.

#include "domain/order.h"

#include <string>
#include <string_view>
#include <vector>

namespace ordo {

// Open-addressing index from (scope, string) to a 32-bit value, with the
// strings kept in one arena: no allocation per insert once warm, one probe
// sequence per lookup. scope separates namespaces (e.g. one per venue).
// Slots are 16 bytes and the table asks the kernel for huge pages: with
// millions of keys every lookup is a random access, and TLB misses dominate.
class StringIndex {
public:
    StringIndex();
    ~StringIndex();
    StringIndex(const StringIndex&) = delete;
    StringIndex& operator=(const StringIndex&) = delete;

    // Inserts key -> value; false (and nothing changes) if key was present.
    bool insert(std::uint32_t scope, std::string_view key, std::uint32_t value);
    // The value of key, or notFound.
    std::uint32_t find(std::uint32_t scope, std::string_view key, std::uint32_t notFound = 0) const noexcept;
    bool contains(std::uint32_t scope, std::string_view key) const noexcept;
    // The stored text of a key, by the handle insert recorded.
    std::string_view keyAt(std::uint32_t offset, std::uint16_t length) const noexcept
    {
        return {m_arena.data() + offset + sizeof(std::uint32_t), length};
    }
    std::uint32_t lastOffset() const noexcept { return m_lastOffset; }
    std::size_t size() const noexcept { return m_count; }
    void reserve(std::size_t keys, std::size_t bytes);

private:
    struct Slot {
        std::uint32_t tag = 0;  // high hash bits | 1; 0 = empty
        std::uint32_t offset = 0;
        std::uint32_t value = 0;
        std::uint32_t length = 0;
    };
    static std::uint64_t hashOf(std::uint32_t scope, std::string_view key) noexcept;
    static std::uint32_t tagOf(std::uint64_t h) noexcept { return static_cast<std::uint32_t>(h >> 32) | 1u; }
    bool matches(const Slot& s, std::uint32_t tag, std::uint32_t scope, std::string_view key) const noexcept;
    std::size_t probe(std::uint64_t h, std::uint32_t scope, std::string_view key) const noexcept;
    void rehash(std::size_t slots);
    static Slot* allocateSlots(std::size_t n);
    static void freeSlots(Slot* p) noexcept;

    Slot* m_slots = nullptr;
    std::size_t m_capacity = 0;  // a power of two
    std::vector<char> m_arena;   // per key: [u32 scope][key bytes]
    std::size_t m_count = 0;
    std::uint32_t m_lastOffset = 0;
};

class OrderStore {
public:
    OrderStore();

    void reserve(std::size_t orders);
    // Creates an order with the next id; clientOrderId must not be in use.
    Order& create(std::string_view clientOrderId);
    Order* find(OrderId id) noexcept { return id && id < m_orders.size() ? &m_orders[id] : nullptr; }
    const Order* find(OrderId id) const noexcept { return id && id < m_orders.size() ? &m_orders[id] : nullptr; }
    OrderId findByClientOrderId(std::string_view clientOrderId) const noexcept;
    std::string_view clientOrderId(OrderId id) const noexcept;

    std::size_t size() const noexcept { return m_orders.size() - 1; }
    OrderId nextId() const noexcept { return static_cast<OrderId>(m_orders.size()); }

    template<typename F> void forEach(F&& f) const
    {
        for (std::size_t i = 1; i < m_orders.size(); ++i)
            f(m_orders[i]);
    }
    template<typename F> void forEach(F&& f)
    {
        for (std::size_t i = 1; i < m_orders.size(); ++i)
            f(m_orders[i]);
    }

private:
    struct KeyRef {
        std::uint32_t offset;
        std::uint16_t length;
    };
    std::vector<Order> m_orders;  // [0] is a sentinel so that 0 means "no order"
    StringIndex m_byClientId;
    std::vector<KeyRef> m_clientIds;
};

// Execution ids already applied, per venue, so a repeated fill is refused.
class ExecIdSet {
public:
    // Inserts (venue, execId); false if it was already there.
    bool insert(NameId venue, std::string_view execId) { return m_index.insert(venue, execId, 1); }
    bool contains(NameId venue, std::string_view execId) const noexcept { return m_index.contains(venue, execId); }
    std::size_t size() const noexcept { return m_index.size(); }
    void reserve(std::size_t ids) { m_index.reserve(ids, ids * 12); }

private:
    StringIndex m_index;
};

}  // namespace ordo
