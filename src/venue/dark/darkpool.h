#pragma once

// DarkPool: ordo-venue's midpoint dark book. Orders rest unseen (no depth is
// ever published, only trades after the fact) and cross only at the midpoint
// of a reference lit market's best bid and offer, which the owner feeds in
// with setReference (in ordo-venue: a lit venue of the same process). Pure
// C++20: no Qt, no QuickFIX, nothing from the OMS.
//
// Orders: limit (the limit is a constraint: a buy trades only while the mid
// is at or below it, a sell while it is at or above), market (any mid) and
// midpoint-pegged (PegType::Mid; its price is an optional cap, which here
// means the same as a limit). DAY and GTC orders rest, a market one too
// ("at whatever the mid is"); IOC and FOK take what crosses on arrival and
// cancel the rest. MinQty is a minimum execution size: no execution of the
// order is smaller than min(minQty, leaves), so a large order is not
// nibbled by small ones.
//
// Priority: every cross is at the same price, the mid, so a limit only
// decides whether an order may trade; among those that may, the earliest
// goes first. A replace that raises the quantity or changes the limit sends
// the order to the back, as on the lit book.
//
// Crossing: an arriving or replaced order takes from the other side at the
// current mid (it is the taker, Liquidity::Removed; the resting order
// Added). A reference change that moves the mid crosses every pair that now
// may trade, earliest buy first (both Added: neither took liquidity). After
// every operation no two resting orders could cross at the current mid. No
// reference (a side missing, bid >= ask, or the reference market not in
// continuous trading, e.g. halted) means nothing crosses: IOC and FOK are
// cancelled, DAY and GTC rest.
//
// Mid: (bid + ask) / 2 in 1e-8 units, rounded down when the sum is odd. It
// may lie between two ticks, as midpoint crosses do on real venues.
//
// Events and error codes are the MatchingEngine's (event.h, types.h):
// Accepted, Rejected, Fill, Cancelled, Replaced, CancelRejected,
// ReplaceRejected and Trade, never Depth. Every command is one operation;
// its events are available from events() and passed to the listener once,
// after it, and the listener must not call back (ErrorCode::Reentrant).
//
// Threading: not thread-safe; one thread (the acceptor's, under its lock)
// owns it. Units as in types.h: Price in 1e-8, Qty in units.

#include "commands.h"
#include "event.h"
#include "matchinglistener.h"
#include "operationevents.h"
#include "symbolconfig.h"
#include "tradetally.h"
#include "views.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ordo::venue {

class DarkPool {
public:
    DarkPool();
    DarkPool(const DarkPool&) = delete;
    DarkPool& operator=(const DarkPool&) = delete;

    void setListener(MatchingListener* listener) noexcept { m_ops.setListener(listener); }

    SymbolResult addSymbol(const SymbolConfig& config);
    SymbolId findSymbol(std::string_view name) const noexcept;
    std::size_t symbolCount() const noexcept { return m_books.size(); }

    // --- commands: one operation each ---
    SubmitResult submit(const NewOrder& order);
    ErrorCode cancel(OrderId order, SessionId requester = kAnySession);
    ErrorCode replace(const ReplaceOrder& replace);
    ErrorCode massCancel(const MassCancel& scope);
    // The reference market's best bid and offer (0: that side is empty) and
    // whether it is in continuous trading. Crosses whatever may trade when
    // this moves the mid.
    ErrorCode setReference(SymbolId symbol, Price bid, Price ask, bool open);

    std::span<const Event> events() const noexcept { return m_ops.events(); }

    // --- queries ---
    std::optional<OrderView> order(OrderId id) const noexcept;
    // Last trade and volume; bestBid and bestAsk stay 0: nothing is shown.
    std::optional<MarketStats> stats(SymbolId symbol) const noexcept;
    // The price crosses happen at now; 0 when there is no usable reference.
    Price mid(SymbolId symbol) const noexcept;
    std::size_t liveOrders() const noexcept { return m_orders.size(); }
    // Checks the pool's invariants (queues and orders agree, nothing left
    // that could cross at the mid); empty when all hold. For tests.
    std::string verify() const;

private:
    struct DarkOrder {
        OrderId id = kNoOrder;
        std::uint64_t clientTag = 0;
        std::uint64_t priority = 0; // lower goes first
        SessionId owner = kAnySession;
        SymbolId symbol = kNoSymbol;
        Side side = Side::Buy;
        OrdType type = OrdType::Limit;
        TimeInForce tif = TimeInForce::Day;
        PegType peg = PegType::None;
        Price limit = 0; // 0: none (market, or a mid peg without a cap)
        Qty quantity = 0;
        Qty cumQty = 0;
        Qty minQty = 0;
        bool queued = false;

        Qty leaves() const noexcept { return quantity - cumQty; }
        Qty minFill() const noexcept { return minQty < leaves() ? minQty : leaves(); }
        bool accepts(Price mid) const noexcept;
    };
    struct Book {
        SymbolConfig config;
        SymbolId id = kNoSymbol;
        Price bid = 0;
        Price ask = 0;
        bool open = false;
        std::map<std::uint64_t, OrderId> queue[2]; // by priority; [0] buys, [1] sells
        TradeTally tally;

        Price mid() const noexcept;
        std::map<std::uint64_t, OrderId>& side(Side s) noexcept { return queue[s == Side::Buy ? 0 : 1]; }
        const std::map<std::uint64_t, OrderId>& side(Side s) const noexcept { return queue[s == Side::Buy ? 0 : 1]; }
    };

    bool begin() noexcept;
    void end();
    ErrorCode validate(const NewOrder& c) const noexcept;
    ErrorCode validateReplace(const ReplaceOrder& r, const DarkOrder& o) const noexcept;

    static Qty executable(const DarkOrder& a, const DarkOrder& r, Price mid) noexcept;
    bool canFillFully(const Book& b, const DarkOrder& a, Price mid) const;
    bool take(Book& b, DarkOrder& a, Price mid, Liquidity liquidity);
    void settle(Book& b, Price mid);
    void execute(Book& b, DarkOrder& a, DarkOrder& r, Qty qty, Price mid, Liquidity liquidity);
    void enqueue(Book& b, DarkOrder& o);
    void dequeue(Book& b, DarkOrder& o) noexcept;
    void finish(Book& b, DarkOrder& o);
    void cancelOrder(Book& b, DarkOrder& o, CancelReason reason);

    Event& push(EventType type);
    Event& pushOrder(EventType type, const DarkOrder& o);
    void rejectRequest(EventType type, OrderId id, std::uint64_t clientTag, ErrorCode e);

    std::vector<Book> m_books;
    std::unordered_map<OrderId, DarkOrder> m_orders; // live orders only
    OperationEvents m_ops;
    std::vector<OrderId> m_work;
    OrderId m_nextOrderId = 1;
    TradeId m_nextTradeId = 1;
    std::uint64_t m_nextPriority = 1;
};

} // namespace ordo::venue
