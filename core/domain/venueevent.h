#pragma once

// What a venue tells the engine about one order, decoded from FIX (or made by
// a fake venue). A plain value: built on the adapter's thread, moved to the
// engine thread, checked there against the lifecycle table.

#include "domain/types.h"

#include <string>

namespace ordo {

enum class VenueEventType : std::uint8_t {
    Ack,              // ExecType New
    Reject,           // ExecType Rejected
    Fill,             // ExecType Trade (partial or full: the engine decides)
    Cancelled,        // ExecType Canceled, answer to our cancel
    Replaced,         // ExecType Replaced
    CancelRejected,   // OrderCancelReject to a cancel
    ReplaceRejected,  // OrderCancelReject to a cancel/replace
    Expired,          // ExecType Expired
    Suspended,        // ExecType Suspended
    Resumed,          // ExecType Restated/New after a halt
    DoneForDay,       // unsolicited cancel by the venue (IOC rest, DAY close, venue mass cancel)
};

struct VenueEvent {
    VenueEventType type = VenueEventType::Ack;
    std::string clOrdId;      // ClOrdID (11) the venue answers
    std::string venue;
    std::string execId;       // fills: ExecID (17), unique per venue
    Qty lastQty = 0;          // fills
    Price lastPrice = 0;      // fills
    Liquidity liquidity = Liquidity::Unknown;
    Money fee = 0;
    std::string text;         // venue's reason, if any
    Timestamp venueTime = 0;  // TransactTime as the venue stamped it
};

std::string_view toString(VenueEventType) noexcept;

}  // namespace ordo
