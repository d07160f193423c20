// Continuous trading: matching an incoming order against the book, stop
// triggers and pegged-order repricing. Part of MatchingEngine.

#include "matchingengine.h"

#include "orderevents.h"

#include <algorithm>

namespace ordo::venue {

bool MatchingEngine::crosses(const Order& o, Price levelPrice) noexcept
{
    if (o.type == OrdType::Market)
        return true;
    return o.isBuy() ? levelPrice <= o.price : levelPrice >= o.price;
}

bool MatchingEngine::marketable(const OrderBook& b, const Order& o) const noexcept
{
    const PriceLevel* l = b.side(opposite(o.side)).best();
    return l && crosses(o, l->price);
}

bool MatchingEngine::canFillFully(const OrderBook& b, const Order& o) const noexcept
{
    // Icebergs refill at the back of their level and the aggressor keeps
    // going, so everything at a crossing level (hidden and reserve included)
    // is reachable.
    const BookSide& opp = b.side(opposite(o.side));
    Qty need = o.leaves();
    for (std::size_t i = 0; i < opp.size() && need > 0; ++i) {
        const PriceLevel* l = opp.fromBest(i);
        if (!crosses(o, l->price))
            break;
        need -= l->totalQty;
    }
    return need <= 0;
}

void MatchingEngine::executeContinuous(OrderBook& b, Order& o)
{
    if (o.tif == TimeInForce::Fok && !canFillFully(b, o)) {
        cancelOrder(b, o, EventType::Cancelled, CancelReason::FokNotFilled);
        return;
    }
    matchAggressor(b, o);
    if (o.leaves() == 0) {
        finish(b, o);
    } else if (o.tif == TimeInForce::Ioc || o.tif == TimeInForce::Fok) {
        cancelOrder(b, o, EventType::Cancelled, CancelReason::IocRemainder);
    } else if (o.type == OrdType::Market) {
        cancelOrder(b, o, EventType::Cancelled, CancelReason::MarketNoLiquidity);
    } else {
        linkToLevel(b, o);
    }
}

void MatchingEngine::restOrMatch(OrderBook& b, Order& o)
{
    if (b.phase == TradingPhase::Continuous)
        matchAggressor(b, o);
    if (o.leaves() == 0)
        finish(b, o);
    else
        linkToLevel(b, o);
}

void MatchingEngine::matchAggressor(OrderBook& b, Order& a)
{
    BookSide& opp = b.side(opposite(a.side));
    while (a.leaves() > 0) {
        PriceLevel* l = opp.best();
        if (!l || !crosses(a, l->price))
            break;
        const Price price = l->price;
        while (a.leaves() > 0 && !l->empty()) {
            Order& r = l->displayed.empty() ? *l->hidden.front() : *l->displayed.front();
            const Qty q = std::min(a.leaves(), r.hidden ? r.leaves() : r.visible);
            const TradeId trade = m_nextTradeId++;
            a.cumQty += q;
            describeFill(pushOrder(EventType::Fill, a), price, q, trade, r.id, Liquidity::Removed);
            fillResting(r, q);
            describeFill(pushOrder(EventType::Fill, r), price, q, trade, a.id, Liquidity::Added);
            if (a.isBuy())
                recordTrade(b, price, q, trade, a, r, a.side, Liquidity::Removed);
            else
                recordTrade(b, price, q, trade, r, a, a.side, Liquidity::Removed);
            if (r.leaves() == 0)
                finish(b, r);
        }
        dropLevelIfEmpty(b, *l);
    }
}

void MatchingEngine::fillResting(Order& r, Qty q) noexcept
{
    PriceLevel& l = *r.level;
    touch(l);
    r.cumQty += q;
    l.totalQty -= q;
    if (r.hidden) {
        if (r.leaves() == 0)
            l.hidden.remove(r);
    } else if (q < r.visible) {
        r.visible -= q;
        l.displayedQty -= q;
    } else {
        l.displayedQty -= r.visible;
        r.visible = 0;
        l.displayed.remove(r);
        if (r.leaves() > 0) {
            // Iceberg refill: a new slice, and a new place at the back of the queue.
            r.visible = std::min(r.displayQty, r.leaves());
            l.displayedQty += r.visible;
            l.displayed.pushBack(r);
            return;
        }
        --l.displayedCount;
        if (!r.isPegged())
            --l.referenceCount;
    }
    if (r.leaves() == 0) {
        r.level = nullptr;
        r.state = OrderState::New;
    }
}

void MatchingEngine::settle(OrderBook& b)
{
    // Trades move the last price (stops) and the touch (pegs); each round
    // that trades consumes quantity, so this ends.
    if (b.phase != TradingPhase::Continuous)
        return;
    for (;;) {
        bool progressed = false;
        if (b.tally.lastPrice > 0 && (!b.buyStops.empty() || !b.sellStops.empty()))
            progressed = triggerStops(b);
        if (b.pegCount > 0)
            progressed = repricePegs(b) || progressed;
        if (!progressed)
            break;
    }
}

bool MatchingEngine::triggerStops(OrderBook& b)
{
    bool any = false;
    for (;;) {
        Order* s = nullptr;
        if (!b.buyStops.empty() && b.buyStops.back()->stopPrice <= b.tally.lastPrice)
            s = b.buyStops.back();
        if (!b.sellStops.empty() && b.sellStops.back()->stopPrice >= b.tally.lastPrice
            && (!s || b.sellStops.back()->id < s->id))
            s = b.sellStops.back();
        if (!s)
            return any;
        b.stops(s->side).pop_back();
        s->state = OrderState::New;
        s->type = s->type == OrdType::Stop ? OrdType::Market : OrdType::Limit;
        pushOrder(EventType::Triggered, *s);
        any = true;
        executeContinuous(b, *s);
    }
}

Price MatchingEngine::pegTarget(const OrderBook& b, const Order& o, Price refBid, Price refAsk) const noexcept
{
    const Price tick = b.config().tickSize;
    Price t = 0;
    switch (o.peg) {
    case PegType::Primary: t = o.isBuy() ? refBid : refAsk; break;
    case PegType::Market: t = o.isBuy() ? refAsk : refBid; break;
    case PegType::Mid:
        if (refBid > 0 && refAsk > 0) {
            // Buyers round down and sellers up to the tick: a midpoint peg never
            // pays more than the midpoint.
            const Price sum = refBid + refAsk;
            t = o.isBuy() ? sum / 2 / tick * tick : (sum + 2 * tick - 1) / (2 * tick) * tick;
        }
        break;
    case PegType::None: break;
    }
    if (t <= 0)
        return 0;
    t += o.pegOffset;
    if (o.limit > 0)
        t = o.isBuy() ? std::min(t, o.limit) : std::max(t, o.limit);
    return t > 0 && t <= b.config().maxPrice ? t : 0;
}

void MatchingEngine::placePeg(OrderBook& b, Order& o, Price target, bool restate)
{
    o.price = target;
    if (restate)
        pushOrder(EventType::Restated, o);
    if (target == 0) {
        o.state = OrderState::Parked;
        return;
    }
    restOrMatch(b, o);
}

bool MatchingEngine::repricePegs(OrderBook& b)
{
    const Price refBid = b.pegReference(Side::Buy);
    const Price refAsk = b.pegReference(Side::Sell);
    if (!b.pegsDirty && refBid == b.pegRefBid && refAsk == b.pegRefAsk)
        return false;
    b.pegRefBid = refBid;
    b.pegRefAsk = refAsk;
    b.pegsDirty = false;
    const TradeId before = m_nextTradeId;
    m_pegWork.clear();
    for (Order* p = b.pegHead; p; p = p->pegNext)
        m_pegWork.push_back(p);
    for (Order* p : m_pegWork) {
        // Done orders (filled by an earlier peg in this pass) stay valid until
        // the operation ends.
        if (p->state == OrderState::Done)
            continue;
        const Price t = pegTarget(b, *p, refBid, refAsk);
        if (t == p->price && (p->state == OrderState::Resting || p->state == OrderState::Parked))
            continue;
        // Repricing costs the order its place: it joins the back of the new level.
        detach(b, *p);
        placePeg(b, *p, t, true);
    }
    return m_nextTradeId != before;
}

} // namespace ordo::venue
