#pragma once

// The order lifecycle: one transition table, consulted for every event that
// could change an order's status. Pure function of (status, event); the
// engine resolves the data-dependent targets (fills, restores).

#include "domain/order.h"

namespace ordo {

enum class LifecycleEvent : std::uint8_t {
    ValidationPassed,
    ValidationFailed,
    RiskPassed,
    RiskRejected,
    RiskHeld,  // a soft limit holds the order for a supervisor's decision
    VenueAck,
    VenueReject,
    Fill,
    CancelRequested,
    CancelAcked,
    CancelRejected,
    ReplaceRequested,
    ReplaceAcked,
    ReplaceRejected,
    VenueCancelled,  // unsolicited: IOC remainder, venue-side cancel, mass cancel
    Expired,
    Suspended,
    Resumed,
    TradeCorrected,  // the venue busted or corrected a fill: reopened by the filled quantity
};
inline constexpr int kLifecycleEventCount = 19;

std::string_view toString(LifecycleEvent) noexcept;

// Where an event takes an order.
enum class TargetKind : std::uint8_t {
    Refuse,   // impossible in this status: refused, the order is unchanged
    To,       // a fixed status
    ByFill,   // Filled if nothing is left; otherwise PartiallyFilled, or stays pending
    Restore,  // back to the status before the pending cancel/replace
    Working,  // Accepted or PartiallyFilled, by the filled quantity
    Stay,     // allowed, status unchanged (an ack overtaken by our cancel)
};

struct Transition {
    TargetKind kind = TargetKind::Refuse;
    OrderStatus to = OrderStatus::New;  // meaningful for To only
};

Transition lookupTransition(OrderStatus from, LifecycleEvent event) noexcept;

// Whether the table lets event happen to an order in status: what a user may
// ask for now (a cancel, a replace), in the same words the engine decides by.
inline bool allows(OrderStatus status, LifecycleEvent event) noexcept
{
    return lookupTransition(status, event).kind != TargetKind::Refuse;
}

// Resolves a transition against the order's data. fillQty is the quantity of
// the fill being applied (ByFill only); the result is the status after it.
OrderStatus resolveTransition(const Order& order, Transition t, Qty fillQty = 0) noexcept;

}  // namespace ordo
