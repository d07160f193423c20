#pragma once

// DelayLine: a venue's one-way network latency. Tasks run on the line's own
// thread, each no sooner than the fixed delay after it was posted, in the
// order posted (one delay for all, so posting order is due order). The FIX
// acceptor posts every inbound message and every outbound one through it,
// so a QuickFIX thread never sleeps and one slow venue holds up no other.
//
// Threads: post() from any thread, tasks included; stop() from any thread
// but a task (it joins the line's thread). A task that throws is dropped
// and the line goes on. Tasks still waiting at stop() are discarded, like
// packets in flight when a link goes down.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ordo::venue {

class DelayLine {
public:
    explicit DelayLine(std::chrono::microseconds delay);
    ~DelayLine();
    DelayLine(const DelayLine&) = delete;
    DelayLine& operator=(const DelayLine&) = delete;

    // Runs task on the line's thread once the delay has passed. Ignored after stop().
    void post(std::function<void()> task);
    void stop();
    std::chrono::microseconds delay() const noexcept { return m_delay; }

private:
    using Clock = std::chrono::steady_clock;
    struct Item {
        Clock::time_point due;
        std::function<void()> task;
    };

    void run();

    const std::chrono::microseconds m_delay;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_items;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ordo::venue
