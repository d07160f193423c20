#pragma once

// Order id -> live order, by open addressing (linear probing, backward-shift
// deletion, no tombstones). Venue order ids are sequential, so the identity
// hash puts the live window of ids in consecutive slots. Grows (rehash) only
// when more than half full: sized by reserve(), it never allocates in steady
// state. Owned by MatchingEngine; not thread-safe.

#include "order.h"

#include <cstddef>
#include <vector>

namespace ordo::venue {

class OrderIndex {
public:
    OrderIndex();

    void reserve(std::size_t liveOrders);
    Order* find(OrderId id) const noexcept;
    void insert(Order& o); // o.id must be new and non-zero
    void erase(OrderId id) noexcept;
    std::size_t size() const noexcept { return m_size; }

    // Calls f(Order&) for every indexed order, in no particular order.
    template<typename F> void forEach(F&& f) const
    {
        for (const Slot& s : m_slots)
            if (s.id != kNoOrder)
                f(*s.order);
    }

private:
    struct Slot {
        OrderId id = kNoOrder;
        Order* order = nullptr;
    };
    void rehash(std::size_t capacity);

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace ordo::venue
