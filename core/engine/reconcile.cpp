// Reconciliation with venues after a restart or reconnect, and the venue's
// own corrections of fills (TradeCancel, TradeCorrect). A venue's status
// report is authoritative for what it holds: fills we missed are booked,
// orders it has closed are closed here; what cannot be put right
// automatically is reported for a person to check.

#include "engine/engine.h"

#include "domain/format.h"
#include "journal/bytes.h"
#include "journal/records.h"

#include <algorithm>

namespace ordo {
namespace {

// New orders to a venue wait while any of its reports with differences is
// unread: the clean report of a later reconnect does not acknowledge it.
void holdForUnread(const std::vector<ReconciliationReport>& reports, std::unordered_map<NameId, std::uint32_t>& held,
                   NameId venue)
{
    for (std::size_t i = reports.size(); i-- > 0;)
        if (reports[i].venue == venue && reports[i].phase == ReconciliationPhase::AwaitingAck) {
            held[venue] = static_cast<std::uint32_t>(i);
            return;
        }
    held.erase(venue);
}

}  // namespace

std::string_view toString(ReconciliationPhase v) noexcept
{
    switch (v) {
    case ReconciliationPhase::MassStatus: return "MassStatus";
    case ReconciliationPhase::PerOrder: return "PerOrder";
    case ReconciliationPhase::AwaitingAck: return "AwaitingAck";
    case ReconciliationPhase::Released: return "Released";
    }
    return "?";
}

std::string_view toString(ReconciliationFinding v) noexcept
{
    switch (v) {
    case ReconciliationFinding::UnknownToUs: return "UnknownToUs";
    case ReconciliationFinding::MissedFill: return "MissedFill";
    case ReconciliationFinding::ClosedAtVenue: return "ClosedAtVenue";
    case ReconciliationFinding::UnknownToVenue: return "UnknownToVenue";
    case ReconciliationFinding::NoAnswer: return "NoAnswer";
    case ReconciliationFinding::FillMismatch: return "FillMismatch";
    }
    return "?";
}

// ---------------------------------------------------------------------------
// Commands and timer inputs

void Engine::beginReconciliation(std::string_view venue, const ReconciliationOptions& options)
{
    beginInput(static_cast<std::uint8_t>(RecordType::ReconcileBegin));
    ByteWriter w = recordWriter();
    w.str(venue);
    w.u8(options.massStatus ? 1 : 0);
    w.u8(options.acknowledgeClean ? 1 : 0);
    doBeginReconciliation(venue, options);
    endInput();
}

void Engine::reconciliationTimeout(std::string_view venue)
{
    beginInput(static_cast<std::uint8_t>(RecordType::ReconcileTimeout));
    ByteWriter w = recordWriter();
    w.str(venue);
    doReconciliationTimeout(venue);
    endInput();
}

Reason Engine::acknowledgeReconciliation(const Actor& a, std::uint32_t number)
{
    beginInput(static_cast<std::uint8_t>(RecordType::ReconcileAck));
    journalActor(a);
    ByteWriter w = recordWriter();
    w.u32(number);
    Reason r = doAcknowledgeReconciliation(a, number);
    endInput();
    return r;
}

const ReconciliationReport* Engine::reconciliationHolding(std::string_view venue) const noexcept
{
    const NameId v = m_names.find(venue);
    auto it = m_venueHeld.find(v);
    return v == kNoName || it == m_venueHeld.end() ? nullptr : &m_reconciliations[it->second];
}

void Engine::doBeginReconciliation(std::string_view venue, const ReconciliationOptions& options)
{
    const NameId v = m_names.intern(venue);
    // A reconnect during a reconciliation starts it again: answers to the old
    // request may never come. What the old one found and did still needs a
    // person's eye (its corrections are applied, so the new report may well
    // be clean): with differences it waits for acknowledgement, else it is
    // released.
    if (auto old = m_reconciling.find(v); old != m_reconciling.end()) {
        ReconciliationReport& r = m_reconciliations[old->second.report];
        r.phase = r.clean() ? ReconciliationPhase::Released : ReconciliationPhase::AwaitingAck;
        r.finished = m_now;
        notifyReconciliation(r);
        m_reconciling.erase(old);
    }
    const auto index = static_cast<std::uint32_t>(m_reconciliations.size());
    ReconciliationReport& r = m_reconciliations.emplace_back();
    r.number = index + 1;
    r.venue = v;
    r.requestId = m_sessionPrefix + "-R" + std::to_string(r.number);
    r.started = m_now;
    r.perOrderOnly = !options.massStatus;
    ActiveReconciliation& active = m_reconciling[v];
    active = {};
    active.report = index;
    m_orders.forEach([&](const Order& o) {
        if (o.venue == v && isWorking(o.status))
            active.expected.push_back(o.id);
    });
    r.ordersChecked = static_cast<std::uint32_t>(active.expected.size());
    m_venueHeld[v] = index;
    active.acknowledgeClean = options.acknowledgeClean;
    if (options.massStatus) {
        r.phase = ReconciliationPhase::MassStatus;
        queue({Outbound::Kind::MassStatus, kNoOrder, 0, 0, index});
    } else {
        askPerOrder(r);
    }
    notifyReconciliation(r);
}

void Engine::doReconciliationTimeout(std::string_view venue)
{
    auto it = m_reconciling.find(m_names.find(venue));
    if (it == m_reconciling.end())
        return;
    ReconciliationReport& r = m_reconciliations[it->second.report];
    if (r.phase == ReconciliationPhase::MassStatus) {
        askPerOrder(r);
        return;
    }
    for (OrderId id : it->second.asked) {
        const Order* o = m_orders.find(id);
        if (!o || !isWorking(o->status))  // done meanwhile: nothing left to ask about
            continue;
        ReconciliationItem item;
        item.finding = ReconciliationFinding::NoAnswer;
        item.orderId = id;
        item.clOrdId = std::string(clOrdId(id, o->requestSeq).view());
        item.symbol = std::string(symbolOf(*o));
        item.side = o->side;
        item.ourCumQty = o->cumQty;
        item.text = "Order " + std::to_string(id) + " (" + item.clOrdId + "): " + std::string(m_names.name(r.venue))
                  + " did not answer a status request; it is left " + std::string(toString(o->status))
                  + " here: check it with the venue";
        r.items.push_back(std::move(item));
    }
    it->second.asked.clear();
    finishReconciliation(r);
}

Reason Engine::doAcknowledgeReconciliation(const Actor& a, std::uint32_t number)
{
    if (Reason p = permitted(a, Role::Trader, "acknowledge a reconciliation report"); !p.ok())
        return p;
    if (number == 0 || number > m_reconciliations.size())
        return {ReasonCode::NothingToChange, "There is no reconciliation report " + std::to_string(number)};
    ReconciliationReport& r = m_reconciliations[number - 1];
    if (r.phase != ReconciliationPhase::AwaitingAck) {
        std::string text = "Reconciliation report " + std::to_string(number) + " with "
                         + std::string(m_names.name(r.venue)) + " is "
                         + (r.phase == ReconciliationPhase::Released ? "already released" : "not finished yet");
        return {ReasonCode::NothingToChange, std::move(text)};
    }
    r.phase = ReconciliationPhase::Released;
    r.acknowledgedBy = a.user;
    r.acknowledgedAt = m_now;
    if (auto held = m_venueHeld.find(r.venue); held != m_venueHeld.end() && held->second == number - 1)
        holdForUnread(m_reconciliations, m_venueHeld, r.venue);
    const ReconciliationReport* still = reconciliationHolding(m_names.name(r.venue));
    raise(Severity::Info, ReasonCode::None, kNoOrder, kNoName,
          "Reconciliation report " + std::to_string(number) + " with " + std::string(m_names.name(r.venue))
              + " acknowledged by " + std::string(m_names.name(a.user))
              + (still ? "; new orders to it still wait for report " + std::to_string(still->number)
                       : "; new orders to it are accepted again"));
    notifyReconciliation(r);
    return {};
}

// ---------------------------------------------------------------------------
// Progress

void Engine::askPerOrder(ReconciliationReport& r)
{
    ActiveReconciliation& active = m_reconciling[r.venue];
    r.phase = ReconciliationPhase::PerOrder;
    active.asked.clear();
    for (OrderId id : active.expected) {
        const Order* o = m_orders.find(id);
        // Closed since (a report arrived, or the mass status spoke of it).
        if (!o || !isWorking(o->status))
            continue;
        active.asked.push_back(id);
        queue({Outbound::Kind::Status, id, o->requestSeq, 0, active.report});
    }
    if (active.asked.empty())
        finishReconciliation(r);
    else
        notifyReconciliation(r);
}

void Engine::finishReconciliation(ReconciliationReport& r)
{
    const auto active = m_reconciling.find(r.venue);
    const bool ackClean = active != m_reconciling.end() && active->second.acknowledgeClean;
    if (active != m_reconciling.end())
        m_reconciling.erase(active);
    r.finished = m_now;
    const std::string venue(m_names.name(r.venue));
    if (r.clean() && !ackClean) {
        r.phase = ReconciliationPhase::Released;
        holdForUnread(m_reconciliations, m_venueHeld, r.venue);
        raise(Severity::Info, ReasonCode::None, kNoOrder, kNoName,
              "Reconciliation with " + venue + ": " + countText(r.ordersChecked, "open order", "open orders")
                  + " checked, no differences");
    } else {
        r.phase = ReconciliationPhase::AwaitingAck;
        raise(r.clean() ? Severity::Info : Severity::Warning,
              r.clean() ? ReasonCode::VenueReconciling : ReasonCode::ReconciliationBreak, kNoOrder, kNoName,
              "Reconciliation with " + venue + ": " + countText(r.ordersChecked, "open order", "open orders")
                  + " checked, " + countText(r.items.size(), "difference", "differences")
                  + "; new orders to " + venue + " wait until a user acknowledges report "
                  + std::to_string(r.number));
    }
    notifyReconciliation(r);
}

void Engine::notifyReconciliation(const ReconciliationReport& r)
{
    if (m_listener && !m_replaying)
        m_listener->reconciliationChanged(r);
}

Reason Engine::checkVenueReleased(const Order& o) const
{
    auto it = m_venueHeld.find(o.venue);
    if (it == m_venueHeld.end())
        return {};
    const ReconciliationReport& r = m_reconciliations[it->second];
    const std::string venue(m_names.name(o.venue));
    if (r.phase == ReconciliationPhase::AwaitingAck)
        return {ReasonCode::VenueReconciling, "Venue " + venue + " has an unacknowledged reconciliation report ("
                                                  + std::to_string(r.number)
                                                  + "): new orders to it wait until a user acknowledges it"};
    return {ReasonCode::VenueReconciling,
            "Venue " + venue + " is reconciling our orders after a reconnect: new orders to it wait until that is done"};
}

void Engine::finding(ReconciliationReport* r, ReconciliationItem item)
{
    if (r) {
        r->items.push_back(std::move(item));
        return;
    }
    // An answer to a status request outside a reconciliation (ordo-cli, a
    // late report): the difference is still worth a person's eye.
    raise(Severity::Warning, ReasonCode::ReconciliationBreak, item.orderId, kNoName, std::move(item.text));
}

// ---------------------------------------------------------------------------
// Status reports

Reason Engine::doStatus(const VenueEvent& e)
{
    const NameId v = m_names.find(e.venue);
    auto active = m_reconciling.find(v);
    ReconciliationReport* report = active == m_reconciling.end() ? nullptr : &m_reconciliations[active->second.report];
    // An answer to an older request (sent before a reconnect, resent by the
    // session) says nothing about where this reconciliation stands; its
    // content is still the venue's word and is applied. A venue that does
    // not echo request ids is taken at its word.
    const bool forThisRequest = report && (e.requestId.empty() || e.requestId == report->requestId);
    if (forThisRequest)
        ++report->reportsReceived;

    OrderId id = kNoOrder;
    std::uint16_t version = 0;
    Order* o = nullptr;
    if (parseClOrdId(e.clOrdId, id, version))
        o = m_orders.find(id);
    if (o && o->venue != v)
        o = nullptr;

    // A report on an id the order has since left behind (a replace the venue
    // confirmed while we were apart) describes the old version: the order is
    // asked about again by its current id rather than closed.
    if (o && version < o->requestSeq) {
        if (report && isWorking(o->status)
            && std::find(active->second.asked.begin(), active->second.asked.end(), o->id) != active->second.asked.end())
            queue({Outbound::Kind::Status, o->id, o->requestSeq, 0, active->second.report});
        if (report)
            notifyReconciliation(*report);
        return {};
    }

    if (o) {
        applyStatus(*o, e, report);
        if (report) {
            std::erase(active->second.asked, o->id);
            std::erase(active->second.expected, o->id);
        }
    } else if (!e.clOrdId.empty() && e.venueState != VenueOrderState::Rejected
               && (e.venueState == VenueOrderState::Live || e.clOrdId.starts_with(m_sessionPrefix + "-"))) {
        // The venue holds an order we have no record of: working there, or
        // one of today's that our journal lost. Neither can be put right
        // here; both must be seen.
        const bool seen = report && std::find(active->second.reported.begin(), active->second.reported.end(),
                                              e.clOrdId) != active->second.reported.end();
        if (!seen) {
            if (report)
                active->second.reported.push_back(e.clOrdId);
            ReconciliationItem item;
            item.finding = ReconciliationFinding::UnknownToUs;
            item.clOrdId = e.clOrdId;
            item.symbol = e.symbol;
            item.side = e.side;
            item.venueCumQty = std::max<Qty>(e.cumQty, 0);
            item.text = e.venue + " holds order " + e.clOrdId + " (" + e.symbol + " " + std::string(toString(e.side))
                      + " " + std::to_string(e.orderQty) + ", " + std::to_string(item.venueCumQty) + " filled, "
                      + std::string(toString(e.venueState)) + ") that Ordo has no record of";
            finding(report, std::move(item));
        }
    }

    if (report) {
        ActiveReconciliation& a = active->second;
        const bool allHeard = report->phase == ReconciliationPhase::PerOrder && a.asked.empty();
        const bool venueDone = forThisRequest && report->phase == ReconciliationPhase::MassStatus
                            && (e.lastReport
                                || (e.totalReports >= 0
                                    && report->reportsReceived >= static_cast<std::uint32_t>(e.totalReports)));
        if (allHeard)
            finishReconciliation(*report);
        else if (venueDone)
            askPerOrder(*report);  // orders the mass status left out are asked for one by one
        else
            notifyReconciliation(*report);
    }
    return {};
}

void Engine::applyStatus(Order& o, const VenueEvent& e, ReconciliationReport* report)
{
    const std::string venue(m_names.name(o.venue));
    const std::string clOrd(clOrdId(o.id, o.requestSeq).view());
    auto item = [&](ReconciliationFinding f, std::string text) {
        ReconciliationItem i;
        i.finding = f;
        i.orderId = o.id;
        i.clOrdId = clOrd;
        i.symbol = std::string(symbolOf(o));
        i.side = o.side;
        i.ourCumQty = o.cumQty;
        i.venueCumQty = std::max<Qty>(e.cumQty, 0);
        i.text = "Order " + std::to_string(o.id) + " (" + clOrd + ", " + i.symbol + "): " + std::move(text);
        return i;
    };

    // Fills first: a venue that filled the order and then closed it must see
    // the fill booked before the close.
    if (e.cumQty > o.cumQty) {
        const Qty missed = e.cumQty - o.cumQty;
        // The missed fills' price is what makes the venue's average come
        // out: (venue notional - ours) / missed quantity.
        const Money venueNotional = notional(e.avgPrice, e.cumQty);
        Price price = static_cast<Price>((venueNotional - o.cumNotional) / missed);
        if (price <= 0)
            price = e.avgPrice;
        ReconciliationItem i = item(ReconciliationFinding::MissedFill, "");
        VenueEvent fill;
        fill.type = VenueEventType::Fill;
        fill.clOrdId = e.clOrdId;
        fill.venue = e.venue;
        fill.execId = "RECON-" + e.clOrdId + "-" + std::to_string(e.cumQty);
        fill.lastQty = missed;
        fill.lastPrice = price;
        fill.text = "booked by reconciliation";
        const Reason booked = doVenueEvent(fill);
        i.text += venue + " reports " + std::to_string(e.cumQty) + " filled at average " + formatPrice(e.avgPrice)
                + ", Ordo had " + std::to_string(i.ourCumQty) + "; "
                + (booked.ok() ? "booked " + std::to_string(missed) + " at " + formatPrice(price)
                               : "not booked (" + booked.text + "): check by hand");
        finding(report, std::move(i));
    } else if (e.cumQty >= 0 && e.cumQty < o.cumQty) {
        finding(report, item(ReconciliationFinding::FillMismatch,
                             venue + " reports " + std::to_string(e.cumQty) + " filled, Ordo has "
                                 + std::to_string(o.cumQty) + "; nothing changed: check the executions with the venue"));
    }

    if (!isWorking(o.status)) {
        if (e.venueState == VenueOrderState::Live)
            finding(report, item(ReconciliationFinding::UnknownToUs,
                                 venue + " has it working; Ordo has it " + std::string(toString(o.status))
                                     + ": cancel it at the venue"));
        return;
    }
    // Filled at the venue with nothing more to book (a fill we missed was
    // booked above and closed it): an order still open here is closed too.
    const bool filledThere = e.venueState == VenueOrderState::Filled && o.cumQty < o.quantity;
    if (e.venueState == VenueOrderState::Done || e.venueState == VenueOrderState::Rejected || filledThere) {
        const bool unknown = e.venueState == VenueOrderState::Rejected;
        const std::string before(toString(o.status));
        VenueEvent close;
        close.clOrdId = e.clOrdId;
        close.venue = e.venue;
        close.type = unknown && o.status == OrderStatus::PendingNew ? VenueEventType::Reject : VenueEventType::DoneForDay;
        close.text = unknown ? "Closed by reconciliation: " + venue + " does not know this order"
                             : "Closed by reconciliation: " + venue + " has it done";
        if (!e.text.empty())
            close.text += " (" + e.text + ")";
        doVenueEvent(close);
        finding(report, item(unknown ? ReconciliationFinding::UnknownToVenue : ReconciliationFinding::ClosedAtVenue,
                             "Ordo had it " + before + "; " + venue
                                 + (unknown ? " does not know it" : " has it done") + ": now "
                                 + std::string(toString(o.status))));
    }
}

// ---------------------------------------------------------------------------
// Trade corrections

Reason Engine::doTradeCorrection(Order& o, const VenueEvent& e)
{
    const bool bust = e.type == VenueEventType::TradeCancelled;
    Execution* x = nullptr;
    for (auto it = m_executions.rbegin(); it != m_executions.rend(); ++it)
        if (it->orderId == o.id && it->execId == e.execRefId) {
            x = &*it;
            break;
        }
    const LifecycleEvent ev = LifecycleEvent::TradeCorrected;
    if (!x || x->state == Execution::State::Busted) {
        std::string text = std::string(bust ? "Trade cancel" : "Trade correction") + " from "
                         + std::string(m_names.name(o.venue)) + " for execution '" + e.execRefId + "' of order "
                         + std::to_string(o.id) + " refused: "
                         + (x ? "that execution is already busted" : "no such execution");
        refuse(&o, ev, ReasonCode::UnknownOrder, text);
        return {ReasonCode::UnknownOrder, std::move(text)};
    }
    const Qty newQty = bust ? 0 : e.lastQty;
    const Price newPrice = bust ? x->price : e.lastPrice;
    if (!bust && (newQty <= 0 || newPrice <= 0)) {
        std::string text = "Trade correction of execution " + e.execRefId + " for order " + std::to_string(o.id)
                         + " refused: quantity " + std::to_string(newQty) + " at " + formatPrice(newPrice);
        refuse(&o, ev, newQty <= 0 ? ReasonCode::InvalidQuantity : ReasonCode::InvalidPrice, text);
        return {ReasonCode::InvalidQuantity, std::move(text)};
    }
    if (lookupTransition(o.status, ev).kind == TargetKind::Refuse) {
        std::string text = "Trade correction of execution " + e.execRefId + " refused: order "
                         + std::to_string(o.id) + " is " + std::string(toString(o.status));
        refuse(&o, ev, ReasonCode::ImpossibleTransition, text);
        return {ReasonCode::ImpossibleTransition, std::move(text)};
    }
    const Qty newCum = o.cumQty - x->quantity + newQty;
    if (newCum > o.quantity) {
        std::string text = "Trade correction of execution " + e.execRefId + " refused: order "
                         + std::to_string(o.id) + " would be overfilled (" + std::to_string(newCum) + " of "
                         + std::to_string(o.quantity) + ")";
        refuse(&o, ev, ReasonCode::Overfill, text);
        return {ReasonCode::Overfill, std::move(text)};
    }

    const Qty oldQty = x->quantity;
    const Price oldPrice = x->price;
    // The working quantity follows the filled quantity while the status stays;
    // the transition then moves what is left between working and not.
    if (isWorking(o.status))
        adjustWorking(o, oldQty - newQty);
    o.cumQty = newCum;
    o.cumNotional += notional(newPrice, newQty) - notional(oldPrice, oldQty);
    if (bust)
        o.fees -= x->fees;

    x->quantity = newQty;
    x->price = newPrice;
    const Money oldFees = x->fees;
    if (bust)
        x->fees = 0;
    x->state = bust ? Execution::State::Busted : Execution::State::Corrected;

    // The position is rebuilt from the fills that still stand, so its
    // average cost and realized P&L are what they would have been. Risk's
    // running figures take the old fill out and the new one in at their own
    // prices: exact in quantity and notional, close in realized P&L.
    const Price mark = m_positions.find(o.account, o.instrument) ? m_positions.find(o.account, o.instrument)->markPrice : 0;
    m_positions.resetFills(o.account, o.instrument);
    for (const Execution& f : m_executions)
        if (f.account == o.account && f.instrument == o.instrument && f.quantity > 0)
            m_positions.applyFill(f.account, f.instrument, sideSign(f.side) * f.quantity, f.price, f.fees);
    if (mark > 0)
        m_positions.at(o.account, o.instrument).markPrice = mark;
    m_risk.fill(o, -oldQty, oldPrice, bust ? -oldFees : 0, m_riskEvents);
    if (newQty > 0)
        m_risk.fill(o, newQty, newPrice, 0, m_riskEvents);
    handleRiskEvents();
    const OrderStatus before = o.status;
    transition(o, ev, kNoName);  // a reopened order's working quantity comes back through setStatus
    const std::string venue(m_names.name(o.venue));
    raise(Severity::Warning, bust ? ReasonCode::TradeBusted : ReasonCode::TradeCorrected, o.id, o.trader,
          venue + (bust ? " busted execution " : " corrected execution ") + e.execRefId + " of order "
              + std::to_string(o.id) + ": " + std::to_string(oldQty) + " at " + formatPrice(oldPrice)
              + (bust ? " cancelled" : " is now " + std::to_string(newQty) + " at " + formatPrice(newPrice))
              + "; order " + std::string(toString(before)) + " -> " + std::string(toString(o.status)));
    if (m_listener && !m_replaying) {
        m_listener->executionAdded(*x);
        if (const Position* p = m_positions.find(o.account, o.instrument))
            m_listener->positionChanged(*p);
    }
    // Reopened behind a kill switch: it is cancelled like every other order in scope.
    if (isTerminal(before) && isWorking(o.status))
        enforceControls(o);
    // A venue that considers the order done says so with the correction.
    if (isWorking(o.status) && (e.venueState == VenueOrderState::Done || e.venueState == VenueOrderState::Filled)
        && o.cumQty < o.quantity) {
        VenueEvent close;
        close.type = VenueEventType::DoneForDay;
        close.clOrdId = e.clOrdId;
        close.venue = e.venue;
        close.text = venue + " has the order done after the correction";
        doVenueEvent(close);
    }
    return {};
}

}  // namespace ordo
