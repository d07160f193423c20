#pragma once

// MatchingEngine: the ordo-venue exchange core. Price-time priority matching
// for any number of symbols; limit, market, IOC, FOK, iceberg, hidden,
// pegged, stop and stop-limit orders; DAY/GTC/GTD/ATO/ATC; opening and
// closing call auctions; per-symbol halts; L2 depth and trade market data.
//
// Every public command is one operation: it returns an ErrorCode (never
// throws for bad input) and queues its events, which are then available from
// events() until the next command and are passed to the listener, once,
// after the operation has finished. Depth events come at the end of an
// operation, only for levels whose displayed quantity or order count changed.
//
// Halts: while a symbol is Halted nothing matches; cancels and mass cancels
// are accepted, new orders and replaces are rejected (TradingHalted) rather
// than queued, so a client never has an order silently waiting on a halt.
// Resuming to Continuous runs an uncross first if the book is crossed (a
// halt during a call phase), like a re-opening auction.
//
// Auctions: setPhase(OpeningCall / ClosingCall) starts a call in which orders
// rest without matching (IOC/FOK and pegged orders are refused); leaving the
// call (to Continuous, or Closed after the closing call) uncrosses it at the
// price of maximum volume. ATO orders are accepted only in the opening call,
// ATC orders at any time before the close and held off the book until the
// closing call; both are cancelled for whatever the auction did not execute,
// as are market orders left over from a call. Closed refuses new orders
// (MarketClosed) until the symbol is set to a call or Continuous again.
//
// Pegged orders are priced from the best displayed, non-pegged orders (so a
// peg never chases itself or another peg), repriced at the end of any
// operation that moved that reference, and go to the back of the queue at
// their new price; a peg priced into the other side trades; a peg with no
// reference is parked off the book (Restated with price 0). Stops trigger on
// the last trade price, immediately if it is already through the stop, and
// then work as market / limit orders with their time in force. There is no
// self-trade prevention: orders of one session can trade with each other.
//
// Threading: not thread-safe. One thread (the acceptor's) owns the engine.
// Memory: orders and price levels come from pools and are indexed by an
// open-addressing table; reserve() sizes them so steady-state trading does
// no heap allocation.

#include "commands.h"
#include "event.h"
#include "matchinglistener.h"
#include "operationevents.h"
#include "objectpool.h"
#include "orderbook.h"
#include "orderindex.h"
#include "symbolconfig.h"
#include "views.h"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ordo::venue {

class MatchingEngine {
public:
    MatchingEngine();
    ~MatchingEngine();
    MatchingEngine(const MatchingEngine&) = delete;
    MatchingEngine& operator=(const MatchingEngine&) = delete;

    // Sizes the pools and tables for this many live orders and price levels.
    void reserve(std::size_t liveOrders, std::size_t priceLevels);
    void setListener(MatchingListener* listener) noexcept { m_ops.setListener(listener); }

    SymbolResult addSymbol(const SymbolConfig& config);
    SymbolId findSymbol(std::string_view name) const noexcept;
    std::size_t symbolCount() const noexcept { return m_books.size(); }

    // --- commands: one operation each ---
    SubmitResult submit(const NewOrder& order);
    ErrorCode cancel(OrderId order, SessionId requester = kAnySession);
    ErrorCode replace(const ReplaceOrder& replace);
    ErrorCode massCancel(const MassCancel& scope);
    // Expires every GTD order whose expire time is at or before now.
    ErrorCode expire(Timestamp now);
    // Expires every DAY, ATO and ATC order (GTC and GTD stay).
    ErrorCode endOfDay();
    ErrorCode setPhase(SymbolId symbol, TradingPhase phase);
    ErrorCode halt(SymbolId symbol) { return setPhase(symbol, TradingPhase::Halted); }
    ErrorCode resume(SymbolId symbol) { return setPhase(symbol, TradingPhase::Continuous); }
    // The auction tie-break reference before the symbol's first trade.
    ErrorCode setReferencePrice(SymbolId symbol, Price price);

    // The events of the last operation, in order.
    std::span<const Event> events() const noexcept { return m_ops.events(); }

    // --- queries ---
    std::optional<OrderView> order(OrderId id) const noexcept;
    // Displayed levels from the best, at most out.size(); returns how many were written.
    std::size_t depth(SymbolId symbol, Side side, std::span<LevelView> out) const noexcept;
    std::optional<MarketStats> stats(SymbolId symbol) const noexcept;
    // What an uncross would do now (price 0 and volume 0 when nothing would trade).
    AuctionResult indicativeUncross(SymbolId symbol) const;
    std::size_t liveOrders() const noexcept { return m_index.size(); }
    // Checks the engine's own invariants (counters, links, ordering, book
    // not crossed in continuous trading); empty when all hold. For tests.
    std::string verify() const;

private:
    struct DepthMark {
        PriceLevel* level; // null once the level has left the book
        SymbolId symbol;
        Side side;
        Price price;
        Qty qty; // as last published
        std::uint32_t orders;
    };
    struct Expiry {
        Timestamp time;
        OrderId order;
    };

    bool begin() noexcept;
    void end();

    ErrorCode validate(const NewOrder& c) const noexcept;
    ErrorCode validateReplace(const ReplaceOrder& r, const Order& o, const OrderBook& b) const noexcept;

    // events
    Event& push(EventType type);
    Event& pushOrder(EventType type, const Order& o);
    void rejectOrder(const NewOrder& c, ErrorCode e);
    void rejectRequest(EventType type, OrderId id, std::uint64_t clientTag, ErrorCode e);
    void recordTrade(OrderBook& b, Price price, Qty qty, TradeId id, const Order& buy, const Order& sell,
        Side aggressor, Liquidity liquidity);
    void flushDepth();

    // book structure
    void touch(PriceLevel& l);
    void linkToLevel(OrderBook& b, Order& o);
    void unlinkFromLevel(Order& o) noexcept;
    void dropLevelIfEmpty(OrderBook& b, PriceLevel& l) noexcept;
    void detach(OrderBook& b, Order& o) noexcept;
    void finish(OrderBook& b, Order& o);
    void cancelOrder(OrderBook& b, Order& o, EventType type, CancelReason reason);
    void insertStop(OrderBook& b, Order& o);
    void eraseStop(OrderBook& b, Order& o) noexcept;
    void enterCallBook(OrderBook& b, Order& o);
    void pruneEmptyLevels(OrderBook& b);

    // continuous matching
    static bool crosses(const Order& o, Price levelPrice) noexcept;
    bool marketable(const OrderBook& b, const Order& o) const noexcept;
    bool canFillFully(const OrderBook& b, const Order& o) const noexcept;
    void executeContinuous(OrderBook& b, Order& o);
    void matchAggressor(OrderBook& b, Order& o);
    void fillResting(Order& r, Qty qty) noexcept;
    void restOrMatch(OrderBook& b, Order& o);
    void settle(OrderBook& b);
    bool triggerStops(OrderBook& b);
    bool repricePegs(OrderBook& b);
    Price pegTarget(const OrderBook& b, const Order& o, Price refBid, Price refAsk) const noexcept;
    void placePeg(OrderBook& b, Order& o, Price target, bool restate);

    // auctions and phases
    AuctionResult computeUncross(const OrderBook& b) const;
    void uncross(OrderBook& b);
    void cancelAuctionLeftovers(OrderBook& b);
    bool needsUncross(const OrderBook& b) const noexcept;
    void collect(SymbolId symbol, std::optional<Side> side, SessionId owner, bool (*pred)(const Order&));

    std::vector<std::unique_ptr<OrderBook>> m_books;
    ObjectPool<Order> m_orders;
    ObjectPool<PriceLevel> m_levels;
    OrderIndex m_index;

    OperationEvents m_ops;
    std::vector<DepthMark> m_marks;
    std::vector<Order*> m_done; // finished in this operation; back to the pool at its end
    std::vector<Order*> m_pegWork; // scratch for repricing
    std::vector<Order*> m_work; // scratch for mass cancel, expiry, auctions
    std::vector<Order*> m_work2;
    std::vector<Expiry> m_expiries; // min-heap by time; stale entries skipped

    OrderId m_nextOrderId = 1;
    TradeId m_nextTradeId = 1;
    Timestamp m_now = 0;
};

} // namespace ordo::venue
