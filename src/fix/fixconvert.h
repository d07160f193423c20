#pragma once

// Translation between Ordo's core values and FIX 4.4 messages, both ways.
// Prices and quantities travel as text, never through a double. Decoding
// never throws: a message that lacks a required tag or carries a value that
// is not a number is refused with a sentence that says which tag and why.
// Internal to src/fix (QuickFIX types appear here and nowhere above).

#include "domain/venueevent.h"
#include "ports/venuegateway.h"

#include <quickfix/Message.h>

#include <optional>
#include <string>

namespace ordo::fix {

// Tags Ordo sends that FIX 4.4 leaves to bilateral agreement.
inline constexpr int kLocateIdTag = 5701;  // LocateID: the locate a broker granted (see FIX44.xml)

char sideCode(Side side) noexcept;          // cover is a buy (FIX 4.4 has no side for it)
char ordTypeCode(const Order& order) noexcept;
char timeInForceCode(TimeInForce tif) noexcept;

FIX::Message newOrderSingle(const OutboundOrder& m);
FIX::Message cancelRequest(const OutboundOrder& m);
FIX::Message cancelReplaceRequest(const OutboundOrder& m);
FIX::Message orderStatusRequest(const OutboundOrder& m, std::string_view requestId);
// MassStatusReqType 7: every order of ours the venue holds.
FIX::Message orderMassStatusRequest(std::string_view requestId);
// MassCancelRequestType 1 (one symbol) or 7 (all, when symbol is empty).
FIX::Message orderMassCancelRequest(std::string_view clOrdId, std::string_view symbol, Timestamp now);

// ExecutionReport (8) or OrderCancelReject (9) -> VenueEvent. Informational
// reports (PendingNew, PendingCancel, PendingReplace) give nullopt with error
// empty; a bad message gives nullopt and error says why. OrderStatus reports
// become Status events; TradeCancel and TradeCorrect name the fill they
// change (ExecRefID).
std::optional<VenueEvent> decode(const FIX::Message& message, const std::string& venue, std::string& error);

// Text of a FIX PRICE or QTY field -> fixed point; nullopt if not a number.
std::optional<Price> parseFixPrice(const std::string& text) noexcept;
std::optional<Qty> parseFixQty(const std::string& text) noexcept;

}  // namespace ordo::fix
