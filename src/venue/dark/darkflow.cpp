#include "darkflow.h"

#include <algorithm>
#include <cmath>

namespace ordo::venue {

namespace {

constexpr double kSizeSigma = 0.8; // log-normal spread of order sizes
// Client tags of the flow's orders: a role of their own in the top two
// bits, as the lit synthetic market does, so no tag equals a client's.
constexpr std::uint64_t kTagBase = std::uint64_t(3) << 62;
constexpr double kMaxSize = 50; // in mean sizes

bool finiteIn(double v, double lo, double hi) noexcept
{
    return std::isfinite(v) && v >= lo && v <= hi;
}

bool validConfig(const DarkFlowConfig& c) noexcept
{
    return c.tickSize > 0 && c.lotSize > 0 && c.typicalSize >= c.lotSize && c.typicalSize <= 1'000'000'000
        && c.blockSize >= c.lotSize && c.blockSize <= 1'000'000'000 && finiteIn(c.restingPerMinute, 0, 1e6)
        && finiteIn(c.takersPerMinute, 0, 1e6) && finiteIn(c.lifetimeSeconds, 1e-3, 1e6) && c.maxResting >= 0
        && c.maxResting <= 10'000 && c.limitTicks >= 0 && c.limitTicks <= 10'000;
}

} // namespace

DarkFlow::DarkFlow(DarkPool& pool, std::uint64_t seed)
    : m_pool(pool)
    , m_seed(seed)
{
}

ErrorCode DarkFlow::addSymbol(SymbolId symbol, const DarkFlowConfig& config)
{
    if (symbol >= m_pool.symbolCount())
        return ErrorCode::UnknownSymbol;
    for (const Symbol& s : m_symbols)
        if (s.id == symbol)
            return ErrorCode::DuplicateSymbol;
    if (!validConfig(config))
        return ErrorCode::InvalidSymbolConfig;
    Symbol& s = m_symbols.emplace_back();
    s.id = symbol;
    s.cfg = config;
    s.rng = Random(Random::streamSeed(m_seed, symbol, 0xDA4C));
    if (m_started) {
        s.nextResting = arrival(s, m_now, s.cfg.restingPerMinute);
        s.nextTaker = arrival(s, m_now, s.cfg.takersPerMinute);
    }
    return ErrorCode::None;
}

void DarkFlow::start(Timestamp now)
{
    m_started = true;
    m_now = now;
    for (Symbol& s : m_symbols) {
        s.nextResting = arrival(s, now, s.cfg.restingPerMinute);
        s.nextTaker = arrival(s, now, s.cfg.takersPerMinute);
    }
}

std::size_t DarkFlow::advanceTo(Timestamp now)
{
    if (!m_started)
        start(now);
    if (now < m_now)
        return 0;
    std::size_t sent = 0;
    for (;;) {
        Symbol* next = nullptr;
        Timestamp due = kNever;
        for (Symbol& s : m_symbols)
            if (const Timestamp d = nextDue(s); d < due) {
                due = d;
                next = &s;
            }
        if (!next || due > now)
            break;
        m_now = due;
        Symbol& s = *next;
        // One thing per turn, in a fixed order at equal times: lifetimes
        // that ran out, then arrivals.
        auto expired = std::find_if(
            s.waiting.begin(), s.waiting.end(), [due](const Waiting& w) { return w.cancelAt <= due; });
        if (expired != s.waiting.end()) {
            const OrderId id = expired->id;
            s.waiting.erase(expired);
            if (m_pool.order(id)) {
                m_pool.cancel(id, kSyntheticSession);
                ++s.stats.cancels;
                ++sent;
            }
        } else if (s.nextResting <= due) {
            s.nextResting = arrival(s, due, s.cfg.restingPerMinute);
            const std::uint64_t before = s.stats.restingOrders;
            restingArrives(s, due);
            sent += s.stats.restingOrders - before;
        } else {
            s.nextTaker = arrival(s, due, s.cfg.takersPerMinute);
            const std::uint64_t before = s.stats.takerOrders;
            takerArrives(s, due);
            sent += s.stats.takerOrders - before;
        }
    }
    m_now = now;
    return sent;
}

Timestamp DarkFlow::nextDue(const Symbol& s) const noexcept
{
    Timestamp due = std::min(s.nextResting, s.nextTaker);
    for (const Waiting& w : s.waiting)
        due = std::min(due, w.cancelAt);
    return due;
}

Timestamp DarkFlow::arrival(Symbol& s, Timestamp from, double perMinute)
{
    if (perMinute <= 0)
        return kNever;
    const double gap = s.rng.exponential() * 60.0 * static_cast<double>(kNanosPerSecond) / perMinute;
    return from + std::max<Timestamp>(1, static_cast<Timestamp>(gap));
}

Qty DarkFlow::size(Symbol& s, Qty mean)
{
    const double raw = std::min(s.rng.lognormal(kSizeSigma), kMaxSize) * static_cast<double>(mean);
    const Qty lots = static_cast<Qty>(std::llround(raw / static_cast<double>(s.cfg.lotSize)));
    return std::max<Qty>(1, lots) * s.cfg.lotSize;
}

NewOrder DarkFlow::newOrder(const Symbol& s, bool buy, Qty qty)
{
    // Each order gets a tag of its own under kTagBase, which marks it as the
    // synthetic participants' and not a client's.
    NewOrder n;
    n.symbol = s.id;
    n.owner = kSyntheticSession;
    n.clientTag = kTagBase | ++m_tags;
    n.side = buy ? Side::Buy : Side::Sell;
    n.quantity = qty;
    return n;
}

void DarkFlow::prune(Symbol& s)
{
    // Filled orders leave the pool on their own; forget them.
    std::erase_if(s.waiting, [this](const Waiting& w) { return !m_pool.order(w.id); });
}

void DarkFlow::restingArrives(Symbol& s, Timestamp t)
{
    // Every draw is made whatever happens next, so that one skipped arrival
    // does not shift the rest of the stream.
    const bool buy = s.rng.chance(0.5);
    const bool pegged = s.rng.chance(0.5);
    const Qty qty = size(s, s.cfg.blockSize);
    const auto lifetime = static_cast<Timestamp>(
        s.rng.exponential() * s.cfg.lifetimeSeconds * static_cast<double>(kNanosPerSecond));
    prune(s);
    if (static_cast<std::int32_t>(s.waiting.size()) >= s.cfg.maxResting)
        return;
    const Price mid = m_pool.mid(s.id);
    if (!mid) {
        ++s.stats.skipped;
        return;
    }
    NewOrder n = newOrder(s, buy, qty);
    n.tif = TimeInForce::Day;
    if (pegged) {
        n.type = OrdType::Pegged;
        n.peg = PegType::Mid;
    } else {
        const Price tick = s.cfg.tickSize;
        const Price reach = tick * s.cfg.limitTicks;
        n.price = buy ? mid - mid % tick + reach : std::max(tick, mid + (tick - mid % tick) % tick - reach);
    }
    ++s.stats.restingOrders;
    const SubmitResult r = m_pool.submit(n);
    if (!r.ok()) {
        ++s.stats.rejects;
        return;
    }
    if (m_pool.order(r.order))
        s.waiting.push_back({ r.order, t + std::max<Timestamp>(1, lifetime) });
}

void DarkFlow::takerArrives(Symbol& s, Timestamp)
{
    const bool buy = s.rng.chance(0.5);
    const Qty qty = size(s, s.cfg.typicalSize);
    if (!m_pool.mid(s.id)) {
        ++s.stats.skipped;
        return;
    }
    NewOrder n = newOrder(s, buy, qty);
    n.type = OrdType::Pegged;
    n.peg = PegType::Mid;
    n.tif = TimeInForce::Ioc;
    ++s.stats.takerOrders;
    if (!m_pool.submit(n).ok())
        ++s.stats.rejects;
}

std::optional<DarkFlowStats> DarkFlow::stats(SymbolId symbol) const noexcept
{
    for (const Symbol& s : m_symbols)
        if (s.id == symbol)
            return s.stats;
    return std::nullopt;
}

std::size_t DarkFlow::resting(SymbolId symbol) const
{
    std::size_t n = 0;
    for (const Symbol& s : m_symbols)
        if (s.id == symbol)
            for (const Waiting& w : s.waiting)
                n += m_pool.order(w.id) ? 1 : 0;
    return n;
}

} // namespace ordo::venue
