#pragma once

// The events of one operation, kept alike by the lit MatchingEngine and the
// DarkPool: a command opens the operation, queues events as things happen and
// closes it, which hands the batch to the listener once. The listener runs
// while the operation is still open, so a call back from it is refused
// (ErrorCode::Reentrant) rather than seeing a book half-way through a change.

#include "event.h"
#include "matchinglistener.h"

#include <cstddef>
#include <span>
#include <vector>

namespace ordo::venue {

class OperationEvents {
public:
    void setListener(MatchingListener* listener) noexcept { m_listener = listener; }
    void reserve(std::size_t events) { m_events.reserve(events); }

    // Starts an operation with no events; false while one is open.
    bool open() noexcept
    {
        if (m_open)
            return false;
        m_open = true;
        m_events.clear();
        return true;
    }

    // Ends it: the listener gets the events, if there are any.
    void close()
    {
        if (m_listener && !m_events.empty())
            m_listener->onEvents(m_events);
        m_open = false;
    }

    bool isOpen() const noexcept { return m_open; }

    Event& push(EventType type)
    {
        Event& e = m_events.emplace_back();
        e.type = type;
        return e;
    }

    // The last operation's events, in order, until the next one opens.
    std::span<const Event> events() const noexcept { return m_events; }

private:
    std::vector<Event> m_events;
    MatchingListener* m_listener = nullptr;
    bool m_open = false;
};

} // namespace ordo::venue
