#pragma once

// The audit trail: every lifecycle transition the engine applied and every
// event it refused, in order. Engine thread only; copied out for review.

#include "domain/reason.h"
#include "oms/lifecycle.h"

#include <vector>

namespace ordo {

struct AuditEntry {
    Timestamp time = 0;
    OrderId orderId = kNoOrder;
    NameId actor = kNoName;  // the user behind a command; kNoName for venue events
    LifecycleEvent cause = LifecycleEvent::ValidationPassed;
    OrderStatus before = OrderStatus::New;
    OrderStatus after = OrderStatus::New;
    ReasonCode refused = ReasonCode::None;  // None: applied; otherwise refused and nothing changed

    bool applied() const noexcept { return refused == ReasonCode::None; }
    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

enum class Severity : std::uint8_t { Info, Warning, Critical };

// Something a person must see: a refused venue event, a failed cancel, a
// rejected command. user names who caused it (kNoName: everybody).
struct Alert {
    Timestamp time = 0;
    Severity severity = Severity::Warning;
    ReasonCode code = ReasonCode::None;
    OrderId orderId = kNoOrder;
    NameId user = kNoName;
    std::string text;
};

}  // namespace ordo
