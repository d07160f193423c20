#pragma once

// What the engine sends to venues. Implemented by the FIX adapter (src/fix),
// and by in-process fakes for tests and benchmarks. Called only from the
// engine thread, after the journal has made the order durable; an
// implementation must not call back into the engine from inside these calls:
// answers come back later as VenueEvents through the engine's inbox.

#include "domain/order.h"

#include <string_view>

namespace ordo {

// A view of one outbound message; valid only during the call.
struct OutboundOrder {
    const Order& order;
    std::string_view clOrdId;      // the id of this message
    std::string_view origClOrdId;  // cancel and replace: the id being changed
    std::string_view symbol;
    std::string_view venue;
    std::string_view account;
    const OrderAmendment* amendment = nullptr;  // replace only: the new terms
    std::string_view locateId;                  // short sales: the broker's locate
};

class VenueGateway {
public:
    virtual ~VenueGateway() = default;
    virtual void sendNewOrder(const OutboundOrder&) = 0;
    virtual void sendCancel(const OutboundOrder&) = 0;
    virtual void sendReplace(const OutboundOrder&) = 0;
    // Reconciliation: the venue's account of one order (OrderStatusRequest)
    // or of all our orders (OrderMassStatusRequest). Answers come back as
    // VenueEventType::Status events carrying requestId.
    virtual void sendStatusRequest(const OutboundOrder&, std::string_view requestId) = 0;
    virtual void sendMassStatusRequest(std::string_view venue, std::string_view requestId) = 0;
};

}  // namespace ordo
