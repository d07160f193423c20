#include "syntheticmarket.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ordo::venue {

namespace {

// The quote centre moves only when the fair value is this far (in ticks)
// beyond the half-tick band around it, so a fair value hovering on a
// rounding boundary does not make every maker flicker between two ladders.
constexpr double kHysteresisTicks = 0.25;
constexpr double kTakerSizeSigma = 0.8; // log-normal spread of taker sizes
constexpr double kMakerSizeSigma = 0.3;
constexpr double kTakerMaxSize = 50; // in typical sizes
constexpr double kMakerMaxSize = 1000;
constexpr Timestamp kMinReaction = 1'000'000; // 1 ms

// Client tags: role in the top two bits, symbol index below, then the maker,
// side and level (makers) or a sequence number (takers).
constexpr std::uint64_t kRoleMaker = 1;
constexpr std::uint64_t kRoleTaker = 2;
constexpr std::uint64_t kSymbolMask = (1u << 22) - 1;

std::uint64_t tagRole(std::uint64_t tag) noexcept
{
    return tag >> 62;
}
std::uint32_t tagSymbol(std::uint64_t tag) noexcept
{
    return static_cast<std::uint32_t>((tag >> 40) & kSymbolMask);
}
std::uint32_t tagMaker(std::uint64_t tag) noexcept
{
    return static_cast<std::uint32_t>((tag >> 16) & 0xFF);
}

bool quotable(TradingPhase p) noexcept
{
    return p == TradingPhase::Continuous || p == TradingPhase::OpeningCall || p == TradingPhase::ClosingCall;
}

Timestamp nanos(double seconds) noexcept
{
    return static_cast<Timestamp>(std::llround(seconds * static_cast<double>(kNanosPerSecond)));
}

bool finiteIn(double v, double lo, double hi) noexcept
{
    return std::isfinite(v) && v >= lo && v <= hi;
}

bool validConfig(const SyntheticSymbolConfig& c) noexcept
{
    return c.tickSize > 0 && c.startPrice > 0 && c.startPrice <= 100'000'000'000'000'000 && c.lotSize > 0
        && c.typicalSize >= c.lotSize && c.typicalSize <= 1'000'000'000 && finiteIn(c.volatility, 0, 0.1)
        && c.spreadTicks >= 1 && c.spreadTicks <= 10'000 && c.makers >= 0 && c.makers <= 64 && c.levels >= 1
        && c.levels <= 64 && finiteIn(c.takerRatePerMinute, 0, 1e6) && finiteIn(c.marketOrderShare, 0, 1)
        && finiteIn(c.impactTicks, 0, 1e6) && finiteIn(c.makerRefreshSeconds, 1e-3, 1e6)
        && finiteIn(c.makerReactionSeconds, 0, 1e6) && IntradaySchedule::valid(c.session, c.activity);
}

} // namespace

SyntheticMarket::SyntheticMarket(MatchingEngine& engine, SyntheticOptions options)
    : m_engine(engine)
    , m_options(options)
{
    if (m_options.session == kAnySession)
        m_options.session = kSyntheticSession;
    if (m_options.fairValueStep <= 0)
        m_options.fairValueStep = SyntheticOptions {}.fairValueStep;
    if (!(m_options.impactHalfLifeSeconds > 0))
        m_options.impactHalfLifeSeconds = SyntheticOptions {}.impactHalfLifeSeconds;
    const double step = static_cast<double>(m_options.fairValueStep) / kNanosPerSecond;
    m_offsetDecay = std::exp(-std::log(2.0) * step / m_options.impactHalfLifeSeconds);
}

std::uint64_t SyntheticMarket::makerTag(
    std::uint32_t symbolIndex, std::uint32_t maker, Side side, std::uint32_t level) noexcept
{
    return (kRoleMaker << 62) | (std::uint64_t(symbolIndex & kSymbolMask) << 40) | (std::uint64_t(maker & 0xFF) << 16)
        | (std::uint64_t(side == Side::Sell) << 8) | (level & 0xFF);
}

std::uint64_t SyntheticMarket::takerTag(std::uint32_t symbolIndex, std::uint64_t seq) noexcept
{
    return (kRoleTaker << 62) | (std::uint64_t(symbolIndex & kSymbolMask) << 40) | (seq & ((1ull << 40) - 1));
}

SyntheticMarket::Symbol* SyntheticMarket::find(SymbolId id) noexcept
{
    if (id >= m_indexOf.size() || m_indexOf[id] < 0)
        return nullptr;
    return &m_symbols[static_cast<std::size_t>(m_indexOf[id])];
}

const SyntheticMarket::Symbol* SyntheticMarket::find(SymbolId id) const noexcept
{
    if (id >= m_indexOf.size() || m_indexOf[id] < 0)
        return nullptr;
    return &m_symbols[static_cast<std::size_t>(m_indexOf[id])];
}

// --- set-up -----------------------------------------------------------------

ErrorCode SyntheticMarket::addSymbol(SymbolId id, const SyntheticSymbolConfig& config)
{
    if (m_running || m_inCommand)
        return ErrorCode::Reentrant;
    if (id >= m_engine.symbolCount())
        return ErrorCode::UnknownSymbol;
    if (find(id))
        return ErrorCode::DuplicateSymbol;
    if (!validConfig(config) || m_symbols.size() > kSymbolMask)
        return ErrorCode::InvalidSymbolConfig;

    Symbol s;
    s.id = id;
    s.index = static_cast<std::uint32_t>(m_symbols.size());
    s.cfg = config;
    s.schedule = IntradaySchedule(config.session, config.activity);
    // A shared walk draws from the shared seed and the symbol's key, so every
    // market sharing it draws the same shocks; the makers and takers stay
    // this market's own.
    s.fairRng = shared()
        ? Random(Random::streamSeed(*m_options.fairValueSeed, config.fairValueKey ? config.fairValueKey : s.index, 1))
        : Random(Random::streamSeed(m_options.seed, s.index, 1));
    s.takerRng = Random(Random::streamSeed(m_options.seed, s.index, 2));
    s.makerRng = Random(Random::streamSeed(m_options.seed, s.index, 3));
    s.minTicks = std::ceil(config.spreadTicks / 2.0) + 1.0;
    const Price tick = config.tickSize;
    const Price start = std::max<Price>((config.startPrice + tick / 2) / tick * tick, tick);
    setFair(s, std::log(static_cast<double>(start)));
    s.walkLog = s.logPrice;
    s.walkTime = m_options.fairValueOrigin;
    s.centre2 = centreFor(s, s.fairTicks);
    s.stats.fairValue = start;

    // Makers differ: the first two quote the inside spread, the others up to
    // two ticks wider; one in three spaces its levels two ticks apart.
    s.makers.resize(static_cast<std::size_t>(config.makers));
    for (std::size_t i = 0; i < s.makers.size(); ++i) {
        Maker& m = s.makers[i];
        m.extraTicks = i < 2 ? 0 : static_cast<std::int32_t>(s.makerRng.below(3));
        m.spacing = s.makerRng.below(3) == 0 ? 2 : 1;
        m.sizeScale = s.makerRng.lognormal(0.4);
        const double reaction = config.makerReactionSeconds * (0.2 + 0.8 * s.makerRng.exponential());
        m.reaction = std::max(kMinReaction, nanos(reaction));
        m.refreshMean = config.makerRefreshSeconds * (0.5 + s.makerRng.uniform()) * kNanosPerSecond;
    }
    s.slots.resize(s.makers.size() * 2 * static_cast<std::size_t>(config.levels));

    if (m_indexOf.size() <= id)
        m_indexOf.resize(std::size_t(id) + 1, -1);
    m_indexOf[id] = static_cast<std::int32_t>(s.index);
    m_symbols.push_back(std::move(s));
    if (m_started)
        startSymbol(m_symbols.back(), m_now);
    return ErrorCode::None;
}

void SyntheticMarket::start(Timestamp now)
{
    if (m_running)
        return;
    if (!m_started && shared() && m_options.fairValueOrigin <= 0) {
        // No common origin given: this market's start is the grid's.
        m_options.fairValueOrigin = now;
        for (Symbol& s : m_symbols)
            s.walkTime = now;
    }
    m_started = true;
    m_now = now;
    for (Symbol& s : m_symbols)
        startSymbol(s, now);
}

void SyntheticMarket::startSymbol(Symbol& s, Timestamp now)
{
    if (shared()) {
        // Catch up with the markets that started earlier: the steps they
        // took since the origin, without quoting (nothing rests yet, or
        // what rests is reconciled by the makers' next check). Then step on
        // the common grid.
        const Timestamp step = m_options.fairValueStep;
        if (now > s.walkTime)
            while (s.walkTime <= now - step)
                stepWalk(s, s.walkTime + step);
        // First quotes go straight to the caught-up centre; quotes already
        // resting (start() again after a pause) move at the next step, in
        // requoteAll's order, so the makers never cross each other.
        if (std::all_of(s.slots.begin(), s.slots.end(), [](const Slot& sl) { return sl.id == kNoOrder; }))
            s.centre2 = centreFor(s, s.fairTicks);
        s.nextStep = s.walkTime + step;
    } else {
        s.nextStep = now + m_options.fairValueStep;
    }
    s.nextPhase = s.cfg.drivePhases ? now : kNever;
    s.nextTaker = kNever;
    if (s.cfg.takerRatePerMinute > 0 && s.schedule.maxActivity() > 0)
        s.nextTaker = nextArrival(s, now);
    for (Maker& m : s.makers) {
        m.nextRefill = now; // the first quotes
        m.nextRefresh = now + std::max<Timestamp>(1, std::llround(s.makerRng.exponential() * m.refreshMean));
    }
    updateDue(s);
}

// --- the event loop -----------------------------------------------------------

std::size_t SyntheticMarket::advanceTo(Timestamp now)
{
    if (m_running || m_inCommand)
        return 0;
    if (!m_started)
        start(now);
    if (now < m_now)
        return 0;
    m_running = true;
    const std::uint64_t before = m_commands;
    for (;;) {
        // Symbols in time order; at equal times the lower index goes first.
        Symbol* next = nullptr;
        for (Symbol& s : m_symbols)
            if (s.nextDue <= now && (!next || s.nextDue < next->nextDue))
                next = &s;
        if (!next)
            break;
        m_now = next->nextDue;
        process(*next);
    }
    m_now = now;
    m_running = false;
    return static_cast<std::size_t>(m_commands - before);
}

Timestamp SyntheticMarket::nextEventTime() const noexcept
{
    Timestamp t = kNever;
    for (const Symbol& s : m_symbols)
        t = std::min(t, s.nextDue);
    return t;
}

void SyntheticMarket::updateDue(Symbol& s) noexcept
{
    Timestamp t = std::min({ s.nextStep, s.nextTaker, s.nextPhase });
    for (const Maker& m : s.makers)
        t = std::min({ t, m.nextRefill, m.nextRefresh });
    s.nextDue = t;
}

void SyntheticMarket::process(Symbol& s)
{
    // At one instant: the phase first, then the fair value, the makers (in
    // index order) and last the takers, so a taker meets fresh quotes.
    const Timestamp t = s.nextDue;
    if (s.nextPhase == t) {
        drivePhase(s, t);
    } else if (s.nextStep == t) {
        stepFairValue(s, t);
    } else {
        bool done = false;
        for (std::uint32_t i = 0; i < s.makers.size() && !done; ++i) {
            Maker& m = s.makers[i];
            if (m.nextRefill == t) {
                m.nextRefill = kNever;
            } else if (m.nextRefresh == t) {
                m.nextRefresh = t + std::max<Timestamp>(1, std::llround(s.makerRng.exponential() * m.refreshMean));
            } else {
                continue;
            }
            done = true;
            if (quotable(phaseOf(s))) {
                reconcile(s, i, Side::Buy, t);
                reconcile(s, i, Side::Sell, t);
            }
        }
        if (!done && s.nextTaker == t)
            takerArrives(s, t);
    }
    updateDue(s);
}

TradingPhase SyntheticMarket::phaseOf(const Symbol& s) const noexcept
{
    const auto st = m_engine.stats(s.id);
    return st ? st->phase : TradingPhase::Closed;
}

// --- session ------------------------------------------------------------------

void SyntheticMarket::drivePhase(Symbol& s, Timestamp t)
{
    s.nextPhase = s.schedule.nextPhaseChange(t);
    const TradingPhase want = s.schedule.phaseAt(t);
    const TradingPhase now = phaseOf(s);
    // A halt is the venue operator's: the schedule does not lift it.
    if (now == want || now == TradingPhase::Halted)
        return;
    SyntheticCommand c;
    c.kind = SyntheticCommand::Kind::SetPhase;
    c.role = SyntheticCommand::Role::Session;
    c.symbol = s.id;
    c.time = t;
    c.phase = want;
    issue(s, c);
    if (c.result != ErrorCode::None)
        return;
    ++s.stats.phaseChanges;
    if (want == TradingPhase::Closed) {
        // The makers go home; they quote again at the next opening call.
        SyntheticCommand mc;
        mc.kind = SyntheticCommand::Kind::MassCancel;
        mc.role = SyntheticCommand::Role::Session;
        mc.symbol = s.id;
        mc.time = t;
        issue(s, mc);
        for (Slot& sl : s.slots)
            sl.id = kNoOrder;
        for (Maker& m : s.makers)
            m.nextRefill = kNever;
        return;
    }
    for (std::uint32_t i = 0; i < s.makers.size(); ++i) {
        reconcile(s, i, Side::Buy, t);
        reconcile(s, i, Side::Sell, t);
    }
}

// --- fair value -------------------------------------------------------------------

double SyntheticMarket::clampLog(const Symbol& s, double logPrice) const noexcept
{
    const double tick = static_cast<double>(s.cfg.tickSize);
    const double ticks = std::exp(logPrice) / tick;
    // Far below any engine's maximum price and far above 1 tick: the walk is
    // reflected at both ends instead of leaving the grid.
    const double maxTicks = 1e16 / tick;
    if (!(ticks >= s.minTicks))
        return std::log(s.minTicks * tick);
    if (ticks > maxTicks)
        return std::log(maxTicks * tick);
    return logPrice;
}

void SyntheticMarket::setFair(Symbol& s, double logPrice) noexcept
{
    const double tick = static_cast<double>(s.cfg.tickSize);
    double ticks = std::exp(logPrice) / tick;
    // As clampLog, keeping the bounds exact in ticks.
    const double maxTicks = 1e16 / tick;
    if (!(ticks >= s.minTicks)) {
        ticks = s.minTicks;
        logPrice = std::log(ticks * tick);
    } else if (ticks > maxTicks) {
        ticks = maxTicks;
        logPrice = std::log(ticks * tick);
    }
    s.logPrice = logPrice;
    s.fairTicks = ticks;
    s.stats.fairValue = static_cast<Price>(std::llround(ticks)) * s.cfg.tickSize;
}

std::int64_t SyntheticMarket::centreFor(const Symbol& s, double fairTicks) const noexcept
{
    // The centre is on a tick for an even spread and half-way between two
    // ticks for an odd one, so both best prices land on the grid.
    const std::int64_t spread = s.cfg.spreadTicks;
    std::int64_t c2
        = spread % 2 == 0 ? 2 * std::llround(fairTicks) : 2 * static_cast<std::int64_t>(std::floor(fairTicks)) + 1;
    const std::int64_t minC2 = spread + 2; // best bid at least one tick
    if (c2 < minC2)
        c2 = minC2;
    return c2;
}

double SyntheticMarket::stepVariance(const Symbol& s, Timestamp t) const noexcept
{
    // Variance scales with activity: the day's variance is volatility² times
    // its length, concentrated where the volume is, as in real markets.
    const double dt = static_cast<double>(m_options.fairValueStep) / kNanosPerSecond;
    return s.cfg.volatility * s.cfg.volatility * s.schedule.activity(t) * dt;
}

void SyntheticMarket::stepWalk(Symbol& s, Timestamp t)
{
    // The shared walk depends only on the shared seed, the configuration and
    // t (on the grid): never on this market's flow, which goes to the
    // decaying offset instead.
    const double var = stepVariance(s, t);
    s.walkLog = clampLog(s, s.walkLog - 0.5 * var + std::sqrt(var) * s.fairRng.normal());
    s.walkTime = t;
    s.offset *= m_offsetDecay;
    setFair(s, s.walkLog + s.offset);
    s.offset = s.logPrice - s.walkLog; // what the clamp left of it
}

void SyntheticMarket::stepFairValue(Symbol& s, Timestamp t)
{
    s.nextStep = t + m_options.fairValueStep;
    ++s.stats.steps;
    if (shared()) {
        stepWalk(s, t);
    } else {
        const double var = stepVariance(s, t);
        setFair(s, s.logPrice - 0.5 * var + std::sqrt(var) * s.fairRng.normal());
    }

    if (std::abs(s.fairTicks - static_cast<double>(s.centre2) / 2.0) <= 0.5 + kHysteresisTicks)
        return;
    const std::int64_t c2 = centreFor(s, s.fairTicks);
    if (c2 == s.centre2)
        return;
    const int direction = c2 > s.centre2 ? 1 : -1;
    s.centre2 = c2;
    ++s.stats.requotes;
    requoteAll(s, t, direction);
}

void SyntheticMarket::impact(Symbol& s, Side aggressor, Qty qty) noexcept
{
    if (s.cfg.impactTicks <= 0 || qty <= 0)
        return;
    const double move = s.cfg.impactTicks * static_cast<double>(qty) / static_cast<double>(s.cfg.typicalSize);
    const double ticks = s.fairTicks + (aggressor == Side::Buy ? move : -move);
    setFair(s, std::log(std::max(ticks, s.minTicks) * static_cast<double>(s.cfg.tickSize)));
    if (shared())
        s.offset = s.logPrice - s.walkLog;
}

// --- makers -------------------------------------------------------------------------

void SyntheticMarket::requoteAll(Symbol& s, Timestamp t, int direction)
{
    if (s.makers.empty() || !quotable(phaseOf(s)))
        return;
    // Every maker first moves the side that runs away from the other, then the
    // side that follows: moving up, asks before bids. So no maker's new quote
    // meets another maker's old one.
    const Side first = direction > 0 ? Side::Sell : Side::Buy;
    for (std::uint32_t i = 0; i < s.makers.size(); ++i)
        reconcile(s, i, first, t);
    for (std::uint32_t i = 0; i < s.makers.size(); ++i)
        reconcile(s, i, opposite(first), t);
}

Qty SyntheticMarket::levelSize(Symbol& s, const Maker& m, int level)
{
    // Deeper levels are larger, as on real books.
    const double q = static_cast<double>(s.cfg.typicalSize) * m.sizeScale * (1.0 + 0.5 * level)
        * s.makerRng.lognormal(kMakerSizeSigma);
    return roundLots(s, std::min(q, kMakerMaxSize * static_cast<double>(s.cfg.typicalSize)));
}

Qty SyntheticMarket::roundLots(const Symbol& s, double qty) const noexcept
{
    const Qty lot = s.cfg.lotSize;
    const Qty q = static_cast<Qty>(std::llround(qty / static_cast<double>(lot))) * lot;
    return std::max(q, lot);
}

void SyntheticMarket::reconcile(Symbol& s, std::uint32_t mi, Side side, Timestamp t)
{
    Maker& m = s.makers[mi];
    const int levels = s.cfg.levels;
    Slot* slots = &s.slots[(std::size_t(mi) * 2 + (side == Side::Buy ? 0 : 1)) * std::size_t(levels)];
    const Price tick = s.cfg.tickSize;
    const std::int64_t spread = s.cfg.spreadTicks + 2 * std::int64_t(m.extraTicks);

    // The ladder this maker wants now, best price first. A maker spacing its
    // levels n ticks apart keeps them on multiples of n ticks, so a one-tick
    // move of the centre shifts its ladder by one level at most every n moves
    // instead of moving every level.
    const std::int64_t n = m.spacing;
    std::int64_t best = side == Side::Buy ? (s.centre2 - spread) / 2 : (s.centre2 + spread) / 2;
    if (n > 1)
        best = side == Side::Buy ? best / n * n : (best + n - 1) / n * n;
    std::array<Price, kMaxLevels> want;
    int wanted = 0;
    for (int i = 0; i < levels; ++i) {
        const std::int64_t ticks = side == Side::Buy ? best - std::int64_t(i) * n : best + std::int64_t(i) * n;
        if (ticks <= 0)
            break;
        want[std::size_t(wanted++)] = ticks * tick;
    }

    // What is still working, from the engine: fills by anyone, cancels by the
    // venue and the end of day all show here.
    std::array<bool, kMaxLevels> covered {};
    std::array<int, kMaxLevels> levelOf;
    std::array<Qty, kMaxLevels> cum {};
    std::array<Qty, kMaxLevels> leaves {};
    for (int j = 0; j < levels; ++j) {
        levelOf[std::size_t(j)] = -1;
        Slot& sl = slots[j];
        if (sl.id == kNoOrder)
            continue;
        const auto v = m_engine.order(sl.id);
        if (!v || v->state == OrderState::Done || v->leaves <= 0) {
            sl.id = kNoOrder;
            continue;
        }
        sl.price = v->price;
        cum[std::size_t(j)] = v->cumQty;
        leaves[std::size_t(j)] = v->leaves;
        for (int k = 0; k < wanted; ++k) {
            if (!covered[std::size_t(k)] && want[std::size_t(k)] == sl.price) {
                covered[std::size_t(k)] = true;
                levelOf[std::size_t(j)] = k;
                break;
            }
        }
    }

    // Orders that stay at their price but have been mostly taken: back to size.
    for (int j = 0; j < levels; ++j) {
        Slot& sl = slots[j];
        const int k = levelOf[std::size_t(j)];
        if (k < 0 || leaves[std::size_t(j)] * 2 >= sl.target)
            continue;
        const Qty target = levelSize(s, m, k);
        ReplaceOrder r;
        r.order = sl.id;
        r.requester = m_options.session;
        r.clientTag = makerTag(s.index, mi, side, std::uint32_t(j));
        r.quantity = cum[std::size_t(j)] + target;
        r.price = sl.price;
        if (replace(s, r, mi, t))
            sl.target = target;
    }

    // Missing prices, best first: move an order that is off the ladder there
    // (cancel/replace), else send a new one.
    for (int k = 0; k < wanted; ++k) {
        if (covered[std::size_t(k)])
            continue;
        const Price price = want[std::size_t(k)];
        const Qty target = levelSize(s, m, k);
        int orphan = -1, empty = -1;
        for (int j = 0; j < levels; ++j) {
            if (slots[j].id != kNoOrder && levelOf[std::size_t(j)] < 0) {
                orphan = j;
                break;
            }
            if (slots[j].id == kNoOrder && empty < 0)
                empty = j;
        }
        if (orphan >= 0) {
            Slot& sl = slots[orphan];
            ReplaceOrder r;
            r.order = sl.id;
            r.requester = m_options.session;
            r.clientTag = makerTag(s.index, mi, side, std::uint32_t(orphan));
            r.quantity = cum[std::size_t(orphan)] + target;
            r.price = price;
            levelOf[std::size_t(orphan)] = k;
            if (replace(s, r, mi, t)) {
                sl.price = price;
                sl.target = target;
            }
        } else if (empty >= 0) {
            NewOrder o;
            o.symbol = s.id;
            o.owner = m_options.session;
            o.clientTag = makerTag(s.index, mi, side, std::uint32_t(empty));
            o.side = side;
            o.type = OrdType::Limit;
            o.tif = TimeInForce::Day;
            o.quantity = target;
            o.price = price;
            const OrderId id = submit(s, o, SyntheticCommand::Role::Maker, mi, t);
            if (id != kNoOrder) {
                slots[empty] = { id, price, target };
                levelOf[std::size_t(empty)] = k;
            } else {
                break; // refused (phase, price limits): no point trying the deeper levels now
            }
        }
    }

    // Whatever is still off the ladder (a level fell below one tick) goes.
    for (int j = 0; j < levels; ++j) {
        if (slots[j].id != kNoOrder && levelOf[std::size_t(j)] < 0) {
            cancel(s, slots[j].id, mi, t);
            slots[j].id = kNoOrder;
        }
    }
}

void SyntheticMarket::markRefill(Symbol& s, std::uint32_t maker, Timestamp at) noexcept
{
    Maker& m = s.makers[maker];
    m.nextRefill = std::min(m.nextRefill, at + m.reaction);
    s.nextDue = std::min(s.nextDue, m.nextRefill);
}

// --- takers -------------------------------------------------------------------------

Timestamp SyntheticMarket::nextArrival(Symbol& s, Timestamp from)
{
    // Candidates at the peak intensity; takerArrives() keeps each with
    // probability activity/peak (thinning), which gives a Poisson process
    // with the time-varying intensity.
    const double peakPerSecond = s.cfg.takerRatePerMinute / 60.0 * s.schedule.maxActivity();
    const double gap = s.takerRng.exponential() / peakPerSecond;
    return from + std::max<Timestamp>(1, nanos(std::min(gap, 1e9)));
}

void SyntheticMarket::takerArrives(Symbol& s, Timestamp t)
{
    s.nextTaker = nextArrival(s, t);
    if (s.takerRng.uniform() * s.schedule.maxActivity() >= s.schedule.activity(t))
        return;
    const TradingPhase phase = phaseOf(s);
    if (!quotable(phase))
        return;

    NewOrder o;
    o.symbol = s.id;
    o.owner = m_options.session;
    o.clientTag = takerTag(s.index, ++s.takerSeq);
    o.side = s.takerRng.chance(0.5) ? Side::Buy : Side::Sell;
    const double typical = static_cast<double>(s.cfg.typicalSize);
    o.quantity = roundLots(s, std::min(typical * s.takerRng.lognormal(kTakerSizeSigma), kTakerMaxSize * typical));
    const bool market = s.takerRng.chance(s.cfg.marketOrderShare);
    const bool buy = o.side == Side::Buy;
    const Price tick = s.cfg.tickSize;
    if (market) {
        // Continuous trading cancels what finds no liquidity; a call keeps it for the uncross.
        o.type = OrdType::Market;
        o.tif = TimeInForce::Day;
    } else if (phase == TradingPhase::Continuous) {
        // A marketable limit: through the best opposite price by 0, 1, 2 or 3 ticks.
        std::int64_t through = 0;
        while (through < 3 && s.takerRng.chance(0.5))
            ++through;
        const auto st = m_engine.stats(s.id);
        const Price best = st ? (buy ? st->bestAsk : st->bestBid) : 0;
        // (A client's price may lie between our ticks when the engine's grid is finer.)
        std::int64_t ticks = best > 0
            ? (buy ? (best + tick - 1) / tick : best / tick)
            : (buy ? (s.centre2 + s.cfg.spreadTicks) / 2 : (s.centre2 - s.cfg.spreadTicks) / 2);
        ticks += buy ? through : -through;
        o.type = OrdType::Limit;
        o.tif = TimeInForce::Ioc;
        o.price = std::max<std::int64_t>(ticks, 1) * tick;
    } else {
        // Auction interest around the fair value, mostly willing to cross.
        const std::int64_t offset = std::int64_t(s.takerRng.below(7)) - 2;
        const std::int64_t ticks = std::llround(s.fairTicks) + (buy ? offset : -offset);
        o.type = OrdType::Limit;
        o.tif = phase == TradingPhase::OpeningCall ? TimeInForce::Ato : TimeInForce::Atc;
        o.price = std::max<std::int64_t>(ticks, 1) * tick;
    }
    if (submit(s, o, SyntheticCommand::Role::Taker, 0, t) != kNoOrder)
        ++s.stats.takerOrders;
}

// --- commands -----------------------------------------------------------------------

OrderId SyntheticMarket::submit(
    Symbol& s, const NewOrder& o, SyntheticCommand::Role role, std::uint32_t maker, Timestamp t)
{
    SyntheticCommand c;
    c.kind = SyntheticCommand::Kind::Submit;
    c.role = role;
    c.maker = static_cast<std::uint8_t>(maker);
    c.symbol = s.id;
    c.time = t;
    c.order = o;
    issue(s, c);
    if (c.result == ErrorCode::None && role == SyntheticCommand::Role::Maker)
        ++s.stats.makerOrders;
    return c.assigned;
}

bool SyntheticMarket::replace(Symbol& s, const ReplaceOrder& r, std::uint32_t maker, Timestamp t)
{
    SyntheticCommand c;
    c.kind = SyntheticCommand::Kind::Replace;
    c.role = SyntheticCommand::Role::Maker;
    c.maker = static_cast<std::uint8_t>(maker);
    c.symbol = s.id;
    c.time = t;
    c.replace = r;
    issue(s, c);
    if (c.result == ErrorCode::None)
        ++s.stats.replaces;
    return c.result == ErrorCode::None;
}

void SyntheticMarket::cancel(Symbol& s, OrderId id, std::uint32_t maker, Timestamp t)
{
    SyntheticCommand c;
    c.kind = SyntheticCommand::Kind::Cancel;
    c.role = SyntheticCommand::Role::Maker;
    c.maker = static_cast<std::uint8_t>(maker);
    c.symbol = s.id;
    c.time = t;
    c.target = id;
    issue(s, c);
    if (c.result == ErrorCode::None)
        ++s.stats.cancels;
}

void SyntheticMarket::issue(Symbol& s, SyntheticCommand& c)
{
    m_inCommand = true;
    switch (c.kind) {
    case SyntheticCommand::Kind::Submit: {
        const SubmitResult r = m_engine.submit(c.order);
        c.result = r.error;
        c.assigned = r.order;
        break;
    }
    case SyntheticCommand::Kind::Replace: c.result = m_engine.replace(c.replace); break;
    case SyntheticCommand::Kind::Cancel: c.result = m_engine.cancel(c.target, m_options.session); break;
    case SyntheticCommand::Kind::MassCancel: {
        MassCancel mc;
        mc.symbol = c.symbol;
        mc.owner = m_options.session;
        c.result = m_engine.massCancel(mc);
        break;
    }
    case SyntheticCommand::Kind::SetPhase: c.result = m_engine.setPhase(c.symbol, c.phase); break;
    }
    m_inCommand = false;
    ++m_commands;
    if (c.result != ErrorCode::None)
        ++s.stats.rejects;
    if (m_listener)
        m_listener->onCommand(c);
    absorb(m_engine.events(), c.time, false);
}

void SyntheticMarket::absorb(std::span<const Event> events, Timestamp t, bool external)
{
    for (const Event& e : events) {
        const bool ours = e.owner == m_options.session;
        if (e.type == EventType::Fill) {
            if (Symbol* s = find(e.symbol); s && e.liquidity == Liquidity::Removed) {
                impact(*s, e.side, e.qty);
                if (ours && tagRole(e.clientTag) == kRoleTaker)
                    s->stats.takerVolume += e.qty;
            }
        } else if (!(external && (e.type == EventType::Cancelled || e.type == EventType::Expired))) {
            // Our own cancels need no reaction; the venue's (end of day, mass
            // cancel by an operator) do.
            continue;
        }
        if (!ours || tagRole(e.clientTag) != kRoleMaker)
            continue;
        const std::uint32_t index = tagSymbol(e.clientTag);
        const std::uint32_t maker = tagMaker(e.clientTag);
        if (index < m_symbols.size() && maker < m_symbols[index].makers.size())
            markRefill(m_symbols[index], maker, t);
    }
}

void SyntheticMarket::onEngineEvents(std::span<const Event> events)
{
    if (m_inCommand)
        return; // our own command: issue() reads its events itself
    absorb(events, m_now, true);
}

// --- queries ------------------------------------------------------------------------

Price SyntheticMarket::fairValue(SymbolId symbol) const noexcept
{
    const Symbol* s = find(symbol);
    return s ? s->stats.fairValue : 0;
}

std::optional<SyntheticStats> SyntheticMarket::stats(SymbolId symbol) const noexcept
{
    const Symbol* s = find(symbol);
    if (!s)
        return std::nullopt;
    return s->stats;
}

const IntradaySchedule* SyntheticMarket::schedule(SymbolId symbol) const noexcept
{
    const Symbol* s = find(symbol);
    return s ? &s->schedule : nullptr;
}

} // namespace ordo::venue
