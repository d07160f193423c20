#pragma once

// An intrusive FIFO of orders (through Order::prev/next): the time priority
// queue of a price level, or the auction and held lists of a book. No
// allocation; an order is in at most one queue at a time.

#include "order.h"

namespace ordo::venue {

class OrderQueue {
public:
    bool empty() const noexcept { return m_head == nullptr; }
    Order* front() const noexcept { return m_head; }
    Order* back() const noexcept { return m_tail; }

    void pushBack(Order& o) noexcept
    {
        o.next = nullptr;
        o.prev = m_tail;
        if (m_tail)
            m_tail->next = &o;
        else
            m_head = &o;
        m_tail = &o;
    }

    void remove(Order& o) noexcept
    {
        if (o.prev)
            o.prev->next = o.next;
        else
            m_head = o.next;
        if (o.next)
            o.next->prev = o.prev;
        else
            m_tail = o.prev;
        o.prev = o.next = nullptr;
    }

    void clear() noexcept { m_head = m_tail = nullptr; }

private:
    Order* m_head = nullptr;
    Order* m_tail = nullptr;
};

} // namespace ordo::venue
