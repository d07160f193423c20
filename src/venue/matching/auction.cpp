// Trading phases and call auctions. Part of MatchingEngine.

#include "matchingengine.h"

#include "orderevents.h"

#include <algorithm>

namespace ordo::venue {

namespace {

bool isCall(TradingPhase p) noexcept
{
    return p == TradingPhase::OpeningCall || p == TradingPhase::ClosingCall;
}

bool auctionOnly(const Order& o) noexcept
{
    return o.tif == TimeInForce::Ato || o.tif == TimeInForce::Atc;
}

} // namespace

void MatchingEngine::enterCallBook(OrderBook& b, Order& o)
{
    if (o.type == OrdType::Market) {
        o.state = OrderState::AuctionMarket;
        b.auctionMarket(o.side).pushBack(o);
    } else {
        linkToLevel(b, o);
    }
}

bool MatchingEngine::needsUncross(const OrderBook& b) const noexcept
{
    if (!b.auctionBuys.empty() || !b.auctionSells.empty())
        return true;
    const PriceLevel* bid = b.bids.best();
    const PriceLevel* ask = b.asks.best();
    return bid && ask && bid->price >= ask->price;
}

ErrorCode MatchingEngine::setPhase(SymbolId symbol, TradingPhase to)
{
    if (!begin())
        return ErrorCode::Reentrant;
    ErrorCode e = ErrorCode::None;
    if (symbol >= m_books.size())
        e = ErrorCode::UnknownSymbol;
    else if (static_cast<std::uint8_t>(to) > static_cast<std::uint8_t>(TradingPhase::Closed))
        e = ErrorCode::InvalidPhase;
    if (e != ErrorCode::None) {
        end();
        return e;
    }
    OrderBook& b = *m_books[symbol];
    const TradingPhase from = b.phase;
    if (from == to) {
        end();
        return ErrorCode::None;
    }
    switch (to) {
    case TradingPhase::Continuous:
    case TradingPhase::Closed:
        // Leaving a call (or a halt that interrupted one) runs its auction.
        if (isCall(from) || needsUncross(b))
            uncross(b);
        cancelAuctionLeftovers(b);
        b.pegsDirty = true; // pegs kept their price through the call
        if (to == TradingPhase::Closed) {
            // ATC orders still held missed the closing auction.
            m_work.clear();
            for (Order* o = b.held.front(); o; o = o->next)
                m_work.push_back(o);
            for (Order* o : m_work)
                cancelOrder(b, *o, EventType::Cancelled, CancelReason::AuctionRemainder);
        }
        break;
    case TradingPhase::ClosingCall: {
        // ATC orders join the book, in order of entry, for the closing auction.
        m_work.clear();
        for (Order* o = b.held.front(); o; o = o->next)
            m_work.push_back(o);
        b.held.clear();
        for (Order* o : m_work)
            enterCallBook(b, *o);
        break;
    }
    case TradingPhase::OpeningCall:
    case TradingPhase::Halted: break;
    }
    b.phase = to;
    Event& ev = push(EventType::TradingStatus);
    ev.symbol = symbol;
    ev.phase = to;
    settle(b);
    end();
    return ErrorCode::None;
}

AuctionResult MatchingEngine::computeUncross(const OrderBook& b) const
{
    Qty marketBuy = 0, marketSell = 0;
    for (const Order* o = b.auctionBuys.front(); o; o = o->next)
        marketBuy += o->leaves();
    for (const Order* o = b.auctionSells.front(); o; o = o->next)
        marketSell += o->leaves();

    // Bids from the highest price down, asks from the lowest up.
    const BookSide& bids = b.bids;
    const BookSide& asks = b.asks;
    Qty totalBids = 0;
    for (std::size_t i = 0; i < bids.size(); ++i)
        totalBids += bids.at(i)->totalQty;

    AuctionResult best;
    const Price ref = b.auctionReference();
    const auto consider = [&](Price p, Qty buy, Qty sell) {
        const Qty volume = std::min(buy, sell);
        if (volume <= 0)
            return;
        const Qty surplus = buy > sell ? buy - sell : sell - buy;
        bool better = false;
        if (volume != best.volume) {
            better = volume > best.volume;
        } else if (surplus != best.surplus) {
            better = surplus < best.surplus;
        } else if (ref > 0) {
            const Price d = p > ref ? p - ref : ref - p;
            const Price bd = best.price > ref ? best.price - ref : ref - best.price;
            better = d < bd;
        }
        if (better)
            best = { p, volume, surplus, buy, sell };
    };

    // Walk candidate prices upwards: every limit price on either side, and the
    // reference price when it lies strictly between the lowest and the highest
    // of them (between two limit prices the interest on each side is flat, so
    // the reference is as good a price as its neighbours). Buy interest at p:
    // market buys plus bids at p or above; sell interest: market sells plus
    // asks at p or below.
    Price lowest = 0, highest = 0;
    for (const BookSide* s : { &bids, &asks })
        for (std::size_t i = 0; i < s->size(); ++i) {
            const Price p = s->at(i)->price;
            lowest = lowest == 0 ? p : std::min(lowest, p);
            highest = std::max(highest, p);
        }
    bool refPending = ref > lowest && ref < highest;
    std::size_t bi = 0; // bids.at(bi): the lowest bid not yet below p
    std::size_t ai = 0; // asks.fromBest(ai): the lowest ask not yet counted
    Qty bidsBelow = 0, asksAtOrBelow = 0;
    while (bi < bids.size() || ai < asks.size()) {
        Price p;
        if (bi < bids.size() && (ai >= asks.size() || bids.at(bi)->price <= asks.fromBest(ai)->price))
            p = bids.at(bi)->price;
        else
            p = asks.fromBest(ai)->price;
        if (refPending && ref <= p) {
            refPending = false;
            if (ref < p)
                consider(ref, marketBuy + totalBids - bidsBelow, marketSell + asksAtOrBelow);
        }
        while (ai < asks.size() && asks.fromBest(ai)->price <= p)
            asksAtOrBelow += asks.fromBest(ai++)->totalQty;
        consider(p, marketBuy + totalBids - bidsBelow, marketSell + asksAtOrBelow);
        while (bi < bids.size() && bids.at(bi)->price <= p)
            bidsBelow += bids.at(bi++)->totalQty;
    }
    // Only market orders on both sides: they trade at the reference price.
    if (best.volume == 0 && bids.empty() && asks.empty() && marketBuy > 0 && marketSell > 0 && ref > 0)
        best = { ref, std::min(marketBuy, marketSell),
            marketBuy > marketSell ? marketBuy - marketSell : marketSell - marketBuy, marketBuy, marketSell };
    return best;
}

AuctionResult MatchingEngine::indicativeUncross(SymbolId symbol) const
{
    if (symbol >= m_books.size())
        return {};
    return computeUncross(*m_books[symbol]);
}

void MatchingEngine::uncross(OrderBook& b)
{
    const AuctionResult r = computeUncross(b);
    if (r.volume > 0) {
        // Priority: market orders, then price, then time (displayed before
        // hidden at a price, as in continuous trading).
        const auto eligible = [&](Side s, std::vector<Order*>& out) {
            out.clear();
            for (Order* o = b.auctionMarket(s).front(); o; o = o->next)
                out.push_back(o);
            const BookSide& side = b.side(s);
            for (std::size_t i = 0; i < side.size(); ++i) {
                const PriceLevel* l = side.fromBest(i);
                if (side.better(r.price, l->price))
                    break;
                for (Order* o = l->displayed.front(); o; o = o->next)
                    out.push_back(o);
                for (Order* o = l->hidden.front(); o; o = o->next)
                    out.push_back(o);
            }
        };
        eligible(Side::Buy, m_work);
        eligible(Side::Sell, m_work2);
        std::size_t i = 0, j = 0;
        Qty left = r.volume;
        const auto fill = [&](Order& o, const Order& other, Qty q, TradeId trade) {
            if (o.state == OrderState::Resting)
                fillResting(o, q);
            else
                o.cumQty += q;
            describeFill(pushOrder(EventType::Fill, o), r.price, q, trade, other.id, Liquidity::Auction);
        };
        while (left > 0 && i < m_work.size() && j < m_work2.size()) {
            Order& buy = *m_work[i];
            Order& sell = *m_work2[j];
            const Qty q = std::min({ left, buy.leaves(), sell.leaves() });
            const TradeId trade = m_nextTradeId++;
            fill(buy, sell, q, trade);
            fill(sell, buy, q, trade);
            recordTrade(b, r.price, q, trade, buy, sell, Side::Buy, Liquidity::Auction);
            left -= q;
            for (Order* o : { &buy, &sell }) {
                if (o->leaves() > 0)
                    continue;
                if (o->state == OrderState::AuctionMarket)
                    b.auctionMarket(o->side).remove(*o);
                finish(b, *o);
            }
            if (buy.leaves() == 0)
                ++i;
            if (sell.leaves() == 0)
                ++j;
        }
        pruneEmptyLevels(b);
    }
    Event& e = push(EventType::AuctionUncross);
    e.symbol = b.id();
    e.price = r.price;
    e.qty = r.volume;
    e.leaves = r.surplus;
}

void MatchingEngine::cancelAuctionLeftovers(OrderBook& b)
{
    // Market orders from a call, and ATO / ATC orders that have had their
    // auction, do not outlive it.
    m_work.clear();
    for (Side s : { Side::Buy, Side::Sell }) {
        for (Order* o = b.auctionMarket(s).front(); o; o = o->next)
            m_work.push_back(o);
        const BookSide& side = b.side(s);
        for (std::size_t k = 0; k < side.size(); ++k) {
            const PriceLevel* l = side.at(k);
            for (Order* o = l->displayed.front(); o; o = o->next)
                if (auctionOnly(*o))
                    m_work.push_back(o);
            for (Order* o = l->hidden.front(); o; o = o->next)
                if (auctionOnly(*o))
                    m_work.push_back(o);
        }
    }
    std::sort(m_work.begin(), m_work.end(), [](const Order* x, const Order* y) { return x->id < y->id; });
    for (Order* o : m_work)
        cancelOrder(b, *o, EventType::Cancelled, CancelReason::AuctionRemainder);
}

} // namespace ordo::venue
