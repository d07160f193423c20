#include "papervenue.h"

#include <algorithm>

namespace ordo {

PaperVenue::PaperVenue(std::string name, std::uint64_t seed)
    : m_name(std::move(name))
    , m_rng(seed)
{
}

void PaperVenue::list(const std::string& symbol, Price mid, Price tick)
{
    m_books[symbol] = Book{mid - mid % tick, tick, mid - mid % tick};
}

void PaperVenue::sendNewOrder(const OutboundOrder& m)
{
    Request r{Request::Kind::New, {}, {}};
    r.order.clOrdId = std::string(m.clOrdId);
    r.order.symbol = std::string(m.symbol);
    r.order.side = m.order.side;
    r.order.type = m.order.type;
    r.order.tif = m.order.tif;
    r.order.leaves = m.order.quantity - m.order.cumQty;
    r.order.limit = m.order.limitPrice;
    r.order.stop = m.order.stopPrice;
    m_requests.push_back(std::move(r));
}

void PaperVenue::sendCancel(const OutboundOrder& m)
{
    Request r{Request::Kind::Cancel, {}, std::string(m.origClOrdId)};
    r.order.clOrdId = std::string(m.clOrdId);
    m_requests.push_back(std::move(r));
}

void PaperVenue::sendReplace(const OutboundOrder& m)
{
    Request r{Request::Kind::Replace, {}, std::string(m.origClOrdId)};
    r.order.clOrdId = std::string(m.clOrdId);
    r.order.leaves = m.amendment->quantity - m.order.cumQty;
    r.order.limit = m.amendment->limitPrice;
    r.order.stop = m.amendment->stopPrice;
    m_requests.push_back(std::move(r));
}

void PaperVenue::sendStatusRequest(const OutboundOrder& m, std::string_view requestId)
{
    Request r{Request::Kind::Status, {}, std::string(requestId)};
    r.order.clOrdId = std::string(m.clOrdId);
    m_requests.push_back(std::move(r));
}

void PaperVenue::sendMassStatusRequest(std::string_view, std::string_view requestId)
{
    m_requests.push_back(Request{Request::Kind::MassStatus, {}, std::string(requestId)});
}

VenueEvent PaperVenue::event(VenueEventType t, const std::string& clOrdId, Timestamp now) const
{
    VenueEvent e;
    e.type = t;
    e.clOrdId = clOrdId;
    e.venue = m_name;
    e.venueTime = now;
    return e;
}

bool PaperVenue::tryFill(Resting& r, const Book& b, Timestamp now, std::vector<VenueEvent>& out, bool aggressive)
{
    const bool buy = sideSign(r.side) > 0;
    const Price ask = b.mid + b.tick;
    const Price bid = b.mid - b.tick;
    if ((r.type == OrdType::Stop || r.type == OrdType::StopLimit) && !r.triggered) {
        r.triggered = buy ? ask >= r.stop : bid <= r.stop;
        if (!r.triggered)
            return false;
    }
    const bool market = r.type == OrdType::Market || r.type == OrdType::Stop;
    const bool marketable = market || (buy ? r.limit >= ask : r.limit <= bid);
    if (!marketable)
        return false;
    // Aggressive orders take the whole size at the touch; resting ones trade in
    // pieces as the market comes to them, like a queue being worked through.
    Qty qty = r.leaves;
    if (!aggressive) {
        std::uniform_int_distribution<Qty> piece(1, std::max<Qty>(1, r.leaves));
        qty = std::min(r.leaves, piece(m_rng));
    }
    VenueEvent f = event(VenueEventType::Fill, r.clOrdId, now);
    // ExecIDs must stay unique per venue across restarts (the engine keeps
    // the ones it saw in its journal): the time keeps them apart.
    f.execId = m_name + "-" + std::to_string(now) + "-" + std::to_string(++m_execSeq);
    f.lastQty = qty;
    // Taking liquidity trades at the touch (a marketable limit gets the better
    // price); resting liquidity trades at its own limit.
    f.lastPrice = (market || aggressive) ? (buy ? ask : bid) : r.limit;
    f.liquidity = aggressive ? Liquidity::Removed : Liquidity::Added;
    f.fee = notional(f.lastPrice, qty) / 10000;  // 1 basis point
    out.push_back(std::move(f));
    r.leaves -= qty;
    return r.leaves == 0;
}

void PaperVenue::step(Timestamp now, std::vector<VenueEvent>& out)
{
    // The market moves first, then requests are answered in arrival order.
    std::uniform_int_distribution<int> move(-1, 1);
    for (auto& [symbol, b] : m_books) {
        b.mid = std::max(b.tick * 2, b.mid + move(m_rng) * b.tick);
        b.last = b.mid;
    }
    auto findResting = [this](const std::string& id) {
        return std::find_if(m_orders.begin(), m_orders.end(), [&](const Resting& r) { return r.clOrdId == id; });
    };
    std::vector<Request> requests;
    requests.swap(m_requests);
    // The paper venue keeps no fills per order: a status report says whether
    // the order rests here, not how much of it filled.
    auto statusOf = [&](const Resting* r, const std::string& clOrdId, const std::string& requestId) {
        VenueEvent e = event(VenueEventType::Status, clOrdId, now);
        e.requestId = requestId;
        e.venueState = r ? VenueOrderState::Live : VenueOrderState::Rejected;
        if (r) {
            e.symbol = r->symbol;
            e.side = r->side;
            e.orderQty = r->leaves;
        } else {
            e.text = "Unknown order";
        }
        return e;
    };
    for (Request& req : requests) {
        switch (req.kind) {
        case Request::Kind::Status: {
            auto it = findResting(req.order.clOrdId);
            out.push_back(statusOf(it == m_orders.end() ? nullptr : &*it, req.order.clOrdId, req.origClOrdId));
            break;
        }
        case Request::Kind::MassStatus: {
            std::int32_t n = 0;
            for (const Resting& r : m_orders) {
                VenueEvent e = statusOf(&r, r.clOrdId, req.origClOrdId);
                e.totalReports = static_cast<std::int32_t>(m_orders.size());
                e.lastReport = ++n == static_cast<std::int32_t>(m_orders.size());
                out.push_back(std::move(e));
            }
            if (m_orders.empty()) {
                VenueEvent e = event(VenueEventType::Status, {}, now);
                e.requestId = req.origClOrdId;
                e.totalReports = 0;
                e.lastReport = true;
                out.push_back(std::move(e));
            }
            break;
        }
        case Request::Kind::New: {
            auto book = m_books.find(req.order.symbol);
            if (book == m_books.end()) {
                VenueEvent e = event(VenueEventType::Reject, req.order.clOrdId, now);
                e.text = "Unknown symbol " + req.order.symbol;
                out.push_back(std::move(e));
                break;
            }
            out.push_back(event(VenueEventType::Ack, req.order.clOrdId, now));
            Resting r = req.order;
            const bool immediate = r.tif == TimeInForce::Ioc || r.tif == TimeInForce::Fok;
            if (r.tif == TimeInForce::Fok) {
                const Price ask = book->second.mid + book->second.tick, bid = book->second.mid - book->second.tick;
                const bool buy = sideSign(r.side) > 0;
                if (r.type == OrdType::Limit && !(buy ? r.limit >= ask : r.limit <= bid)) {
                    out.push_back(event(VenueEventType::DoneForDay, r.clOrdId, now));
                    break;
                }
            }
            if (tryFill(r, book->second, now, out, true))
                break;
            if (immediate || r.type == OrdType::Market) {
                VenueEvent e = event(VenueEventType::DoneForDay, r.clOrdId, now);
                e.text = "Unfilled rest of an immediate order cancelled";
                out.push_back(std::move(e));
                break;
            }
            m_orders.push_back(std::move(r));
            break;
        }
        case Request::Kind::Cancel: {
            auto it = findResting(req.origClOrdId);
            if (it == m_orders.end()) {
                VenueEvent e = event(VenueEventType::CancelRejected, req.order.clOrdId, now);
                e.text = "Too late to cancel: order is not resting";
                out.push_back(std::move(e));
                break;
            }
            m_orders.erase(it);
            out.push_back(event(VenueEventType::Cancelled, req.order.clOrdId, now));
            break;
        }
        case Request::Kind::Replace: {
            auto it = findResting(req.origClOrdId);
            if (it == m_orders.end() || req.order.leaves <= 0) {
                VenueEvent e = event(VenueEventType::ReplaceRejected, req.order.clOrdId, now);
                e.text = "Too late to modify: order is not resting";
                out.push_back(std::move(e));
                break;
            }
            it->clOrdId = req.order.clOrdId;
            it->leaves = req.order.leaves;
            it->limit = req.order.limit;
            it->stop = req.order.stop;
            out.push_back(event(VenueEventType::Replaced, it->clOrdId, now));
            break;
        }
        }
    }
    for (auto it = m_orders.begin(); it != m_orders.end();) {
        const Book& b = m_books[it->symbol];
        it = tryFill(*it, b, now, out, false) ? m_orders.erase(it) : it + 1;
    }
}

std::vector<PaperQuote> PaperVenue::quotes() const
{
    std::vector<PaperQuote> q;
    for (const auto& [symbol, b] : m_books)
        q.push_back({symbol, b.mid - b.tick, b.mid + b.tick, b.last});
    std::sort(q.begin(), q.end(), [](const auto& a, const auto& b) { return a.symbol < b.symbol; });
    return q;
}

}  // namespace ordo
