#include "engine/engine.h"

#include "domain/format.h"
#include "journal/bytes.h"
#include "journal/records.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace ordo {
namespace {

constexpr int kMaxCancelAttempts = 3;
constexpr std::string_view kFlattenStrategy = "FLATTEN";

std::string describe(std::string_view what, std::string_view detail)
{
    std::string s(what);
    s += ": ";
    s += detail;
    return s;
}

bool isMultiple(std::int64_t value, std::int64_t step) noexcept
{
    return step <= 0 || value % step == 0;
}

}  // namespace

Engine::Engine(Clock& clock, VenueGateway& gateway, Journal* journal)
    : m_clock(clock)
    , m_gateway(gateway)
    , m_journal(journal)
    , m_risk(m_names)
{
    m_instruments.emplace_back();
    m_record.reserve(512);
    m_outbox.reserve(64);
}

void Engine::reserve(std::size_t orders)
{
    // A typical order leaves five audit entries (validated, risk passed,
    // acknowledged, two fills) and two executions.
    m_orders.reserve(orders);
    m_audit.reserve(orders * 6);
    m_executions.reserve(orders * 2);
    m_execIds.reserve(orders * 2);
}

// ---------------------------------------------------------------------------
// Input framing: every input stamps the time once, is journaled first, and
// (outside a batch) is committed and released when it is done.

void Engine::beginInput(std::uint8_t recordType)
{
    m_now = m_clock.now();
    advanceTime();
    m_record.clear();
    ByteWriter w = recordWriter();
    w.u8(recordType);
    w.i64(m_now);
}

void Engine::endInput()
{
    if (m_journal) {
        m_journal->append(m_record);
        // Decisions are outputs, journaled after the command that caused them
        // so that a replay can prove it reached the same verdicts.
        for (const Decision& d : m_newDecisions) {
            m_record.clear();
            ByteWriter w = recordWriter();
            w.u8(static_cast<std::uint8_t>(RecordType::Decision));
            w.i64(m_now);
            w.u32(d.id);
            w.u8(static_cast<std::uint8_t>(d.event));
            w.u16(static_cast<std::uint16_t>(d.code));
            m_journal->append(m_record);
        }
        m_newDecisions.clear();
        m_uncommitted = true;
    }
    if (m_batchDepth == 0)
        flush();
}

void Engine::endBatch()
{
    if (m_batchDepth > 0 && --m_batchDepth == 0)
        flush();
}

void Engine::retryPending()
{
    if (m_batchDepth == 0 && hasPending())
        flush();
}

void Engine::flush()
{
    if (m_journal && m_uncommitted) {
        Reason r = m_journal->commit();
        if (!r.ok()) {
            // Write-ahead: nothing goes to a venue that the journal may have
            // lost. The messages wait for the next successful commit.
            ++m_counters.journalFailures;
            // Said once per outage: retries run on a timer and must not flood.
            if (!m_journalFailing)
                raise(Severity::Critical, r.code, kNoOrder, kNoName,
                      describe("Journal commit failed; orders are held until it succeeds", r.text));
            m_journalFailing = true;
            return;
        }
        if (m_journalFailing) {
            m_journalFailing = false;
            raise(Severity::Warning, ReasonCode::None, kNoOrder, kNoName,
                  "Journal commit succeeded again; held orders are being sent");
        }
        m_uncommitted = false;
    }
    // Copy out first: a gateway is allowed to be slow, never re-entrant, but
    // keep the loop safe against a send that queues more work.
    for (std::size_t i = 0; i < m_outbox.size(); ++i) {
        const Outbound out = m_outbox[i];
        if (out.kind == Outbound::Kind::MassStatus) {
            const ReconciliationReport& r = m_reconciliations[out.reconciliation];
            m_gateway.sendMassStatusRequest(m_names.name(r.venue), r.requestId);
            continue;
        }
        const Order* o = m_orders.find(out.id);
        if (!o)
            continue;
        const ClOrdIdBuffer id = clOrdId(out.id, out.version);
        const ClOrdIdBuffer orig = clOrdId(out.id, out.origVersion);
        OutboundOrder msg{*o,
                          id.view(),
                          out.kind == Outbound::Kind::New ? std::string_view() : orig.view(),
                          symbolOf(*o),
                          m_names.name(o->venue),
                          m_names.name(o->account),
                          out.kind == Outbound::Kind::Replace ? &o->pendingAmendment : nullptr,
                          locateOf(o->id)};
        switch (out.kind) {
        case Outbound::Kind::New: m_gateway.sendNewOrder(msg); break;
        case Outbound::Kind::Cancel: m_gateway.sendCancel(msg); break;
        case Outbound::Kind::Replace: m_gateway.sendReplace(msg); break;
        case Outbound::Kind::Status:
            m_gateway.sendStatusRequest(msg, m_reconciliations[out.reconciliation].requestId);
            break;
        case Outbound::Kind::MassStatus: break;  // sent above
        }
    }
    m_outbox.clear();
}

ByteWriter Engine::recordWriter()
{
    return m_journal && !m_replaying ? ByteWriter(m_record) : ByteWriter::discarding();
}

void Engine::journalActor(const Actor& a)
{
    ByteWriter w = recordWriter();
    w.str(m_names.name(a.user));
    w.u8(static_cast<std::uint8_t>(a.role));
}

// ---------------------------------------------------------------------------
// Session and reference data

void Engine::startSession(std::string_view prefix)
{
    beginInput(static_cast<std::uint8_t>(RecordType::SessionStart));
    recordWriter().str(prefix);
    m_sessionPrefix = prefix;
    endInput();
}

void Engine::defineInstrument(const Instrument& inst)
{
    if (InstrumentId id = findInstrument(inst.symbol)) {
        const Instrument& cur = m_instruments[id];
        if (cur.tickSize == inst.tickSize && cur.lotSize == inst.lotSize && cur.currency == inst.currency
            && cur.hours.openMinute == inst.hours.openMinute && cur.hours.closeMinute == inst.hours.closeMinute)
            return;
    }
    beginInput(static_cast<std::uint8_t>(RecordType::DefineInstrument));
    ByteWriter w = recordWriter();
    w.str(inst.symbol);
    w.i64(inst.tickSize);
    w.i64(inst.lotSize);
    w.str(inst.currency);
    w.u32(static_cast<std::uint32_t>(inst.hours.openMinute));
    w.u32(static_cast<std::uint32_t>(inst.hours.closeMinute));
    doDefineInstrument(inst);
    endInput();
}

void Engine::doDefineInstrument(const Instrument& inst)
{
    const NameId sym = m_names.intern(inst.symbol);
    auto [it, inserted] = m_instrumentBySymbol.try_emplace(sym, static_cast<InstrumentId>(m_instruments.size()));
    if (inserted)
        m_instruments.push_back(inst);
    else
        m_instruments[it->second] = inst;
    m_risk.setInstrumentCount(m_instruments.size() - 1);
    m_risk.setTradingHours(it->second, inst.hours);
}

void Engine::setDefaultVenue(std::string_view venue)
{
    if (m_names.find(venue) == m_defaultVenue && m_defaultVenue != kNoName)
        return;
    beginInput(static_cast<std::uint8_t>(RecordType::DefaultVenue));
    recordWriter().str(venue);
    m_defaultVenue = m_names.intern(venue);
    endInput();
}

Actor Engine::actor(std::string_view user, Role role)
{
    return Actor{m_names.intern(user), role};
}

InstrumentId Engine::findInstrument(std::string_view symbol) const noexcept
{
    const NameId sym = m_names.find(symbol);
    if (!sym)
        return 0;
    auto it = m_instrumentBySymbol.find(sym);
    return it == m_instrumentBySymbol.end() ? 0 : it->second;
}

std::string_view Engine::symbolOf(const Order& o) const noexcept
{
    const Instrument* inst = instrument(o.instrument);
    return inst ? std::string_view(inst->symbol) : std::string_view();
}

std::string_view Engine::orderText(OrderId id) const noexcept
{
    auto it = m_orderText.find(id);
    return it == m_orderText.end() ? std::string_view() : std::string_view(it->second);
}

ClOrdIdBuffer Engine::clOrdId(OrderId id, std::uint16_t version) const noexcept
{
    ClOrdIdBuffer b;
    char* p = b.chars.data();
    char* end = p + b.chars.size();
    const std::size_t n = std::min<std::size_t>(m_sessionPrefix.size(), 24);
    p = std::copy_n(m_sessionPrefix.data(), n, p);
    *p++ = '-';
    p = std::to_chars(p, end, id).ptr;
    if (version) {
        *p++ = '.';
        p = std::to_chars(p, end, version).ptr;
    }
    b.length = static_cast<std::uint8_t>(p - b.chars.data());
    return b;
}

bool Engine::parseClOrdId(std::string_view text, OrderId& id, std::uint16_t& version) const noexcept
{
    const std::string_view prefix = std::string_view(m_sessionPrefix).substr(0, 24);
    if (text.size() <= prefix.size() + 1 || text.substr(0, prefix.size()) != prefix || text[prefix.size()] != '-')
        return false;
    text.remove_prefix(prefix.size() + 1);
    const char* begin = text.data();
    const char* end = begin + text.size();
    auto [p, ec] = std::from_chars(begin, end, id);
    if (ec != std::errc() || p == begin)
        return false;
    version = 0;
    if (p != end) {
        if (*p != '.')
            return false;
        auto [q, ec2] = std::from_chars(p + 1, end, version);
        if (ec2 != std::errc() || q != end || q == p + 1)
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------
// Permissions: enforced here so that bypassing the GUI gains nothing.

Reason Engine::permitted(const Actor& a, Role needed, std::string_view what)
{
    const bool ok = needed == Role::Supervisor ? a.role == Role::Supervisor
                                               : (a.role == Role::Trader || a.role == Role::Supervisor);
    if (ok)
        return {};
    std::string text = std::string(m_names.name(a.user)) + " (" + std::string(toString(a.role)) + ") may not "
                     + std::string(what);
    if (needed == Role::Supervisor)
        text += ": it needs a supervisor";
    raise(Severity::Warning, ReasonCode::NotPermitted, kNoOrder, a.user, text);
    return {ReasonCode::NotPermitted, std::move(text)};
}

Reason Engine::mayTouch(const Actor& a, const Order& o, std::string_view what)
{
    if (Reason r = permitted(a, Role::Trader, what); !r.ok())
        return r;
    if (a.role == Role::Supervisor || o.trader == a.user)
        return {};
    std::string text = std::string(m_names.name(a.user)) + " may not " + std::string(what) + " order "
                     + std::to_string(o.id) + " of " + std::string(m_names.name(o.trader));
    raise(Severity::Warning, ReasonCode::NotPermitted, o.id, a.user, text);
    return {ReasonCode::NotPermitted, std::move(text)};
}

// ---------------------------------------------------------------------------
// Submit

SubmitResult Engine::submit(const Actor& a, const OrderRequest& r)
{
    beginInput(static_cast<std::uint8_t>(RecordType::Submit));
    ByteWriter w = recordWriter();
    journalActor(a);
    w.str(r.clientOrderId);
    w.str(r.symbol);
    w.u8(static_cast<std::uint8_t>(r.side));
    w.u8(static_cast<std::uint8_t>(r.type));
    w.u8(static_cast<std::uint8_t>(r.tif));
    w.i64(r.quantity);
    w.i64(r.limitPrice);
    w.i64(r.stopPrice);
    w.i64(r.displayQty);
    w.u8(r.hidden);
    w.u8(static_cast<std::uint8_t>(r.peg));
    w.i64(r.pegOffset);
    w.u8(static_cast<std::uint8_t>(r.algo));
    w.i64(r.expireTime);
    w.str(r.account);
    w.str(r.portfolio);
    w.str(r.strategy);
    w.str(r.trader);
    w.str(r.venue);
    w.u32(r.parentId);
    w.str(r.locateId);
    SubmitResult result = doSubmit(a, r);
    endInput();
    return result;
}

SubmitResult Engine::doSubmit(const Actor& a, const OrderRequest& r)
{
    ++m_counters.commands;
    if (Reason p = permitted(a, Role::Trader, "enter orders"); !p.ok())
        return {kNoOrder, false, std::move(p)};
    if (!r.clientOrderId.empty()) {
        if (OrderId existing = m_orders.findByClientOrderId(r.clientOrderId))
            return {existing, true, {}};
    }
    if (a.role == Role::Trader && !r.trader.empty() && m_names.find(r.trader) != a.user) {
        std::string text = std::string(m_names.name(a.user)) + " may not enter orders for " + r.trader;
        raise(Severity::Warning, ReasonCode::NotPermitted, kNoOrder, a.user, text);
        return {kNoOrder, false, {ReasonCode::NotPermitted, std::move(text)}};
    }
    return createOrder(a, r, false);
}

SubmitResult Engine::createOrder(const Actor& a, const OrderRequest& r, bool flattening)
{
    const InstrumentId instId = findInstrument(r.symbol);
    if (!instId) {
        std::string text = "Unknown instrument '" + r.symbol + "': it is not in the instrument configuration";
        raise(Severity::Warning, ReasonCode::UnknownInstrument, kNoOrder, a.user, text);
        return {kNoOrder, false, {ReasonCode::UnknownInstrument, std::move(text)}};
    }
    // An engine-assigned client order id; a user may have taken the same text
    // for another order, in which case a suffix keeps it unique.
    char autoId[40];
    std::string_view clientId = r.clientOrderId;
    if (clientId.empty()) {
        char* p = std::copy_n("ordo-", 5, autoId);
        p = std::to_chars(p, autoId + 24, m_orders.nextId()).ptr;
        clientId = std::string_view(autoId, static_cast<std::size_t>(p - autoId));
        for (unsigned suffix = 1; m_orders.findByClientOrderId(clientId); ++suffix) {
            char* q = p;
            *q++ = '~';
            q = std::to_chars(q, autoId + sizeof autoId, suffix).ptr;
            clientId = std::string_view(autoId, static_cast<std::size_t>(q - autoId));
        }
    }
    Order& o = m_orders.create(clientId);
    o.parentId = r.parentId;
    o.instrument = instId;
    o.account = m_names.intern(r.account);
    o.portfolio = m_names.intern(r.portfolio);
    o.strategy = m_names.intern(r.strategy);
    o.trader = r.trader.empty() || a.role == Role::Trader ? a.user : m_names.intern(r.trader);
    o.venue = (r.venue.empty() || r.venue == "SMART") ? m_defaultVenue : m_names.intern(r.venue);
    o.side = r.side;
    o.type = r.type;
    o.tif = r.tif;
    o.peg = r.peg;
    o.algo = r.algo;
    o.hidden = r.hidden;
    o.quantity = r.quantity;
    o.displayQty = r.displayQty;
    o.limitPrice = r.limitPrice;
    o.stopPrice = r.stopPrice;
    o.pegOffset = r.pegOffset;
    o.expireTime = r.expireTime;
    o.createdTime = o.updatedTime = m_now;
    o.status = OrderStatus::New;

    if (Reason v = validate(o, m_instruments[instId]); !v.ok()) {
        transition(o, LifecycleEvent::ValidationFailed, a.user);
        decide(o.id, LifecycleEvent::ValidationFailed, v.code);
        m_orderText[o.id] = v.text;
        raise(Severity::Warning, v.code, o.id, a.user, v.text);
        notifyOrder(o);
        return {o.id, false, std::move(v)};
    }
    transition(o, LifecycleEvent::ValidationPassed, a.user);

    Reason risk = checkTradingState(o, flattening);
    if (risk.ok())
        risk = checkVenueReleased(o);
    if (!risk.ok()) {
        transition(o, LifecycleEvent::RiskRejected, a.user);
        decide(o.id, LifecycleEvent::RiskRejected, risk.code);
        m_orderText[o.id] = risk.text;
        raise(Severity::Warning, risk.code, o.id, a.user, risk.text);
        notifyOrder(o);
        return {o.id, false, std::move(risk)};
    }
    RiskVerdict verdict = m_risk.check(riskCandidate(o, o.quantity, false, r.locateId), m_now);
    if (!r.locateId.empty())
        m_locates[o.id] = r.locateId;
    if (verdict.outcome == RiskVerdict::Outcome::Reject) {
        transition(o, LifecycleEvent::RiskRejected, a.user);
        decide(o.id, LifecycleEvent::RiskRejected, verdict.code);
        verdict.text = wordRisk(verdict.text, o);
        m_orderText[o.id] = verdict.text;
        raise(Severity::Warning, verdict.code, o.id, a.user, verdict.text);
        notifyOrder(o);
        return {o.id, false, {verdict.code, std::move(verdict.text)}};
    }
    if (verdict.outcome == RiskVerdict::Outcome::Hold) {
        // Four eyes: a soft limit waits for a supervisor to release or refuse.
        transition(o, LifecycleEvent::RiskHeld, a.user);
        decide(o.id, LifecycleEvent::RiskHeld, verdict.code);
        verdict.text = "Held for a supervisor: " + wordRisk(verdict.text, o);
        m_orderText[o.id] = verdict.text;
        raise(Severity::Warning, ReasonCode::RiskHeld, o.id, kNoName,
              "Order " + std::to_string(o.id) + " of " + std::string(m_names.name(o.trader)) + " " + verdict.text);
        notifyOrder(o);
        return {o.id, false, {ReasonCode::RiskHeld, std::move(verdict.text)}};
    }
    route(o, a.user);
    return {o.id, false, {}};
}

void Engine::route(Order& o, NameId actor)
{
    transition(o, LifecycleEvent::RiskPassed, actor);
    decide(o.id, LifecycleEvent::RiskPassed, ReasonCode::None);
    m_risk.orderRouted(o, m_now);
    queue({Outbound::Kind::New, o.id, 0, 0});
    notifyOrder(o);
}

RiskCandidate Engine::riskCandidate(const Order& o, Qty addedQty, bool isReplace, std::string_view locate) const
{
    const Price px = (o.type == OrdType::Limit || o.type == OrdType::StopLimit) && o.limitPrice ? o.limitPrice
                   : o.stopPrice ? o.stopPrice
                                 : m_risk.referencePrice(o.instrument);
    return RiskCandidate{o, addedQty, px, reducesPosition(o), isReplace, locate};
}

// Risk words an instrument limit by its id; people read symbols.
std::string Engine::wordRisk(std::string text, const Order& o) const
{
    const std::string tag = "INSTRUMENT #" + std::to_string(o.instrument);
    if (auto at = text.find(tag); at != std::string::npos)
        text.replace(at, tag.size(), "INSTRUMENT " + std::string(symbolOf(o)));
    return text;
}

Reason Engine::validate(const Order& o, const Instrument& inst) const
{
    auto fail = [](ReasonCode c, std::string t) { return Reason{c, std::move(t)}; };
    if (o.quantity <= 0)
        return fail(ReasonCode::InvalidQuantity, "Quantity must be positive, not " + std::to_string(o.quantity));
    if (!isMultiple(o.quantity, inst.lotSize))
        return fail(ReasonCode::LotSize, "Quantity " + std::to_string(o.quantity) + " is not a multiple of the lot size "
                                             + std::to_string(inst.lotSize) + " of " + inst.symbol);
    const bool needsLimit = o.type == OrdType::Limit || o.type == OrdType::StopLimit;
    const bool needsStop = o.type == OrdType::Stop || o.type == OrdType::StopLimit;
    if (needsLimit && o.limitPrice <= 0 && o.peg == PegType::None)
        return fail(ReasonCode::MissingLimitPrice, std::string(toString(o.type)) + " order needs a positive limit price");
    if (needsStop && o.stopPrice <= 0)
        return fail(ReasonCode::MissingStopPrice, std::string(toString(o.type)) + " order needs a positive stop price");
    if (o.limitPrice < 0 || o.stopPrice < 0)
        return fail(ReasonCode::InvalidPrice, "Prices cannot be negative");
    if (needsLimit && o.limitPrice > 0 && !isMultiple(o.limitPrice, inst.tickSize))
        return fail(ReasonCode::TickSize, "Limit price " + formatPrice(o.limitPrice) + " is not on the tick size "
                                              + formatPrice(inst.tickSize) + " of " + inst.symbol);
    if (needsStop && !isMultiple(o.stopPrice, inst.tickSize))
        return fail(ReasonCode::TickSize, "Stop price " + formatPrice(o.stopPrice) + " is not on the tick size "
                                              + formatPrice(inst.tickSize) + " of " + inst.symbol);
    if (o.displayQty < 0 || o.displayQty > o.quantity || !isMultiple(o.displayQty, inst.lotSize))
        return fail(ReasonCode::InvalidDisplayQty,
                    "Display quantity " + std::to_string(o.displayQty) + " must be between 0 and the order quantity "
                        + std::to_string(o.quantity) + ", in lots of " + std::to_string(inst.lotSize));
    if (o.tif == TimeInForce::Gtd && o.expireTime <= m_now)
        return fail(ReasonCode::InvalidExpiry, "A GTD order needs an expiry time in the future");
    if (o.tif != TimeInForce::Gtd && o.expireTime != 0)
        return fail(ReasonCode::InvalidExpiry, "Only GTD orders take an expiry time");
    if (o.type == OrdType::Market && (o.tif == TimeInForce::Gtc || o.tif == TimeInForce::Gtd))
        return fail(ReasonCode::InvalidTimeInForce, "A market order cannot rest: use DAY, IOC, FOK, ATO or ATC");
    if (o.account == kNoName)
        return fail(ReasonCode::MissingAccount, "The order needs an account");
    if (o.venue == kNoName)
        return fail(ReasonCode::VenueUnavailable, "No venue given and no default venue configured");
    return {};
}

bool Engine::reducesPosition(const Order& o) const noexcept
{
    const Position* p = m_positions.find(o.account, o.instrument);
    if (!p || p->quantity == 0)
        return false;
    const int sign = sideSign(o.side);
    if (p->quantity > 0)
        return sign < 0 && p->workingSellQty + o.quantity <= p->quantity;
    return sign > 0 && p->workingBuyQty + o.quantity <= -p->quantity;
}

Reason Engine::checkTradingState(const Order& o, bool flattening) const
{
    const TradingState state = m_controls.stateFor(o);
    if (state == TradingState::Active)
        return {};
    if (reducesPosition(o) && (state == TradingState::Reducing || flattening))
        return {};
    for (const auto& c : m_controls.all()) {
        if (c.state == state && c.scope.matches(o)) {
            std::string scope(toString(c.scope.kind));
            if (c.scope.kind == ControlScope::Kind::Instrument)
                scope += " " + std::string(symbolOf(o));
            else if (c.scope.kind != ControlScope::Kind::All)
                scope += " " + std::string(m_names.name(c.scope.id));
            if (state == TradingState::Halted)
                return {ReasonCode::KillSwitchEngaged, "Kill switch engaged for " + scope + " by "
                                                           + std::string(m_names.name(c.by))
                                                           + ": no new orders until a supervisor re-arms it"};
            return {ReasonCode::ReducingOnly,
                    "Trading for " + scope + " is REDUCING: only orders that reduce a position are accepted"};
        }
    }
    return {};
}

// ---------------------------------------------------------------------------
// Modify and cancel

void Engine::queue(Outbound out)
{
    // A replayed order already reached its venue in the original run.
    if (!m_replaying)
        m_outbox.push_back(out);
}

std::uint16_t Engine::nextVersion(Order& o) noexcept
{
    o.pendingSeq = static_cast<std::uint16_t>(std::max(o.requestSeq, o.pendingSeq) + 1);
    return o.pendingSeq;
}

Reason Engine::modify(const Actor& a, OrderId id, const OrderAmendment& am)
{
    beginInput(static_cast<std::uint8_t>(RecordType::Modify));
    ByteWriter w = recordWriter();
    journalActor(a);
    w.u32(id);
    w.i64(am.quantity);
    w.i64(am.limitPrice);
    w.i64(am.stopPrice);
    w.i64(am.displayQty);
    Reason r = doModify(a, id, am);
    endInput();
    return r;
}

Reason Engine::doModify(const Actor& a, OrderId id, const OrderAmendment& am)
{
    ++m_counters.commands;
    Order* o = m_orders.find(id);
    if (!o) {
        std::string text = "Cannot modify order " + std::to_string(id) + ": no such order";
        raise(Severity::Warning, ReasonCode::UnknownOrder, id, a.user, text);
        return {ReasonCode::UnknownOrder, std::move(text)};
    }
    if (Reason p = mayTouch(a, *o, "modify"); !p.ok())
        return p;

    // The amendment as full new terms, so the venue message and the ack apply
    // exactly what was validated.
    OrderAmendment terms{am.quantity > 0 ? am.quantity : o->quantity, am.limitPrice > 0 ? am.limitPrice : o->limitPrice,
                         am.stopPrice > 0 ? am.stopPrice : o->stopPrice, am.displayQty >= 0 ? am.displayQty : o->displayQty};
    const Instrument& inst = m_instruments[o->instrument];
    Reason v;
    if (am.quantity < 0 || am.limitPrice < 0 || am.stopPrice < 0)
        v = {ReasonCode::InvalidPrice, "Quantities and prices in a modify cannot be negative"};
    else if (terms.quantity == o->quantity && terms.limitPrice == o->limitPrice && terms.stopPrice == o->stopPrice
             && terms.displayQty == o->displayQty)
        v = {ReasonCode::NothingToChange, "The modify changes nothing"};
    else if (terms.quantity <= o->cumQty)
        v = {ReasonCode::InvalidQuantity, "New quantity " + std::to_string(terms.quantity)
                                              + " must exceed the filled quantity " + std::to_string(o->cumQty)};
    else if (!isMultiple(terms.quantity, inst.lotSize))
        v = {ReasonCode::LotSize, "Quantity " + std::to_string(terms.quantity) + " is not a multiple of the lot size "
                                      + std::to_string(inst.lotSize)};
    else if (!isMultiple(terms.limitPrice, inst.tickSize) || !isMultiple(terms.stopPrice, inst.tickSize))
        v = {ReasonCode::TickSize, "Price is not on the tick size " + formatPrice(inst.tickSize) + " of " + inst.symbol};
    else if (terms.displayQty > terms.quantity || !isMultiple(terms.displayQty, inst.lotSize))
        v = {ReasonCode::InvalidDisplayQty, "Display quantity must be between 0 and the order quantity"};
    else if (m_controls.stateFor(*o) != TradingState::Active
             && !(terms.quantity < o->quantity && terms.limitPrice == o->limitPrice && terms.stopPrice == o->stopPrice))
        v = checkTradingState(*o, false);
    if (v.ok() && isWorking(o->status)) {
        // The amended order as risk would see it; only what it adds is new.
        Order amended = *o;
        amended.quantity = terms.quantity;
        amended.limitPrice = terms.limitPrice;
        amended.stopPrice = terms.stopPrice;
        amended.displayQty = terms.displayQty;
        const Qty added = std::max<Qty>(0, terms.quantity - o->quantity);
        RiskCandidate candidate = riskCandidate(amended, added, true, {});
        candidate.repriced = terms.limitPrice != o->limitPrice || terms.stopPrice != o->stopPrice;
        RiskVerdict verdict = m_risk.check(candidate, m_now);
        if (!verdict.passed())
            v = {verdict.code, "Modify refused, the order stays as it was: " + wordRisk(verdict.text, *o)};
    }
    if (!v.ok()) {
        refuse(o, LifecycleEvent::ReplaceRequested, v.code, v.text, a.user);
        return v;
    }
    const OrderStatus before = o->status;
    if (!transition(*o, LifecycleEvent::ReplaceRequested, a.user, ReasonCode::OrderNotWorking)) {
        std::string text = "Order " + std::to_string(id) + " cannot be modified while " + std::string(toString(before));
        raise(Severity::Warning, ReasonCode::OrderNotWorking, id, a.user, text);
        return {ReasonCode::OrderNotWorking, std::move(text)};
    }
    o->statusBeforePending = before;
    o->pendingAmendment = terms;
    const std::uint16_t orig = o->requestSeq;
    queue({Outbound::Kind::Replace, o->id, nextVersion(*o), orig});
    notifyOrder(*o);
    return {};
}

Reason Engine::cancel(const Actor& a, OrderId id)
{
    beginInput(static_cast<std::uint8_t>(RecordType::Cancel));
    journalActor(a);
    recordWriter().u32(id);
    Reason r = doCancel(a, id);
    endInput();
    return r;
}

Reason Engine::doCancel(const Actor& a, OrderId id)
{
    ++m_counters.commands;
    Order* o = m_orders.find(id);
    if (!o) {
        std::string text = "Cannot cancel order " + std::to_string(id) + ": no such order";
        raise(Severity::Warning, ReasonCode::UnknownOrder, id, a.user, text);
        return {ReasonCode::UnknownOrder, std::move(text)};
    }
    if (Reason p = mayTouch(a, *o, "cancel"); !p.ok())
        return p;
    const OrderStatus before = o->status;
    if (before == OrderStatus::PendingReplace) {
        deferCancel(*o, a.user);
        return {};
    }
    if (!requestCancel(*o, a.user)) {
        std::string text = "Order " + std::to_string(id) + " cannot be cancelled while " + std::string(toString(before));
        raise(Severity::Info, ReasonCode::OrderNotWorking, id, a.user, text);
        return {ReasonCode::OrderNotWorking, std::move(text)};
    }
    return {};
}

void Engine::deferCancel(Order& o, NameId actor)
{
    if (o.cancelAfterReplace)
        return;
    o.cancelAfterReplace = true;
    raise(Severity::Info, ReasonCode::None, o.id, actor,
          "Order " + std::to_string(o.id) + " will be cancelled as soon as " + std::string(m_names.name(o.venue))
              + " answers its pending replace");
    notifyOrder(o);
}

void Engine::cancelDeferred(Order& o)
{
    if (!o.cancelAfterReplace || o.status == OrderStatus::PendingReplace)
        return;
    o.cancelAfterReplace = false;
    if (isWorking(o.status) && o.status != OrderStatus::PendingCancel)
        requestCancel(o, kNoName);
}

bool Engine::requestCancel(Order& o, NameId actor)
{
    const OrderStatus before = o.status;
    if (!transition(o, LifecycleEvent::CancelRequested, actor, ReasonCode::OrderNotWorking))
        return false;
    o.statusBeforePending = before;
    ++o.cancelAttempts;
    const std::uint16_t orig = o.requestSeq;
    queue({Outbound::Kind::Cancel, o.id, nextVersion(o), orig});
    notifyOrder(o);
    return true;
}

MassCancelResult Engine::massCancel(const Actor& a, const OrderFilter& f)
{
    beginInput(static_cast<std::uint8_t>(RecordType::MassCancel));
    ByteWriter w = recordWriter();
    journalActor(a);
    w.str(f.symbol);
    w.u8(f.side ? static_cast<std::uint8_t>(*f.side) + 1 : 0);
    w.str(f.account);
    w.str(f.strategy);
    w.str(f.venue);
    w.str(f.trader);
    MassCancelResult r = doMassCancel(a, f);
    endInput();
    return r;
}

MassCancelResult Engine::doMassCancel(const Actor& a, const OrderFilter& f)
{
    ++m_counters.commands;
    MassCancelResult result;
    if (Reason p = permitted(a, Role::Trader, "cancel orders"); !p.ok()) {
        result.reason = std::move(p);
        return result;
    }
    NameId trader = f.trader.empty() ? kNoName : m_names.find(f.trader);
    if (a.role == Role::Trader) {
        // A trader's mass cancel is always limited to their own orders.
        if (!f.trader.empty() && trader != a.user) {
            std::string text = std::string(m_names.name(a.user)) + " may not mass cancel the orders of " + f.trader
                             + ": it needs a supervisor";
            raise(Severity::Warning, ReasonCode::NotPermitted, kNoOrder, a.user, text);
            result.reason = {ReasonCode::NotPermitted, std::move(text)};
            return result;
        }
        trader = a.user;
    }
    // A name nobody ever used matches no order, rather than every order.
    auto resolve = [this](const std::string& s, std::uint32_t& out) {
        if (s.empty())
            return true;
        out = m_names.find(s);
        return out != kNoName;
    };
    std::uint32_t account = 0, strategy = 0, venue = 0;
    if (!resolve(f.account, account) || !resolve(f.strategy, strategy) || !resolve(f.venue, venue)
        || (!f.trader.empty() && trader == kNoName))
        return result;
    InstrumentId inst = 0;
    if (!f.symbol.empty()) {
        inst = findInstrument(f.symbol);
        if (!inst)
            return result;
    }
    m_orders.forEach([&](Order& o) {
        if (!isWorking(o.status))
            return;
        if ((inst && o.instrument != inst) || (f.side && o.side != *f.side) || (account && o.account != account)
            || (strategy && o.strategy != strategy) || (venue && o.venue != venue) || (trader && o.trader != trader))
            return;
        ++result.matched;
        // Already on its way out: not an error, nothing to send. Mid-replace:
        // the cancel follows the venue's answer to the replace.
        if (o.status == OrderStatus::PendingCancel)
            return;
        if (o.status == OrderStatus::PendingReplace) {
            deferCancel(o, a.user);
            return;
        }
        if (requestCancel(o, a.user))
            ++result.cancelsSent;
    });
    return result;
}

// ---------------------------------------------------------------------------
// Kill switch, REDUCING, re-arm, flatten

bool Engine::resolveScope(const ScopeSpec& s, ControlScope& out) const
{
    out.kind = s.kind;
    out.id = 0;
    if (s.kind == ControlScope::Kind::All)
        return true;
    if (s.kind == ControlScope::Kind::Instrument)
        out.id = findInstrument(s.name);
    else
        out.id = m_names.find(s.name);
    return out.id != 0;
}

static void writeScope(ByteWriter w, const ScopeSpec& s)
{
    w.u8(static_cast<std::uint8_t>(s.kind));
    w.str(s.name);
}

Reason Engine::engageKillSwitch(const Actor& a, const ScopeSpec& s)
{
    beginInput(static_cast<std::uint8_t>(RecordType::Engage));
    journalActor(a);
    writeScope(recordWriter(), s);
    recordWriter().u8(static_cast<std::uint8_t>(TradingState::Halted));
    Reason r = doEngage(a, s, TradingState::Halted);
    endInput();
    return r;
}

Reason Engine::setReducing(const Actor& a, const ScopeSpec& s)
{
    beginInput(static_cast<std::uint8_t>(RecordType::Engage));
    journalActor(a);
    writeScope(recordWriter(), s);
    recordWriter().u8(static_cast<std::uint8_t>(TradingState::Reducing));
    Reason r = doEngage(a, s, TradingState::Reducing);
    endInput();
    return r;
}

Reason Engine::doEngage(const Actor& a, const ScopeSpec& s, TradingState state)
{
    ++m_counters.commands;
    if (Reason p = permitted(a, Role::Supervisor, state == TradingState::Halted ? "use the kill switch"
                                                                               : "set REDUCING mode");
        !p.ok())
        return p;
    ControlScope scope;
    if (!resolveScope(s, scope)) {
        // The name is unknown now, but the control must still bind it: intern it
        // so that orders entered later under that name are governed.
        if (s.kind == ControlScope::Kind::Instrument) {
            std::string text = "Unknown instrument '" + s.name + "'";
            raise(Severity::Warning, ReasonCode::UnknownInstrument, kNoOrder, a.user, text);
            return {ReasonCode::UnknownInstrument, std::move(text)};
        }
        scope.id = m_names.intern(s.name);
    }
    TradingControl& c = m_controls.set(scope, state, a.user, m_now);
    std::string what = std::string(toString(s.kind)) + (s.name.empty() ? "" : " " + s.name);
    if (state == TradingState::Reducing) {
        raise(Severity::Warning, ReasonCode::ReducingOnly, kNoOrder, kNoName,
              "Trading for " + what + " set to REDUCING by " + std::string(m_names.name(a.user)));
        notifyControls();
        return {};
    }
    c.phase = KillPhase::Cancelling;
    std::uint32_t working = 0, sent = 0;
    m_orders.forEach([&](Order& o) {
        if (!isWorking(o.status) || !scope.matches(o))
            return;
        ++working;
        o.cancelAttempts = 0;
        if (o.status == OrderStatus::PendingCancel || requestCancel(o, a.user))
            ++sent;
        // PendingReplace: enforceControls cancels it when the replace resolves.
    });
    TradingControl* ctl = m_controls.find(scope);  // requestCancel may not touch controls, but be exact
    ctl->cancelsSent = sent;
    ctl->stillWorking = working;
    ctl->lastOrder = static_cast<OrderId>(m_orders.nextId() - 1);
    if (working == 0)
        ctl->phase = KillPhase::Confirmed;
    raise(Severity::Critical, ReasonCode::KillSwitchEngaged, kNoOrder, kNoName,
          "Kill switch engaged for " + what + " by " + std::string(m_names.name(a.user)) + ": "
              + countText(working, "working order", "working orders") + ", " + countText(sent, "cancel", "cancels") + " sent"
              + (working == 0 ? "; confirmed, nothing was working" : ""));
    notifyControls();
    return {};
}

Reason Engine::rearm(const Actor& a, const ScopeSpec& s)
{
    beginInput(static_cast<std::uint8_t>(RecordType::Rearm));
    journalActor(a);
    writeScope(recordWriter(), s);
    Reason r = doRearm(a, s);
    endInput();
    return r;
}

Reason Engine::doRearm(const Actor& a, const ScopeSpec& s)
{
    ++m_counters.commands;
    if (Reason p = permitted(a, Role::Supervisor, "re-arm trading"); !p.ok())
        return p;
    ControlScope scope;
    const std::string what = std::string(toString(s.kind)) + (s.name.empty() ? "" : " " + s.name);
    if (!resolveScope(s, scope) || !m_controls.remove(scope)) {
        std::string text = "Nothing to re-arm: trading for " + what + " is not halted or reducing";
        raise(Severity::Info, ReasonCode::NothingToChange, kNoOrder, a.user, text);
        return {ReasonCode::NothingToChange, std::move(text)};
    }
    raise(Severity::Warning, ReasonCode::None, kNoOrder, kNoName,
          "Trading for " + what + " re-armed by " + std::string(m_names.name(a.user)));
    notifyControls();
    return {};
}

Reason Engine::flatten(const Actor& a, const ScopeSpec& s)
{
    beginInput(static_cast<std::uint8_t>(RecordType::Flatten));
    journalActor(a);
    writeScope(recordWriter(), s);
    Reason r = doFlatten(a, s);
    endInput();
    return r;
}

Reason Engine::doFlatten(const Actor& a, const ScopeSpec& s)
{
    ++m_counters.commands;
    if (Reason p = permitted(a, Role::Supervisor, "flatten positions"); !p.ok())
        return p;
    if (s.kind != ControlScope::Kind::All && s.kind != ControlScope::Kind::Account
        && s.kind != ControlScope::Kind::Instrument) {
        std::string text = "Positions are kept per account and instrument: flatten ALL, an account or an instrument";
        raise(Severity::Info, ReasonCode::NotPermitted, kNoOrder, a.user, text);
        return {ReasonCode::NotPermitted, std::move(text)};
    }
    ControlScope scope;
    if (!resolveScope(s, scope)) {
        std::string text = "Nothing to flatten: no positions for " + s.name;
        raise(Severity::Info, ReasonCode::NothingToChange, kNoOrder, a.user, text);
        return {ReasonCode::NothingToChange, std::move(text)};
    }
    std::vector<OrderRequest> orders;
    m_positions.forEach([&](const Position& p) {
        if ((scope.kind == ControlScope::Kind::Account && p.account != scope.id)
            || (scope.kind == ControlScope::Kind::Instrument && p.instrument != scope.id))
            return;
        const Qty open = p.quantity > 0 ? p.quantity - p.workingSellQty : -p.quantity - p.workingBuyQty;
        if (p.quantity == 0 || open <= 0)
            return;
        OrderRequest r;
        r.symbol = m_instruments[p.instrument].symbol;
        r.side = p.quantity > 0 ? Side::Sell : Side::Cover;
        r.type = OrdType::Market;
        r.tif = TimeInForce::Day;
        r.quantity = open;
        r.account = m_names.name(p.account);
        r.strategy = kFlattenStrategy;
        orders.push_back(std::move(r));
    });
    std::uint32_t sent = 0;
    for (const auto& r : orders)
        if (createOrder(a, r, true).reason.ok())
            ++sent;
    if (TradingControl* c = m_controls.find(scope); c && c->state == TradingState::Halted)
        c->phase = KillPhase::Flattened;
    raise(Severity::Warning, ReasonCode::None, kNoOrder, kNoName,
          "Flatten by " + std::string(m_names.name(a.user)) + ": " + std::to_string(sent) + " of "
              + std::to_string(orders.size()) + " closing orders sent");
    notifyControls();
    return {};
}

void Engine::markPrice(std::string_view symbol, Price price)
{
    // Risk measures against the reference price (collars, exposure, circuit
    // breakers), so each change of it is an input; a repeat is not.
    const InstrumentId inst = findInstrument(symbol);
    if (!inst || price <= 0 || price == m_risk.referencePrice(inst))
        return;
    beginInput(static_cast<std::uint8_t>(RecordType::Mark));
    ByteWriter w = recordWriter();
    w.str(symbol);
    w.i64(price);
    doMark(symbol, price);
    endInput();
}

void Engine::doMark(std::string_view symbol, Price price)
{
    const InstrumentId inst = findInstrument(symbol);
    if (!inst || price <= 0)
        return;
    m_risk.mark(inst, price, m_now, m_riskEvents);
    handleRiskEvents();
    if (m_positions.mark(inst, price) && m_listener && !m_replaying)
        m_positions.forEach([&](const Position& p) {
            if (p.instrument == inst)
                m_listener->positionChanged(p);
        });
}

// ---------------------------------------------------------------------------
// Venue events

Reason Engine::onVenueEvent(const VenueEvent& e)
{
    beginInput(static_cast<std::uint8_t>(RecordType::VenueEvent));
    ByteWriter w = recordWriter();
    w.u8(static_cast<std::uint8_t>(e.type));
    w.str(e.clOrdId);
    w.str(e.venue);
    w.str(e.execId);
    w.i64(e.lastQty);
    w.i64(e.lastPrice);
    w.u8(static_cast<std::uint8_t>(e.liquidity));
    w.i64(e.fee);
    w.str(e.text);
    w.i64(e.venueTime);
    // Status reports and corrections only: what older journals never carried.
    if (e.type >= VenueEventType::Status) {
        w.str(e.execRefId);
        w.u8(static_cast<std::uint8_t>(e.venueState));
        w.i64(e.cumQty);
        w.i64(e.avgPrice);
        w.str(e.symbol);
        w.u8(static_cast<std::uint8_t>(e.side));
        w.i64(e.orderQty);
        w.i64(e.limitPrice);
        w.str(e.requestId);
        w.i64(e.totalReports);
        w.u8(e.lastReport ? 1 : 0);
    }
    Reason r = doVenueEvent(e);
    endInput();
    return r;
}

Reason Engine::doVenueEvent(const VenueEvent& e)
{
    ++m_counters.venueEvents;
    if (e.type == VenueEventType::Status)
        return doStatus(e);
    if (e.type == VenueEventType::StatusUnsupported) {
        // The venue has no mass status: ask it order by order.
        auto it = m_reconciling.find(m_names.find(e.venue));
        if (it != m_reconciling.end() && m_reconciliations[it->second.report].phase == ReconciliationPhase::MassStatus) {
            m_reconciliations[it->second.report].perOrderOnly = true;
            askPerOrder(m_reconciliations[it->second.report]);
        }
        return {};
    }
    OrderId id = kNoOrder;
    std::uint16_t version = 0;
    Order* o = nullptr;
    if (parseClOrdId(e.clOrdId, id, version))
        o = m_orders.find(id);
    if (!o || version > std::max(o->requestSeq, o->pendingSeq)
        || (!e.venue.empty() && m_names.find(e.venue) != o->venue)) {
        std::string text = "Venue " + e.venue + " sent " + std::string(toString(e.type)) + " for unknown ClOrdID '"
                         + e.clOrdId + "'";
        refuse(nullptr, LifecycleEvent::VenueAck, ReasonCode::UnknownOrder, text);
        return {ReasonCode::UnknownOrder, std::move(text)};
    }

    switch (e.type) {
    case VenueEventType::TradeCancelled:
    case VenueEventType::TradeCorrected: {
        Reason r = doTradeCorrection(*o, e);
        notifyOrder(*o);
        return r;
    }
    case VenueEventType::Status:
    case VenueEventType::StatusUnsupported:
        return {};  // handled above
    case VenueEventType::Fill: {
        if (e.lastQty <= 0 || e.lastPrice <= 0) {
            std::string text = "Fill " + e.execId + " for order " + std::to_string(o->id) + " has quantity "
                             + std::to_string(e.lastQty) + " and price " + formatPrice(e.lastPrice);
            refuse(o, LifecycleEvent::Fill, e.lastQty <= 0 ? ReasonCode::InvalidQuantity : ReasonCode::InvalidPrice,
                   text);
            return {ReasonCode::InvalidQuantity, std::move(text)};
        }
        if (m_execIds.contains(o->venue, e.execId)) {
            std::string text = "Duplicate execution " + e.execId + " for order " + std::to_string(o->id) + " ignored";
            refuse(o, LifecycleEvent::Fill, ReasonCode::DuplicateExecId, text);
            return {ReasonCode::DuplicateExecId, std::move(text)};
        }
        if (lookupTransition(o->status, LifecycleEvent::Fill).kind == TargetKind::Refuse) {
            std::string text = "Fill " + e.execId + " for order " + std::to_string(o->id) + " refused: the order is "
                             + std::string(toString(o->status));
            refuse(o, LifecycleEvent::Fill, ReasonCode::ImpossibleTransition, text);
            return {ReasonCode::ImpossibleTransition, std::move(text)};
        }
        if (o->cumQty + e.lastQty > o->quantity) {
            std::string text = "Overfill refused: fill " + e.execId + " of " + std::to_string(e.lastQty)
                             + " on order " + std::to_string(o->id) + " with " + std::to_string(o->quantity - o->cumQty)
                             + " left";
            refuse(o, LifecycleEvent::Fill, ReasonCode::Overfill, text);
            return {ReasonCode::Overfill, std::move(text)};
        }
        m_execIds.insert(o->venue, e.execId);
        const OrderStatus before = o->status;
        const OrderStatus after = resolveTransition(*o, lookupTransition(before, LifecycleEvent::Fill), e.lastQty);
        const Qty leavesBefore = isWorking(before) ? o->quantity - o->cumQty : 0;
        o->cumQty += e.lastQty;
        o->cumNotional += notional(e.lastPrice, e.lastQty);
        o->fees += e.fee;
        o->status = after;
        o->updatedTime = m_now;
        const Qty leavesAfter = isWorking(after) ? o->quantity - o->cumQty : 0;
        adjustWorking(*o, leavesAfter - leavesBefore);
        m_audit.push_back({m_now, o->id, kNoName, LifecycleEvent::Fill, before, after, ReasonCode::None});
        Execution& x = m_executions.emplace_back();
        x.execId = e.execId;
        x.orderId = o->id;
        x.instrument = o->instrument;
        x.account = o->account;
        x.venue = o->venue;
        x.side = o->side;
        x.quantity = e.lastQty;
        x.price = e.lastPrice;
        x.liquidity = e.liquidity;
        x.fees = e.fee;
        x.time = m_now;
        const Position& p =
            m_positions.applyFill(o->account, o->instrument, sideSign(o->side) * e.lastQty, e.lastPrice, e.fee);
        m_risk.fill(*o, e.lastQty, e.lastPrice, e.fee, m_riskEvents);
        handleRiskEvents();
        if (m_listener && !m_replaying) {
            m_listener->executionAdded(x);
            m_listener->positionChanged(p);
        }
        if (isTerminal(after)) {
            o->cancelAfterReplace = false;  // nothing left to cancel
            orderTerminated(*o);
        }
        notifyOrder(*o);
        return {};
    }
    case VenueEventType::Ack:
        if (!transition(*o, LifecycleEvent::VenueAck, kNoName))
            return {ReasonCode::ImpossibleTransition, "ack refused"};
        if (o->status == OrderStatus::PendingCancel || o->status == OrderStatus::PendingReplace) {
            if (o->statusBeforePending == OrderStatus::PendingNew)
                o->statusBeforePending = OrderStatus::Accepted;
        }
        break;
    case VenueEventType::Reject:
        if (!transition(*o, LifecycleEvent::VenueReject, kNoName))
            return {ReasonCode::ImpossibleTransition, "reject refused"};
        m_orderText[o->id] = e.text.empty() ? std::string("Rejected by ") + e.venue : e.text;
        raise(Severity::Warning, ReasonCode::VenueRejected, o->id, o->trader,
              "Order " + std::to_string(o->id) + " rejected by " + std::string(m_names.name(o->venue)) + ": "
                  + (e.text.empty() ? "no reason given" : e.text));
        break;
    case VenueEventType::Cancelled:
    case VenueEventType::DoneForDay: {
        const LifecycleEvent ev = (e.type == VenueEventType::Cancelled && o->status == OrderStatus::PendingCancel)
                                    ? LifecycleEvent::CancelAcked
                                    : LifecycleEvent::VenueCancelled;
        if (!transition(*o, ev, kNoName))
            return {ReasonCode::ImpossibleTransition, "cancel refused"};
        if (!e.text.empty())
            m_orderText[o->id] = e.text;
        break;
    }
    case VenueEventType::Replaced: {
        if (o->status != OrderStatus::PendingReplace) {
            refuse(o, LifecycleEvent::ReplaceAcked, ReasonCode::ImpossibleTransition,
                   "Replace confirmation for order " + std::to_string(o->id) + " that is "
                       + std::string(toString(o->status)));
            return {ReasonCode::ImpossibleTransition, "replace refused"};
        }
        // Working quantity leaves at the old terms and comes back at the new
        // ones (price included, for the notional risk keeps).
        adjustWorking(*o, -(o->quantity - o->cumQty));
        // Fills that raced the replace may exceed the new quantity: the order
        // is then done with what it got, never filled beyond its quantity.
        o->quantity = std::max(o->pendingAmendment.quantity, o->cumQty);
        o->limitPrice = o->pendingAmendment.limitPrice;
        o->stopPrice = o->pendingAmendment.stopPrice;
        o->displayQty = o->pendingAmendment.displayQty;
        o->requestSeq = o->pendingSeq;
        adjustWorking(*o, o->quantity - o->cumQty);
        transition(*o, LifecycleEvent::ReplaceAcked, kNoName);
        break;
    }
    case VenueEventType::CancelRejected:
    case VenueEventType::ReplaceRejected: {
        const bool isCancel = e.type == VenueEventType::CancelRejected;
        if (!transition(*o, isCancel ? LifecycleEvent::CancelRejected : LifecycleEvent::ReplaceRejected, kNoName))
            return {ReasonCode::ImpossibleTransition, "cancel reject refused"};
        raise(Severity::Warning, isCancel ? ReasonCode::CancelRejected : ReasonCode::ReplaceRejected, o->id, o->trader,
              std::string(isCancel ? "Cancel" : "Modify") + " of order " + std::to_string(o->id) + " refused by "
                  + std::string(m_names.name(o->venue)) + ": " + (e.text.empty() ? "no reason given" : e.text));
        break;
    }
    case VenueEventType::Expired:
        if (!transition(*o, LifecycleEvent::Expired, kNoName))
            return {ReasonCode::ImpossibleTransition, "expiry refused"};
        break;
    case VenueEventType::Suspended: {
        const OrderStatus before = o->status;
        if (!transition(*o, LifecycleEvent::Suspended, kNoName))
            return {ReasonCode::ImpossibleTransition, "suspend refused"};
        o->statusBeforePending = before;
        break;
    }
    case VenueEventType::Resumed:
        if (!transition(*o, LifecycleEvent::Resumed, kNoName))
            return {ReasonCode::ImpossibleTransition, "resume refused"};
        break;
    }
    cancelDeferred(*o);
    enforceControls(*o);
    notifyOrder(*o);
    return {};
}

// ---------------------------------------------------------------------------
// Market data: not an input of its own (the books are derived); only the
// marks it causes are journaled, through markPrice.

void Engine::onMarketData(const MarketDataUpdate& u)
{
    if (u.kind == MdKind::Reject) {
        // The alert is engine state, so the reject is an input: a replay
        // raises it again.
        beginInput(static_cast<std::uint8_t>(RecordType::MarketDataReject));
        ByteWriter w = recordWriter();
        w.str(u.venue);
        w.str(u.symbol);
        w.str(u.text);
        doMarketDataReject(u.venue, u.symbol, u.text);
        endInput();
        return;
    }
    const InstrumentId inst = findInstrument(u.symbol);
    if (!inst)
        return;
    const MarketDataResult r = m_marketData.apply(inst, u);
    if ((r.midChanged || r.tradeChanged) && r.reference > 0)
        markPrice(u.symbol, r.reference);
}

void Engine::doMarketDataReject(std::string_view venue, std::string_view symbol, std::string_view text)
{
    raise(Severity::Warning, ReasonCode::MarketDataRejected, kNoOrder, kNoName,
          "Market data for " + (symbol.empty() ? std::string("an unknown request") : std::string(symbol))
              + " refused by " + std::string(venue) + ": " + (text.empty() ? std::string("no reason given") : std::string(text)));
}

// ---------------------------------------------------------------------------
// Transitions

bool Engine::transition(Order& o, LifecycleEvent ev, NameId actor, ReasonCode refusal)
{
    const Transition t = lookupTransition(o.status, ev);
    if (t.kind == TargetKind::Refuse) {
        refuse(&o, ev, refusal,
               "Order " + std::to_string(o.id) + ": " + std::string(toString(ev)) + " is impossible while "
                   + std::string(toString(o.status)),
               actor);
        return false;
    }
    const OrderStatus before = o.status;
    setStatus(o, resolveTransition(o, t));
    m_audit.push_back({m_now, o.id, actor, ev, before, o.status, ReasonCode::None});
    if (!isTerminal(before) && isTerminal(o.status))
        orderTerminated(o);
    return true;
}

void Engine::setStatus(Order& o, OrderStatus to)
{
    const Qty leavesBefore = isWorking(o.status) ? o.quantity - o.cumQty : 0;
    o.status = to;
    o.updatedTime = m_now;
    const Qty leavesAfter = isWorking(to) ? o.quantity - o.cumQty : 0;
    adjustWorking(o, leavesAfter - leavesBefore);
}

void Engine::adjustWorking(const Order& o, Qty leavesDelta)
{
    if (!leavesDelta)
        return;
    m_positions.adjustWorking(o.account, o.instrument, sideSign(o.side), leavesDelta);
    m_risk.workingChanged(o, leavesDelta);
}

void Engine::refuse(Order* o, LifecycleEvent cause, ReasonCode code, std::string text, NameId user)
{
    ++m_counters.refusedEvents;
    const OrderStatus s = o ? o->status : OrderStatus::New;
    m_audit.push_back({m_now, o ? o->id : kNoOrder, user, cause, s, s, code});
    // A refused venue event concerns the order's trader and the supervisors.
    const NameId who = user != kNoName ? user : (o ? o->trader : kNoName);
    // Some refusals are the ordinary races of a live market, not faults: an
    // ack that arrives after the fill it implied, or a cancel/replace the
    // venue refuses because the order already traded away. Still recorded
    // and counted, but not shouted.
    const bool race = o && code == ReasonCode::ImpossibleTransition
                   && ((cause == LifecycleEvent::VenueAck
                        && (o->status == OrderStatus::PartiallyFilled || o->status == OrderStatus::Filled))
                       || ((cause == LifecycleEvent::CancelRejected || cause == LifecycleEvent::ReplaceRejected)
                           && o->status == OrderStatus::Filled));
    const Severity severity = race ? Severity::Info : user != kNoName ? Severity::Warning : Severity::Critical;
    raise(severity, code, o ? o->id : kNoOrder, who, std::move(text));
}

// The kill switch keeps cancelling what it governs: an order whose cancel was
// refused, or that was mid-replace when the switch was thrown.
void Engine::enforceControls(Order& o)
{
    if (isTerminal(o.status) || o.status == OrderStatus::PendingCancel || o.status == OrderStatus::PendingReplace)
        return;
    for (TradingControl& c : m_controls.all()) {
        if (c.state != TradingState::Halted || c.phase != KillPhase::Cancelling || !c.scope.matches(o)
            || o.id > c.lastOrder)
            continue;
        if (o.cancelAttempts >= kMaxCancelAttempts) {
            // Given up once, counted once: later events on the order (a halt,
            // a resume) must not count or report it again.
            if (o.cancelAttempts == kMaxCancelAttempts) {
                ++o.cancelAttempts;
                ++c.cancelsFailed;
                raise(Severity::Critical, ReasonCode::CancelRejected, o.id, kNoName,
                      "Kill switch could not cancel order " + std::to_string(o.id) + " after "
                          + std::to_string(kMaxCancelAttempts) + " attempts; it is still working at "
                          + std::string(m_names.name(o.venue)));
                notifyControls();
            }
            return;
        }
        if (requestCancel(o, c.by))
            ++c.cancelsSent;
        return;
    }
}

void Engine::orderTerminated(const Order& o)
{
    bool changed = false;
    for (TradingControl& c : m_controls.all()) {
        if (c.phase != KillPhase::Cancelling || !c.scope.matches(o) || c.stillWorking == 0 || o.id > c.lastOrder)
            continue;
        --c.stillWorking;
        changed = true;
        if (c.stillWorking == 0) {
            c.phase = KillPhase::Confirmed;
            raise(Severity::Warning, ReasonCode::KillSwitchEngaged, kNoOrder, kNoName,
                  "Kill switch for " + std::string(toString(c.scope.kind)) + " confirmed: every order is done; "
                      + countText(c.cancelsSent, "cancel", "cancels") + " sent, " + std::to_string(c.cancelsFailed)
                      + " given up after retries");
        }
    }
    if (changed)
        notifyControls();
}

void Engine::decide(OrderId id, LifecycleEvent ev, ReasonCode code)
{
    if (m_replaying) {
        m_replayDecisions.push_back({id, ev, code});
        return;
    }
    if (m_journal)
        m_newDecisions.push_back({id, ev, code});
}

void Engine::raise(Severity sev, ReasonCode code, OrderId id, NameId user, std::string text)
{
    Alert& a = m_alerts.emplace_back();
    a.time = m_now;
    a.severity = sev;
    a.code = code;
    a.orderId = id;
    a.user = user;
    a.text = std::move(text);
    if (m_listener && !m_replaying)
        m_listener->alertRaised(a);
}

void Engine::notifyOrder(const Order& o)
{
    if (m_listener && !m_replaying)
        m_listener->orderChanged(o);
}

void Engine::notifyControls()
{
    if (m_listener && !m_replaying)
        m_listener->controlsChanged();
}

}  // namespace ordo
