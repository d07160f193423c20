#include "delayline.h"

namespace ordo::venue {

DelayLine::DelayLine(std::chrono::microseconds delay)
    : m_delay(delay < std::chrono::microseconds::zero() ? std::chrono::microseconds::zero() : delay)
{
    m_thread = std::thread([this] { run(); });
}

DelayLine::~DelayLine()
{
    stop();
}

void DelayLine::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        // The time is taken under the lock: concurrent posters then queue
        // in due order.
        m_items.push_back({ Clock::now() + m_delay, std::move(task) });
    }
    m_wake.notify_one();
}

void DelayLine::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_items.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

void DelayLine::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_items.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const Clock::time_point due = m_items.front().due;
        if (Clock::now() < due) {
            m_wake.wait_until(lock, due);
            continue;
        }
        std::function<void()> task = std::move(m_items.front().task);
        m_items.pop_front();
        lock.unlock();
        try {
            task();
        } catch (...) {
            // A task's failure is its own; the line carries on.
        }
        lock.lock();
    }
}

} // namespace ordo::venue
