#pragma once

// A VenueGateway for tests: records every outbound message so the test can
// play the venue and answer with VenueEvents of its choosing.

#include "domain/venueevent.h"
#include "ports/venuegateway.h"

#include <string>
#include <vector>

namespace ordo::test {

struct SentMessage {
    enum class Kind { New, Cancel, Replace, Status, MassStatus } kind;
    OrderId orderId;
    std::string clOrdId;
    std::string origClOrdId;
    std::string symbol;
    std::string venue;
    Qty quantity = 0;
    Price price = 0;
    std::string requestId;  // Status, MassStatus
};

class RecordingGateway final : public VenueGateway {
public:
    void sendNewOrder(const OutboundOrder& m) override { record(SentMessage::Kind::New, m); }
    void sendCancel(const OutboundOrder& m) override { record(SentMessage::Kind::Cancel, m); }
    void sendReplace(const OutboundOrder& m) override { record(SentMessage::Kind::Replace, m); }
    void sendStatusRequest(const OutboundOrder& m, std::string_view requestId) override
    {
        record(SentMessage::Kind::Status, m);
        sent.back().requestId = std::string(requestId);
    }
    void sendMassStatusRequest(std::string_view venue, std::string_view requestId) override
    {
        SentMessage& s = sent.emplace_back();
        s.kind = SentMessage::Kind::MassStatus;
        s.orderId = kNoOrder;
        s.venue = std::string(venue);
        s.requestId = std::string(requestId);
    }

    std::vector<SentMessage> sent;

    const SentMessage& last() const { return sent.back(); }
    // The ClOrdID of the newest message about order id.
    std::string lastClOrdId(OrderId id) const
    {
        for (auto it = sent.rbegin(); it != sent.rend(); ++it)
            if (it->orderId == id)
                return it->clOrdId;
        return {};
    }

private:
    void record(SentMessage::Kind k, const OutboundOrder& m)
    {
        const Qty qty = m.amendment ? m.amendment->quantity : m.order.quantity;
        const Price px = m.amendment ? m.amendment->limitPrice : m.order.limitPrice;
        sent.push_back({k, m.order.id, std::string(m.clOrdId), std::string(m.origClOrdId), std::string(m.symbol),
                        std::string(m.venue), qty, px});
    }
};

// Builds venue events tersely.
inline VenueEvent venueEvent(VenueEventType type, std::string clOrdId, std::string venue = "XSIM")
{
    VenueEvent e;
    e.type = type;
    e.clOrdId = std::move(clOrdId);
    e.venue = std::move(venue);
    return e;
}

inline VenueEvent fillEvent(std::string clOrdId, std::string execId, Qty qty, Price price, Money fee = 0,
                            std::string venue = "XSIM")
{
    VenueEvent e = venueEvent(VenueEventType::Fill, std::move(clOrdId), std::move(venue));
    e.execId = std::move(execId);
    e.lastQty = qty;
    e.lastPrice = price;
    e.fee = fee;
    e.liquidity = Liquidity::Added;
    return e;
}

}  // namespace ordo::test
