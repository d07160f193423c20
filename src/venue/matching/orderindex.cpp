#include "orderindex.h"

namespace ordo::venue {

OrderIndex::OrderIndex()
{
    rehash(1024);
}

void OrderIndex::reserve(std::size_t liveOrders)
{
    std::size_t cap = m_slots.size();
    while (cap < liveOrders * 2)
        cap *= 2;
    if (cap != m_slots.size())
        rehash(cap);
}

Order* OrderIndex::find(OrderId id) const noexcept
{
    if (id == kNoOrder)
        return nullptr;
    for (std::size_t i = id & m_mask;; i = (i + 1) & m_mask) {
        const Slot& s = m_slots[i];
        if (s.id == id)
            return s.order;
        if (s.id == kNoOrder)
            return nullptr;
    }
}

void OrderIndex::insert(Order& o)
{
    if ((m_size + 1) * 2 > m_slots.size())
        rehash(m_slots.size() * 2);
    std::size_t i = o.id & m_mask;
    while (m_slots[i].id != kNoOrder)
        i = (i + 1) & m_mask;
    m_slots[i] = { o.id, &o };
    ++m_size;
}

void OrderIndex::erase(OrderId id) noexcept
{
    if (id == kNoOrder)
        return;
    std::size_t i = id & m_mask;
    while (m_slots[i].id != id) {
        if (m_slots[i].id == kNoOrder)
            return;
        i = (i + 1) & m_mask;
    }
    // Backward shift: pull later members of the probe run into the hole so
    // lookups never need tombstones.
    std::size_t hole = i;
    for (std::size_t j = (hole + 1) & m_mask; m_slots[j].id != kNoOrder; j = (j + 1) & m_mask) {
        const std::size_t home = m_slots[j].id & m_mask;
        // Move j into the hole unless its home lies cyclically in (hole, j].
        const bool homeBetween = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
        if (!homeBetween) {
            m_slots[hole] = m_slots[j];
            hole = j;
        }
    }
    m_slots[hole] = Slot {};
    --m_size;
}

void OrderIndex::rehash(std::size_t capacity)
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(capacity, Slot {});
    m_mask = capacity - 1;
    m_size = 0;
    for (const Slot& s : old)
        if (s.id != kNoOrder)
            insert(*s.order);
}

} // namespace ordo::venue
