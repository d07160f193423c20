#include "darkpool.h"

#include "ordercheck.h"
#include "orderevents.h"

#include <algorithm>

namespace ordo::venue {

namespace {

// A minimum execution size must be one the order itself can meet.
ErrorCode checkMinQty(Qty minQty, Qty quantity) noexcept
{
    return minQty < 0 || minQty > quantity ? ErrorCode::InvalidMinQty : ErrorCode::None;
}

} // namespace

bool DarkPool::DarkOrder::accepts(Price mid) const noexcept
{
    if (limit == 0)
        return true;
    return side == Side::Buy ? mid <= limit : mid >= limit;
}

Price DarkPool::Book::mid() const noexcept
{
    // A locked or crossed reference is no market to price from.
    if (!open || bid <= 0 || ask <= 0 || bid >= ask)
        return 0;
    return bid + (ask - bid) / 2;
}

DarkPool::DarkPool()
{
    m_ops.reserve(256);
    m_work.reserve(256);
}

SymbolResult DarkPool::addSymbol(const SymbolConfig& config)
{
    if (!validSymbolConfig(config))
        return { ErrorCode::InvalidSymbolConfig, kNoSymbol };
    if (!config.name.empty() && findSymbol(config.name) != kNoSymbol)
        return { ErrorCode::DuplicateSymbol, kNoSymbol };
    Book& b = m_books.emplace_back();
    b.config = config;
    b.id = static_cast<SymbolId>(m_books.size() - 1);
    return { ErrorCode::None, b.id };
}

SymbolId DarkPool::findSymbol(std::string_view name) const noexcept
{
    for (const Book& b : m_books)
        if (b.config.name == name)
            return b.id;
    return kNoSymbol;
}

// --- operations --------------------------------------------------------------

bool DarkPool::begin() noexcept
{
    return m_ops.open();
}

void DarkPool::end()
{
    m_ops.close();
}

ErrorCode DarkPool::validate(const NewOrder& c) const noexcept
{
    if (c.symbol >= m_books.size())
        return ErrorCode::UnknownSymbol;
    if (ErrorCode e = checkOrderEnums(c); e != ErrorCode::None)
        return e;
    const bool midPeg = c.type == OrdType::Pegged && c.peg == PegType::Mid;
    if ((c.type != OrdType::Limit && c.type != OrdType::Market && !midPeg) || c.pegOffset != 0)
        return ErrorCode::DarkOrderType;
    if (c.type != OrdType::Pegged && c.peg != PegType::None)
        return ErrorCode::InvalidPegType;
    if (c.tif != TimeInForce::Day && c.tif != TimeInForce::Gtc && c.tif != TimeInForce::Ioc
        && c.tif != TimeInForce::Fok)
        return ErrorCode::DarkTimeInForce;
    const SymbolConfig& cfg = m_books[c.symbol].config;
    if (ErrorCode e = checkQuantity(cfg, c.quantity); e != ErrorCode::None)
        return e;
    if (ErrorCode e = checkPriceForType(cfg, c.type, c.price); e != ErrorCode::None)
        return e;
    if (c.stopPrice != 0)
        return ErrorCode::StopPriceNotAllowed;
    if (c.displayQty != 0)
        return ErrorCode::DarkDisplay;
    return checkMinQty(c.minQty, c.quantity);
}

SubmitResult DarkPool::submit(const NewOrder& c)
{
    if (!begin())
        return { ErrorCode::Reentrant, kNoOrder };
    if (const ErrorCode e = validate(c); e != ErrorCode::None) {
        describeRejected(push(EventType::Rejected), c, e);
        end();
        return { e, kNoOrder };
    }
    Book& b = m_books[c.symbol];
    const OrderId id = m_nextOrderId++;
    DarkOrder& o = m_orders[id];
    o.id = id;
    o.clientTag = c.clientTag;
    o.owner = c.owner;
    o.symbol = c.symbol;
    o.side = c.side;
    o.type = c.type;
    o.tif = c.tif;
    o.peg = c.peg;
    o.limit = c.price;
    o.quantity = c.quantity;
    o.minQty = c.minQty;
    pushOrder(EventType::Accepted, o);

    const Price mid = b.mid();
    const bool immediate = o.tif == TimeInForce::Ioc || o.tif == TimeInForce::Fok;
    bool executed = false;
    if (o.tif == TimeInForce::Fok && (!mid || !o.accepts(mid) || !canFillFully(b, o, mid))) {
        cancelOrder(b, o, CancelReason::FokNotFilled);
    } else {
        if (mid && o.accepts(mid))
            executed = take(b, o, mid, Liquidity::Removed);
        if (o.leaves() == 0)
            finish(b, o);
        else if (immediate)
            cancelOrder(b, o, CancelReason::IocRemainder);
        else
            enqueue(b, o);
    }
    // The resting order a fill left partly done has a lower minimum now.
    if (executed)
        settle(b, mid);
    end();
    return { ErrorCode::None, id };
}

ErrorCode DarkPool::cancel(OrderId id, SessionId requester)
{
    if (!begin())
        return ErrorCode::Reentrant;
    auto it = m_orders.find(id);
    ErrorCode e = ErrorCode::None;
    if (it == m_orders.end())
        e = missingOrderError(id, m_nextOrderId);
    else if (requester != kAnySession && it->second.owner != requester)
        e = ErrorCode::NotOwner;
    if (e != ErrorCode::None) {
        rejectRequest(EventType::CancelRejected, id, it == m_orders.end() ? 0 : it->second.clientTag, e);
        end();
        return e;
    }
    cancelOrder(m_books[it->second.symbol], it->second, CancelReason::Requested);
    end();
    return ErrorCode::None;
}

ErrorCode DarkPool::validateReplace(const ReplaceOrder& r, const DarkOrder& o) const noexcept
{
    if (r.requester != kAnySession && o.owner != r.requester)
        return ErrorCode::NotOwner;
    const SymbolConfig& cfg = m_books[o.symbol].config;
    if (ErrorCode e = checkQuantity(cfg, r.quantity); e != ErrorCode::None)
        return e;
    if (r.quantity <= o.cumQty)
        return ErrorCode::QuantityNotAboveFilled;
    if (ErrorCode e = checkPriceForType(cfg, o.type, r.price); e != ErrorCode::None)
        return e;
    if (r.stopPrice != 0)
        return ErrorCode::StopPriceNotAllowed;
    return checkMinQty(r.minQty, r.quantity);
}

ErrorCode DarkPool::replace(const ReplaceOrder& r)
{
    if (!begin())
        return ErrorCode::Reentrant;
    auto it = m_orders.find(r.order);
    ErrorCode e = ErrorCode::None;
    if (it == m_orders.end())
        e = missingOrderError(r.order, m_nextOrderId);
    else
        e = validateReplace(r, it->second);
    if (e != ErrorCode::None) {
        rejectRequest(EventType::ReplaceRejected, r.order, r.clientTag, e);
        end();
        return e;
    }
    DarkOrder& o = it->second;
    Book& b = m_books[o.symbol];
    // Priority is kept only when the order gets smaller at the same limit.
    const bool keepPlace = r.price == o.limit && r.quantity - o.cumQty <= o.leaves();
    if (!keepPlace)
        dequeue(b, o);
    o.clientTag = r.clientTag;
    o.quantity = r.quantity;
    o.limit = r.price;
    o.minQty = r.minQty;
    if (!keepPlace)
        enqueue(b, o);
    pushOrder(EventType::Replaced, o);
    // New terms may cross (a better limit, a smaller minimum): the order
    // then takes what it can, like a new arrival.
    if (const Price mid = b.mid(); mid && o.accepts(mid) && take(b, o, mid, Liquidity::Removed)) {
        if (o.leaves() == 0)
            finish(b, o);
        settle(b, mid);
    }
    end();
    return ErrorCode::None;
}

ErrorCode DarkPool::massCancel(const MassCancel& m)
{
    if (!begin())
        return ErrorCode::Reentrant;
    if (const ErrorCode e = checkMassCancel(m, m_books.size()); e != ErrorCode::None) {
        rejectRequest(EventType::CancelRejected, kNoOrder, 0, e);
        end();
        return e;
    }
    // In time priority, so the events come in a stable order.
    m_work.clear();
    for (const Book& b : m_books) {
        if (m.symbol != kAllSymbols && b.id != m.symbol)
            continue;
        for (const Side s : { Side::Buy, Side::Sell }) {
            if (m.side && *m.side != s)
                continue;
            for (const auto& entry : b.side(s)) {
                const DarkOrder& o = m_orders.at(entry.second);
                if (m.owner == kAnySession || o.owner == m.owner)
                    m_work.push_back(o.id);
            }
        }
    }
    for (const OrderId id : m_work) {
        DarkOrder& o = m_orders.at(id);
        cancelOrder(m_books[o.symbol], o, CancelReason::MassCancel);
    }
    end();
    return ErrorCode::None;
}

ErrorCode DarkPool::setReference(SymbolId symbol, Price bid, Price ask, bool open)
{
    if (symbol >= m_books.size())
        return ErrorCode::UnknownSymbol;
    if (!begin())
        return ErrorCode::Reentrant;
    Book& b = m_books[symbol];
    const Price before = b.mid();
    b.bid = bid;
    b.ask = ask;
    b.open = open;
    // The book was settled at the old mid (nothing could cross there); only
    // a new mid can make pairs cross. A reference that came back counts as
    // new: orders may have rested meanwhile without crossing.
    if (const Price mid = b.mid(); mid && mid != before)
        settle(b, mid);
    end();
    return ErrorCode::None;
}

// --- crossing ------------------------------------------------------------------

Qty DarkPool::executable(const DarkOrder& a, const DarkOrder& r, Price mid) noexcept
{
    if (!r.accepts(mid))
        return 0;
    const Qty q = std::min(a.leaves(), r.leaves());
    return q >= a.minFill() && q >= r.minFill() ? q : 0;
}

bool DarkPool::canFillFully(const Book& b, const DarkOrder& a, Price mid) const
{
    // The same passes as take(), on copies of the quantities.
    DarkOrder probe = a;
    std::vector<DarkOrder> others;
    for (const auto& entry : b.side(opposite(a.side)))
        others.push_back(m_orders.at(entry.second));
    for (bool progressed = true; progressed && probe.leaves() > 0;) {
        progressed = false;
        for (DarkOrder& r : others) {
            const Qty q = r.leaves() > 0 ? executable(probe, r, mid) : 0;
            if (q == 0)
                continue;
            probe.cumQty += q;
            r.cumQty += q;
            progressed = true;
            if (probe.leaves() == 0)
                return true;
        }
    }
    return false;
}

bool DarkPool::take(Book& b, DarkOrder& a, Price mid, Liquidity liquidity)
{
    // A fill lowers a's minimum (it never exceeds the leaves), so an order
    // passed over as too small may fit on the next pass.
    auto& queue = b.side(opposite(a.side));
    bool executed = false;
    for (bool progressed = true; progressed && a.leaves() > 0;) {
        progressed = false;
        for (auto it = queue.begin(); it != queue.end() && a.leaves() > 0;) {
            DarkOrder& r = m_orders.at(it->second);
            const Qty q = executable(a, r, mid);
            ++it; // r may leave the queue below
            if (q == 0)
                continue;
            execute(b, a, r, q, mid, liquidity);
            progressed = executed = true;
            if (r.leaves() == 0)
                finish(b, r);
        }
    }
    return executed;
}

void DarkPool::settle(Book& b, Price mid)
{
    // Until nothing more crosses: a partial fill lowers that order's
    // minimum, which may let it cross with an order passed over before.
    for (bool progressed = true; progressed;) {
        progressed = false;
        m_work.clear();
        for (const auto& entry : b.side(Side::Buy))
            m_work.push_back(entry.second);
        for (const OrderId id : m_work) {
            auto it = m_orders.find(id);
            if (it == m_orders.end() || !it->second.accepts(mid))
                continue;
            DarkOrder& buy = it->second;
            if (take(b, buy, mid, Liquidity::Added))
                progressed = true;
            if (buy.leaves() == 0)
                finish(b, buy);
        }
    }
}

void DarkPool::execute(Book& b, DarkOrder& a, DarkOrder& r, Qty qty, Price mid, Liquidity liquidity)
{
    const TradeId trade = m_nextTradeId++;
    a.cumQty += qty;
    describeFill(pushOrder(EventType::Fill, a), mid, qty, trade, r.id, liquidity);
    r.cumQty += qty;
    describeFill(pushOrder(EventType::Fill, r), mid, qty, trade, a.id, Liquidity::Added);
    b.tally.count(mid, qty);
    const bool aBuys = a.side == Side::Buy;
    // A cross on a reference move has no aggressor; like an auction, say Buy.
    const Side aggressor = liquidity == Liquidity::Removed ? a.side : Side::Buy;
    describeTrade(push(EventType::Trade), b.id, trade, mid, qty, b.tally.volume, aBuys ? a.id : r.id,
        aBuys ? r.id : a.id, aggressor, liquidity);
}

// --- book structure --------------------------------------------------------------

void DarkPool::enqueue(Book& b, DarkOrder& o)
{
    o.priority = m_nextPriority++;
    b.side(o.side).emplace(o.priority, o.id);
    o.queued = true;
}

void DarkPool::dequeue(Book& b, DarkOrder& o) noexcept
{
    if (o.queued)
        b.side(o.side).erase(o.priority);
    o.queued = false;
}

void DarkPool::finish(Book& b, DarkOrder& o)
{
    dequeue(b, o);
    m_orders.erase(o.id);
}

void DarkPool::cancelOrder(Book& b, DarkOrder& o, CancelReason reason)
{
    const Qty cancelled = o.leaves();
    Event& e = pushOrder(EventType::Cancelled, o);
    e.qty = cancelled;
    e.leaves = 0;
    e.cancelReason = reason;
    e.text = describe(reason);
    finish(b, o);
}

// --- events ------------------------------------------------------------------

Event& DarkPool::push(EventType type)
{
    return m_ops.push(type);
}

Event& DarkPool::pushOrder(EventType type, const DarkOrder& o)
{
    Event& e = push(type);
    e.order = o.id;
    e.clientTag = o.clientTag;
    describeOrder(e, o, o.limit);
    return e;
}

void DarkPool::rejectRequest(EventType type, OrderId id, std::uint64_t clientTag, ErrorCode err)
{
    Event& e = push(type);
    describeRefusal(e, id, clientTag, err);
    if (auto it = m_orders.find(id); it != m_orders.end())
        describeOrder(e, it->second, it->second.limit);
}

// --- queries ------------------------------------------------------------------

std::optional<OrderView> DarkPool::order(OrderId id) const noexcept
{
    auto it = m_orders.find(id);
    if (it == m_orders.end())
        return std::nullopt;
    const DarkOrder& o = it->second;
    OrderView v;
    v.id = o.id;
    v.clientTag = o.clientTag;
    v.owner = o.owner;
    v.symbol = o.symbol;
    v.side = o.side;
    v.type = o.type;
    v.tif = o.tif;
    v.peg = o.peg;
    v.state = o.queued ? OrderState::Resting : OrderState::New;
    v.hidden = true;
    v.price = o.limit;
    v.quantity = o.quantity;
    v.cumQty = o.cumQty;
    v.leaves = o.leaves();
    return v;
}

std::optional<MarketStats> DarkPool::stats(SymbolId symbol) const noexcept
{
    if (symbol >= m_books.size())
        return std::nullopt;
    const Book& b = m_books[symbol];
    MarketStats st;
    b.tally.copyTo(st);
    return st;
}

Price DarkPool::mid(SymbolId symbol) const noexcept
{
    return symbol < m_books.size() ? m_books[symbol].mid() : 0;
}

std::string DarkPool::verify() const
{
    std::size_t queued = 0;
    for (const Book& b : m_books) {
        const std::string sym = "symbol " + std::to_string(b.id) + ": ";
        for (const Side s : { Side::Buy, Side::Sell }) {
            for (const auto& [priority, id] : b.side(s)) {
                auto it = m_orders.find(id);
                if (it == m_orders.end())
                    return sym + "queued order " + std::to_string(id) + " is not live";
                const DarkOrder& o = it->second;
                if (o.side != s || o.symbol != b.id || o.priority != priority || !o.queued)
                    return sym + "order " + std::to_string(id) + " is queued in the wrong place";
                if (o.leaves() <= 0 || o.cumQty < 0)
                    return sym + "order " + std::to_string(id) + " rests without leaves";
                if (o.tif != TimeInForce::Day && o.tif != TimeInForce::Gtc)
                    return sym + "order " + std::to_string(id) + " rests but is not DAY or GTC";
                ++queued;
            }
        }
        const Price mid = b.mid();
        if (!mid)
            continue;
        for (const auto& [bp, buyId] : b.side(Side::Buy)) {
            const DarkOrder& buy = m_orders.at(buyId);
            if (!buy.accepts(mid))
                continue;
            for (const auto& [sp, sellId] : b.side(Side::Sell))
                if (executable(buy, m_orders.at(sellId), mid) > 0)
                    return sym + "orders " + std::to_string(buyId) + " and " + std::to_string(sellId)
                        + " could cross at the mid " + std::to_string(mid);
        }
    }
    if (queued != m_orders.size())
        return "live orders outside the queues: " + std::to_string(m_orders.size() - queued);
    if (m_ops.isOpen())
        return "an operation is still open";
    return {};
}

} // namespace ordo::venue
