#include "fixvenue.h"

#include "matchingengine.h"
#include "syntheticmarket.h"

#include <quickfix/Application.h>
#include <quickfix/FileStore.h>
#include <quickfix/Log.h>
#include <quickfix/Session.h>
#include <quickfix/SessionSettings.h>
#include <quickfix/SocketAcceptor.h>
#include <quickfix/fix44/BusinessMessageReject.h>
#include <quickfix/fix44/ExecutionReport.h>
#include <quickfix/fix44/MarketDataIncrementalRefresh.h>
#include <quickfix/fix44/MarketDataRequest.h>
#include <quickfix/fix44/MarketDataRequestReject.h>
#include <quickfix/fix44/MarketDataSnapshotFullRefresh.h>
#include <quickfix/fix44/OrderCancelReject.h>
#include <quickfix/fix44/OrderMassCancelReport.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <thread>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>

namespace ordo::venue {
namespace {

// Prices travel as text; the venue keeps its own small converters so that it
// shares no code with the OMS (they meet only over FIX).
std::string priceText(Price p)
{
    const bool negative = p < 0;
    const unsigned long long m = negative ? 0ull - static_cast<unsigned long long>(p) : p;
    std::string s = (negative ? "-" : "") + std::to_string(m / kPriceScale);
    unsigned long long frac = m % kPriceScale;
    if (frac) {
        char digits[9];
        std::snprintf(digits, sizeof digits, "%08llu", frac);
        int len = 8;
        while (len > 0 && digits[len - 1] == '0')
            --len;
        s += '.';
        s.append(digits, static_cast<std::size_t>(len));
    }
    return s;
}

bool parseDecimal(const std::string& text, std::int64_t& out)
{
    if (text.empty())
        return false;
    std::size_t i = 0;
    const bool negative = text[0] == '-';
    if (negative)
        i = 1;
    std::int64_t whole = 0, frac = 0;
    int fracDigits = 0;
    bool dot = false, digits = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !dot) {
            dot = true;
            continue;
        }
        if (c < '0' || c > '9')
            return false;
        digits = true;
        if (dot) {
            if (++fracDigits > 8)
                return false;
            frac = frac * 10 + (c - '0');
        } else {
            if (whole > 90'000'000'000)
                return false;
            whole = whole * 10 + (c - '0');
        }
    }
    if (!digits)
        return false;
    for (int k = fracDigits; k < 8; ++k)
        frac *= 10;
    out = (whole * kPriceScale + frac) * (negative ? -1 : 1);
    return true;
}

std::string field(const FIX::FieldMap& m, int tag)
{
    return m.isSetField(tag) ? m.getField(tag) : std::string();
}

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

char ordStatusOf(Qty cum, Qty quantity, bool done, char doneStatus)
{
    if (done)
        return cum >= quantity && quantity > 0 ? FIX::OrdStatus_FILLED : doneStatus;
    return cum > 0 ? FIX::OrdStatus_PARTIALLY_FILLED : FIX::OrdStatus_NEW;
}

}  // namespace

struct FixVenue::Impl final : public FIX::Application, public MatchingListener {
    struct ClientOrder {
        SessionId session = 0;
        std::string clOrdId;        // the current ClOrdID
        std::string pendingCancel;  // ClOrdID of a cancel in flight
        std::string pendingReplace; // ClOrdID of a replace in flight
        std::string symbol;
        char side = FIX::Side_BUY;
        Qty quantity = 0;
        Qty cum = 0;
        __int128 notional = 0;  // sum of price x qty, for AvgPx
    };

    FixVenueConfig config;
    MatchingEngine engine;
    std::recursive_mutex mutex;
    std::unique_ptr<FIX::SessionSettings> settings;
    std::unique_ptr<FIX::FileStoreFactory> store;
    std::unique_ptr<FIX::ScreenLogFactory> noLog;
    std::unique_ptr<FIX::Acceptor> acceptor;
    int port = 0;
    std::map<FIX::SessionID, SessionId> sessionIds;
    std::vector<FIX::SessionID> sessions{FIX::SessionID()};  // index = SessionId
    std::unordered_map<OrderId, ClientOrder> orders;
    std::map<std::pair<SessionId, std::string>, OrderId> byClOrdId;
    std::map<SymbolId, std::set<SessionId>> subscribers;
    std::map<std::pair<SymbolId, int>, std::set<Price>> knownLevels;  // to tell a new level from a change
    std::map<SymbolId, std::string> symbolNames;
    std::uint64_t execSeq = 0;
    std::unique_ptr<SyntheticMarket> market;
    std::thread marketThread;
    std::mutex stopMutex;
    std::condition_variable stopSignal;
    bool stopping = false;

    static Timestamp wallClock()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }

    // The synthetic participants act on real time, a step every 50 ms,
    // under the same lock as the clients' orders.
    void runMarket()
    {
        std::unique_lock wait(stopMutex);
        while (!stopping) {
            stopSignal.wait_for(wait, std::chrono::milliseconds(50));
            if (stopping)
                break;
            std::lock_guard lock(mutex);
            market->advanceTo(wallClock());
        }
    }

    // --- output

    void send(FIX::Message& m, SessionId s)
    {
        if (s == 0 || s >= sessions.size())
            return;
        try {
            FIX::Session::sendToTarget(m, sessions[s]);
        } catch (const std::exception&) {
            // the session went away: its orders stay in the book, as on a real venue
        }
    }

    std::string nextExecId() { return config.name + "-E" + std::to_string(++execSeq); }

    FIX44::ExecutionReport report(OrderId id, const ClientOrder& o, char execType, char ordStatus, Qty leaves)
    {
        FIX44::ExecutionReport er;
        er.setField(FIX::FIELD::OrderID, std::to_string(id));
        er.setField(FIX::FIELD::ClOrdID, o.clOrdId);
        er.setField(FIX::FIELD::ExecID, nextExecId());
        er.setField(FIX::FIELD::ExecType, std::string(1, execType));
        er.setField(FIX::FIELD::OrdStatus, std::string(1, ordStatus));
        er.setField(FIX::FIELD::Symbol, o.symbol);
        er.setField(FIX::FIELD::Side, std::string(1, o.side));
        er.setField(FIX::FIELD::OrderQty, std::to_string(o.quantity));
        er.setField(FIX::FIELD::LeavesQty, std::to_string(leaves));
        er.setField(FIX::FIELD::CumQty, std::to_string(o.cum));
        er.setField(FIX::FIELD::AvgPx, o.cum ? priceText(static_cast<Price>(o.notional / o.cum)) : "0");
        er.setField(FIX::FIELD::TransactTime, FIX::UtcTimeStampConvertor::convert(FIX::UtcTimeStamp(), 3));
        return er;
    }

    void rejectNew(SessionId s, const std::string& clOrdId, const std::string& symbol, char side, const std::string& why)
    {
        ClientOrder o;
        o.clOrdId = clOrdId;
        o.symbol = symbol;
        o.side = side;
        FIX44::ExecutionReport er = report(0, o, FIX::ExecType_REJECTED, FIX::OrdStatus_REJECTED, 0);
        er.setField(FIX::FIELD::OrderID, "NONE");
        er.setField(FIX::FIELD::Text, why);
        send(er, s);
    }

    void cancelReject(SessionId s, const std::string& clOrdId, const std::string& orig, bool replace, char status,
                      const std::string& why, bool unknown)
    {
        FIX44::OrderCancelReject r;
        r.setField(FIX::FIELD::OrderID, "NONE");
        r.setField(FIX::FIELD::ClOrdID, clOrdId);
        r.setField(FIX::FIELD::OrigClOrdID, orig);
        r.setField(FIX::FIELD::OrdStatus, std::string(1, status));
        r.setField(FIX::FIELD::CxlRejResponseTo, replace ? "2" : "1");
        r.setField(FIX::FIELD::CxlRejReason, unknown ? "1" : "0");
        r.setField(FIX::FIELD::Text, why);
        send(r, s);
    }

    // MatchingListener: one batch per engine operation, in order.
    void onEvents(std::span<const Event> events) override
    {
        // Makers refill at once when a client trades with them; the market
        // only schedules here, it never calls back into the engine.
        if (market)
            market->onEngineEvents(events);
        std::map<SymbolId, FIX44::MarketDataIncrementalRefresh> md;
        for (const Event& e : events) {
            adoptPending(e);
            auto it = orders.find(e.order);
            ClientOrder* o = it == orders.end() ? nullptr : &it->second;
            switch (e.type) {
            case EventType::Rejected:
                if (pendingTag && e.clientTag == pendingTag)
                    rejectNew(pendingNew.session, pendingNew.clOrdId, pendingNew.symbol, pendingNew.side,
                              std::string(e.text.empty() ? describe(e.error) : e.text));
                break;
            case EventType::Accepted:
                if (o) {
                    FIX44::ExecutionReport er = report(e.order, *o, FIX::ExecType_NEW, FIX::OrdStatus_NEW, e.leaves);
                    send(er, o->session);
                }
                break;
            case EventType::Fill:
                if (o) {
                    o->cum += e.qty;
                    o->notional += static_cast<__int128>(e.price) * e.qty;
                    FIX44::ExecutionReport er =
                        report(e.order, *o, FIX::ExecType_TRADE,
                               ordStatusOf(o->cum, o->quantity, e.leaves == 0, FIX::OrdStatus_FILLED), e.leaves);
                    er.setField(FIX::FIELD::ExecID, config.name + "-T" + std::to_string(e.trade)
                                                        + (e.side == Side::Buy ? "B" : "S"));
                    er.setField(FIX::FIELD::LastQty, std::to_string(e.qty));
                    er.setField(FIX::FIELD::LastPx, priceText(e.price));
                    er.setField(FIX::FIELD::LastLiquidityInd, e.liquidity == Liquidity::Added     ? "1"
                                                              : e.liquidity == Liquidity::Removed ? "2"
                                                                                                  : "4");
                    const std::int64_t bp = e.liquidity == Liquidity::Added ? config.makerFeeBp : config.takerFeeBp;
                    const auto fee = static_cast<Price>(static_cast<__int128>(e.price) * e.qty * bp / 10'000);
                    er.setField(FIX::FIELD::Commission, priceText(fee));
                    er.setField(FIX::FIELD::CommType, "3");
                    send(er, o->session);
                    if (e.leaves == 0)
                        forget(e.order);
                }
                break;
            case EventType::Cancelled:
            case EventType::Expired:
                if (o) {
                    const bool requested = !o->pendingCancel.empty();
                    const std::string orig = o->clOrdId;
                    if (requested)
                        o->clOrdId = o->pendingCancel;
                    FIX44::ExecutionReport er =
                        report(e.order, *o, e.type == EventType::Expired ? FIX::ExecType_EXPIRED : FIX::ExecType_CANCELED,
                               e.type == EventType::Expired ? FIX::OrdStatus_EXPIRED : FIX::OrdStatus_CANCELED, 0);
                    if (requested)
                        er.setField(FIX::FIELD::OrigClOrdID, orig);
                    if (!e.text.empty())
                        er.setField(FIX::FIELD::Text, std::string(e.text));
                    send(er, o->session);
                    forget(e.order);
                }
                break;
            case EventType::Replaced:
                if (o) {
                    const std::string orig = o->clOrdId;
                    o->clOrdId = o->pendingReplace;
                    o->pendingReplace.clear();
                    o->quantity = e.qty;
                    FIX44::ExecutionReport er =
                        report(e.order, *o, FIX::ExecType_REPLACED, ordStatusOf(o->cum, o->quantity, false, 0), e.leaves);
                    er.setField(FIX::FIELD::OrigClOrdID, orig);
                    if (e.price)
                        er.setField(FIX::FIELD::Price, priceText(e.price));
                    send(er, o->session);
                }
                break;
            case EventType::CancelRejected:
            case EventType::ReplaceRejected:
                if (o) {
                    const bool replace = e.type == EventType::ReplaceRejected;
                    std::string& pending = replace ? o->pendingReplace : o->pendingCancel;
                    cancelReject(o->session, pending, o->clOrdId, replace, ordStatusOf(o->cum, o->quantity, false, 0),
                                 std::string(e.text), false);
                    pending.clear();
                }
                break;
            case EventType::Depth:
            case EventType::Trade:
                if (!subscribers[e.symbol].empty())
                    addIncrement(md[e.symbol], e);
                break;
            default:
                break;
            }
        }
        for (auto& [symbol, msg] : md)
            for (SessionId s : subscribers[symbol])
                send(msg, s);
    }

    void forget(OrderId id)
    {
        // The ClOrdIDs stay known (duplicates are still refused); the order
        // itself is done.
        orders.erase(id);
    }

    void addIncrement(FIX44::MarketDataIncrementalRefresh& msg, const Event& e)
    {
        FIX44::MarketDataIncrementalRefresh::NoMDEntries entry;
        if (e.type == EventType::Trade) {
            entry.setField(FIX::FIELD::MDUpdateAction, "0");
            entry.setField(FIX::FIELD::MDEntryType, "2");
            entry.setField(FIX::FIELD::Symbol, symbolNames[e.symbol]);
            entry.setField(FIX::FIELD::MDEntryPx, priceText(e.price));
            entry.setField(FIX::FIELD::MDEntrySize, std::to_string(e.qty));
        } else {
            const int sideKey = e.side == Side::Buy ? 0 : 1;
            std::set<Price>& known = knownLevels[{e.symbol, sideKey}];
            const bool existed = known.count(e.price) > 0;
            const char* action = e.qty == 0 ? "2" : existed ? "1" : "0";
            if (e.qty == 0)
                known.erase(e.price);
            else
                known.insert(e.price);
            entry.setField(FIX::FIELD::MDUpdateAction, action);
            entry.setField(FIX::FIELD::MDEntryType, sideKey == 0 ? "0" : "1");
            entry.setField(FIX::FIELD::Symbol, symbolNames[e.symbol]);
            entry.setField(FIX::FIELD::MDEntryPx, priceText(e.price));
            entry.setField(FIX::FIELD::MDEntrySize, std::to_string(e.qty));
            entry.setField(FIX::FIELD::NumberOfOrders, std::to_string(e.orders));
        }
        msg.addGroup(entry);
    }

    // --- input

    SessionId sessionOf(const FIX::SessionID& id)
    {
        auto it = sessionIds.find(id);
        if (it != sessionIds.end())
            return it->second;
        const auto s = static_cast<SessionId>(sessions.size());
        sessions.push_back(id);
        sessionIds[id] = s;
        return s;
    }

    void onNewOrder(const FIX::Message& m, SessionId s)
    {
        const std::string clOrdId = field(m, FIX::FIELD::ClOrdID);
        const std::string symbol = field(m, FIX::FIELD::Symbol);
        const std::string side = field(m, FIX::FIELD::Side);
        const char sideCode = side.empty() ? '?' : side[0];
        if (byClOrdId.count({s, clOrdId})) {
            rejectNew(s, clOrdId, symbol, sideCode, "Duplicate ClOrdID " + clOrdId);
            return;
        }
        NewOrder n;
        n.owner = s;
        n.symbol = engine.findSymbol(symbol);
        if (n.symbol == kNoSymbol) {
            rejectNew(s, clOrdId, symbol, sideCode, "Unknown symbol " + symbol);
            return;
        }
        if (sideCode == FIX::Side_BUY)
            n.side = Side::Buy;
        else if (sideCode == FIX::Side_SELL || sideCode == FIX::Side_SELL_SHORT
                 || sideCode == FIX::Side_SELL_SHORT_EXEMPT)
            n.side = Side::Sell;
        else {
            rejectNew(s, clOrdId, symbol, sideCode, "Unsupported side " + side);
            return;
        }
        const std::string type = field(m, FIX::FIELD::OrdType);
        const std::string tif = field(m, FIX::FIELD::TimeInForce);
        const std::string execInst = field(m, FIX::FIELD::ExecInst);
        switch (type.empty() ? '?' : type[0]) {
        case FIX::OrdType_MARKET: n.type = OrdType::Market; break;
        case FIX::OrdType_LIMIT: n.type = OrdType::Limit; break;
        case FIX::OrdType_STOP: n.type = OrdType::Stop; break;
        case FIX::OrdType_STOP_LIMIT: n.type = OrdType::StopLimit; break;
        case FIX::OrdType_PEGGED:
            n.type = OrdType::Pegged;
            n.peg = execInst.find('M') != std::string::npos   ? PegType::Mid
                  : execInst.find('R') != std::string::npos ? PegType::Primary
                                                            : PegType::Market;
            break;
        default: rejectNew(s, clOrdId, symbol, sideCode, "Unsupported OrdType " + type); return;
        }
        switch (tif.empty() ? '0' : tif[0]) {
        case FIX::TimeInForce_DAY: n.tif = TimeInForce::Day; break;
        case FIX::TimeInForce_GOOD_TILL_CANCEL: n.tif = TimeInForce::Gtc; break;
        case FIX::TimeInForce_AT_THE_OPENING: n.tif = TimeInForce::Ato; break;
        case FIX::TimeInForce_IMMEDIATE_OR_CANCEL: n.tif = TimeInForce::Ioc; break;
        case FIX::TimeInForce_FILL_OR_KILL: n.tif = TimeInForce::Fok; break;
        case FIX::TimeInForce_GOOD_TILL_DATE: n.tif = TimeInForce::Gtd; break;
        case FIX::TimeInForce_AT_THE_CLOSE: n.tif = TimeInForce::Atc; break;
        default: rejectNew(s, clOrdId, symbol, sideCode, "Unsupported TimeInForce " + tif); return;
        }
        std::int64_t qty = 0;
        if (!parseDecimal(field(m, FIX::FIELD::OrderQty), qty) || qty % kPriceScale) {
            rejectNew(s, clOrdId, symbol, sideCode, "OrderQty must be a whole number");
            return;
        }
        n.quantity = qty / kPriceScale;
        auto priceOf = [&](int tag, Price& out) {
            const std::string t = field(m, tag);
            return t.empty() || parseDecimal(t, out);
        };
        Price offset = 0;
        if (!priceOf(FIX::FIELD::Price, n.price) || !priceOf(FIX::FIELD::StopPx, n.stopPrice)
            || !priceOf(FIX::FIELD::PegOffsetValue, offset)) {
            rejectNew(s, clOrdId, symbol, sideCode, "Price, StopPx or PegOffsetValue is not a number");
            return;
        }
        n.pegOffset = offset;
        const std::string maxFloor = field(m, FIX::FIELD::MaxFloor);
        if (!maxFloor.empty()) {
            std::int64_t shown = 0;
            if (!parseDecimal(maxFloor, shown) || shown % kPriceScale) {
                rejectNew(s, clOrdId, symbol, sideCode, "MaxFloor must be a whole number");
                return;
            }
            if (shown == 0)
                n.hidden = true;
            else
                n.displayQty = shown / kPriceScale;
        }
        if (n.tif == TimeInForce::Gtd) {
            try {
                const FIX::UtcTimeStamp t = FIX::UtcTimeStampConvertor::convert(field(m, FIX::FIELD::ExpireTime));
                n.expireTime = static_cast<Timestamp>(t.getTimeT()) * 1'000'000'000 + t.getFraction(9);
            } catch (const std::exception&) {
                rejectNew(s, clOrdId, symbol, sideCode, "A GTD order needs a valid ExpireTime (126)");
                return;
            }
        }
        // The order must be known before its events (Accepted, fills) arrive,
        // and they arrive from inside submit: register by a provisional tag.
        n.clientTag = ++execSeq;
        pendingNew = ClientOrder{s, clOrdId, {}, {}, symbol, sideCode, n.quantity, 0, 0};
        pendingTag = n.clientTag;
        byClOrdId[{s, clOrdId}] = kNoOrder;
        const SubmitResult r = engine.submit(n);
        pendingTag = 0;
        if (r.order != kNoOrder)
            byClOrdId[{s, clOrdId}] = r.order;
    }

    // The order being submitted: its events come back before submit returns.
    ClientOrder pendingNew;
    std::uint64_t pendingTag = 0;

    void adoptPending(const Event& e)
    {
        if (pendingTag && e.clientTag == pendingTag && e.order != kNoOrder && !orders.count(e.order))
            orders.emplace(e.order, pendingNew);
    }

    void onCancelOrReplace(const FIX::Message& m, SessionId s, bool replace)
    {
        const std::string clOrdId = field(m, FIX::FIELD::ClOrdID);
        const std::string orig = field(m, FIX::FIELD::OrigClOrdID);
        auto known = byClOrdId.find({s, orig});
        const OrderId id = known == byClOrdId.end() ? kNoOrder : known->second;
        auto it = orders.find(id);
        if (it == orders.end()) {
            cancelReject(s, clOrdId, orig, replace, known == byClOrdId.end() ? '8' : '4',
                         known == byClOrdId.end() ? "Unknown order " + orig : "Too late: the order is done", 
                         known == byClOrdId.end());
            return;
        }
        if (byClOrdId.count({s, clOrdId})) {
            cancelReject(s, clOrdId, orig, replace, '0', "Duplicate ClOrdID " + clOrdId, false);
            return;
        }
        byClOrdId[{s, clOrdId}] = id;
        ClientOrder& o = it->second;
        if (!replace) {
            o.pendingCancel = clOrdId;
            engine.cancel(id, s);
            return;
        }
        ReplaceOrder r;
        r.order = id;
        r.requester = s;
        r.clientTag = ++execSeq;
        std::int64_t qty = 0;
        if (!parseDecimal(field(m, FIX::FIELD::OrderQty), qty) || qty % kPriceScale) {
            cancelReject(s, clOrdId, orig, true, '0', "OrderQty must be a whole number", false);
            return;
        }
        r.quantity = qty / kPriceScale;
        const std::string px = field(m, FIX::FIELD::Price);
        const std::string stop = field(m, FIX::FIELD::StopPx);
        if ((!px.empty() && !parseDecimal(px, r.price)) || (!stop.empty() && !parseDecimal(stop, r.stopPrice))) {
            cancelReject(s, clOrdId, orig, true, '0', "Price or StopPx is not a number", false);
            return;
        }
        o.pendingReplace = clOrdId;
        engine.replace(r);
    }

    void onMassCancel(const FIX::Message& m, SessionId s)
    {
        MassCancel scope;
        scope.owner = s;  // a client cancels its own orders only
        const std::string type = field(m, FIX::FIELD::MassCancelRequestType);
        const std::string symbol = field(m, FIX::FIELD::Symbol);
        if (type == "1") {
            scope.symbol = engine.findSymbol(symbol);
        }
        std::size_t affected = 0;
        for (const auto& [id, o] : orders)
            if (o.session == s && (type != "1" || o.symbol == symbol))
                ++affected;
        FIX44::OrderMassCancelReport r;
        r.setField(FIX::FIELD::ClOrdID, field(m, FIX::FIELD::ClOrdID));
        r.setField(FIX::FIELD::OrderID, nextExecId());
        r.setField(FIX::FIELD::MassCancelRequestType, type.empty() ? "7" : type);
        if ((type == "1" && scope.symbol == kNoSymbol) || (type != "1" && type != "7")) {
            r.setField(FIX::FIELD::MassCancelResponse, "0");
            r.setField(FIX::FIELD::MassCancelRejectReason, type == "1" ? "1" : "99");
            r.setField(FIX::FIELD::Text, type == "1" ? "Unknown symbol " + symbol : "Only by symbol (1) or all (7)");
            send(r, s);
            return;
        }
        r.setField(FIX::FIELD::MassCancelResponse, type);
        r.setField(FIX::FIELD::TotalAffectedOrders, std::to_string(affected));
        send(r, s);
        engine.massCancel(scope);
    }

    void onStatus(const FIX::Message& m, SessionId s, bool all)
    {
        for (auto& [id, o] : orders) {
            if (o.session != s || (!all && o.clOrdId != field(m, FIX::FIELD::ClOrdID)))
                continue;
            const auto view = engine.order(id);
            FIX44::ExecutionReport er = report(id, o, FIX::ExecType_ORDER_STATUS,
                                               ordStatusOf(o.cum, o.quantity, false, 0), view ? view->leaves : 0);
            if (all)
                er.setField(FIX::FIELD::MassStatusReqID, field(m, FIX::FIELD::MassStatusReqID));
            send(er, s);
            if (!all)
                return;
        }
        if (!all) {
            ClientOrder unknown;
            unknown.clOrdId = field(m, FIX::FIELD::ClOrdID);
            unknown.symbol = field(m, FIX::FIELD::Symbol);
            FIX44::ExecutionReport er = report(0, unknown, FIX::ExecType_ORDER_STATUS, FIX::OrdStatus_REJECTED, 0);
            er.setField(FIX::FIELD::OrderID, "NONE");
            er.setField(FIX::FIELD::Text, "Unknown order");
            send(er, s);
        }
    }

    void onMarketDataRequest(const FIX::Message& m, SessionId s)
    {
        const std::string reqId = field(m, FIX::FIELD::MDReqID);
        const std::string subscription = field(m, FIX::FIELD::SubscriptionRequestType);
        FIX44::MarketDataRequest::NoRelatedSym group;
        const int count = m.isSetField(FIX::FIELD::NoRelatedSym) ? std::atoi(field(m, FIX::FIELD::NoRelatedSym).c_str()) : 0;
        int depth = std::atoi(field(m, FIX::FIELD::MarketDepth).c_str());
        if (depth <= 0 || depth > 50)
            depth = 10;
        for (int i = 1; i <= count; ++i) {
            m.getGroup(static_cast<unsigned>(i), group);
            const std::string symbol = field(group, FIX::FIELD::Symbol);
            const SymbolId id = engine.findSymbol(symbol);
            if (id == kNoSymbol) {
                FIX44::MarketDataRequestReject rej;
                rej.setField(FIX::FIELD::MDReqID, reqId);
                rej.setField(FIX::FIELD::MDReqRejReason, "0");
                rej.setField(FIX::FIELD::Text, "Unknown symbol " + symbol);
                send(rej, s);
                continue;
            }
            if (subscription == "2") {
                subscribers[id].erase(s);
                continue;
            }
            if (subscription == "1")
                subscribers[id].insert(s);
            FIX44::MarketDataSnapshotFullRefresh snap;
            snap.setField(FIX::FIELD::MDReqID, reqId);
            snap.setField(FIX::FIELD::Symbol, symbol);
            std::vector<LevelView> levels(static_cast<std::size_t>(depth));
            for (Side side : {Side::Buy, Side::Sell}) {
                const std::size_t n = engine.depth(id, side, levels);
                for (std::size_t k = 0; k < n; ++k) {
                    FIX44::MarketDataSnapshotFullRefresh::NoMDEntries entry;
                    entry.setField(FIX::FIELD::MDEntryType, side == Side::Buy ? "0" : "1");
                    entry.setField(FIX::FIELD::MDEntryPx, priceText(levels[k].price));
                    entry.setField(FIX::FIELD::MDEntrySize, std::to_string(levels[k].qty));
                    entry.setField(FIX::FIELD::NumberOfOrders, std::to_string(levels[k].orders));
                    entry.setField(FIX::FIELD::MDEntryPositionNo, std::to_string(k + 1));
                    snap.addGroup(entry);
                    knownLevels[{id, side == Side::Buy ? 0 : 1}].insert(levels[k].price);
                }
            }
            if (const auto st = engine.stats(id); st && st->lastPrice) {
                FIX44::MarketDataSnapshotFullRefresh::NoMDEntries entry;
                entry.setField(FIX::FIELD::MDEntryType, "2");
                entry.setField(FIX::FIELD::MDEntryPx, priceText(st->lastPrice));
                entry.setField(FIX::FIELD::MDEntrySize, std::to_string(st->lastQty));
                snap.addGroup(entry);
            }
            // An empty book is still a snapshot: NoMDEntries is required (0).
            if (!snap.isSetField(FIX::FIELD::NoMDEntries))
                snap.setField(FIX::FIELD::NoMDEntries, "0");
            send(snap, s);
        }
    }

    // --- FIX::Application
    void onCreate(const FIX::SessionID& id) override
    {
        std::lock_guard lock(mutex);
        sessionOf(id);
    }
    void onLogon(const FIX::SessionID&) override {}
    void onLogout(const FIX::SessionID&) override {}
    void toAdmin(FIX::Message&, const FIX::SessionID&) override {}
    void toApp(FIX::Message&, const FIX::SessionID&) throw(FIX::DoNotSend) override {}

    void fromAdmin(const FIX::Message& m, const FIX::SessionID& id)
        throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::RejectLogon) override
    {
        if (field(m.getHeader(), FIX::FIELD::MsgType) != "A")
            return;
        for (const VenueClient& c : config.clients) {
            if (c.clientCompId == id.getTargetCompID().getValue() && !c.password.empty()
                && field(m, FIX::FIELD::Password) != c.password)
                throw FIX::RejectLogon("Wrong password");
        }
    }

    void fromApp(const FIX::Message& m, const FIX::SessionID& id)
        throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::UnsupportedMessageType) override
    {
        std::lock_guard lock(mutex);
        const SessionId s = sessionOf(id);
        const std::string type = field(m.getHeader(), FIX::FIELD::MsgType);
        if (type == "D")
            onNewOrder(m, s);
        else if (type == "F")
            onCancelOrReplace(m, s, false);
        else if (type == "G")
            onCancelOrReplace(m, s, true);
        else if (type == "q")
            onMassCancel(m, s);
        else if (type == "H")
            onStatus(m, s, false);
        else if (type == "AF")
            onStatus(m, s, true);
        else if (type == "V")
            onMarketDataRequest(m, s);
        else
            throw FIX::UnsupportedMessageType();  // QuickFIX answers with a BusinessMessageReject
    }
};

FixVenue::FixVenue(FixVenueConfig config)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->config = std::move(config);
}

FixVenue::~FixVenue()
{
    stop();
}

std::string FixVenue::start()
{
    Impl& d = *m_impl;
    if (d.acceptor)
        return {};
    for (const VenueSymbol& s : d.config.symbols) {
        SymbolConfig sc;
        sc.name = s.name;
        sc.tickSize = s.tickSize;
        sc.referencePrice = s.referencePrice;
        const SymbolResult r = d.engine.addSymbol(sc);
        if (r.error != ErrorCode::None)
            return "Cannot list " + s.name + ": " + std::string(describe(r.error));
        d.symbolNames[r.symbol] = s.name;
    }
    d.engine.setListener(&d);
    if (d.config.synthetic) {
        SyntheticOptions options;
        options.seed = d.config.seed;
        d.market = std::make_unique<SyntheticMarket>(d.engine, options);
        for (const auto& entry : d.symbolNames) {
            const SymbolId id = entry.first;
            const std::string& name = entry.second;
            const auto spec = std::find_if(d.config.symbols.begin(), d.config.symbols.end(),
                                           [&name](const VenueSymbol& s) { return s.name == name; });
            SyntheticSymbolConfig sc;
            sc.startPrice = spec->referencePrice;
            sc.tickSize = spec->tickSize;
            sc.volatility = d.config.volatility;
            sc.takerRatePerMinute = d.config.takerRatePerMinute;
            d.market->addSymbol(id, sc);
        }
        {
            std::lock_guard lock(d.mutex);
            d.market->start(Impl::wallClock());
        }
    }
    if (!std::filesystem::exists(d.config.dataDictionary))
        return "FIX data dictionary not found: " + d.config.dataDictionary;
    d.port = d.config.port ? d.config.port : freeLoopbackPort();
    if (!d.port)
        return "No free port for the FIX acceptor";
    std::filesystem::create_directories(d.config.storeDirectory);
    std::ostringstream ini;
    ini << "[DEFAULT]\nConnectionType=acceptor\nSocketAcceptPort=" << d.port << "\nFileStorePath="
        << d.config.storeDirectory << "\nStartTime=00:00:00\nEndTime=00:00:00\nUseDataDictionary=Y\nDataDictionary="
        << d.config.dataDictionary << "\nValidateUserDefinedFields=N\nAllowUnknownMsgFields=Y\nSocketReuseAddress=Y\n";
    for (const VenueClient& c : d.config.clients)
        ini << "\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=" << c.venueCompId << "\nTargetCompID=" << c.clientCompId
            << "\n";
    try {
        std::istringstream in(ini.str());
        d.settings = std::make_unique<FIX::SessionSettings>(in);
        d.store = std::make_unique<FIX::FileStoreFactory>(*d.settings);
        d.acceptor = std::make_unique<FIX::SocketAcceptor>(d, *d.store, *d.settings);
        d.acceptor->start();
    } catch (const std::exception& ex) {
        d.acceptor.reset();
        return std::string("FIX acceptor did not start: ") + ex.what();
    }
    if (d.market) {
        d.stopping = false;
        d.marketThread = std::thread([&d] { d.runMarket(); });
    }
    return {};
}

void FixVenue::stop()
{
    if (m_impl->marketThread.joinable()) {
        {
            std::lock_guard lock(m_impl->stopMutex);
            m_impl->stopping = true;
        }
        m_impl->stopSignal.notify_all();
        m_impl->marketThread.join();
    }
    if (m_impl->acceptor) {
        try {
            m_impl->acceptor->stop();
        } catch (const std::exception&) {
        }
        m_impl->acceptor.reset();
    }
}

int FixVenue::port() const
{
    return m_impl->port;
}

void FixVenue::withEngine(const std::function<void(MatchingEngine&)>& f)
{
    std::lock_guard lock(m_impl->mutex);
    f(m_impl->engine);
}

}  // namespace ordo::venue
