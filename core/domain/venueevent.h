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
    // Added after the first journals: numbers above never change meaning.
    Status,             // ExecType OrderStatus: the venue's account of an order (status or mass status answer)
    TradeCancelled,     // ExecType TradeCancel: the fill execRefId never happened
    TradeCorrected,     // ExecType TradeCorrect: the fill execRefId now is lastQty at lastPrice
    StatusUnsupported,  // the venue refused our OrderMassStatusRequest: ask order by order
};
inline constexpr int kVenueEventTypeCount = 15;

// OrdStatus (39) as the venue states it in a status report or correction.
enum class VenueOrderState : std::uint8_t {
    Unstated,  // the report did not say
    Live,      // New, PartiallyFilled, PendingNew/Cancel/Replace, Suspended: the venue may still fill it
    Filled,
    Done,      // Canceled, DoneForDay, Expired, Replaced (by a newer ClOrdID): will not fill any more
    Rejected,  // rejected, or (in a status answer) an order the venue does not know
};
inline constexpr int kVenueOrderStateCount = 5;

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

    // Status reports and trade corrections: the venue's account of the order.
    std::string execRefId;          // TradeCancelled/TradeCorrected: the fill it changes (ExecRefID 19)
    VenueOrderState venueState = VenueOrderState::Unstated;
    Qty cumQty = -1;                // CumQty (14); -1: not stated
    Price avgPrice = 0;             // AvgPx (6)
    std::string symbol;             // Status: what the venue says the order is (orders we do not know)
    Side side = Side::Buy;
    Qty orderQty = 0;
    Price limitPrice = 0;
    // Status: which request it answers (MassStatusReqID 584 or OrdStatusReqID
    // 790), and whether the venue says it is the last (LastRptRequested 912)
    // of how many (TotNumReports 911; -1: not stated).
    std::string requestId;
    std::int32_t totalReports = -1;
    bool lastReport = false;
};

std::string_view toString(VenueEventType) noexcept;
std::string_view toString(VenueOrderState) noexcept;

}  // namespace ordo
