#include "oms/lifecycle.h"

#include <array>

namespace ordo {
namespace {

using S = OrderStatus;
using E = LifecycleEvent;

constexpr Transition to(S s) { return {TargetKind::To, s}; }
constexpr Transition byFill() { return {TargetKind::ByFill, S::New}; }
constexpr Transition restore() { return {TargetKind::Restore, S::New}; }
constexpr Transition working() { return {TargetKind::Working, S::New}; }
constexpr Transition stay() { return {TargetKind::Stay, S::New}; }

using Table = std::array<std::array<Transition, kLifecycleEventCount>, kOrderStatusCount>;

constexpr void set(Table& t, S s, E e, Transition tr)
{
    t[static_cast<int>(s)][static_cast<int>(e)] = tr;
}

constexpr Table buildTable()
{
    Table t{};  // everything not listed is refused

    set(t, S::New, E::ValidationPassed, to(S::PendingRisk));
    set(t, S::New, E::ValidationFailed, to(S::Rejected));

    set(t, S::PendingRisk, E::RiskPassed, to(S::PendingNew));
    set(t, S::PendingRisk, E::RiskRejected, to(S::Rejected));
    set(t, S::PendingRisk, E::RiskHeld, stay());

    // Routed, not yet acknowledged. A venue may fill before it acks (the fill
    // implies the ack) and FIX lets us cancel before the ack arrives.
    set(t, S::PendingNew, E::VenueAck, to(S::Accepted));
    set(t, S::PendingNew, E::VenueReject, to(S::Rejected));
    set(t, S::PendingNew, E::Fill, byFill());
    set(t, S::PendingNew, E::CancelRequested, to(S::PendingCancel));
    set(t, S::PendingNew, E::VenueCancelled, to(S::Cancelled));
    set(t, S::PendingNew, E::Expired, to(S::Expired));

    for (S s : {S::Accepted, S::PartiallyFilled}) {
        set(t, s, E::Fill, byFill());
        set(t, s, E::CancelRequested, to(S::PendingCancel));
        set(t, s, E::ReplaceRequested, to(S::PendingReplace));
        set(t, s, E::VenueCancelled, to(S::Cancelled));
        set(t, s, E::Expired, to(S::Expired));
        set(t, s, E::Suspended, to(S::Suspended));
    }

    // Fills race cancels: the venue may trade the order before it sees ours.
    set(t, S::PendingCancel, E::Fill, byFill());
    set(t, S::PendingCancel, E::CancelAcked, to(S::Cancelled));
    set(t, S::PendingCancel, E::CancelRejected, restore());
    set(t, S::PendingCancel, E::VenueCancelled, to(S::Cancelled));
    set(t, S::PendingCancel, E::Expired, to(S::Expired));
    set(t, S::PendingCancel, E::VenueAck, stay());
    set(t, S::PendingCancel, E::VenueReject, to(S::Rejected));

    set(t, S::PendingReplace, E::Fill, byFill());
    set(t, S::PendingReplace, E::ReplaceAcked, working());
    set(t, S::PendingReplace, E::ReplaceRejected, restore());
    set(t, S::PendingReplace, E::VenueCancelled, to(S::Cancelled));
    set(t, S::PendingReplace, E::Expired, to(S::Expired));
    set(t, S::PendingReplace, E::VenueAck, stay());

    // A halted book does not trade, but the order may still be cancelled.
    set(t, S::Suspended, E::Resumed, working());
    set(t, S::Suspended, E::CancelRequested, to(S::PendingCancel));
    set(t, S::Suspended, E::VenueCancelled, to(S::Cancelled));
    set(t, S::Suspended, E::Expired, to(S::Expired));

    // A busted or corrected fill changes what was filled. A working or filled
    // order is working again by what is left (a venue that considers it done
    // says so, and that is applied next); pending and done orders keep their
    // status with the new quantities.
    set(t, S::PartiallyFilled, E::TradeCorrected, working());
    set(t, S::Filled, E::TradeCorrected, working());
    for (S s : {S::PendingCancel, S::PendingReplace, S::Suspended, S::Cancelled, S::Expired})
        set(t, s, E::TradeCorrected, stay());

    return t;
}

constexpr Table kTable = buildTable();

}  // namespace

Transition lookupTransition(OrderStatus from, LifecycleEvent event) noexcept
{
    const auto s = static_cast<unsigned>(from);
    const auto e = static_cast<unsigned>(event);
    if (s >= kOrderStatusCount || e >= kLifecycleEventCount)
        return {};
    return kTable[s][e];
}

OrderStatus resolveTransition(const Order& order, Transition t, Qty fillQty) noexcept
{
    switch (t.kind) {
    case TargetKind::Refuse:
    case TargetKind::Stay:
        return order.status;
    case TargetKind::To:
        return t.to;
    case TargetKind::ByFill:
        if (order.cumQty + fillQty >= order.quantity)
            return OrderStatus::Filled;
        if (order.status == OrderStatus::PendingCancel || order.status == OrderStatus::PendingReplace)
            return order.status;
        return OrderStatus::PartiallyFilled;
    case TargetKind::Restore:
        // A fill that arrived while the request was pending counts: an order
        // with quantity filled is neither Accepted nor waiting for its ack.
        if (order.cumQty > 0
            && (order.statusBeforePending == OrderStatus::Accepted
                || order.statusBeforePending == OrderStatus::PendingNew))
            return OrderStatus::PartiallyFilled;
        return order.statusBeforePending;
    case TargetKind::Working:
        if (order.cumQty >= order.quantity)
            return OrderStatus::Filled;
        return order.cumQty > 0 ? OrderStatus::PartiallyFilled : OrderStatus::Accepted;
    }
    return order.status;
}

std::string_view toString(LifecycleEvent v) noexcept
{
    switch (v) {
    case E::ValidationPassed: return "ValidationPassed";
    case E::ValidationFailed: return "ValidationFailed";
    case E::RiskPassed: return "RiskPassed";
    case E::RiskRejected: return "RiskRejected";
    case E::RiskHeld: return "RiskHeld";
    case E::VenueAck: return "VenueAck";
    case E::VenueReject: return "VenueReject";
    case E::Fill: return "Fill";
    case E::CancelRequested: return "CancelRequested";
    case E::CancelAcked: return "CancelAcked";
    case E::CancelRejected: return "CancelRejected";
    case E::ReplaceRequested: return "ReplaceRequested";
    case E::ReplaceAcked: return "ReplaceAcked";
    case E::ReplaceRejected: return "ReplaceRejected";
    case E::VenueCancelled: return "VenueCancelled";
    case E::Expired: return "Expired";
    case E::Suspended: return "Suspended";
    case E::TradeCorrected: return "TradeCorrected";
    case E::Resumed: return "Resumed";
    }
    return "?";
}

}  // namespace ordo
