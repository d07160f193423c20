#include "matchingengine.h"

#include "ordercheck.h"
#include "orderevents.h"

#include <algorithm>

namespace ordo::venue {

namespace {

// Orders the expiry heap: earliest expire time on top.
constexpr auto expiryLater = [](const auto& a, const auto& b) noexcept { return a.time > b.time; };

bool isCall(TradingPhase p) noexcept
{
    return p == TradingPhase::OpeningCall || p == TradingPhase::ClosingCall;
}

} // namespace

MatchingEngine::MatchingEngine()
{
    m_ops.reserve(1024);
    m_marks.reserve(256);
    m_done.reserve(256);
    m_pegWork.reserve(256);
    m_work.reserve(256);
    m_work2.reserve(256);
    m_expiries.reserve(1024);
    m_orders.reserve(4096);
    m_levels.reserve(1024);
}

MatchingEngine::~MatchingEngine() = default;

void MatchingEngine::reserve(std::size_t liveOrders, std::size_t priceLevels)
{
    m_orders.reserve(liveOrders);
    m_index.reserve(liveOrders);
    m_levels.reserve(priceLevels);
    m_done.reserve(std::max<std::size_t>(m_done.capacity(), 1024));
    for (auto& b : m_books) {
        b->bids.reserve(priceLevels);
        b->asks.reserve(priceLevels);
    }
}

SymbolResult MatchingEngine::addSymbol(const SymbolConfig& config)
{
    if (!validSymbolConfig(config))
        return { ErrorCode::InvalidSymbolConfig, kNoSymbol };
    if (!config.name.empty() && findSymbol(config.name) != kNoSymbol)
        return { ErrorCode::DuplicateSymbol, kNoSymbol };
    const auto id = static_cast<SymbolId>(m_books.size());
    m_books.push_back(std::make_unique<OrderBook>(id, config));
    return { ErrorCode::None, id };
}

SymbolId MatchingEngine::findSymbol(std::string_view name) const noexcept
{
    for (const auto& b : m_books)
        if (b->config().name == name)
            return b->id();
    return kNoSymbol;
}

// --- operations ------------------------------------------------------------

bool MatchingEngine::begin() noexcept
{
    return m_ops.open();
}

void MatchingEngine::end()
{
    flushDepth();
    for (Order* o : m_done)
        m_orders.release(o);
    m_done.clear();
    m_ops.close();
}

ErrorCode MatchingEngine::validate(const NewOrder& c) const noexcept
{
    if (c.symbol >= m_books.size())
        return ErrorCode::UnknownSymbol;
    if (ErrorCode e = checkOrderEnums(c); e != ErrorCode::None)
        return e;

    const OrderBook& b = *m_books[c.symbol];
    const SymbolConfig& cfg = b.config();
    if (ErrorCode e = checkQuantity(cfg, c.quantity); e != ErrorCode::None)
        return e;
    const auto checkPrice = [&cfg](Price p) { return checkTickPrice(cfg, p); };
    const bool isStop = c.type == OrdType::Stop || c.type == OrdType::StopLimit;
    if (ErrorCode e = checkPriceForType(cfg, c.type, c.price); e != ErrorCode::None)
        return e;
    if (isStop) {
        if (c.stopPrice <= 0)
            return ErrorCode::StopPriceNotPositive;
        if (ErrorCode e = checkPrice(c.stopPrice); e != ErrorCode::None)
            return e;
        if (c.tif == TimeInForce::Ato || c.tif == TimeInForce::Atc)
            return ErrorCode::StopTimeInForce;
    } else if (c.stopPrice != 0) {
        return ErrorCode::StopPriceNotAllowed;
    }
    if ((c.type == OrdType::Pegged) != (c.peg != PegType::None))
        return ErrorCode::InvalidPegType;
    if (c.type == OrdType::Pegged) {
        if (c.pegOffset > cfg.maxPrice || c.pegOffset < -cfg.maxPrice || c.pegOffset % cfg.tickSize != 0)
            return ErrorCode::InvalidPegOffset;
        if (c.tif != TimeInForce::Day && c.tif != TimeInForce::Gtc && c.tif != TimeInForce::Gtd)
            return ErrorCode::PegTimeInForce;
    } else if (c.pegOffset != 0) {
        return ErrorCode::InvalidPegOffset;
    }
    const bool canRest = c.type == OrdType::Limit || c.type == OrdType::StopLimit || c.type == OrdType::Pegged;
    if (c.hidden && !canRest)
        return ErrorCode::HiddenNotAllowed;
    if (c.displayQty < 0)
        return ErrorCode::InvalidDisplayQty;
    if (c.displayQty > 0) {
        if (!canRest || c.hidden || c.tif == TimeInForce::Ioc || c.tif == TimeInForce::Fok)
            return ErrorCode::DisplayNotAllowed;
        if (c.displayQty > c.quantity || c.displayQty % cfg.lotSize != 0)
            return ErrorCode::InvalidDisplayQty;
    }
    if (c.tif == TimeInForce::Gtd && c.expireTime <= m_now)
        return ErrorCode::ExpireTimeInPast;
    if (c.minQty != 0)
        return ErrorCode::MinQtyNotAllowed;

    switch (b.phase) {
    case TradingPhase::Halted: return ErrorCode::TradingHalted;
    case TradingPhase::Closed: return ErrorCode::MarketClosed;
    case TradingPhase::OpeningCall:
    case TradingPhase::ClosingCall:
        if (c.tif == TimeInForce::Ioc || c.tif == TimeInForce::Fok)
            return ErrorCode::NotDuringCall;
        if (c.type == OrdType::Pegged)
            return ErrorCode::PegOutsideContinuous;
        break;
    case TradingPhase::Continuous: break;
    }
    if (c.tif == TimeInForce::Ato && b.phase != TradingPhase::OpeningCall)
        return ErrorCode::AtoOutsideOpeningCall;
    return ErrorCode::None;
}

SubmitResult MatchingEngine::submit(const NewOrder& c)
{
    if (!begin())
        return { ErrorCode::Reentrant, kNoOrder };
    if (const ErrorCode e = validate(c); e != ErrorCode::None) {
        rejectOrder(c, e);
        end();
        return { e, kNoOrder };
    }
    OrderBook& b = *m_books[c.symbol];
    Order& o = *m_orders.acquire();
    o.id = m_nextOrderId++;
    o.clientTag = c.clientTag;
    o.owner = c.owner;
    o.symbol = c.symbol;
    o.side = c.side;
    o.type = c.type;
    o.tif = c.tif;
    o.peg = c.peg;
    o.hidden = c.hidden;
    o.quantity = c.quantity;
    o.displayQty = c.displayQty < c.quantity ? c.displayQty : 0;
    o.stopPrice = c.stopPrice;
    o.pegOffset = c.pegOffset;
    o.expireTime = c.tif == TimeInForce::Gtd ? c.expireTime : 0;
    o.price = c.type == OrdType::Limit || c.type == OrdType::StopLimit ? c.price : 0;
    o.limit = c.type == OrdType::Pegged ? c.price : 0;
    m_index.insert(o);
    if (o.tif == TimeInForce::Gtd) {
        m_expiries.push_back({ o.expireTime, o.id });
        std::push_heap(m_expiries.begin(), m_expiries.end(), expiryLater);
    }
    const OrderId id = o.id;

    Price pegPrice = 0;
    if (o.isPegged()) {
        pegPrice = pegTarget(b, o, b.pegReference(Side::Buy), b.pegReference(Side::Sell));
        o.price = pegPrice;
    }
    pushOrder(EventType::Accepted, o);

    if (o.type == OrdType::Stop || o.type == OrdType::StopLimit) {
        insertStop(b, o);
    } else if (o.isPegged()) {
        b.linkPeg(o);
        placePeg(b, o, pegPrice, false);
    } else if (o.tif == TimeInForce::Atc && b.phase != TradingPhase::ClosingCall) {
        o.state = OrderState::Held;
        b.held.pushBack(o);
    } else if (isCall(b.phase)) {
        enterCallBook(b, o);
    } else {
        executeContinuous(b, o);
    }
    settle(b);
    end();
    return { ErrorCode::None, id };
}

ErrorCode MatchingEngine::cancel(OrderId id, SessionId requester)
{
    if (!begin())
        return ErrorCode::Reentrant;
    Order* o = m_index.find(id);
    ErrorCode e = ErrorCode::None;
    if (!o)
        e = missingOrderError(id, m_nextOrderId);
    else if (requester != kAnySession && o->owner != requester)
        e = ErrorCode::NotOwner;
    if (e != ErrorCode::None) {
        rejectRequest(EventType::CancelRejected, id, o ? o->clientTag : 0, e);
        end();
        return e;
    }
    OrderBook& b = *m_books[o->symbol];
    cancelOrder(b, *o, EventType::Cancelled, CancelReason::Requested);
    settle(b);
    end();
    return ErrorCode::None;
}

ErrorCode MatchingEngine::validateReplace(const ReplaceOrder& r, const Order& o, const OrderBook& b) const noexcept
{
    if (r.requester != kAnySession && o.owner != r.requester)
        return ErrorCode::NotOwner;
    if (b.phase == TradingPhase::Halted)
        return ErrorCode::TradingHalted;
    const SymbolConfig& cfg = b.config();
    if (ErrorCode e = checkQuantity(cfg, r.quantity); e != ErrorCode::None)
        return e;
    if (r.quantity <= o.cumQty)
        return ErrorCode::QuantityNotAboveFilled;
    const auto checkPrice = [&cfg](Price p) { return checkTickPrice(cfg, p); };
    if (ErrorCode e = checkPriceForType(cfg, o.type, r.price); e != ErrorCode::None)
        return e;
    if (o.state == OrderState::Stop) {
        if (r.stopPrice <= 0)
            return ErrorCode::StopPriceNotPositive;
        if (ErrorCode e = checkPrice(r.stopPrice); e != ErrorCode::None)
            return e;
    } else if (r.stopPrice != 0) {
        return ErrorCode::StopPriceNotAllowed;
    }
    if (r.minQty != 0)
        return ErrorCode::MinQtyNotAllowed;
    return ErrorCode::None;
}

ErrorCode MatchingEngine::replace(const ReplaceOrder& r)
{
    if (!begin())
        return ErrorCode::Reentrant;
    Order* found = m_index.find(r.order);
    ErrorCode e = ErrorCode::None;
    if (!found)
        e = missingOrderError(r.order, m_nextOrderId);
    else
        e = validateReplace(r, *found, *m_books[found->symbol]);
    if (e != ErrorCode::None) {
        rejectRequest(EventType::ReplaceRejected, r.order, r.clientTag, e);
        end();
        return e;
    }
    Order& o = *found;
    OrderBook& b = *m_books[o.symbol];
    const Qty newLeaves = r.quantity - o.cumQty;
    const bool priceChanged = o.isPegged() ? r.price != o.limit : r.price != o.price;
    // Priority is kept only when the order gets smaller at the same price.
    const bool wasStop = o.state == OrderState::Stop;
    const bool keepPlace = !priceChanged && newLeaves <= o.leaves() && (!wasStop || r.stopPrice == o.stopPrice);
    o.clientTag = r.clientTag;

    if (keepPlace && o.state == OrderState::Resting) {
        PriceLevel& l = *o.level;
        touch(l);
        l.totalQty -= o.leaves() - newLeaves;
        o.quantity = r.quantity;
        if (!o.hidden) {
            const Qty v = o.isIceberg() ? std::min(o.visible, newLeaves) : newLeaves;
            l.displayedQty -= o.visible - v;
            o.visible = v;
        }
        pushOrder(EventType::Replaced, o);
    } else if (keepPlace) {
        o.quantity = r.quantity; // stop, held, auction or parked order: nothing else to move
        pushOrder(EventType::Replaced, o);
    } else {
        const OrderState where = o.state;
        detach(b, o);
        o.quantity = r.quantity;
        if (wasStop)
            o.stopPrice = r.stopPrice;
        if (o.isPegged())
            o.limit = r.price;
        else
            o.price = r.price;
        if (o.isIceberg() && o.displayQty >= o.quantity)
            o.displayQty = 0;
        switch (where) {
        case OrderState::Stop:
            pushOrder(EventType::Replaced, o);
            insertStop(b, o);
            break;
        case OrderState::Held:
            o.state = OrderState::Held;
            pushOrder(EventType::Replaced, o);
            b.held.pushBack(o);
            break;
        case OrderState::AuctionMarket:
            o.state = OrderState::AuctionMarket;
            pushOrder(EventType::Replaced, o);
            b.auctionMarket(o.side).pushBack(o);
            break;
        default:
            if (o.isPegged()) {
                const Price t = b.phase == TradingPhase::Continuous
                    ? pegTarget(b, o, b.pegReference(Side::Buy), b.pegReference(Side::Sell))
                    : (where == OrderState::Resting ? o.price : 0);
                o.price = t;
                pushOrder(EventType::Replaced, o);
                placePeg(b, o, t, false);
            } else {
                pushOrder(EventType::Replaced, o);
                restOrMatch(b, o);
            }
            break;
        }
    }
    settle(b);
    end();
    return ErrorCode::None;
}

void MatchingEngine::collect(SymbolId symbol, std::optional<Side> side, SessionId owner, bool (*pred)(const Order&))
{
    m_work.clear();
    m_index.forEach([&](Order& o) {
        if ((symbol == kAllSymbols || o.symbol == symbol) && (!side || o.side == *side)
            && (owner == kAnySession || o.owner == owner) && (!pred || pred(o)))
            m_work.push_back(&o);
    });
    // Events in order of entry, whatever the table's layout.
    std::sort(m_work.begin(), m_work.end(), [](const Order* a, const Order* b) { return a->id < b->id; });
}

ErrorCode MatchingEngine::massCancel(const MassCancel& m)
{
    if (!begin())
        return ErrorCode::Reentrant;
    if (const ErrorCode e = checkMassCancel(m, m_books.size()); e != ErrorCode::None) {
        rejectRequest(EventType::CancelRejected, kNoOrder, 0, e);
        end();
        return e;
    }
    collect(m.symbol, m.side, m.owner, nullptr);
    for (Order* o : m_work)
        cancelOrder(*m_books[o->symbol], *o, EventType::Cancelled, CancelReason::MassCancel);
    for (auto& b : m_books)
        if (m.symbol == kAllSymbols || b->id() == m.symbol)
            settle(*b);
    end();
    return ErrorCode::None;
}

ErrorCode MatchingEngine::expire(Timestamp now)
{
    if (!begin())
        return ErrorCode::Reentrant;
    m_now = std::max(m_now, now);
    m_work.clear();
    while (!m_expiries.empty() && m_expiries.front().time <= now) {
        const Expiry x = m_expiries.front();
        std::pop_heap(m_expiries.begin(), m_expiries.end(), expiryLater);
        m_expiries.pop_back();
        if (Order* o = m_index.find(x.order); o && o->expireTime == x.time)
            m_work.push_back(o);
    }
    std::sort(m_work.begin(), m_work.end(), [](const Order* a, const Order* b) { return a->id < b->id; });
    for (Order* o : m_work)
        cancelOrder(*m_books[o->symbol], *o, EventType::Expired, CancelReason::GtdExpired);
    for (auto& b : m_books)
        settle(*b);
    end();
    return ErrorCode::None;
}

ErrorCode MatchingEngine::endOfDay()
{
    if (!begin())
        return ErrorCode::Reentrant;
    collect(kAllSymbols, std::nullopt, kAnySession, [](const Order& o) {
        return o.tif == TimeInForce::Day || o.tif == TimeInForce::Ato || o.tif == TimeInForce::Atc;
    });
    for (Order* o : m_work)
        cancelOrder(*m_books[o->symbol], *o, EventType::Expired, CancelReason::DayEnded);
    for (auto& b : m_books)
        settle(*b);
    end();
    return ErrorCode::None;
}

ErrorCode MatchingEngine::setReferencePrice(SymbolId symbol, Price price)
{
    if (symbol >= m_books.size())
        return ErrorCode::UnknownSymbol;
    if (price < 0)
        return ErrorCode::PriceNotPositive;
    OrderBook& b = *m_books[symbol];
    if (price > b.config().maxPrice)
        return ErrorCode::PriceTooLarge;
    b.referencePrice = price;
    return ErrorCode::None;
}

// --- events ------------------------------------------------------------------

Event& MatchingEngine::push(EventType type)
{
    return m_ops.push(type);
}

Event& MatchingEngine::pushOrder(EventType type, const Order& o)
{
    Event& e = push(type);
    e.order = o.id;
    e.clientTag = o.clientTag;
    describeOrder(e, o, o.price);
    return e;
}

void MatchingEngine::rejectOrder(const NewOrder& c, ErrorCode err)
{
    describeRejected(push(EventType::Rejected), c, err);
}

void MatchingEngine::rejectRequest(EventType type, OrderId id, std::uint64_t clientTag, ErrorCode err)
{
    Event& e = push(type);
    describeRefusal(e, id, clientTag, err);
    if (const Order* o = m_index.find(id))
        describeOrder(e, *o, o->price);
}

void MatchingEngine::recordTrade(OrderBook& b, Price price, Qty qty, TradeId id, const Order& buy, const Order& sell,
    Side aggressor, Liquidity liquidity)
{
    b.tally.count(price, qty);
    describeTrade(push(EventType::Trade), b.id(), id, price, qty, b.tally.volume, buy.id, sell.id, aggressor, liquidity);
}

void MatchingEngine::flushDepth()
{
    for (const DepthMark& m : m_marks) {
        Qty qty = 0;
        std::uint32_t orders = 0;
        if (PriceLevel* l = m.level) {
            l->depthMarked = false;
            qty = l->displayedQty;
            orders = l->displayedCount;
        }
        if (qty == m.qty && orders == m.orders)
            continue;
        Event& e = push(EventType::Depth);
        e.symbol = m.symbol;
        e.side = m.side;
        e.price = m.price;
        e.qty = qty;
        e.orders = orders;
    }
    m_marks.clear();
}

// --- book structure ----------------------------------------------------------

void MatchingEngine::touch(PriceLevel& l)
{
    if (l.depthMarked)
        return;
    l.depthMarked = true;
    l.depthMark = static_cast<std::uint32_t>(m_marks.size());
    m_marks.push_back({ &l, l.symbol, l.side, l.price, l.displayedQty, l.displayedCount });
}

void MatchingEngine::linkToLevel(OrderBook& b, Order& o)
{
    BookSide& side = b.side(o.side);
    const std::size_t pos = side.lowerBound(o.price);
    PriceLevel* l;
    if (pos < side.size() && side.at(pos)->price == o.price) {
        l = side.at(pos);
        touch(*l);
    } else {
        l = m_levels.acquire();
        l->reset(b.id(), o.side, o.price);
        side.insertAt(pos, l);
        // A level emptied and re-created in one operation keeps its first mark,
        // which holds what was last published.
        for (std::size_t i = 0; i < m_marks.size(); ++i) {
            DepthMark& m = m_marks[i];
            if (!m.level && m.symbol == l->symbol && m.side == l->side && m.price == l->price) {
                m.level = l;
                l->depthMarked = true;
                l->depthMark = static_cast<std::uint32_t>(i);
                break;
            }
        }
        if (!l->depthMarked)
            touch(*l);
    }
    l->totalQty += o.leaves();
    if (o.hidden) {
        o.visible = 0;
        l->hidden.pushBack(o);
    } else {
        o.visible = o.isIceberg() ? std::min(o.displayQty, o.leaves()) : o.leaves();
        l->displayed.pushBack(o);
        l->displayedQty += o.visible;
        ++l->displayedCount;
        if (!o.isPegged())
            ++l->referenceCount;
    }
    o.level = l;
    o.state = OrderState::Resting;
}

void MatchingEngine::unlinkFromLevel(Order& o) noexcept
{
    PriceLevel& l = *o.level;
    touch(l);
    l.totalQty -= o.leaves();
    if (o.hidden) {
        l.hidden.remove(o);
    } else {
        l.displayedQty -= o.visible;
        l.displayed.remove(o);
        --l.displayedCount;
        if (!o.isPegged())
            --l.referenceCount;
    }
    o.visible = 0;
    o.level = nullptr;
    o.state = OrderState::New;
}

void MatchingEngine::dropLevelIfEmpty(OrderBook& b, PriceLevel& l) noexcept
{
    if (!l.empty())
        return;
    if (l.depthMarked)
        m_marks[l.depthMark].level = nullptr; // published as gone, unless re-created
    b.side(l.side).erase(&l);
    m_levels.release(&l);
}

void MatchingEngine::detach(OrderBook& b, Order& o) noexcept
{
    switch (o.state) {
    case OrderState::Resting: {
        PriceLevel& l = *o.level;
        unlinkFromLevel(o);
        dropLevelIfEmpty(b, l);
        break;
    }
    case OrderState::Stop: eraseStop(b, o); break;
    case OrderState::Held: b.held.remove(o); break;
    case OrderState::AuctionMarket: b.auctionMarket(o.side).remove(o); break;
    case OrderState::New:
    case OrderState::Parked:
    case OrderState::Done: break;
    }
    o.state = OrderState::New;
}

void MatchingEngine::finish(OrderBook& b, Order& o)
{
    if (o.isPegged())
        b.unlinkPeg(o);
    m_index.erase(o.id);
    o.state = OrderState::Done;
    m_done.push_back(&o);
}

void MatchingEngine::cancelOrder(OrderBook& b, Order& o, EventType type, CancelReason reason)
{
    const Qty cancelled = o.leaves();
    detach(b, o);
    Event& e = pushOrder(type, o);
    e.qty = cancelled;
    e.leaves = 0;
    e.cancelReason = reason;
    e.text = describe(reason);
    finish(b, o);
}

void MatchingEngine::insertStop(OrderBook& b, Order& o)
{
    // The next stop to trigger sits at the back: for buys the lowest stop
    // price, for sells the highest; among equal stops the earliest order.
    auto& v = b.stops(o.side);
    const bool buy = o.isBuy();
    const auto before = [buy](const Order* x, const Order* y) {
        if (x->stopPrice != y->stopPrice)
            return buy ? x->stopPrice > y->stopPrice : x->stopPrice < y->stopPrice;
        return x->id > y->id;
    };
    v.insert(std::lower_bound(v.begin(), v.end(), &o, before), &o);
    o.state = OrderState::Stop;
}

void MatchingEngine::eraseStop(OrderBook& b, Order& o) noexcept
{
    auto& v = b.stops(o.side);
    const auto it = std::find(v.begin(), v.end(), &o);
    if (it != v.end())
        v.erase(it);
}

void MatchingEngine::pruneEmptyLevels(OrderBook& b)
{
    for (Side s : { Side::Buy, Side::Sell }) {
        BookSide& side = b.side(s);
        for (std::size_t i = side.size(); i-- > 0;) {
            PriceLevel* l = side.fromBest(i);
            if (l->empty()) {
                touch(*l);
                dropLevelIfEmpty(b, *l);
            }
        }
    }
}

} // namespace ordo::venue
