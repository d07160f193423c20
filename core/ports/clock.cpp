#include "ports/clock.h"

#include <chrono>

namespace ordo {

Timestamp SystemClock::now() noexcept
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace ordo
