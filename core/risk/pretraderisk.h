#pragma once

// Pre-trade risk: checks every new order, child order and replace against
// the limit hierarchy (firm -> desk -> trader -> account -> strategy ->
// instrument; every level the order belongs to is checked, so the tightest
// limit binds), and keeps the running figures the limits are measured on:
// positions and exposure per node, daily counters, order rates, P&L,
// reference prices and circuit breakers.
//
// Thread: the engine thread; owned by the Engine, which feeds it order,
// fill and price events. Numbers: Qty units, Money and Price in 1e-8,
// percentages in basis points, time in ns.

#include "domain/order.h"
#include "domain/reason.h"
#include "risk/risklimits.h"

#include <array>
#include <bitset>
#include <deque>
#include <unordered_map>
#include <vector>

namespace ordo {

class NameTable;

// What one check decided.
struct RiskVerdict {
    enum class Outcome : std::uint8_t { Pass, Reject, Hold };
    Outcome outcome = Outcome::Pass;
    RiskCheck check = RiskCheck::MaxOrderQty;
    ReasonCode code = ReasonCode::None;
    std::string text;

    bool passed() const noexcept { return outcome == Outcome::Pass; }
};

// The order as risk sees it: the candidate's terms and what it would add.
struct RiskCandidate {
    const Order& order;
    Qty quantity = 0;      // quantity being added to the market (a replace: the increase, 0 if none)
    Price price = 0;       // limit price, or the reference price for a market order
    bool reduces = false;  // only reduces the account's position
    bool isReplace = false;
    std::string_view locateId;
    bool repriced = false;  // a replace that changes the price: the order's size changes with it
};

// One limit's utilisation, for monitoring.
struct LimitUsage {
    RiskCheck check = RiskCheck::MaxOrderQty;
    LimitLevel level = LimitLevel::Firm;
    std::uint32_t id = 0;  // NameId, or InstrumentId for the instrument level
    std::int64_t used = 0;
    std::int64_t limit = 0;
    bool soft = false;
    bool running = false;  // used is a running figure (per-order limits have none)
    std::int64_t utilisationBp() const noexcept { return limit > 0 ? used * 10'000 / limit : 0; }
};

// Facts risk monitoring found while processing a fill or a price.
struct RiskEvent {
    enum class Kind : std::uint8_t {
        Warning, Breach, LossBreach, LossHalt, LossHaltEnded, CircuitBreakerTripped, CircuitBreakerReset
    };
    Kind kind = Kind::Warning;
    RiskCheck check = RiskCheck::MaxOrderQty;
    LimitLevel level = LimitLevel::Firm;
    std::uint32_t id = 0;
    std::int64_t used = 0;
    std::int64_t limit = 0;
    Timestamp until = 0;  // LossHalt, CircuitBreakerTripped: when it ends
};

enum class TradingPhase : std::uint8_t { PreOpen, Continuous, Closed };

class PreTradeRisk {
public:
    explicit PreTradeRisk(const NameTable& names);

    // --- configuration (the engine journals the commands that call these) ---
    // Sets parameters, desks and disabled checks; limits and restrictions
    // come through setLimit and setRestricted, resolved by the engine.
    void configure(const RiskConfig& config, NameTable& names);
    // Starts a loss halt on a node until the given time.
    void haltNode(LimitLevel level, std::uint32_t id, Timestamp until);
    const RiskConfig& config() const noexcept { return m_config; }
    bool configured() const noexcept { return m_configured; }
    // Returns the setting it replaced (value -1 if there was none).
    LimitSetting setLimit(const LimitSetting& setting, std::uint32_t id);
    void setEnabled(RiskCheck check, bool enabled);
    bool enabled(RiskCheck check) const noexcept { return !m_disabled.test(static_cast<std::size_t>(check)); }
    void setRestricted(InstrumentId instrument, bool restricted);
    bool restricted(InstrumentId instrument) const noexcept;
    void setInstrumentCount(std::size_t count);
    void setTradingHours(InstrumentId instrument, TradingHours hours);

    // --- the check --------------------------------------------------------
    // Runs every enabled check in order; the first failure decides. now is
    // the engine's time for this input.
    RiskVerdict check(const RiskCandidate& candidate, Timestamp now);

    // --- running figures ----------------------------------------------------
    // An order entered the market (passed and was routed): counts it and its
    // rate; the working quantity follows through workingChanged.
    void orderRouted(const Order& order, Timestamp now);
    void workingChanged(const Order& order, Qty leavesDelta);
    void fill(const Order& order, Qty quantity, Price price, Money fee, std::vector<RiskEvent>& events);
    void mark(InstrumentId instrument, Price price, Timestamp now, std::vector<RiskEvent>& events);
    // Time passing: circuit breakers and loss halts that ran out.
    void advance(Timestamp now, std::vector<RiskEvent>& events);

    Price referencePrice(InstrumentId instrument) const noexcept;
    TradingPhase phase(InstrumentId instrument, Timestamp now) const noexcept;
    bool circuitBreakerActive(InstrumentId instrument, Timestamp now) const noexcept;
    std::vector<LimitUsage> usage() const;
    NameId deskOf(NameId trader) const noexcept;

private:
    struct Exposure {
        Qty position = 0;
        Qty workingBuy = 0;
        Qty workingSell = 0;
        Money cost = 0;
        Money realized = 0;
        // contributions to the node totals at the last reference price
        Money gross = 0, netLong = 0, netShort = 0, longExp = 0, shortExp = 0, unrealized = 0;
    };
    struct Node {
        LimitLevel level = LimitLevel::Firm;
        std::uint32_t id = 0;
        std::array<std::int64_t, kRiskCheckCount> limit;
        std::bitset<kRiskCheckCount> soft;
        std::bitset<kRiskCheckCount> warned;
        std::bitset<kRiskCheckCount> breached;
        std::int64_t ordersToday = 0;
        std::int64_t fillsToday = 0;
        Qty volumeToday = 0;
        Money notionalToday = 0;
        Qty workingQty = 0;
        Money workingNotional = 0;
        Money gross = 0, netLong = 0, netShort = 0, longExp = 0, shortExp = 0, unrealized = 0, realized = 0;
        bool lossBreached = false;
        std::int64_t lossBreaches = 0;
        Timestamp haltedUntil = 0;
        std::unordered_map<InstrumentId, Exposure> exposures;
        Node() { limit.fill(-1); }
    };
    struct Rate {
        // token buckets in milli-orders: a fast one caps the rate at the
        // burst, a slow one lets the burst last burstDuration
        std::int64_t fastTokens = 0, slowTokens = 0;
        Timestamp refilled = 0;
        std::array<std::int64_t, 60> perSecond{};  // orders in each of the last 60 seconds
        std::int64_t second = 0;                    // the second perSecond ends at
        bool initialised = false;
    };
    struct Breaker {
        std::deque<std::pair<Timestamp, Price>> window;  // prices in the last window, oldest first
        std::deque<std::pair<Timestamp, Price>> minQ, maxQ;
        Timestamp haltedUntil = 0;
        Price reference = 0;
    };
    using NodeSet = std::array<std::uint32_t, kLimitLevelCount>;  // node index per level, or kNone

    static constexpr std::uint32_t kNone = 0xffffffffu;
    std::uint32_t nodeIndex(LimitLevel level, std::uint32_t id, bool create);
    NodeSet nodesOf(const Order& o, bool create);
    void refresh(Node& n, InstrumentId inst, Exposure& e);
    std::int64_t measure(const Node& n, RiskCheck c) const;
    RiskVerdict fail(const Node& n, RiskCheck c, std::int64_t value, std::int64_t limit, const Order& o) const;
    RiskVerdict failText(RiskCheck c, bool soft, std::string text) const;
    std::string nodeName(const Node& n) const;
    bool checkRate(NameId trader, Timestamp now, std::string& why);
    void monitor(Node& n, std::vector<RiskEvent>& events);
    void wakeAt(Timestamp t);

    const NameTable& m_names;
    RiskConfig m_config;
    bool m_configured = false;
    std::bitset<kRiskCheckCount> m_disabled;
    std::vector<Node> m_nodes;
    std::unordered_map<std::uint64_t, std::uint32_t> m_nodeIndex;
    std::unordered_map<NameId, NameId> m_desks;
    std::unordered_map<NameId, Rate> m_rates;
    std::vector<std::uint8_t> m_restricted;        // by InstrumentId
    std::vector<Price> m_reference;                // by InstrumentId
    std::vector<TradingHours> m_hours;             // by InstrumentId
    std::vector<Breaker> m_breakers;               // by InstrumentId
    std::vector<std::vector<std::uint32_t>> m_holders;  // InstrumentId -> nodes with an exposure in it
    std::unordered_map<std::uint64_t, Timestamp> m_recentOrders;  // duplicate detection
    Timestamp m_nextWake = 0;  // earliest halt that runs out; 0: none
    std::vector<NodeSet> m_orderNodes;  // by OrderId: the nodes an order counts in
};

ReasonCode reasonFor(RiskCheck check) noexcept;
std::string_view toString(TradingPhase) noexcept;

}  // namespace ordo
