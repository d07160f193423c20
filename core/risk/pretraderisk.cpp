#include "risk/pretraderisk.h"

#include "domain/format.h"
#include "domain/names.h"
#include "oms/positions.h"

#include <algorithm>
#include <cstdlib>

namespace ordo {
namespace {

constexpr std::int64_t kBp = 10'000;
constexpr Timestamp kMinute = 60 * kNanosPerSecond;

Money mulBp(Money m, std::int64_t bp)
{
    return static_cast<Money>(static_cast<__int128>(m) * bp / kBp);
}

std::string valueText(RiskCheck c, std::int64_t v)
{
    if (unitOf(c) == LimitUnit::Money)
        return formatMoney(v);
    if (unitOf(c) == LimitUnit::BasisPoints)
        return formatPrice(v * (kPriceScale / 100)) + "%";  // bp -> percent with decimals
    return std::to_string(v);
}

std::uint64_t key(LimitLevel level, std::uint32_t id)
{
    return (std::uint64_t(level) << 32) | id;
}

}  // namespace

PreTradeRisk::PreTradeRisk(const NameTable& names)
    : m_names(names)
{
}

ReasonCode reasonFor(RiskCheck c) noexcept
{
    return static_cast<ReasonCode>(static_cast<int>(ReasonCode::RiskMaxOrderQty) + static_cast<int>(c));
}

// ---------------------------------------------------------------------------
// Configuration

void PreTradeRisk::configure(const RiskConfig& config, NameTable& names)
{
    m_config = config;
    m_configured = true;
    m_disabled.reset();
    for (RiskCheck c : config.disabled)
        m_disabled.set(static_cast<std::size_t>(c));
    m_desks.clear();
    m_orderNodes.clear();
    for (const auto& [trader, desk] : config.desks)
        m_desks[names.intern(trader)] = names.intern(desk);
    for (Node& n : m_nodes) {
        n.limit.fill(-1);
        n.soft.reset();
    }
    // Limits and restrictions that name instruments are resolved by the
    // engine, which knows the instruments; see Engine::applyRiskConfig.
}

void PreTradeRisk::haltNode(LimitLevel level, std::uint32_t id, Timestamp until)
{
    m_nodes[nodeIndex(level, id, true)].haltedUntil = until;
    wakeAt(until);
}

void PreTradeRisk::wakeAt(Timestamp t)
{
    if (t && (m_nextWake == 0 || t < m_nextWake))
        m_nextWake = t;
}

NameId PreTradeRisk::deskOf(NameId trader) const noexcept
{
    auto it = m_desks.find(trader);
    return it == m_desks.end() ? kNoName : it->second;
}

void PreTradeRisk::setInstrumentCount(std::size_t count)
{
    if (m_reference.size() < count + 1) {
        m_reference.resize(count + 1, 0);
        m_restricted.resize(count + 1, 0);
        m_hours.resize(count + 1);
        m_breakers.resize(count + 1);
        m_holders.resize(count + 1);
    }
}

void PreTradeRisk::setTradingHours(InstrumentId instrument, TradingHours hours)
{
    setInstrumentCount(instrument);
    m_hours[instrument] = hours;
}

void PreTradeRisk::setRestricted(InstrumentId instrument, bool restricted)
{
    setInstrumentCount(instrument);
    m_restricted[instrument] = restricted;
}

bool PreTradeRisk::restricted(InstrumentId instrument) const noexcept
{
    return instrument < m_restricted.size() && m_restricted[instrument];
}

void PreTradeRisk::setEnabled(RiskCheck check, bool on)
{
    m_disabled.set(static_cast<std::size_t>(check), !on);
}

std::uint32_t PreTradeRisk::nodeIndex(LimitLevel level, std::uint32_t id, bool create)
{
    auto it = m_nodeIndex.find(key(level, id));
    if (it != m_nodeIndex.end())
        return it->second;
    if (!create)
        return kNone;
    const auto index = static_cast<std::uint32_t>(m_nodes.size());
    Node& n = m_nodes.emplace_back();
    n.level = level;
    n.id = id;
    m_nodeIndex.emplace(key(level, id), index);
    return index;
}

LimitSetting PreTradeRisk::setLimit(const LimitSetting& s, std::uint32_t id)
{
    Node& n = m_nodes[nodeIndex(s.level, id, true)];
    const auto c = static_cast<std::size_t>(s.check);
    LimitSetting old = s;
    old.value = n.limit[c];
    old.soft = n.soft.test(c);
    n.limit[c] = s.value;
    n.soft.set(c, s.soft);
    n.warned.reset(c);
    n.breached.reset(c);
    return old;
}

PreTradeRisk::NodeSet PreTradeRisk::nodesOf(const Order& o, bool create)
{
    // An order's places in the hierarchy never change (desks only with a new
    // configuration, which clears this): every fill and working-quantity
    // change would otherwise pay six hash lookups.
    if (o.id && o.id < m_orderNodes.size() && m_orderNodes[o.id][0] != kNone)
        return m_orderNodes[o.id];
    NodeSet set;
    set[0] = nodeIndex(LimitLevel::Firm, 0, create);
    const NameId desk = deskOf(o.trader);
    set[1] = desk ? nodeIndex(LimitLevel::Desk, desk, create) : kNone;
    set[2] = o.trader ? nodeIndex(LimitLevel::Trader, o.trader, create) : kNone;
    set[3] = o.account ? nodeIndex(LimitLevel::Account, o.account, create) : kNone;
    set[4] = o.strategy ? nodeIndex(LimitLevel::Strategy, o.strategy, create) : kNone;
    set[5] = nodeIndex(LimitLevel::Instrument, o.instrument, create);
    if (create && o.id) {
        if (o.id >= m_orderNodes.size()) {
            NodeSet none;
            none.fill(kNone);
            m_orderNodes.resize(std::max<std::size_t>(o.id + 1, m_orderNodes.size() * 2), none);
        }
        m_orderNodes[o.id] = set;
    }
    return set;
}

// ---------------------------------------------------------------------------
// Running figures

Price PreTradeRisk::referencePrice(InstrumentId instrument) const noexcept
{
    return instrument < m_reference.size() ? m_reference[instrument] : 0;
}

void PreTradeRisk::refresh(Node& n, InstrumentId inst, Exposure& e)
{
    const Price ref = referencePrice(inst);
    const Qty longWorst = e.position + e.workingBuy;
    const Qty shortWorst = e.position - e.workingSell;
    const Money gross = notional(ref, std::max(std::llabs(longWorst), std::llabs(shortWorst)));
    const Money netLong = notional(ref, longWorst);
    const Money netShort = notional(ref, shortWorst);
    const Money longExp = notional(ref, std::max<Qty>(longWorst, 0));
    const Money shortExp = notional(ref, std::max<Qty>(-shortWorst, 0));
    const Money unrealized = ref ? notional(ref, e.position) - e.cost : 0;
    n.gross += gross - e.gross;
    n.netLong += netLong - e.netLong;
    n.netShort += netShort - e.netShort;
    n.longExp += longExp - e.longExp;
    n.shortExp += shortExp - e.shortExp;
    n.unrealized += unrealized - e.unrealized;
    e.gross = gross;
    e.netLong = netLong;
    e.netShort = netShort;
    e.longExp = longExp;
    e.shortExp = shortExp;
    e.unrealized = unrealized;
}

void PreTradeRisk::orderRouted(const Order& o, Timestamp now)
{
    for (std::uint32_t i : nodesOf(o, true))
        if (i != kNone)
            ++m_nodes[i].ordersToday;
    // The order rate and the duplicate window count what reached the market.
    Rate& r = m_rates[o.trader];
    r.fastTokens -= 1000;
    r.slowTokens -= 1000;
    const std::int64_t second = now / kNanosPerSecond;
    if (second != r.second) {
        for (std::int64_t s = r.second + 1; s <= second && s - r.second <= 60; ++s)
            r.perSecond[static_cast<std::size_t>(s % 60)] = 0;
        r.second = second;
    }
    ++r.perSecond[static_cast<std::size_t>(second % 60)];
    const std::uint64_t dupKey = (std::uint64_t(o.account) * 0x9E3779B97F4A7C15ull) ^ (std::uint64_t(o.instrument) << 40)
                               ^ (std::uint64_t(o.side) << 36) ^ std::uint64_t(o.quantity) * 1099511628211ull
                               ^ std::uint64_t(o.limitPrice);
    m_recentOrders[dupKey] = now;
    if (m_recentOrders.size() > 4096) {
        // Forget what is older than the window, in bulk, now and then.
        for (auto it = m_recentOrders.begin(); it != m_recentOrders.end();)
            it = now - it->second > m_config.parameters.duplicateWindow ? m_recentOrders.erase(it) : std::next(it);
    }
}

void PreTradeRisk::workingChanged(const Order& o, Qty delta)
{
    if (!delta)
        return;
    const Price px = o.limitPrice ? o.limitPrice : referencePrice(o.instrument);
    const bool buy = sideSign(o.side) > 0;
    setInstrumentCount(o.instrument);
    for (std::uint32_t i : nodesOf(o, true)) {
        if (i == kNone)
            continue;
        Node& n = m_nodes[i];
        n.workingQty += delta;
        n.workingNotional += notional(px, delta);
        auto [it, inserted] = n.exposures.try_emplace(o.instrument);
        if (inserted)
            m_holders[o.instrument].push_back(i);
        (buy ? it->second.workingBuy : it->second.workingSell) += delta;
        refresh(n, o.instrument, it->second);
    }
}

void PreTradeRisk::fill(const Order& o, Qty qty, Price price, Money fee, std::vector<RiskEvent>& events)
{
    setInstrumentCount(o.instrument);
    if (!m_reference[o.instrument])
        m_reference[o.instrument] = price;
    const Qty signedQty = sideSign(o.side) * qty;
    for (std::uint32_t i : nodesOf(o, true)) {
        if (i == kNone)
            continue;
        Node& n = m_nodes[i];
        ++n.fillsToday;
        n.volumeToday += qty;
        n.notionalToday += notional(price, qty);
        auto [it, inserted] = n.exposures.try_emplace(o.instrument);
        if (inserted)
            m_holders[o.instrument].push_back(i);
        Exposure& e = it->second;
        Money realized = 0;
        applyFillToPosition(e.position, e.cost, realized, signedQty, price);
        e.realized += realized - fee;
        n.realized += realized - fee;
        refresh(n, o.instrument, e);
        monitor(n, events);
    }
}

void PreTradeRisk::mark(InstrumentId inst, Price price, Timestamp now, std::vector<RiskEvent>& events)
{
    if (price <= 0)
        return;
    setInstrumentCount(inst);
    m_reference[inst] = price;
    for (std::uint32_t i : m_holders[inst]) {
        Node& n = m_nodes[i];
        refresh(n, inst, n.exposures[inst]);
        monitor(n, events);
    }

    // Circuit breaker: the largest move against any price in the window.
    Breaker& b = m_breakers[inst];
    const Timestamp horizon = now - m_config.parameters.circuitBreakerWindow;
    while (!b.window.empty() && b.window.front().first < horizon)
        b.window.pop_front();
    while (!b.minQ.empty() && b.minQ.front().first < horizon)
        b.minQ.pop_front();
    while (!b.maxQ.empty() && b.maxQ.front().first < horizon)
        b.maxQ.pop_front();
    if (enabled(RiskCheck::CircuitBreaker) && b.haltedUntil <= now && !b.minQ.empty()) {
        const Price lo = b.minQ.front().second;
        const Price hi = b.maxQ.front().second;
        const std::int64_t up = lo > 0 ? (price - lo) * kBp / lo : 0;
        const std::int64_t down = hi > 0 ? (hi - price) * kBp / hi : 0;
        const std::int64_t move = std::max(up, down);
        if (move > m_config.parameters.circuitBreakerBp) {
            b.haltedUntil = now + m_config.parameters.circuitBreakerHalt;
            wakeAt(b.haltedUntil);
            b.reference = up > down ? lo : hi;
            b.window.clear();
            b.minQ.clear();
            b.maxQ.clear();
            events.push_back({RiskEvent::Kind::CircuitBreakerTripped, RiskCheck::CircuitBreaker,
                              LimitLevel::Instrument, inst, move, m_config.parameters.circuitBreakerBp, b.haltedUntil});
        }
    }
    b.window.emplace_back(now, price);
    while (!b.minQ.empty() && b.minQ.back().second >= price)
        b.minQ.pop_back();
    b.minQ.emplace_back(now, price);
    while (!b.maxQ.empty() && b.maxQ.back().second <= price)
        b.maxQ.pop_back();
    b.maxQ.emplace_back(now, price);
}

void PreTradeRisk::advance(Timestamp now, std::vector<RiskEvent>& events)
{
    // Called for every input: nothing to do until the earliest halt ends.
    if (m_nextWake == 0 || now < m_nextWake)
        return;
    m_nextWake = 0;
    for (std::size_t inst = 0; inst < m_breakers.size(); ++inst) {
        Breaker& b = m_breakers[inst];
        if (b.haltedUntil && b.haltedUntil <= now) {
            b.haltedUntil = 0;
            events.push_back({RiskEvent::Kind::CircuitBreakerReset, RiskCheck::CircuitBreaker, LimitLevel::Instrument,
                              static_cast<std::uint32_t>(inst), 0, 0, 0});
        } else if (b.haltedUntil) {
            wakeAt(b.haltedUntil);
        }
    }
    for (Node& n : m_nodes) {
        if (n.haltedUntil && n.haltedUntil <= now) {
            n.haltedUntil = 0;
            events.push_back({RiskEvent::Kind::LossHaltEnded, RiskCheck::DailyLoss, n.level, n.id, 0, 0, 0});
        } else if (n.haltedUntil) {
            wakeAt(n.haltedUntil);
        }
    }
}

bool PreTradeRisk::circuitBreakerActive(InstrumentId inst, Timestamp now) const noexcept
{
    return inst < m_breakers.size() && m_breakers[inst].haltedUntil > now;
}

TradingPhase PreTradeRisk::phase(InstrumentId inst, Timestamp now) const noexcept
{
    const TradingHours h = inst < m_hours.size() ? m_hours[inst] : TradingHours{};
    const auto minute = static_cast<int>((now / kMinute) % (24 * 60));
    if (minute < h.openMinute)
        return TradingPhase::PreOpen;
    if (minute >= h.closeMinute)
        return TradingPhase::Closed;
    return TradingPhase::Continuous;
}

std::int64_t PreTradeRisk::measure(const Node& n, RiskCheck c) const
{
    switch (c) {
    case RiskCheck::MaxLongPosition: {
        Qty worst = 0;
        for (const auto& [inst, e] : n.exposures)
            worst = std::max(worst, e.position + e.workingBuy);
        return worst;
    }
    case RiskCheck::MaxShortPosition: {
        Qty worst = 0;
        for (const auto& [inst, e] : n.exposures)
            worst = std::max(worst, -(e.position - e.workingSell));
        return worst;
    }
    case RiskCheck::GrossExposure: return n.gross;
    case RiskCheck::NetExposure: return std::max(std::llabs(n.netLong), std::llabs(n.netShort));
    case RiskCheck::Concentration: {
        if (n.gross < m_config.parameters.concentrationFloor || n.gross <= 0)
            return 0;
        Money largest = 0;
        for (const auto& [inst, e] : n.exposures)
            largest = std::max(largest, e.gross);
        return static_cast<std::int64_t>(static_cast<__int128>(largest) * kBp / n.gross);
    }
    case RiskCheck::DailyVolume: return n.volumeToday + n.workingQty;
    case RiskCheck::DailyNotional: return n.notionalToday + n.workingNotional;
    case RiskCheck::DailyOrders: return n.ordersToday;
    case RiskCheck::DailyFills: return n.fillsToday;
    case RiskCheck::BuyingPower:
        return mulBp(n.longExp, m_config.parameters.initialMarginBp) + mulBp(n.shortExp, m_config.parameters.shortMarginBp);
    case RiskCheck::DailyLoss: return std::max<Money>(0, -(n.realized + n.unrealized));
    default: return 0;
    }
}

// Warnings at the threshold and breaches from fills and price moves; each
// raised once per crossing.
void PreTradeRisk::monitor(Node& n, std::vector<RiskEvent>& events)
{
    for (int ci = 0; ci < kRiskCheckCount; ++ci) {
        const auto c = static_cast<RiskCheck>(ci);
        std::int64_t limit = n.limit[static_cast<std::size_t>(ci)];
        if (limit < 0 || !isRunningLimit(c) || !enabled(c))
            continue;
        if (c == RiskCheck::BuyingPower)
            limit = std::max<Money>(0, limit + n.realized + n.unrealized);
        const std::int64_t used = measure(n, c);
        if (c == RiskCheck::DailyLoss) {
            const bool breached = used >= limit && limit >= 0 && used > 0;
            if (breached && !n.lossBreached) {
                n.lossBreached = true;
                ++n.lossBreaches;
                const bool halt = n.lossBreaches >= m_config.parameters.lossBreachesBeforeHalt;
                events.push_back({halt ? RiskEvent::Kind::LossHalt : RiskEvent::Kind::LossBreach, c, n.level, n.id,
                                  used, limit, 0});
            } else if (!breached && n.lossBreached && used * kBp < limit * m_config.parameters.warnAtBp) {
                n.lossBreached = false;  // recovered well below the limit: a new breach counts again
            }
        }
        // Warning and breach are raised once per crossing each: a position
        // that drifts from 85% to 105% is told both.
        const bool warn = limit > 0 && used * kBp >= limit * m_config.parameters.warnAtBp;
        const bool over = used > limit;
        const auto bit = static_cast<std::size_t>(ci);
        if (over && !n.breached.test(bit)) {
            n.breached.set(bit);
            n.warned.set(bit);
            events.push_back({RiskEvent::Kind::Breach, c, n.level, n.id, used, limit, 0});
        } else if (warn && !n.warned.test(bit)) {
            n.warned.set(bit);
            events.push_back({RiskEvent::Kind::Warning, c, n.level, n.id, used, limit, 0});
        }
        if (!over)
            n.breached.reset(bit);
        if (!warn)
            n.warned.reset(bit);
    }
}

std::vector<LimitUsage> PreTradeRisk::usage() const
{
    std::vector<LimitUsage> out;
    for (const Node& n : m_nodes) {
        for (int ci = 0; ci < kRiskCheckCount; ++ci) {
            const std::int64_t limit = n.limit[static_cast<std::size_t>(ci)];
            if (limit < 0)
                continue;
            const auto c = static_cast<RiskCheck>(ci);
            const bool running = isRunningLimit(c);
            LimitUsage u{c, n.level, n.id, running ? measure(n, c) : 0, limit, n.soft.test(std::size_t(ci)), running};
            if (c == RiskCheck::BuyingPower)
                u.limit = std::max<Money>(0, limit + n.realized + n.unrealized);
            out.push_back(u);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// The check

std::string PreTradeRisk::nodeName(const Node& n) const
{
    std::string s(toString(n.level));
    if (n.level == LimitLevel::Firm)
        return s;
    s += ' ';
    if (n.level == LimitLevel::Instrument)
        s += "#" + std::to_string(n.id);  // the engine words instrument limits with the symbol
    else
        s += m_names.name(n.id);
    return s;
}

RiskVerdict PreTradeRisk::failText(RiskCheck c, bool soft, std::string text) const
{
    RiskVerdict v;
    v.outcome = soft ? RiskVerdict::Outcome::Hold : RiskVerdict::Outcome::Reject;
    v.check = c;
    v.code = reasonFor(c);
    v.text = std::move(text);
    return v;
}

RiskVerdict PreTradeRisk::fail(const Node& n, RiskCheck c, std::int64_t value, std::int64_t limit, const Order&) const
{
    std::string text = std::string(toString(c)) + " limit of " + nodeName(n) + " is " + valueText(c, limit)
                     + "; this order would make it " + valueText(c, value);
    return failText(c, n.soft.test(static_cast<std::size_t>(c)), std::move(text));
}

bool PreTradeRisk::checkRate(NameId trader, Timestamp now, std::string& why)
{
    const RiskParameters& p = m_config.parameters;
    Rate& r = m_rates[trader];
    const std::int64_t fastCap = p.burstFactor * p.ordersPerSecond * 1000;
    const std::int64_t slowCap =
        p.ordersPerSecond * 1000 + (p.burstFactor - 1) * p.ordersPerSecond * 1000 * (p.burstDuration / kNanosPerSecond);
    if (!r.initialised) {
        r.fastTokens = fastCap;
        r.slowTokens = slowCap;
        r.refilled = now;
        r.second = now / kNanosPerSecond;
        r.initialised = true;
    }
    const Timestamp dt = std::max<Timestamp>(0, now - r.refilled);
    r.refilled = now;
    // tokens are milli-orders; rates are per second
    const auto refill = [dt](std::int64_t perSecond) {
        return static_cast<std::int64_t>(static_cast<__int128>(dt) * perSecond * 1000 / kNanosPerSecond);
    };
    r.fastTokens = std::min(fastCap, r.fastTokens + refill(p.burstFactor * p.ordersPerSecond));
    r.slowTokens = std::min(slowCap, r.slowTokens + refill(p.ordersPerSecond));
    std::int64_t lastMinute = 0;
    const std::int64_t second = now / kNanosPerSecond;
    for (std::int64_t s = second - 59; s <= second; ++s)
        if (s > r.second - 60 && s <= r.second)
            lastMinute += r.perSecond[static_cast<std::size_t>(((s % 60) + 60) % 60)];
    if (lastMinute + 1 > p.ordersPerMinute) {
        why = "Order rate limit: " + std::to_string(lastMinute) + " orders in the last minute, limit "
            + std::to_string(p.ordersPerMinute) + " a minute";
        return false;
    }
    if (r.fastTokens < 1000 || r.slowTokens < 1000) {
        why = "Order rate limit: more than " + std::to_string(p.ordersPerSecond) + " orders a second ("
            + std::to_string(p.burstFactor * p.ordersPerSecond) + " for at most "
            + std::to_string(p.burstDuration / kNanosPerSecond) + " s)";
        return false;
    }
    return true;
}

RiskVerdict PreTradeRisk::check(const RiskCandidate& cand, Timestamp now)
{
    // Risk applies from the moment it is configured (the app always does,
    // from its configuration file); a bare engine in a test has none.
    if (!m_configured)
        return {};
    const Order& o = cand.order;
    setInstrumentCount(o.instrument);
    const RiskParameters& p = m_config.parameters;
    const Price ref = referencePrice(o.instrument) ? referencePrice(o.instrument) : cand.price;
    const Price px = cand.price ? cand.price : ref;
    const Qty qty = cand.quantity;
    const Money orderNotional = notional(px, qty);
    // The per-order limits measure the order's size, not what it adds: a
    // replace that raises the quantity is checked at its new total (one that
    // does not raise it adds nothing and is not held to them).
    const Qty orderQty = qty > 0 || cand.repriced ? o.quantity : 0;
    const Money orderSize = notional(px, orderQty);
    const bool buy = sideSign(o.side) > 0;
    const NodeSet nodes = nodesOf(o, false);
    RiskVerdict held;  // the first soft failure; hard failures still win over it

    auto on = [this](RiskCheck c) { return enabled(c); };
    // A firm-level setting may make the yes/no checks soft.
    const std::uint32_t firm = nodes[0];
    auto softFlag = [&](RiskCheck c) {
        return firm != kNone && m_nodes[firm].soft.test(static_cast<std::size_t>(c));
    };
    auto consider = [&](RiskVerdict v) -> bool {  // true: stop with v
        if (v.outcome == RiskVerdict::Outcome::Reject)
            return true;
        if (held.passed())
            held = std::move(v);
        return false;
    };

    // Yes/no rules first: they are cheap and their answers the clearest.
    if (on(RiskCheck::RestrictedList) && restricted(o.instrument)) {
        if (auto v = failText(RiskCheck::RestrictedList, softFlag(RiskCheck::RestrictedList),
                              "INSTRUMENT #" + std::to_string(o.instrument) + " is on the restricted list");
            consider(v))
            return v;
    }
    if (on(RiskCheck::CircuitBreaker) && circuitBreakerActive(o.instrument, now)) {
        const Breaker& b = m_breakers[o.instrument];
        if (auto v = failText(RiskCheck::CircuitBreaker, softFlag(RiskCheck::CircuitBreaker),
                              "Circuit breaker: INSTRUMENT #" + std::to_string(o.instrument) + " moved more than "
                                  + valueText(RiskCheck::PriceCollar, p.circuitBreakerBp) + " from "
                                  + formatPrice(b.reference) + "; new orders halted for "
                                  + std::to_string((b.haltedUntil - now + kNanosPerSecond - 1) / kNanosPerSecond)
                                  + " s more");
            consider(v))
            return v;
    }
    if (on(RiskCheck::ShortLocate) && o.side == Side::Short && !cand.isReplace) {
        std::string why;
        if (cand.locateId.empty())
            why = "A short sale needs a locate: enter the locate id";
        else if (restricted(o.instrument))
            why = "No short sales in a restricted instrument";
        else if (circuitBreakerActive(o.instrument, now))
            why = "No short sales while the instrument is halted";
        if (!why.empty())
            if (auto v = failText(RiskCheck::ShortLocate, softFlag(RiskCheck::ShortLocate), why); consider(v))
                return v;
    }
    if (on(RiskCheck::TradingPhase) && !cand.isReplace) {
        const TradingPhase ph = phase(o.instrument, now);
        std::string why;
        if (ph != TradingPhase::Continuous && o.type == OrdType::Market && o.tif != TimeInForce::Ato
            && o.tif != TimeInForce::Atc)
            why = "No market orders outside continuous trading";
        else if (o.tif == TimeInForce::Ato && ph != TradingPhase::PreOpen)
            why = "ATO orders are accepted only before the open";
        else if (o.tif == TimeInForce::Atc && ph == TradingPhase::Closed)
            why = "ATC orders are accepted only before the close";
        else if (ph != TradingPhase::Continuous && (o.tif == TimeInForce::Ioc || o.tif == TimeInForce::Fok))
            why = "IOC and FOK orders need continuous trading";
        else if (ph == TradingPhase::Closed && o.tif == TimeInForce::Day)
            why = "The market is closed for today: use GTC or GTD to rest until the next session";
        if (!why.empty()) {
            why += std::string(" (phase ") + std::string(toString(ph)) + ")";
            if (auto v = failText(RiskCheck::TradingPhase, softFlag(RiskCheck::TradingPhase), why); consider(v))
                return v;
        }
    }
    if (on(RiskCheck::DuplicateOrder) && !cand.isReplace) {
        const std::uint64_t dupKey = (std::uint64_t(o.account) * 0x9E3779B97F4A7C15ull)
                                   ^ (std::uint64_t(o.instrument) << 40) ^ (std::uint64_t(o.side) << 36)
                                   ^ std::uint64_t(o.quantity) * 1099511628211ull ^ std::uint64_t(o.limitPrice);
        auto it = m_recentOrders.find(dupKey);
        if (it != m_recentOrders.end() && now - it->second < p.duplicateWindow) {
            if (auto v = failText(RiskCheck::DuplicateOrder, softFlag(RiskCheck::DuplicateOrder),
                                  "Possible duplicate: the same account, instrument, side, quantity and price "
                                  "were entered "
                                      + std::to_string((now - it->second) / 1'000'000) + " ms ago (window "
                                      + std::to_string(p.duplicateWindow / 1'000'000) + " ms)");
                consider(v))
                return v;
        }
    }

    // Price collar against the reference price: fat-finger protection, for
    // every order that names a price (a peg without a cap names none: the
    // venue prices it from the market).
    const bool priced = (o.type == OrdType::Limit || o.type == OrdType::StopLimit) && o.limitPrice > 0;
    for (std::uint32_t i : nodes) {
        if (i == kNone)
            continue;
        const Node& n = m_nodes[i];
        auto limitOf = [&n](RiskCheck c) { return n.limit[static_cast<std::size_t>(c)]; };
        if (on(RiskCheck::MaxOrderQty) && limitOf(RiskCheck::MaxOrderQty) >= 0
            && orderQty > limitOf(RiskCheck::MaxOrderQty))
            if (auto v = fail(n, RiskCheck::MaxOrderQty, orderQty, limitOf(RiskCheck::MaxOrderQty), o); consider(v))
                return v;
        if (on(RiskCheck::MaxOrderNotional) && limitOf(RiskCheck::MaxOrderNotional) >= 0
            && orderSize > limitOf(RiskCheck::MaxOrderNotional))
            if (auto v = fail(n, RiskCheck::MaxOrderNotional, orderSize, limitOf(RiskCheck::MaxOrderNotional), o);
                consider(v))
                return v;
        if (on(RiskCheck::PriceCollar) && priced && limitOf(RiskCheck::PriceCollar) >= 0 && ref > 0) {
            const std::int64_t away = std::llabs(o.limitPrice - ref) * kBp / ref;
            if (away > limitOf(RiskCheck::PriceCollar)) {
                RiskVerdict v = failText(RiskCheck::PriceCollar, n.soft.test(std::size_t(RiskCheck::PriceCollar)),
                                         "Price collar of " + nodeName(n) + " is "
                                             + valueText(RiskCheck::PriceCollar, limitOf(RiskCheck::PriceCollar))
                                             + " around the reference price " + formatPrice(ref) + "; "
                                             + formatPrice(o.limitPrice) + " is "
                                             + valueText(RiskCheck::PriceCollar, away) + " away");
                if (consider(v))
                    return v;
            }
        }
        if (on(RiskCheck::DailyOrders) && !cand.isReplace && limitOf(RiskCheck::DailyOrders) >= 0
            && n.ordersToday + 1 > limitOf(RiskCheck::DailyOrders))
            if (auto v = fail(n, RiskCheck::DailyOrders, n.ordersToday + 1, limitOf(RiskCheck::DailyOrders), o);
                consider(v))
                return v;
        if (on(RiskCheck::DailyFills) && !cand.reduces && limitOf(RiskCheck::DailyFills) >= 0
            && n.fillsToday >= limitOf(RiskCheck::DailyFills))
            if (auto v = fail(n, RiskCheck::DailyFills, n.fillsToday, limitOf(RiskCheck::DailyFills), o); consider(v))
                return v;
        if (on(RiskCheck::DailyVolume) && limitOf(RiskCheck::DailyVolume) >= 0
            && n.volumeToday + n.workingQty + qty > limitOf(RiskCheck::DailyVolume))
            if (auto v = fail(n, RiskCheck::DailyVolume, n.volumeToday + n.workingQty + qty,
                              limitOf(RiskCheck::DailyVolume), o);
                consider(v))
                return v;
        if (on(RiskCheck::DailyNotional) && limitOf(RiskCheck::DailyNotional) >= 0
            && n.notionalToday + n.workingNotional + orderNotional > limitOf(RiskCheck::DailyNotional))
            if (auto v = fail(n, RiskCheck::DailyNotional, n.notionalToday + n.workingNotional + orderNotional,
                              limitOf(RiskCheck::DailyNotional), o);
                consider(v))
                return v;

        // Limits on exposure: an order that only reduces cannot worsen them.
        if (cand.reduces || qty == 0)
            continue;
        const Exposure none{};
        auto found = n.exposures.find(o.instrument);
        const Exposure& e = found == n.exposures.end() ? none : found->second;
        if (buy && on(RiskCheck::MaxLongPosition) && limitOf(RiskCheck::MaxLongPosition) >= 0
            && e.position + e.workingBuy + qty > limitOf(RiskCheck::MaxLongPosition))
            if (auto v = fail(n, RiskCheck::MaxLongPosition, e.position + e.workingBuy + qty,
                              limitOf(RiskCheck::MaxLongPosition), o);
                consider(v))
                return v;
        if (!buy && on(RiskCheck::MaxShortPosition) && limitOf(RiskCheck::MaxShortPosition) >= 0
            && -(e.position - e.workingSell - qty) > limitOf(RiskCheck::MaxShortPosition))
            if (auto v = fail(n, RiskCheck::MaxShortPosition, -(e.position - e.workingSell - qty),
                              limitOf(RiskCheck::MaxShortPosition), o);
                consider(v))
                return v;

        const bool exposureLimits = limitOf(RiskCheck::GrossExposure) >= 0 || limitOf(RiskCheck::NetExposure) >= 0
                                 || limitOf(RiskCheck::Concentration) >= 0 || limitOf(RiskCheck::BuyingPower) >= 0;
        if (!exposureLimits)
            continue;
        // The node's totals with this order working, at the reference price.
        const Qty longWorst = e.position + e.workingBuy + (buy ? qty : 0);
        const Qty shortWorst = e.position - e.workingSell - (buy ? 0 : qty);
        const Money gross = notional(ref, std::max(std::llabs(longWorst), std::llabs(shortWorst)));
        const Money newGross = n.gross - e.gross + gross;
        const Money newNetLong = n.netLong - e.netLong + notional(ref, longWorst);
        const Money newNetShort = n.netShort - e.netShort + notional(ref, shortWorst);
        const Money newLongExp = n.longExp - e.longExp + notional(ref, std::max<Qty>(longWorst, 0));
        const Money newShortExp = n.shortExp - e.shortExp + notional(ref, std::max<Qty>(-shortWorst, 0));
        if (on(RiskCheck::GrossExposure) && limitOf(RiskCheck::GrossExposure) >= 0
            && newGross > limitOf(RiskCheck::GrossExposure))
            if (auto v = fail(n, RiskCheck::GrossExposure, newGross, limitOf(RiskCheck::GrossExposure), o); consider(v))
                return v;
        const Money net = std::max(std::llabs(newNetLong), std::llabs(newNetShort));
        if (on(RiskCheck::NetExposure) && limitOf(RiskCheck::NetExposure) >= 0 && net > limitOf(RiskCheck::NetExposure))
            if (auto v = fail(n, RiskCheck::NetExposure, net, limitOf(RiskCheck::NetExposure), o); consider(v))
                return v;
        if (on(RiskCheck::Concentration) && limitOf(RiskCheck::Concentration) >= 0 && n.level != LimitLevel::Instrument
            && newGross >= p.concentrationFloor && newGross > 0) {
            const auto share = static_cast<std::int64_t>(static_cast<__int128>(gross) * kBp / newGross);
            if (share > limitOf(RiskCheck::Concentration))
                if (auto v = fail(n, RiskCheck::Concentration, share, limitOf(RiskCheck::Concentration), o); consider(v))
                    return v;
        }
        if (on(RiskCheck::BuyingPower) && limitOf(RiskCheck::BuyingPower) >= 0) {
            const Money equity = limitOf(RiskCheck::BuyingPower) + n.realized + n.unrealized;
            const Money margin = mulBp(newLongExp, p.initialMarginBp) + mulBp(newShortExp, p.shortMarginBp);
            if (margin > equity) {
                RiskVerdict v = failText(RiskCheck::BuyingPower, n.soft.test(std::size_t(RiskCheck::BuyingPower)),
                                         "Buying power of " + nodeName(n) + ": equity " + formatMoney(equity)
                                             + " (cash " + formatMoney(limitOf(RiskCheck::BuyingPower))
                                             + " plus P&L) would have to cover margin of " + formatMoney(margin));
                if (consider(v))
                    return v;
            }
        }
    }

    // Daily loss: a node in breach may only reduce.
    if (on(RiskCheck::DailyLoss) && !cand.reduces) {
        for (std::uint32_t i : nodes) {
            if (i == kNone)
                continue;
            const Node& n = m_nodes[i];
            const std::int64_t limit = n.limit[std::size_t(RiskCheck::DailyLoss)];
            if (limit < 0)
                continue;
            const std::int64_t loss = measure(n, RiskCheck::DailyLoss);
            if (loss >= limit && loss > 0) {
                RiskVerdict v = failText(RiskCheck::DailyLoss, n.soft.test(std::size_t(RiskCheck::DailyLoss)),
                                         "Daily loss limit of " + nodeName(n) + " is " + formatMoney(limit)
                                             + "; the loss today is " + formatMoney(loss)
                                             + ": only orders that reduce a position are accepted");
                if (consider(v))
                    return v;
            }
        }
    }

    // Last, because it is the only check that remembers what it let through.
    if (on(RiskCheck::OrderRate) && !cand.isReplace) {
        std::string why;
        if (!checkRate(o.trader, now, why))
            if (auto v = failText(RiskCheck::OrderRate, softFlag(RiskCheck::OrderRate), why); consider(v))
                return v;
    }
    return held;
}

std::string_view toString(TradingPhase v) noexcept
{
    switch (v) {
    case TradingPhase::PreOpen: return "PRE_OPEN";
    case TradingPhase::Continuous: return "CONTINUOUS";
    case TradingPhase::Closed: return "CLOSED";
    }
    return "?";
}

}  // namespace ordo
