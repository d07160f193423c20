// The Engine's pre-trade risk commands and monitoring: configuration, limit
// changes by supervisors (audited), held orders (four eyes), and what risk
// monitoring found on fills, prices and the passing of time.

#include "engine/engine.h"
#include "domain/format.h"
#include "journal/bytes.h"
#include "journal/records.h"
#include "journal/riskcodec.h"

namespace ordo {
namespace {

std::string settingText(const LimitSetting& s)
{
    if (s.value < 0)
        return "none";
    return std::to_string(s.value) + (s.soft ? " (soft)" : " (hard)");
}

}  // namespace

std::string_view Engine::locateOf(OrderId id) const noexcept
{
    auto it = m_locates.find(id);
    return it == m_locates.end() ? std::string_view() : std::string_view(it->second);
}

std::string Engine::limitPlace(LimitLevel level, std::uint32_t id) const
{
    std::string s(toString(level));
    if (level == LimitLevel::Firm)
        return s;
    if (level == LimitLevel::Instrument) {
        const Instrument* inst = instrument(id);
        return s + " " + (inst ? inst->symbol : "?");
    }
    return s + " " + std::string(m_names.name(id));
}

bool Engine::resolveLimitPlace(LimitLevel level, std::string_view name, std::uint32_t& id)
{
    switch (level) {
    case LimitLevel::Firm:
        id = 0;
        return true;
    case LimitLevel::Instrument:
        id = findInstrument(name);
        return id != 0;
    default:
        // Limits may be set before anyone trades under the name.
        id = m_names.intern(name);
        return id != kNoName;
    }
}

void Engine::auditRisk(NameId user, std::string what, std::string before, std::string after)
{
    m_riskAudit.push_back({m_now, user, std::move(what), std::move(before), std::move(after)});
    if (m_listener && !m_replaying)
        m_listener->riskUpdated();
}

// ---------------------------------------------------------------------------

Reason Engine::configureRisk(const RiskConfig& config)
{
    beginInput(static_cast<std::uint8_t>(RecordType::RiskConfigure));
    ByteWriter w = recordWriter();
    encodeRiskConfig(w, config);
    Reason r = doConfigureRisk(config);
    endInput();
    return r;
}

Reason Engine::doConfigureRisk(const RiskConfig& config)
{
    m_risk.configure(config, m_names);
    std::string problems;
    for (const LimitSetting& s : config.limits) {
        std::uint32_t id = 0;
        if (!resolveLimitPlace(s.level, s.name, id)) {
            problems += "Limit " + std::string(toString(s.check)) + " for unknown instrument '" + s.name + "' ignored. ";
            continue;
        }
        m_risk.setLimit(s, id);
    }
    for (std::size_t i = 1; i < m_instruments.size(); ++i)
        m_risk.setRestricted(static_cast<InstrumentId>(i), false);
    for (const std::string& symbol : config.restricted) {
        if (InstrumentId inst = findInstrument(symbol))
            m_risk.setRestricted(inst, true);
        else
            problems += "Restricted symbol '" + symbol + "' is not a configured instrument. ";
    }
    auditRisk(kNoName, "risk configuration", "", std::to_string(config.limits.size()) + " limits");
    if (!problems.empty()) {
        raise(Severity::Warning, ReasonCode::UnknownInstrument, kNoOrder, kNoName, problems);
        return {ReasonCode::UnknownInstrument, problems};
    }
    return {};
}

Reason Engine::setRiskLimit(const Actor& a, const LimitSetting& s)
{
    beginInput(static_cast<std::uint8_t>(RecordType::RiskLimit));
    journalActor(a);
    ByteWriter w = recordWriter();
    writeLimit(w, s);
    Reason r = doSetRiskLimit(a, s);
    endInput();
    return r;
}

Reason Engine::doSetRiskLimit(const Actor& a, const LimitSetting& s)
{
    ++m_counters.commands;
    if (Reason p = permitted(a, Role::Supervisor, "change risk limits"); !p.ok())
        return p;
    if (s.value < -1) {
        std::string text = "A limit cannot be negative; use -1 to remove it";
        raise(Severity::Info, ReasonCode::InvalidQuantity, kNoOrder, a.user, text);
        return {ReasonCode::InvalidQuantity, std::move(text)};
    }
    std::uint32_t id = 0;
    if (!resolveLimitPlace(s.level, s.name, id)) {
        std::string text = "Unknown " + std::string(toString(s.level)) + " '" + s.name + "'";
        raise(Severity::Info, ReasonCode::UnknownInstrument, kNoOrder, a.user, text);
        return {ReasonCode::UnknownInstrument, std::move(text)};
    }
    const LimitSetting old = m_risk.setLimit(s, id);
    const std::string what = std::string(toString(s.check)) + " of " + limitPlace(s.level, id);
    auditRisk(a.user, what, settingText(old), settingText(s));
    raise(Severity::Info, ReasonCode::None, kNoOrder, kNoName,
          std::string(m_names.name(a.user)) + " changed " + what + ": " + settingText(old) + " -> " + settingText(s));
    return {};
}

Reason Engine::setRiskCheckEnabled(const Actor& a, RiskCheck check, bool on)
{
    beginInput(static_cast<std::uint8_t>(RecordType::RiskEnable));
    journalActor(a);
    ByteWriter w = recordWriter();
    w.u8(static_cast<std::uint8_t>(check));
    w.u8(on);
    Reason r = doSetRiskCheckEnabled(a, check, on);
    endInput();
    return r;
}

Reason Engine::doSetRiskCheckEnabled(const Actor& a, RiskCheck check, bool on)
{
    ++m_counters.commands;
    if (Reason p = permitted(a, Role::Supervisor, "switch risk checks"); !p.ok())
        return p;
    const bool was = m_risk.enabled(check);
    m_risk.setEnabled(check, on);
    auditRisk(a.user, "check " + std::string(toString(check)), was ? "on" : "off", on ? "on" : "off");
    raise(on ? Severity::Info : Severity::Warning, ReasonCode::None, kNoOrder, kNoName,
          std::string(m_names.name(a.user)) + " switched the " + std::string(toString(check)) + " check "
              + (on ? "on" : "off"));
    return {};
}

Reason Engine::setRestricted(const Actor& a, std::string_view symbol, bool restricted)
{
    beginInput(static_cast<std::uint8_t>(RecordType::RiskRestrict));
    journalActor(a);
    ByteWriter w = recordWriter();
    w.str(symbol);
    w.u8(restricted);
    Reason r = doSetRestricted(a, symbol, restricted);
    endInput();
    return r;
}

Reason Engine::doSetRestricted(const Actor& a, std::string_view symbol, bool restricted)
{
    ++m_counters.commands;
    if (Reason p = permitted(a, Role::Supervisor, "change the restricted list"); !p.ok())
        return p;
    const InstrumentId inst = findInstrument(symbol);
    if (!inst) {
        std::string text = "Unknown instrument '" + std::string(symbol) + "'";
        raise(Severity::Info, ReasonCode::UnknownInstrument, kNoOrder, a.user, text);
        return {ReasonCode::UnknownInstrument, std::move(text)};
    }
    const bool was = m_risk.restricted(inst);
    m_risk.setRestricted(inst, restricted);
    auditRisk(a.user, "restricted list: " + std::string(symbol), was ? "restricted" : "allowed",
              restricted ? "restricted" : "allowed");
    return {};
}

Reason Engine::releaseHeldOrder(const Actor& a, OrderId id)
{
    beginInput(static_cast<std::uint8_t>(RecordType::RiskRelease));
    journalActor(a);
    ByteWriter w = recordWriter();
    w.u32(id);
    w.u8(1);
    w.str("");
    Reason r = doReleaseHeld(a, id, true, {});
    endInput();
    return r;
}

Reason Engine::refuseHeldOrder(const Actor& a, OrderId id, std::string_view why)
{
    beginInput(static_cast<std::uint8_t>(RecordType::RiskRelease));
    journalActor(a);
    ByteWriter w = recordWriter();
    w.u32(id);
    w.u8(0);
    w.str(why);
    Reason r = doReleaseHeld(a, id, false, why);
    endInput();
    return r;
}

Reason Engine::doReleaseHeld(const Actor& a, OrderId id, bool release, std::string_view why)
{
    ++m_counters.commands;
    if (Reason p = permitted(a, Role::Supervisor, release ? "release held orders" : "refuse held orders"); !p.ok())
        return p;
    Order* o = m_orders.find(id);
    if (!o || o->status != OrderStatus::PendingRisk) {
        std::string text = "Order " + std::to_string(id) + " is not held for a risk decision";
        raise(Severity::Info, ReasonCode::OrderNotWorking, id, a.user, text);
        return {ReasonCode::OrderNotWorking, std::move(text)};
    }
    if (o->trader == a.user) {
        std::string text = "Four eyes: " + std::string(m_names.name(a.user))
                         + " entered order " + std::to_string(id) + " and cannot also approve or refuse it";
        raise(Severity::Warning, ReasonCode::NotPermitted, id, a.user, text);
        return {ReasonCode::NotPermitted, std::move(text)};
    }
    auto reject = [&](ReasonCode code, std::string text) {
        transition(*o, LifecycleEvent::RiskRejected, a.user);
        decide(o->id, LifecycleEvent::RiskRejected, code);
        m_orderText[o->id] = text;
        raise(Severity::Warning, code, o->id, o->trader, text);
        notifyOrder(*o);
        return Reason{code, std::move(text)};
    };
    if (!release) {
        std::string text = "Refused by " + std::string(m_names.name(a.user))
                         + (why.empty() ? std::string() : ": " + std::string(why));
        reject(ReasonCode::RiskHeld, text);
        return {};
    }
    // The supervisor overrides the soft limit, not the hard ones, and not a
    // kill switch thrown while the order waited.
    // A venue that is reconciling takes no new order yet: the order stays
    // held and the supervisor may release it once the report is done.
    if (Reason held = checkVenueReleased(*o); !held.ok())
        return held;
    Reason k = checkTradingState(*o, false);
    if (!k.ok())
        return reject(k.code, k.text);
    RiskVerdict v = m_risk.check(riskCandidate(*o, o->quantity, false, locateOf(o->id)), m_now);
    if (v.outcome == RiskVerdict::Outcome::Reject)
        return reject(v.code, wordRisk(v.text, *o));
    m_orderText[o->id] = "Released by " + std::string(m_names.name(a.user));
    route(*o, a.user);
    return {};
}

// ---------------------------------------------------------------------------
// Monitoring

void Engine::advanceTime()
{
    m_risk.advance(m_now, m_riskEvents);
    if (!m_riskEvents.empty())
        handleRiskEvents();
}

void Engine::handleRiskEvents()
{
    if (m_riskEvents.empty())
        return;
    const NameId riskUser = m_names.intern("risk");
    std::vector<RiskEvent> events;
    events.swap(m_riskEvents);
    bool controlsChanged = false;
    for (const RiskEvent& e : events) {
        const std::string place = limitPlace(e.level, e.id);
        const std::string check(toString(e.check));
        auto amount = [&e](std::int64_t v) {
            return unitOf(e.check) == LimitUnit::Money ? formatMoney(v) : std::to_string(v);
        };
        // Loss controls act on the trader or account (or strategy, instrument,
        // firm) the limit belongs to; a desk has no control scope of its own.
        ControlScope scope;
        bool hasScope = true;
        switch (e.level) {
        case LimitLevel::Firm: scope = {ControlScope::Kind::All, 0}; break;
        case LimitLevel::Trader: scope = {ControlScope::Kind::Trader, e.id}; break;
        case LimitLevel::Account: scope = {ControlScope::Kind::Account, e.id}; break;
        case LimitLevel::Strategy: scope = {ControlScope::Kind::Strategy, e.id}; break;
        case LimitLevel::Instrument: scope = {ControlScope::Kind::Instrument, e.id}; break;
        case LimitLevel::Desk: hasScope = false; break;
        }
        auto tighten = [&](TradingState state) {
            if (!hasScope)
                return;
            TradingControl* c = m_controls.find(scope);
            if (c && static_cast<int>(c->state) >= static_cast<int>(state))
                return;
            m_controls.set(scope, state, riskUser, m_now);
            controlsChanged = true;
        };
        switch (e.kind) {
        case RiskEvent::Kind::Warning:
            raise(Severity::Warning, reasonFor(e.check), kNoOrder, kNoName,
                  check + " of " + place + " at " + std::to_string(e.limit ? e.used * 100 / e.limit : 0)
                      + "% of its limit (" + amount(e.used) + " of " + amount(e.limit) + ")");
            break;
        case RiskEvent::Kind::Breach:
            raise(Severity::Critical, reasonFor(e.check), kNoOrder, kNoName,
                  check + " of " + place + " is over its limit: " + amount(e.used) + " against " + amount(e.limit));
            break;
        case RiskEvent::Kind::LossBreach:
            tighten(TradingState::Reducing);
            raise(Severity::Critical, ReasonCode::RiskDailyLoss, kNoOrder, kNoName,
                  "Daily loss limit of " + place + " breached: loss " + formatMoney(e.used) + ", limit "
                      + formatMoney(e.limit) + "; trading set to REDUCING");
            break;
        case RiskEvent::Kind::LossHalt: {
            const Timestamp until = m_now + m_risk.config().parameters.lossCoolingOff;
            m_risk.haltNode(e.level, e.id, until);
            tighten(TradingState::Halted);
            raise(Severity::Critical, ReasonCode::RiskDailyLoss, kNoOrder, kNoName,
                  "Daily loss limit of " + place + " breached again (loss " + formatMoney(e.used)
                      + "): trading halted for a cooling-off period of "
                      + std::to_string(m_risk.config().parameters.lossCoolingOff / (60 * kNanosPerSecond))
                      + " minutes");
            break;
        }
        case RiskEvent::Kind::LossHaltEnded:
            if (hasScope) {
                TradingControl* c = m_controls.find(scope);
                if (c && c->state == TradingState::Halted && c->by == riskUser) {
                    c->state = TradingState::Reducing;
                    c->since = m_now;
                    controlsChanged = true;
                }
            }
            raise(Severity::Warning, ReasonCode::RiskDailyLoss, kNoOrder, kNoName,
                  "Cooling-off for " + place + " is over: trading is REDUCING until a supervisor re-arms it");
            break;
        case RiskEvent::Kind::CircuitBreakerTripped:
            raise(Severity::Critical, ReasonCode::RiskCircuitBreaker, kNoOrder, kNoName,
                  "Circuit breaker on " + place + ": the price moved " + formatPrice(e.used * (kPriceScale / 100))
                      + "% within "
                      + std::to_string(m_risk.config().parameters.circuitBreakerWindow / (60 * kNanosPerSecond))
                      + " minutes; new orders halted for "
                      + std::to_string(m_risk.config().parameters.circuitBreakerHalt / kNanosPerSecond)
                      + " s, cancels still allowed");
            break;
        case RiskEvent::Kind::CircuitBreakerReset:
            raise(Severity::Warning, ReasonCode::RiskCircuitBreaker, kNoOrder, kNoName,
                  "Circuit breaker on " + place + " reset: new orders accepted again");
            break;
        }
    }
    if (controlsChanged)
        notifyControls();
    if (m_listener && !m_replaying)
        m_listener->riskUpdated();
}

}  // namespace ordo
