#pragma once

// The kill switch and REDUCING mode as a state machine per scope.
//
//   ACTIVE --engage--> HALTED (no new orders; cancels always pass)
//     phase Cancelling: every working order in scope has a cancel out
//     phase Confirmed:  every order in scope is terminal
//     phase Flattened:  a supervisor flattened the positions in scope
//   ACTIVE --reduce--> REDUCING (only orders that reduce a position pass)
//   HALTED/REDUCING --re-arm (supervisor)--> ACTIVE
//
// Scopes overlap; an order is governed by the strictest control that matches
// it. Engine thread only; owned by the Engine.

#include "domain/order.h"

#include <optional>
#include <vector>

namespace ordo {

enum class TradingState : std::uint8_t { Active, Reducing, Halted };
enum class KillPhase : std::uint8_t { None, Cancelling, Confirmed, Flattening, Flattened };

struct ControlScope {
    enum class Kind : std::uint8_t { All, Trader, Account, Strategy, Instrument, Venue };
    Kind kind = Kind::All;
    std::uint32_t id = 0;  // NameId or InstrumentId, by kind

    bool matches(const Order& o) const noexcept;
    friend bool operator==(const ControlScope&, const ControlScope&) = default;
};

struct TradingControl {
    ControlScope scope;
    TradingState state = TradingState::Active;
    KillPhase phase = KillPhase::None;
    NameId by = kNoName;      // supervisor who set it
    Timestamp since = 0;
    std::uint32_t cancelsSent = 0;
    std::uint32_t cancelsFailed = 0;  // gave up after the retries
    std::uint32_t stillWorking = 0;   // orders in scope not yet terminal
    // The newest order when the switch was thrown. Orders entered later were
    // refused, or let in to close positions (flatten): they are not the kill
    // switch's to cancel or wait for.
    OrderId lastOrder = kNoOrder;
};

std::string_view toString(TradingState) noexcept;
std::string_view toString(KillPhase) noexcept;
std::string_view toString(ControlScope::Kind) noexcept;

class TradingControls {
public:
    // The strictest state that governs this order.
    TradingState stateFor(const Order& o) const noexcept;
    TradingControl* find(const ControlScope& scope) noexcept;
    TradingControl& set(const ControlScope& scope, TradingState state, NameId by, Timestamp now);
    bool remove(const ControlScope& scope);
    const std::vector<TradingControl>& all() const noexcept { return m_controls; }
    std::vector<TradingControl>& all() noexcept { return m_controls; }
    bool empty() const noexcept { return m_controls.empty(); }

private:
    std::vector<TradingControl> m_controls;
};

}  // namespace ordo
