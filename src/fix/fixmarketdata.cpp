#include "fixmarketdata.h"

#include "fixconvert.h"

#include <quickfix/FieldNumbers.h>
#include <quickfix/fix44/MarketDataRequest.h>

#include <charconv>
#include <limits>

namespace ordo::fix {
namespace {

bool field(const FIX::FieldMap& map, int tag, std::string& out)
{
    if (!map.isSetField(tag))
        return false;
    out = map.getField(tag);
    return true;
}

bool parseCount(const std::string& text, std::int64_t max, std::int64_t& out) noexcept
{
    const char* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && p == end && !text.empty() && out >= 0 && out <= max;
}

// Reads one entry of a W (snapshot) or X (incremental) into e; false and
// error (without the entry's number) if a field is missing or wrong. skip:
// an entry type we did not ask for.
bool readEntry(const FIX::FieldMap& g, bool incremental, MdEntry& e, bool& skip, std::string& error)
{
    skip = false;
    std::string text;
    if (!field(g, FIX::FIELD::MDEntryType, text) || text.empty()) {
        error = "no MDEntryType (269)";
        return false;
    }
    if (text == "0")
        e.side = MdSide::Bid;
    else if (text == "1")
        e.side = MdSide::Ask;
    else if (text == "2")
        e.side = MdSide::Trade;
    else {
        skip = true; // indicative, open, close, volume...: not asked for, not used
        return true;
    }
    e.action = MdAction::New;
    if (incremental) {
        if (!field(g, FIX::FIELD::MDUpdateAction, text) || text.empty()) {
            error = "no MDUpdateAction (279)";
            return false;
        }
        if (text == "0")
            e.action = MdAction::New;
        else if (text == "1")
            e.action = MdAction::Change;
        else if (text == "2")
            e.action = MdAction::Delete;
        else {
            error = "MDUpdateAction (279) '" + text + "' is not supported (only new, change, delete)";
            return false;
        }
    }
    // Every entry is keyed by its price, deletes included (an aggregated book).
    if (!field(g, FIX::FIELD::MDEntryPx, text)) {
        error = "no MDEntryPx (270)";
        return false;
    }
    const auto price = parseFixPrice(text);
    if (!price || *price <= 0) {
        error = "MDEntryPx (270) '" + text + "' is not a positive price";
        return false;
    }
    e.price = *price;
    e.size = 0;
    if (e.action != MdAction::Delete) {
        if (!field(g, FIX::FIELD::MDEntrySize, text)) {
            error = "no MDEntrySize (271)";
            return false;
        }
        const auto size = parseFixQty(text);
        if (!size || *size <= 0) {
            error = "MDEntrySize (271) '" + text + "' is not a positive whole number";
            return false;
        }
        e.size = *size;
    }
    e.orders = 0;
    if (field(g, FIX::FIELD::NumberOfOrders, text)) {
        std::int64_t n = 0;
        if (!parseCount(text, std::numeric_limits<std::int32_t>::max(), n)) {
            error = "NumberOfOrders (346) '" + text + "' is not a count";
            return false;
        }
        e.orders = static_cast<std::int32_t>(n);
    }
    return true;
}

bool decodeEntries(const FIX::Message& msg, const char* name, const std::string& venue,
    const std::string& defaultSymbol, bool incremental, std::vector<MarketDataUpdate>& out, std::string& error)
{
    // The group's count must match what was parsed: without the data
    // dictionary (or with a wrong one) QuickFIX reads entries as loose fields.
    const std::size_t entries = msg.groupCount(FIX::FIELD::NoMDEntries);
    std::string text;
    if (field(msg, FIX::FIELD::NoMDEntries, text)) {
        std::int64_t declared = 0;
        if (!parseCount(text, 1'000'000, declared)) {
            error = std::string(name) + ": NoMDEntries (268) '" + text + "' is not a count";
            return false;
        }
        if (static_cast<std::size_t>(declared) != entries) {
            error = std::string(name) + ": NoMDEntries (268) says " + text + " entries, " + std::to_string(entries)
                + " were read";
            return false;
        }
    } else if (incremental) {
        error = std::string(name) + " without NoMDEntries (268)";
        return false;
    }
    std::vector<MarketDataUpdate> updates;
    auto updateFor = [&](const std::string& symbol) -> MarketDataUpdate& {
        for (MarketDataUpdate& u : updates)
            if (u.symbol == symbol)
                return u;
        MarketDataUpdate& u = updates.emplace_back();
        u.venue = venue;
        u.symbol = symbol;
        u.kind = incremental ? MdKind::Incremental : MdKind::Snapshot;
        u.entries.reserve(entries);
        return u;
    };
    // A snapshot is one symbol's, even when it has no entries (an empty book).
    if (!incremental)
        updateFor(defaultSymbol);
    std::string symbol;
    for (std::size_t i = 1; i <= entries; ++i) {
        const FIX::FieldMap& g = msg.getGroupRef(static_cast<int>(i), FIX::FIELD::NoMDEntries);
        MdEntry e;
        bool skip = false;
        std::string why;
        if (!readEntry(g, incremental, e, skip, why)) {
            error = std::string(name) + " entry " + std::to_string(i) + ": " + why;
            return false;
        }
        if (skip)
            continue;
        if (!incremental || !field(g, FIX::FIELD::Symbol, symbol) || symbol.empty())
            symbol = defaultSymbol;
        if (symbol.empty()) {
            error = std::string(name) + " entry " + std::to_string(i)
                + ": no Symbol (55), and its MDReqID (262) is not one of our requests";
            return false;
        }
        updateFor(symbol).entries.push_back(e);
    }
    for (MarketDataUpdate& u : updates)
        out.push_back(std::move(u));
    return true;
}

} // namespace

FIX::Message marketDataRequest(const std::string& reqId, const std::string& symbol, int depth, bool subscribe)
{
    FIX44::MarketDataRequest msg;
    msg.setField(FIX::FIELD::MDReqID, reqId);
    msg.setField(FIX::FIELD::SubscriptionRequestType, subscribe ? "1" : "0");
    msg.setField(FIX::FIELD::MarketDepth, std::to_string(depth < 0 ? 0 : depth));
    msg.setField(FIX::FIELD::MDUpdateType, "1"); // incremental refresh
    for (const char* type : { "0", "1", "2" }) {
        FIX44::MarketDataRequest::NoMDEntryTypes entryType;
        entryType.setField(FIX::FIELD::MDEntryType, type);
        msg.addGroup(entryType);
    }
    FIX44::MarketDataRequest::NoRelatedSym related;
    related.setField(FIX::FIELD::Symbol, symbol);
    msg.addGroup(related);
    return msg;
}

std::string mdRejectReasonText(const std::string& code)
{
    if (code.size() == 1) {
        switch (code[0]) {
        case '0': return "unknown symbol";
        case '1': return "duplicate MDReqID";
        case '2': return "insufficient bandwidth";
        case '3': return "insufficient permissions";
        case '4': return "unsupported SubscriptionRequestType";
        case '5': return "unsupported MarketDepth";
        case '6': return "unsupported MDUpdateType";
        case '7': return "unsupported AggregatedBook";
        case '8': return "unsupported MDEntryType";
        case '9': return "unsupported TradingSessionID";
        case 'A': return "unsupported Scope";
        case 'B': return "unsupported OpenCloseSettlFlag";
        case 'C': return "unsupported MDImplicitDelete";
        default: break;
        }
    }
    return code.empty() ? std::string("no reason given") : "MDReqRejReason (281) " + code;
}

bool decodeMarketData(const FIX::Message& msg, const std::string& venue, const std::string& requestSymbol,
    std::vector<MarketDataUpdate>& out, std::string& error)
{
    error.clear();
    try {
        std::string type;
        if (!field(msg.getHeader(), FIX::FIELD::MsgType, type)) {
            error = "message without MsgType (35)";
            return false;
        }
        if (type == "Y") {
            std::string reqId;
            if (!field(msg, FIX::FIELD::MDReqID, reqId) || reqId.empty()) {
                error = "MarketDataRequestReject without MDReqID (262)";
                return false;
            }
            std::string code, text;
            field(msg, FIX::FIELD::MDReqRejReason, code);
            field(msg, FIX::FIELD::Text, text);
            MarketDataUpdate u;
            u.venue = venue;
            u.symbol = requestSymbol;
            u.kind = MdKind::Reject;
            u.text = mdRejectReasonText(code) + (text.empty() ? std::string() : ": " + text);
            out.push_back(std::move(u));
            return true;
        }
        if (type == "W") {
            std::string symbol;
            if (!field(msg, FIX::FIELD::Symbol, symbol) || symbol.empty())
                symbol = requestSymbol;
            if (symbol.empty()) {
                error = "MarketDataSnapshotFullRefresh without Symbol (55), and its MDReqID (262) is not one of our "
                        "requests";
                return false;
            }
            return decodeEntries(msg, "MarketDataSnapshotFullRefresh", venue, symbol, false, out, error);
        }
        if (type == "X") {
            // FIX 4.4 puts the Symbol in each entry; a message-level one (some
            // venues send it) or the request's covers entries that lack it.
            std::string symbol;
            if (!field(msg, FIX::FIELD::Symbol, symbol) || symbol.empty())
                symbol = requestSymbol;
            return decodeEntries(msg, "MarketDataIncrementalRefresh", venue, symbol, true, out, error);
        }
        error = "unexpected message type " + type + " for market data";
        return false;
    } catch (const std::exception& ex) {
        error = std::string("market data message could not be read: ") + ex.what();
        return false;
    }
}

} // namespace ordo::fix
