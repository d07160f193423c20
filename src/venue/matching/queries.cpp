// Read-only queries and the self-check used by the tests. Part of MatchingEngine.

#include "matchingengine.h"

#include <string>

namespace ordo::venue {

std::optional<OrderView> MatchingEngine::order(OrderId id) const noexcept
{
    const Order* o = m_index.find(id);
    if (!o)
        return std::nullopt;
    OrderView v;
    v.id = o->id;
    v.clientTag = o->clientTag;
    v.owner = o->owner;
    v.symbol = o->symbol;
    v.side = o->side;
    v.type = o->type;
    v.tif = o->tif;
    v.peg = o->peg;
    v.state = o->state;
    v.hidden = o->hidden;
    v.price = o->price;
    v.stopPrice = o->stopPrice;
    v.quantity = o->quantity;
    v.cumQty = o->cumQty;
    v.leaves = o->leaves();
    v.visible = o->visible;
    v.expireTime = o->expireTime;
    return v;
}

std::size_t MatchingEngine::depth(SymbolId symbol, Side side, std::span<LevelView> out) const noexcept
{
    if (symbol >= m_books.size())
        return 0;
    const BookSide& s = m_books[symbol]->side(side);
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size() && n < out.size(); ++i) {
        const PriceLevel* l = s.fromBest(i);
        if (l->displayedCount > 0)
            out[n++] = { l->price, l->displayedQty, l->displayedCount };
    }
    return n;
}

std::optional<MarketStats> MatchingEngine::stats(SymbolId symbol) const noexcept
{
    if (symbol >= m_books.size())
        return std::nullopt;
    const OrderBook& b = *m_books[symbol];
    MarketStats st;
    st.phase = b.phase;
    LevelView top[1];
    if (depth(symbol, Side::Buy, top))
        st.bestBid = top[0].price;
    if (depth(symbol, Side::Sell, top))
        st.bestAsk = top[0].price;
    b.tally.copyTo(st);
    return st;
}

std::string MatchingEngine::verify() const
{
    std::string err;
    const auto fail = [&](const std::string& what) {
        if (err.empty())
            err = what;
    };
    std::size_t reachable = 0;
    for (const auto& bp : m_books) {
        const OrderBook& b = *bp;
        const std::string sym = "symbol " + std::to_string(b.id()) + ": ";
        for (Side s : { Side::Buy, Side::Sell }) {
            const BookSide& side = b.side(s);
            for (std::size_t i = 0; i < side.size(); ++i) {
                const PriceLevel* l = side.at(i);
                const std::string at = sym + std::string(toString(s)) + " level " + std::to_string(l->price) + ": ";
                if (i > 0 && !side.better(l->price, side.at(i - 1)->price))
                    fail(at + "levels out of order");
                if (l->empty())
                    fail(at + "empty level left in the book");
                if (l->symbol != b.id() || l->side != s)
                    fail(at + "level belongs elsewhere");
                if (l->depthMarked)
                    fail(at + "depth mark left over");
                Qty displayed = 0, total = 0;
                std::uint32_t count = 0, refs = 0;
                for (const Order* o = l->displayed.front(); o; o = o->next) {
                    ++reachable;
                    ++count;
                    refs += !o->isPegged();
                    displayed += o->visible;
                    total += o->leaves();
                    if (o->hidden || o->visible <= 0 || o->visible > o->leaves()
                        || (o->isIceberg() ? o->visible > o->displayQty : o->visible != o->leaves()))
                        fail(at + "order " + std::to_string(o->id) + " has a bad visible quantity");
                    if (o->level != l || o->state != OrderState::Resting || o->price != l->price || o->side != s)
                        fail(at + "order " + std::to_string(o->id) + " is not linked consistently");
                    if (m_index.find(o->id) != o)
                        fail(at + "order " + std::to_string(o->id) + " is not indexed");
                }
                for (const Order* o = l->hidden.front(); o; o = o->next) {
                    ++reachable;
                    total += o->leaves();
                    if (!o->hidden || o->visible != 0 || o->leaves() <= 0)
                        fail(at + "hidden order " + std::to_string(o->id) + " is inconsistent");
                    if (o->level != l || o->state != OrderState::Resting || o->price != l->price || o->side != s)
                        fail(at + "order " + std::to_string(o->id) + " is not linked consistently");
                    if (m_index.find(o->id) != o)
                        fail(at + "order " + std::to_string(o->id) + " is not indexed");
                }
                if (displayed != l->displayedQty || total != l->totalQty || count != l->displayedCount
                    || refs != l->referenceCount)
                    fail(at + "counters do not match the queues");
            }
            const auto& stops = s == Side::Buy ? b.buyStops : b.sellStops;
            for (std::size_t i = 0; i < stops.size(); ++i) {
                ++reachable;
                const Order* o = stops[i];
                if (o->state != OrderState::Stop || o->side != s || m_index.find(o->id) != o)
                    fail(sym + "stop order " + std::to_string(o->id) + " is inconsistent");
                if (i > 0) {
                    const Order* p = stops[i - 1];
                    const bool ordered = p->stopPrice != o->stopPrice
                        ? (s == Side::Buy ? p->stopPrice > o->stopPrice : p->stopPrice < o->stopPrice)
                        : p->id > o->id;
                    if (!ordered)
                        fail(sym + "stops out of order");
                }
            }
            const OrderQueue& am = s == Side::Buy ? b.auctionBuys : b.auctionSells;
            for (const Order* o = am.front(); o; o = o->next) {
                ++reachable;
                if (o->state != OrderState::AuctionMarket || o->side != s || m_index.find(o->id) != o)
                    fail(sym + "auction market order " + std::to_string(o->id) + " is inconsistent");
            }
        }
        for (const Order* o = b.held.front(); o; o = o->next) {
            ++reachable;
            if (o->state != OrderState::Held || m_index.find(o->id) != o)
                fail(sym + "held order " + std::to_string(o->id) + " is inconsistent");
        }
        std::size_t pegs = 0;
        for (const Order* o = b.pegHead; o; o = o->pegNext) {
            ++pegs;
            if (!o->isPegged() || m_index.find(o->id) != o)
                fail(sym + "pegged order " + std::to_string(o->id) + " is inconsistent");
            if (o->state == OrderState::Parked) {
                ++reachable;
                if (o->price != 0)
                    fail(sym + "parked order " + std::to_string(o->id) + " has a price");
            } else if (o->state != OrderState::Resting) {
                fail(sym + "pegged order " + std::to_string(o->id) + " in state " + std::string(toString(o->state)));
            }
        }
        if (pegs != b.pegCount)
            fail(sym + "peg count is wrong");
        if (b.phase == TradingPhase::Continuous) {
            const PriceLevel* bid = b.bids.best();
            const PriceLevel* ask = b.asks.best();
            if (bid && ask && bid->price >= ask->price)
                fail(sym + "book crossed in continuous trading: bid " + std::to_string(bid->price) + " ask "
                    + std::to_string(ask->price));
            if (!b.auctionBuys.empty() || !b.auctionSells.empty())
                fail(sym + "auction market orders left in continuous trading");
            for (Side s : { Side::Buy, Side::Sell })
                for (std::size_t i = 0; i < b.side(s).size(); ++i)
                    for (const OrderQueue* q : { &b.side(s).at(i)->displayed, &b.side(s).at(i)->hidden })
                        for (const Order* o = q->front(); o; o = o->next)
                            if (o->tif == TimeInForce::Ato || o->tif == TimeInForce::Atc)
                                fail(sym + "auction-only order " + std::to_string(o->id)
                                    + " left in continuous trading");
        }
    }
    m_index.forEach([&](const Order& o) {
        if (o.state == OrderState::Done || o.state == OrderState::New)
            fail("order " + std::to_string(o.id) + " indexed in state " + std::string(toString(o.state)));
        if (o.cumQty < 0 || o.leaves() <= 0)
            fail("order " + std::to_string(o.id) + " has a bad filled quantity");
    });
    if (reachable != m_index.size())
        fail("indexed orders (" + std::to_string(m_index.size()) + ") differ from orders in the books ("
            + std::to_string(reachable) + ")");
    if (!m_marks.empty() || !m_done.empty())
        fail("operation state left over");
    return err;
}

} // namespace ordo::venue
