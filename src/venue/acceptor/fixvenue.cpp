#include "fixvenue.h"

#include "darkflow.h"
#include "darkpool.h"
#include "decimal.h"
#include "delayline.h"
#include "matchingengine.h"
#include "referencefeed.h"
#include "syntheticmarket.h"
#include "syntheticsetup.h"

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
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>

namespace ordo::venue {
namespace {

std::string field(const FIX::FieldMap& m, int tag)
{
    return m.isSetField(tag) ? m.getField(tag) : std::string();
}

// An optional whole quantity (absent: 0); false when it is not one.
bool optionalQty(const FIX::FieldMap& m, int tag, std::int64_t& out)
{
    const std::string text = field(m, tag);
    std::int64_t scaled = 0;
    if (text.empty()) {
        out = 0;
        return true;
    }
    if (!parseDecimal(text, scaled) || scaled % kPriceScale)
        return false;
    out = scaled / kPriceScale;
    return true;
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
    // Exactly one book: a lit engine or a dark pool, after the config's kind.
    std::unique_ptr<MatchingEngine> lit;
    std::unique_ptr<DarkPool> dark;
    std::recursive_mutex mutex;
    std::unique_ptr<DelayLine> delay; // with a latency only
    // Lit: where the dark pools of this process read our best bid and offer.
    std::shared_ptr<ReferenceFeed> feed = std::make_shared<ReferenceFeed>();
    struct Quote {
        Price bid = 0;
        Price ask = 0;
        bool open = false;
        bool operator==(const Quote&) const = default;
    };
    std::vector<std::optional<Quote>> quotes; // by SymbolId, as last published
    // Dark: the lit venue's feed we cross at, and our subscription to it.
    std::shared_ptr<ReferenceFeed> reference;
    std::uint64_t referenceToken = 0;
    std::unique_ptr<FIX::SessionSettings> settings;
    std::unique_ptr<FIX::FileStoreFactory> store;
    std::unique_ptr<FIX::ScreenLogFactory> noLog;
    std::unique_ptr<FIX::Acceptor> acceptor;
    int port = 0;
    std::map<FIX::SessionID, SessionId> sessionIds;
    std::vector<FIX::SessionID> sessions{FIX::SessionID()};  // index = SessionId
    std::unordered_map<OrderId, ClientOrder> orders;
    std::unordered_map<OrderId, std::pair<ClientOrder, char>> done;  // with its last OrdStatus, for status requests
    std::map<std::pair<SessionId, std::string>, OrderId> byClOrdId;
    std::map<SymbolId, std::set<SessionId>> subscribers;
    std::map<std::pair<SymbolId, int>, std::set<Price>> knownLevels;  // to tell a new level from a change
    std::map<SymbolId, std::string> symbolNames;
    std::uint64_t execSeq = 0;
    std::unique_ptr<SyntheticMarket> market;
    std::unique_ptr<DarkFlow> darkFlow;
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

    // The synthetic participants act on real time, under the same lock as
    // the clients' orders: at least every 50 ms, and a lit venue's market
    // also when its next step is due. The lit venues of a set step a shared
    // fair value on one time grid; waking at the step rather than on a 50 ms
    // timer of each venue's own phase keeps them from showing the step tens
    // of milliseconds apart (a crossed consolidated book meanwhile).
    void runMarket()
    {
        constexpr Timestamp kPeriod = 50'000'000;
        constexpr Timestamp kMinWait = 100'000; // no busy loop on a clock read just before a due time
        Timestamp wake = kPeriod;
        std::unique_lock wait(stopMutex);
        while (!stopping) {
            stopSignal.wait_for(wait, std::chrono::nanoseconds(wake));
            if (stopping)
                break;
            std::lock_guard lock(mutex);
            const Timestamp now = wallClock();
            if (market)
                market->advanceTo(now);
            if (darkFlow)
                darkFlow->advanceTo(now);
            wake = kPeriod;
            if (market)
                wake = std::clamp(market->nextEventTime() - wallClock(), kMinWait, kPeriod);
        }
    }

    // --- the book, lit or dark

    SymbolId bookSymbol(const std::string& name) const
    {
        return lit ? lit->findSymbol(name) : dark->findSymbol(name);
    }
    SubmitResult bookSubmit(const NewOrder& n) { return lit ? lit->submit(n) : dark->submit(n); }
    void bookCancel(OrderId id, SessionId s) { lit ? lit->cancel(id, s) : dark->cancel(id, s); }
    void bookReplace(const ReplaceOrder& r) { lit ? lit->replace(r) : dark->replace(r); }
    void bookMassCancel(const MassCancel& m) { lit ? lit->massCancel(m) : dark->massCancel(m); }
    Qty bookLeaves(OrderId id) const
    {
        const std::optional<OrderView> v = lit ? lit->order(id) : dark->order(id);
        return v ? v->leaves : 0;
    }
    std::optional<MarketStats> bookStats(SymbolId id) const { return lit ? lit->stats(id) : dark->stats(id); }

    // Lit: tells the dark pools of this process when a symbol's best bid,
    // best offer or tradability changed in this operation.
    void publishQuotes(std::span<const Event> events)
    {
        SymbolId seen = kNoSymbol; // an operation's depth events come together, symbol by symbol
        for (const Event& e : events) {
            if ((e.type != EventType::Depth && e.type != EventType::TradingStatus) || e.symbol >= quotes.size()
                || e.symbol == seen)
                continue;
            seen = e.symbol;
            const std::optional<MarketStats> st = lit->stats(e.symbol);
            if (!st)
                continue;
            const Quote now{st->bestBid, st->bestAsk, st->phase == TradingPhase::Continuous};
            if (quotes[e.symbol] == now)
                continue;
            quotes[e.symbol] = now;
            feed->publish({symbolNames[e.symbol], now.bid, now.ask, now.open});
        }
    }

    // Dark: a new quote from the reference venue, on its thread.
    void onReference(const ReferenceQuote& q)
    {
        std::lock_guard lock(mutex);
        const SymbolId id = dark->findSymbol(q.symbol);
        if (id != kNoSymbol)
            dark->setReference(id, q.bid, q.ask, q.open);
    }

    // --- output

    void send(FIX::Message& m, SessionId s)
    {
        if (s == 0 || s >= sessions.size())
            return;
        if (delay) {
            delay->post([m, id = sessions[s]]() mutable { sendNow(m, id); });
            return;
        }
        sendNow(m, sessions[s]);
    }

    static void sendNow(FIX::Message& m, const FIX::SessionID& id)
    {
        try {
            FIX::Session::sendToTarget(m, id);
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
                if (pendingTag && e.clientTag == pendingTag && e.owner == pendingNew.session)
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
                        forget(e.order, FIX::OrdStatus_FILLED);
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
                    forget(e.order, e.type == EventType::Expired ? FIX::OrdStatus_EXPIRED : FIX::OrdStatus_CANCELED);
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
        if (lit)
            publishQuotes(events);
    }

    void forget(OrderId id, char ordStatus)
    {
        // The ClOrdIDs stay known (duplicates are still refused); the order
        // itself is done, and a status request for it is told how it ended.
        auto it = orders.find(id);
        if (it == orders.end())
            return;
        done.emplace(id, std::make_pair(std::move(it->second), ordStatus));
        orders.erase(it);
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
        n.symbol = bookSymbol(symbol);
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
        // The book decides whether it takes a minimum (the dark pool does).
        if (!optionalQty(m, FIX::FIELD::MinQty, n.minQty)) {
            rejectNew(s, clOrdId, symbol, sideCode, "MinQty must be a whole number");
            return;
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
        const SubmitResult r = bookSubmit(n);
        pendingTag = 0;
        if (r.order != kNoOrder)
            byClOrdId[{s, clOrdId}] = r.order;
    }

    // The order being submitted: its events come back before submit returns.
    ClientOrder pendingNew;
    std::uint64_t pendingTag = 0;

    void adoptPending(const Event& e)
    {
        if (pendingTag && e.clientTag == pendingTag && e.owner == pendingNew.session && e.order != kNoOrder
            && !orders.count(e.order))
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
            bookCancel(id, s);
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
        if (!optionalQty(m, FIX::FIELD::MinQty, r.minQty)) {
            cancelReject(s, clOrdId, orig, true, '0', "MinQty must be a whole number", false);
            return;
        }
        const std::string px = field(m, FIX::FIELD::Price);
        const std::string stop = field(m, FIX::FIELD::StopPx);
        if ((!px.empty() && !parseDecimal(px, r.price)) || (!stop.empty() && !parseDecimal(stop, r.stopPrice))) {
            cancelReject(s, clOrdId, orig, true, '0', "Price or StopPx is not a number", false);
            return;
        }
        o.pendingReplace = clOrdId;
        bookReplace(r);
    }

    void onMassCancel(const FIX::Message& m, SessionId s)
    {
        MassCancel scope;
        scope.owner = s;  // a client cancels its own orders only
        const std::string type = field(m, FIX::FIELD::MassCancelRequestType);
        const std::string symbol = field(m, FIX::FIELD::Symbol);
        if (type == "1") {
            scope.symbol = bookSymbol(symbol);
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
        bookMassCancel(scope);
    }

    void onStatus(const FIX::Message& m, SessionId s, bool all)
    {
        // A mass status answer says how many reports make it up and marks the
        // last (TotNumReports 911, LastRptRequested 912), so the client
        // knows when it has heard everything; with no orders, one report
        // naming none says so.
        std::size_t total = 0;
        if (all)
            for (const auto& [id, o] : orders)
                total += o.session == s;
        std::size_t sent = 0;
        for (auto& [id, o] : orders) {
            if (o.session != s || (!all && o.clOrdId != field(m, FIX::FIELD::ClOrdID)))
                continue;
            FIX44::ExecutionReport er = report(id, o, FIX::ExecType_ORDER_STATUS,
                                               ordStatusOf(o.cum, o.quantity, false, 0), bookLeaves(id));
            if (all) {
                er.setField(FIX::FIELD::MassStatusReqID, field(m, FIX::FIELD::MassStatusReqID));
                er.setField(FIX::FIELD::TotNumReports, std::to_string(total));
                if (++sent == total)
                    er.setField(FIX::FIELD::LastRptRequested, "Y");
            } else if (m.isSetField(FIX::FIELD::OrdStatusReqID)) {
                er.setField(FIX::FIELD::OrdStatusReqID, field(m, FIX::FIELD::OrdStatusReqID));
            }
            send(er, s);
            if (!all)
                return;
        }
        if (all && total == 0) {
            ClientOrder none;
            none.clOrdId = "NONE";
            FIX44::ExecutionReport er = report(0, none, FIX::ExecType_ORDER_STATUS, FIX::OrdStatus_REJECTED, 0);
            er.setField(FIX::FIELD::OrderID, "NONE");
            er.setField(FIX::FIELD::Symbol, "NA");
            er.setField(FIX::FIELD::MassStatusReqID, field(m, FIX::FIELD::MassStatusReqID));
            er.setField(FIX::FIELD::TotNumReports, "0");
            er.setField(FIX::FIELD::LastRptRequested, "Y");
            er.setField(FIX::FIELD::Text, "No orders");
            send(er, s);
        }
        if (!all) {
            // A client that missed how its order ended (a fill, a cancel)
            // must hear it, not "unknown order": it would close the order
            // without the fill.
            auto known = byClOrdId.find({s, field(m, FIX::FIELD::ClOrdID)});
            auto finished = known == byClOrdId.end() ? done.end() : done.find(known->second);
            if (finished != done.end()) {
                FIX44::ExecutionReport er = report(finished->first, finished->second.first, FIX::ExecType_ORDER_STATUS,
                                                   finished->second.second, 0);
                if (m.isSetField(FIX::FIELD::OrdStatusReqID))
                    er.setField(FIX::FIELD::OrdStatusReqID, field(m, FIX::FIELD::OrdStatusReqID));
                send(er, s);
                return;
            }
            ClientOrder unknown;
            unknown.clOrdId = field(m, FIX::FIELD::ClOrdID);
            unknown.symbol = field(m, FIX::FIELD::Symbol);
            // Echo the side the request named (Side is required on H).
            const std::string side = field(m, FIX::FIELD::Side);
            if (side.size() == 1)
                unknown.side = side[0];
            FIX44::ExecutionReport er = report(0, unknown, FIX::ExecType_ORDER_STATUS, FIX::OrdStatus_REJECTED, 0);
            er.setField(FIX::FIELD::OrderID, "NONE");
            er.setField(FIX::FIELD::Text, "Unknown order");
            if (m.isSetField(FIX::FIELD::OrdStatusReqID))
                er.setField(FIX::FIELD::OrdStatusReqID, field(m, FIX::FIELD::OrdStatusReqID));
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
            const SymbolId id = bookSymbol(symbol);
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
            // A dark pool shows no book: its snapshot is the last trade at most.
            std::vector<LevelView> levels(static_cast<std::size_t>(depth));
            for (Side side : {Side::Buy, Side::Sell}) {
                const std::size_t n = lit ? lit->depth(id, side, levels) : 0;
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
            if (const auto st = bookStats(id); st && st->lastPrice) {
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
        const std::string type = field(m.getHeader(), FIX::FIELD::MsgType);
        if (type != "D" && type != "F" && type != "G" && type != "q" && type != "H" && type != "AF" && type != "V")
            throw FIX::UnsupportedMessageType();  // QuickFIX answers with a BusinessMessageReject
        if (delay) {
            // The message is still on the wire for the latency; QuickFIX's
            // thread goes back to its sockets meanwhile.
            delay->post([this, m, id, type] {
                std::lock_guard lock(mutex);
                try {
                    dispatch(m, sessionOf(id), type);
                } catch (const std::exception&) {
                    // the dictionary checked the message; a group it still lacks is dropped
                }
            });
            return;
        }
        std::lock_guard lock(mutex);
        dispatch(m, sessionOf(id), type);
    }

    void dispatch(const FIX::Message& m, SessionId s, const std::string& type)
    {
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
    }
};

FixVenue::FixVenue(FixVenueConfig config)
    : m_impl(std::make_unique<Impl>())
{
    Impl& d = *m_impl;
    d.config = std::move(config);
    if (d.config.kind == VenueKind::Dark)
        d.dark = std::make_unique<DarkPool>();
    else
        d.lit = std::make_unique<MatchingEngine>();
}

FixVenue::~FixVenue()
{
    stop();
}

std::string FixVenue::setReference(FixVenue& lit)
{
    Impl& d = *m_impl;
    if (!d.dark)
        return d.config.name + " is a lit venue: only a dark pool takes a reference market";
    if (!lit.m_impl->lit)
        return d.config.name + " cannot take its reference from " + lit.m_impl->config.name + ", a dark pool";
    if (d.acceptor)
        return d.config.name + " is running: set its reference before starting it";
    d.reference = lit.m_impl->feed;
    return {};
}

std::string FixVenue::start()
{
    Impl& d = *m_impl;
    if (d.acceptor)
        return {};
    if (d.config.latencyMicros < 0 || d.config.latencyMicros > 10'000'000)
        return "Latency must be between 0 and 10 s, not " + std::to_string(d.config.latencyMicros) + " us";
    for (const VenueSymbol& s : d.config.symbols) {
        SymbolConfig sc;
        sc.name = s.name;
        sc.tickSize = s.tickSize;
        sc.referencePrice = s.referencePrice;
        const SymbolResult r = d.lit ? d.lit->addSymbol(sc) : d.dark->addSymbol(sc);
        if (r.error != ErrorCode::None)
            return "Cannot list " + s.name + ": " + std::string(describe(r.error));
        d.symbolNames[r.symbol] = s.name;
    }
    d.quotes.resize(d.symbolNames.size());
    if (d.lit)
        d.lit->setListener(&d);
    else
        d.dark->setListener(&d);
    if (d.config.synthetic) {
        if (d.lit)
            d.market = std::make_unique<SyntheticMarket>(*d.lit, syntheticOptions(d.config));
        else
            d.darkFlow = std::make_unique<DarkFlow>(*d.dark, d.config.seed);
        for (const auto& entry : d.symbolNames) {
            const SymbolId id = entry.first;
            const std::string& name = entry.second;
            const auto spec = std::find_if(d.config.symbols.begin(), d.config.symbols.end(),
                                           [&name](const VenueSymbol& s) { return s.name == name; });
            if (d.market) {
                d.market->addSymbol(id, syntheticSymbol(d.config, *spec));
            } else {
                // In the dark, resting orders and midpoint takers arrive at
                // the configured taker rate each.
                DarkFlowConfig fc;
                fc.tickSize = spec->tickSize;
                fc.restingPerMinute = d.config.takerRatePerMinute;
                fc.takersPerMinute = d.config.takerRatePerMinute;
                d.darkFlow->addSymbol(id, fc);
            }
        }
        std::lock_guard lock(d.mutex);
        if (d.market)
            d.market->start(Impl::wallClock());
        if (d.darkFlow)
            d.darkFlow->start(Impl::wallClock());
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
    if (d.config.latencyMicros > 0)
        d.delay = std::make_unique<DelayLine>(std::chrono::microseconds(d.config.latencyMicros));
    try {
        std::istringstream in(ini.str());
        d.settings = std::make_unique<FIX::SessionSettings>(in);
        d.store = std::make_unique<FIX::FileStoreFactory>(*d.settings);
        d.acceptor = std::make_unique<FIX::SocketAcceptor>(d, *d.store, *d.settings);
        d.acceptor->start();
    } catch (const std::exception& ex) {
        d.acceptor.reset();
        d.delay.reset();
        return std::string("FIX acceptor did not start: ") + ex.what();
    }
    // The reference's current quotes arrive at once, then every change.
    if (d.reference)
        d.referenceToken = d.reference->subscribe([&d](const ReferenceQuote& q) { d.onReference(q); });
    if (d.market || d.darkFlow) {
        d.stopping = false;
        d.marketThread = std::thread([&d] { d.runMarket(); });
    }
    return {};
}

void FixVenue::stop()
{
    Impl& d = *m_impl;
    if (d.reference && d.referenceToken) {
        d.reference->unsubscribe(d.referenceToken);
        d.referenceToken = 0;
    }
    if (d.marketThread.joinable()) {
        {
            std::lock_guard lock(d.stopMutex);
            d.stopping = true;
        }
        d.stopSignal.notify_all();
        d.marketThread.join();
    }
    if (d.delay)
        d.delay->stop();
    if (d.lit) {
        // A stopped venue is no market to price from: the dark pools that
        // cross at our mid stop crossing.
        std::lock_guard lock(d.mutex);
        for (std::size_t id = 0; id < d.quotes.size(); ++id)
            if (d.quotes[id] && d.quotes[id]->open) {
                d.quotes[id]->open = false;
                d.feed->publish({d.symbolNames[static_cast<SymbolId>(id)], d.quotes[id]->bid, d.quotes[id]->ask, false});
            }
    }
    if (d.acceptor) {
        try {
            d.acceptor->stop();
        } catch (const std::exception&) {
        }
        d.acceptor.reset();
    }
    d.delay.reset();
}

int FixVenue::port() const
{
    return m_impl->port;
}

const FixVenueConfig& FixVenue::config() const
{
    return m_impl->config;
}

bool FixVenue::withEngine(const std::function<void(MatchingEngine&)>& f)
{
    if (!m_impl->lit)
        return false;
    std::lock_guard lock(m_impl->mutex);
    f(*m_impl->lit);
    return true;
}

bool FixVenue::withDarkPool(const std::function<void(DarkPool&)>& f)
{
    if (!m_impl->dark)
        return false;
    std::lock_guard lock(m_impl->mutex);
    f(*m_impl->dark);
    return true;
}

}  // namespace ordo::venue
