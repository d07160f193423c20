#pragma once

// ReferenceFeed: a lit venue's best bid and offer per symbol, for the dark
// pools of the same process that cross at its mid. The lit venue publishes
// a quote whenever its displayed top of book or its trading phase changes;
// a subscriber first gets the last quote of every symbol, then every change,
// in order.
//
// Threads and locks: publish() runs the subscribers on the publisher's
// thread, under the feed's mutex (the lit venue calls it holding its engine
// lock; a dark pool's subscriber then takes the pool's lock: lit before
// dark, never the other way). After unsubscribe() returns, that subscriber
// is never called again. Shared ownership lets either venue go first.

#include "types.h"

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace ordo::venue {

struct ReferenceQuote {
    std::string symbol;
    Price bid = 0; // 0: no bid
    Price ask = 0; // 0: no offer
    bool open = false; // in continuous trading (not halted, not in a call, not closed)
};

class ReferenceFeed {
public:
    using Subscriber = std::function<void(const ReferenceQuote&)>;

    // Returns a token for unsubscribe().
    std::uint64_t subscribe(Subscriber subscriber);
    void unsubscribe(std::uint64_t token);
    void publish(const ReferenceQuote& quote);
    // The last quote published for a symbol (open false, no prices, if none).
    ReferenceQuote last(const std::string& symbol) const;

private:
    mutable std::mutex m_mutex;
    std::map<std::string, ReferenceQuote> m_last;
    std::vector<std::pair<std::uint64_t, Subscriber>> m_subscribers;
    std::uint64_t m_nextToken = 1;
};

} // namespace ordo::venue
