#pragma once

// Reconciliation with a venue after a restart or reconnect: what the venue
// says about our orders set against what we hold, and what was done about
// each difference. New orders to the venue wait until the report is released:
// at once when nothing differed, else when a user acknowledges it (a desk may
// ask for every report to be acknowledged; see Engine::setReconciliationPolicy).

#include "domain/types.h"

#include <string>
#include <vector>

namespace ordo {

enum class ReconciliationPhase : std::uint8_t {
    MassStatus,  // OrderMassStatusRequest sent; status reports coming in
    PerOrder,    // OrderStatusRequest per open order the venue has not yet spoken of
    AwaitingAck, // done, differences found: new orders wait for a user
    Released,    // done and released (acknowledged, or nothing to acknowledge)
};
inline constexpr int kReconciliationPhaseCount = 4;

enum class ReconciliationFinding : std::uint8_t {
    UnknownToUs,     // the venue holds an order we have no record of
    MissedFill,      // the venue filled more than we knew; the difference was booked
    ClosedAtVenue,   // we thought it live; the venue has it done (cancelled, expired, filled): applied
    UnknownToVenue,  // we thought it live; the venue does not know it: closed (rejected if never acknowledged)
    NoAnswer,        // the venue never answered for it: left as it was, check by hand
    FillMismatch,    // the venue reports less filled than we booked: nothing changed, check by hand
};
inline constexpr int kReconciliationFindingCount = 6;

struct ReconciliationItem {
    ReconciliationFinding finding = ReconciliationFinding::UnknownToUs;
    OrderId orderId = kNoOrder;  // kNoOrder for UnknownToUs
    std::string clOrdId;
    std::string symbol;
    Side side = Side::Buy;
    Qty ourCumQty = 0;
    Qty venueCumQty = 0;
    std::string text;  // one sentence for the report
};

struct ReconciliationReport {
    std::uint32_t number = 0;  // 1, 2, ... in this journal
    NameId venue = kNoName;
    std::string requestId;
    ReconciliationPhase phase = ReconciliationPhase::MassStatus;
    Timestamp started = 0;
    Timestamp finished = 0;
    std::uint32_t ordersChecked = 0;    // our open orders at the venue when it began
    std::uint32_t reportsReceived = 0;  // status reports the venue sent for it
    bool perOrderOnly = false;          // the venue offers no mass status
    std::vector<ReconciliationItem> items;
    NameId acknowledgedBy = kNoName;
    Timestamp acknowledgedAt = 0;

    bool clean() const noexcept { return items.empty(); }
    bool blocksTrading() const noexcept { return phase != ReconciliationPhase::Released; }
};

std::string_view toString(ReconciliationPhase) noexcept;
std::string_view toString(ReconciliationFinding) noexcept;

}  // namespace ordo
