#include "risk/tradingcontrols.h"

#include <algorithm>

namespace ordo {

bool ControlScope::matches(const Order& o) const noexcept
{
    switch (kind) {
    case Kind::All: return true;
    case Kind::Trader: return o.trader == id;
    case Kind::Account: return o.account == id;
    case Kind::Strategy: return o.strategy == id;
    case Kind::Instrument: return o.instrument == id;
    case Kind::Venue: return o.venue == id;
    }
    return false;
}

TradingState TradingControls::stateFor(const Order& o) const noexcept
{
    TradingState strictest = TradingState::Active;
    for (const auto& c : m_controls) {
        if (c.scope.matches(o) && static_cast<int>(c.state) > static_cast<int>(strictest))
            strictest = c.state;
    }
    return strictest;
}

TradingControl* TradingControls::find(const ControlScope& scope) noexcept
{
    auto it = std::find_if(m_controls.begin(), m_controls.end(), [&](const auto& c) { return c.scope == scope; });
    return it == m_controls.end() ? nullptr : &*it;
}

TradingControl& TradingControls::set(const ControlScope& scope, TradingState state, NameId by, Timestamp now)
{
    TradingControl* c = find(scope);
    if (!c) {
        c = &m_controls.emplace_back();
        c->scope = scope;
    }
    c->state = state;
    c->by = by;
    c->since = now;
    c->phase = KillPhase::None;
    c->cancelsSent = c->cancelsFailed = c->stillWorking = 0;
    return *c;
}

bool TradingControls::remove(const ControlScope& scope)
{
    auto it = std::find_if(m_controls.begin(), m_controls.end(), [&](const auto& c) { return c.scope == scope; });
    if (it == m_controls.end())
        return false;
    m_controls.erase(it);
    return true;
}

std::string_view toString(TradingState v) noexcept
{
    switch (v) {
    case TradingState::Active: return "ACTIVE";
    case TradingState::Reducing: return "REDUCING";
    case TradingState::Halted: return "HALTED";
    }
    return "?";
}

std::string_view toString(KillPhase v) noexcept
{
    switch (v) {
    case KillPhase::None: return "NONE";
    case KillPhase::Cancelling: return "CANCELLING";
    case KillPhase::Confirmed: return "CONFIRMED";
    case KillPhase::Flattening: return "FLATTENING";
    case KillPhase::Flattened: return "FLATTENED";
    }
    return "?";
}

std::string_view toString(ControlScope::Kind v) noexcept
{
    switch (v) {
    case ControlScope::Kind::All: return "ALL";
    case ControlScope::Kind::Trader: return "TRADER";
    case ControlScope::Kind::Account: return "ACCOUNT";
    case ControlScope::Kind::Strategy: return "STRATEGY";
    case ControlScope::Kind::Instrument: return "INSTRUMENT";
    case ControlScope::Kind::Venue: return "VENUE";
    }
    return "?";
}

}  // namespace ordo
