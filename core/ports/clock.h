#pragma once

#include "domain/types.h"

namespace ordo {

// Source of time for the engine: real in the app, simulated in tests, benches
// and replays. Called only from the engine thread.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() noexcept = 0;
};

class SystemClock final : public Clock {
public:
    Timestamp now() noexcept override;
};

// Time that moves only when told to: deterministic tests and replays.
class ManualClock final : public Clock {
public:
    explicit ManualClock(Timestamp start = 0) noexcept : m_now(start) {}
    Timestamp now() noexcept override { return m_now; }
    void set(Timestamp t) noexcept { m_now = t; }
    void advance(Timestamp by) noexcept { m_now += by; }

private:
    Timestamp m_now;
};

}  // namespace ordo
