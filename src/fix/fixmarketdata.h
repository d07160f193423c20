#pragma once

// Market data over FIX 4.4, both ways: the MarketDataRequest (V) Ordo sends,
// and the MarketDataSnapshotFullRefresh (W), MarketDataIncrementalRefresh (X)
// and MarketDataRequestReject (Y) a venue answers with, decoded on QuickFIX's
// thread into MarketDataUpdates. Prices and sizes travel as text, never
// through a double.
//
// QuickFIX checks a message against the data dictionary but not the values
// inside repeating groups, so every entry is checked here: its type, action,
// price, size and order count. Decoding never throws and is all or nothing:
// one bad entry refuses the whole message (a book half-updated is worse
// than one left as it was), with a sentence naming the entry and the tag.
// Internal to src/fix.

#include "domain/marketdataupdate.h"

#include <quickfix/Message.h>

#include <string>
#include <vector>

namespace ordo::fix {

// MarketDataRequest for one symbol: entry types bid, offer and trade;
// incremental refresh (265=1); subscribe: snapshot plus updates (263=1),
// else a snapshot only (263=0). depth: MarketDepth (264), 0 = full book.
FIX::Message marketDataRequest(const std::string& reqId, const std::string& symbol, int depth, bool subscribe = true);

// W, X or Y -> updates, appended to out: one for a W or a Y, one per symbol
// (in order of first appearance) for an X. requestSymbol is the symbol the
// message's MDReqID (262) was sent for, if known: a W or an X entry that
// names no Symbol (55) belongs to it, and a Y says nothing else about what
// it refuses. Entry types other than bid, offer and trade are skipped.
// Returns false, leaving out as it was, if the message is refused; error
// then says why.
bool decodeMarketData(const FIX::Message& message, const std::string& venue, const std::string& requestSymbol,
    std::vector<MarketDataUpdate>& out, std::string& error);

// MDReqRejReason (281) in words: "unknown symbol", "unsupported market depth"...
std::string mdRejectReasonText(const std::string& code);

} // namespace ordo::fix
