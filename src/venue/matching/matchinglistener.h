#pragma once

// Receives the events of each MatchingEngine operation, once, after the
// operation has finished: the book is consistent while the listener runs.
// Called on the thread that called the engine. Must not call back into the
// engine (such calls are refused with ErrorCode::Reentrant).

#include "event.h"

#include <span>

namespace ordo::venue {

class MatchingListener {
public:
    virtual ~MatchingListener() = default;
    virtual void onEvents(std::span<const Event> events) = 0;
};

} // namespace ordo::venue
