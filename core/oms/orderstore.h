#pragma once

// Every order of the session, indexed by its dense OrderId (O(1) lookup), and
// the client order ids that make submit idempotent. Engine thread only; owned
// by the Engine.

#include "domain/order.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ordo {

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
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::vector<Order> m_orders;  // [0] is a sentinel so that 0 means "no order"
    std::unordered_map<std::string, OrderId, Hash, std::equal_to<>> m_byClientId;
    std::vector<const std::string*> m_clientIds;  // node keys are stable
};

// Execution ids already applied, per venue, so a repeated fill is refused.
// Open addressing over a string arena: no allocation per insert once warm.
class ExecIdSet {
public:
    ExecIdSet();
    // Inserts (venue, execId); false if it was already there.
    bool insert(NameId venue, std::string_view execId);
    bool contains(NameId venue, std::string_view execId) const noexcept;
    std::size_t size() const noexcept { return m_count; }

private:
    struct Slot {
        std::uint64_t hash = 0;  // 0 = empty
        std::uint32_t offset = 0;
        std::uint16_t length = 0;
        NameId venue = 0;
    };
    static std::uint64_t hashOf(NameId venue, std::string_view id) noexcept;
    std::size_t probe(std::uint64_t h, NameId venue, std::string_view id) const noexcept;
    void grow();

    std::vector<Slot> m_slots;
    std::vector<char> m_arena;
    std::size_t m_count = 0;
};

}  // namespace ordo
