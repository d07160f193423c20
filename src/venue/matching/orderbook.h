#pragma once

// Everything the engine knows about one symbol: both sides of the book, the
// stop orders, the ATC orders held for the closing call, the market orders
// waiting for an auction, the pegged orders, the trading phase and the trade
// statistics. A passive container: MatchingEngine does all the matching.
// Owned by MatchingEngine; not thread-safe.

#include "bookside.h"
#include "orderqueue.h"
#include "symbolconfig.h"
#include "tradetally.h"

#include <vector>

namespace ordo::venue {

class OrderBook {
public:
    OrderBook(SymbolId id, SymbolConfig config);

    SymbolId id() const noexcept { return m_id; }
    const SymbolConfig& config() const noexcept { return m_config; }

    BookSide& side(Side s) noexcept { return s == Side::Buy ? bids : asks; }
    const BookSide& side(Side s) const noexcept { return s == Side::Buy ? bids : asks; }
    std::vector<Order*>& stops(Side s) noexcept { return s == Side::Buy ? buyStops : sellStops; }
    OrderQueue& auctionMarket(Side s) noexcept { return s == Side::Buy ? auctionBuys : auctionSells; }

    // Best price of displayed, non-pegged orders on a side: the peg reference (0 if none).
    Price pegReference(Side s) const noexcept;
    // The auction tie-break reference: the last trade, else the reference price.
    Price auctionReference() const noexcept { return tally.lastPrice > 0 ? tally.lastPrice : referencePrice; }

    void linkPeg(Order& o) noexcept;
    void unlinkPeg(Order& o) noexcept;

    BookSide bids { Side::Buy };
    BookSide asks { Side::Sell };
    // Stops sorted so the next to trigger is at the back: buy stops by
    // descending stop price, sell stops by ascending; earlier orders nearer the back.
    std::vector<Order*> buyStops;
    std::vector<Order*> sellStops;
    OrderQueue held; // ATC orders waiting for the closing call
    OrderQueue auctionBuys;
    OrderQueue auctionSells;
    Order* pegHead = nullptr;
    Order* pegTail = nullptr;
    std::size_t pegCount = 0;
    Price pegRefBid = 0; // references the pegged orders were last priced from
    Price pegRefAsk = 0;
    bool pegsDirty = false;

    TradingPhase phase = TradingPhase::Continuous;
    Price referencePrice = 0; // from the config, or setReferencePrice (previous close)
    TradeTally tally;

private:
    SymbolId m_id;
    SymbolConfig m_config;
};

} // namespace ordo::venue
