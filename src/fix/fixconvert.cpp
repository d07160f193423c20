#include "fixconvert.h"

#include "domain/format.h"

#include <quickfix/FieldNumbers.h>
#include <quickfix/FieldTypes.h>
#include <quickfix/fix44/ExecutionReport.h>
#include <quickfix/fix44/NewOrderSingle.h>
#include <quickfix/fix44/OrderCancelReject.h>
#include <quickfix/fix44/OrderCancelReplaceRequest.h>
#include <quickfix/fix44/OrderCancelRequest.h>
#include <quickfix/fix44/OrderMassCancelRequest.h>
#include <quickfix/fix44/OrderMassStatusRequest.h>
#include <quickfix/fix44/OrderStatusRequest.h>

namespace ordo::fix {
namespace {

std::string utcTimestamp(Timestamp ns)
{
    // FIX UTCTimestamp with milliseconds: YYYYMMDD-HH:MM:SS.sss
    const std::time_t secs = static_cast<std::time_t>(ns / kNanosPerSecond);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d-%02d:%02d:%02d.%03d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>((ns / 1'000'000) % 1000));
    return buf;
}

std::string qtyText(Qty q)
{
    return std::to_string(q);
}

void setCommon(FIX::Message& msg, const OutboundOrder& m)
{
    msg.setField(FIX::FIELD::ClOrdID, std::string(m.clOrdId));
    msg.setField(FIX::FIELD::Symbol, std::string(m.symbol));
    msg.setField(FIX::FIELD::Side, std::string(1, sideCode(m.order.side)));
    msg.setField(FIX::FIELD::TransactTime, utcTimestamp(m.order.updatedTime));
    if (!m.account.empty())
        msg.setField(FIX::FIELD::Account, std::string(m.account));
}

void setTerms(FIX::Message& msg, const Order& o, Qty quantity, Price limit, Price stop, Qty display)
{
    msg.setField(FIX::FIELD::OrderQty, qtyText(quantity));
    msg.setField(FIX::FIELD::OrdType, std::string(1, ordTypeCode(o)));
    if ((o.type == OrdType::Limit || o.type == OrdType::StopLimit) && limit > 0)
        msg.setField(FIX::FIELD::Price, formatPrice(limit));
    if (o.type == OrdType::Stop || o.type == OrdType::StopLimit)
        msg.setField(FIX::FIELD::StopPx, formatPrice(stop));
    msg.setField(FIX::FIELD::TimeInForce, std::string(1, timeInForceCode(o.tif)));
    if (o.tif == TimeInForce::Gtd)
        msg.setField(FIX::FIELD::ExpireTime, utcTimestamp(o.expireTime));
    // Iceberg: the shown size. Hidden: nothing shown (MaxFloor 0).
    if (o.hidden)
        msg.setField(FIX::FIELD::MaxFloor, "0");
    else if (display > 0 && display < quantity)
        msg.setField(FIX::FIELD::MaxFloor, qtyText(display));
    if (o.peg != PegType::None) {
        const char* inst = o.peg == PegType::Primary ? "R" : o.peg == PegType::Mid ? "M" : "P";
        msg.setField(FIX::FIELD::ExecInst, inst);
        if (o.pegOffset)
            msg.setField(FIX::FIELD::PegOffsetValue, formatPrice(o.pegOffset));
    }
}

bool field(const FIX::Message& msg, int tag, std::string& out)
{
    if (!msg.isSetField(tag))
        return false;
    out = msg.getField(tag);
    return true;
}

// The venue's account of an order in a status report or correction: OrdStatus
// (39) and, when given, CumQty (14), AvgPx (6), OrderQty (38), Side (54), Price (44).
bool decodeOrderState(const FIX::Message& msg, const std::string& ordStatus, VenueEvent& e, std::string& error)
{
    if (ordStatus.size() == 1) {
        switch (ordStatus[0]) {
        case FIX::OrdStatus_NEW:
        case FIX::OrdStatus_PARTIALLY_FILLED:
        case FIX::OrdStatus_PENDING_NEW:
        case FIX::OrdStatus_PENDING_CANCEL:
        case FIX::OrdStatus_PENDING_REPLACE:
        case FIX::OrdStatus_SUSPENDED:
        case FIX::OrdStatus_ACCEPTED_FOR_BIDDING:
        case FIX::OrdStatus_CALCULATED: e.venueState = VenueOrderState::Live; break;
        case FIX::OrdStatus_FILLED: e.venueState = VenueOrderState::Filled; break;
        case FIX::OrdStatus_CANCELED:
        case FIX::OrdStatus_DONE_FOR_DAY:
        case FIX::OrdStatus_EXPIRED:
        case FIX::OrdStatus_REPLACED:
        case FIX::OrdStatus_STOPPED: e.venueState = VenueOrderState::Done; break;
        case FIX::OrdStatus_REJECTED: e.venueState = VenueOrderState::Rejected; break;
        default: error = "OrdStatus (39) '" + ordStatus + "' is not a FIX 4.4 order status"; return false;
        }
    } else if (!ordStatus.empty()) {
        error = "OrdStatus (39) '" + ordStatus + "' is not one character";
        return false;
    }
    std::string text;
    auto qty = [&](int tag, const char* name, Qty& out) {
        if (!field(msg, tag, text))
            return true;
        const auto q = parseFixQty(text);
        if (!q || *q < 0) {
            error = std::string(name) + " (" + std::to_string(tag) + ") '" + text + "' is not a whole number";
            return false;
        }
        out = *q;
        return true;
    };
    auto price = [&](int tag, const char* name, Price& out) {
        if (!field(msg, tag, text))
            return true;
        const auto p = parseFixPrice(text);
        if (!p || *p < 0) {
            error = std::string(name) + " (" + std::to_string(tag) + ") '" + text + "' is not a price";
            return false;
        }
        out = *p;
        return true;
    };
    if (!qty(FIX::FIELD::CumQty, "CumQty", e.cumQty) || !qty(FIX::FIELD::OrderQty, "OrderQty", e.orderQty)
        || !price(FIX::FIELD::AvgPx, "AvgPx", e.avgPrice) || !price(FIX::FIELD::Price, "Price", e.limitPrice))
        return false;
    if (field(msg, FIX::FIELD::Side, text))
        e.side = text == "1" ? Side::Buy : text == "5" ? Side::Short : Side::Sell;
    return true;
}

}  // namespace

char sideCode(Side side) noexcept
{
    switch (side) {
    case Side::Buy:
    case Side::Cover: return FIX::Side_BUY;
    case Side::Sell: return FIX::Side_SELL;
    case Side::Short: return FIX::Side_SELL_SHORT;
    }
    return FIX::Side_BUY;
}

char ordTypeCode(const Order& o) noexcept
{
    if (o.peg != PegType::None)
        return FIX::OrdType_PEGGED;
    switch (o.type) {
    case OrdType::Market: return FIX::OrdType_MARKET;
    case OrdType::Limit: return FIX::OrdType_LIMIT;
    case OrdType::Stop: return FIX::OrdType_STOP;
    case OrdType::StopLimit: return FIX::OrdType_STOP_LIMIT;
    }
    return FIX::OrdType_LIMIT;
}

char timeInForceCode(TimeInForce tif) noexcept
{
    switch (tif) {
    case TimeInForce::Day: return FIX::TimeInForce_DAY;
    case TimeInForce::Gtc: return FIX::TimeInForce_GOOD_TILL_CANCEL;
    case TimeInForce::Ato: return FIX::TimeInForce_AT_THE_OPENING;
    case TimeInForce::Ioc: return FIX::TimeInForce_IMMEDIATE_OR_CANCEL;
    case TimeInForce::Fok: return FIX::TimeInForce_FILL_OR_KILL;
    case TimeInForce::Gtd: return FIX::TimeInForce_GOOD_TILL_DATE;
    case TimeInForce::Atc: return FIX::TimeInForce_AT_THE_CLOSE;
    }
    return FIX::TimeInForce_DAY;
}

FIX::Message newOrderSingle(const OutboundOrder& m)
{
    FIX44::NewOrderSingle msg;
    setCommon(msg, m);
    msg.setField(FIX::FIELD::HandlInst, "1");
    setTerms(msg, m.order, m.order.quantity, m.order.limitPrice, m.order.stopPrice, m.order.displayQty);
    if (m.order.side == Side::Short) {
        msg.setField(FIX::FIELD::LocateReqd, "N");  // located already: the id says by whom
        if (!m.locateId.empty())
            msg.setField(kLocateIdTag, std::string(m.locateId));
    }
    return msg;
}

FIX::Message cancelRequest(const OutboundOrder& m)
{
    FIX44::OrderCancelRequest msg;
    setCommon(msg, m);
    msg.setField(FIX::FIELD::OrigClOrdID, std::string(m.origClOrdId));
    msg.setField(FIX::FIELD::OrderQty, qtyText(m.order.quantity));
    return msg;
}

FIX::Message cancelReplaceRequest(const OutboundOrder& m)
{
    FIX44::OrderCancelReplaceRequest msg;
    setCommon(msg, m);
    msg.setField(FIX::FIELD::OrigClOrdID, std::string(m.origClOrdId));
    msg.setField(FIX::FIELD::HandlInst, "1");
    const OrderAmendment& a = *m.amendment;
    setTerms(msg, m.order, a.quantity, a.limitPrice, a.stopPrice, a.displayQty);
    return msg;
}

FIX::Message orderStatusRequest(const OutboundOrder& m, std::string_view requestId)
{
    FIX44::OrderStatusRequest msg;
    msg.setField(FIX::FIELD::ClOrdID, std::string(m.clOrdId));
    msg.setField(FIX::FIELD::Symbol, std::string(m.symbol));
    msg.setField(FIX::FIELD::Side, std::string(1, sideCode(m.order.side)));
    if (!requestId.empty())
        msg.setField(FIX::FIELD::OrdStatusReqID, std::string(requestId));
    if (!m.account.empty())
        msg.setField(FIX::FIELD::Account, std::string(m.account));
    return msg;
}

FIX::Message orderMassStatusRequest(std::string_view requestId)
{
    FIX44::OrderMassStatusRequest msg;
    msg.setField(FIX::FIELD::MassStatusReqID, std::string(requestId));
    msg.setField(FIX::FIELD::MassStatusReqType, "7");
    return msg;
}

FIX::Message orderMassCancelRequest(std::string_view clOrdId, std::string_view symbol, Timestamp now)
{
    FIX44::OrderMassCancelRequest msg;
    msg.setField(FIX::FIELD::ClOrdID, std::string(clOrdId));
    msg.setField(FIX::FIELD::MassCancelRequestType, symbol.empty() ? "7" : "1");
    if (!symbol.empty())
        msg.setField(FIX::FIELD::Symbol, std::string(symbol));
    msg.setField(FIX::FIELD::TransactTime, utcTimestamp(now));
    return msg;
}

std::optional<Price> parseFixPrice(const std::string& text) noexcept
{
    return parsePrice(text);
}

std::optional<Qty> parseFixQty(const std::string& text) noexcept
{
    // QTY may carry decimals ("100.0"); Ordo trades whole units.
    const auto v = parsePrice(text);
    if (!v || *v % kPriceScale)
        return std::nullopt;
    return *v / kPriceScale;
}

std::optional<VenueEvent> decode(const FIX::Message& msg, const std::string& venue, std::string& error)
{
    error.clear();
    VenueEvent e;
    e.venue = venue;
    std::string msgType;
    if (!msg.getHeader().isSetField(FIX::FIELD::MsgType)) {
        error = "message without MsgType (35)";
        return std::nullopt;
    }
    msgType = msg.getHeader().getField(FIX::FIELD::MsgType);
    auto require = [&](int tag, const char* name, std::string& out) {
        if (field(msg, tag, out) && !out.empty())
            return true;
        error = std::string(msgType == "8" ? "ExecutionReport" : "OrderCancelReject") + " without " + name + " ("
              + std::to_string(tag) + ")";
        return false;
    };
    std::string text;
    field(msg, FIX::FIELD::Text, e.text);
    // A status answer for no orders at all may name no order.
    const bool statusReport = msgType == "8" && msg.isSetField(FIX::FIELD::ExecType)
                           && msg.getField(FIX::FIELD::ExecType) == std::string(1, FIX::ExecType_ORDER_STATUS);
    if (!(statusReport && !msg.isSetField(FIX::FIELD::ClOrdID)) && !require(FIX::FIELD::ClOrdID, "ClOrdID", e.clOrdId))
        return std::nullopt;

    if (msgType == "9") {
        // Whether the refusal answers a cancel or a replace decides what the
        // order returns to.
        std::string responseTo;
        if (!require(FIX::FIELD::CxlRejResponseTo, "CxlRejResponseTo", responseTo))
            return std::nullopt;
        e.type = responseTo == "2" ? VenueEventType::ReplaceRejected : VenueEventType::CancelRejected;
        return e;
    }
    if (msgType != "8") {
        error = "unexpected message type " + msgType;
        return std::nullopt;
    }

    std::string execType;
    if (!require(FIX::FIELD::ExecType, "ExecType", execType))
        return std::nullopt;
    if (execType.size() != 1) {
        error = "ExecType (150) '" + execType + "' is not one character";
        return std::nullopt;
    }
    std::string orderStatus;
    field(msg, FIX::FIELD::OrdStatus, orderStatus);
    switch (execType[0]) {
    case FIX::ExecType_NEW: e.type = VenueEventType::Ack; break;
    case FIX::ExecType_TRADE:
    case FIX::ExecType_PARTIAL_FILL:
    case FIX::ExecType_FILL: {
        e.type = VenueEventType::Fill;
        std::string qty, px;
        if (!require(FIX::FIELD::ExecID, "ExecID", e.execId) || !require(FIX::FIELD::LastQty, "LastQty", qty)
            || !require(FIX::FIELD::LastPx, "LastPx", px))
            return std::nullopt;
        const auto q = parseFixQty(qty);
        const auto p = parseFixPrice(px);
        if (!q) {
            error = "LastQty (32) '" + qty + "' is not a whole number";
            return std::nullopt;
        }
        if (!p) {
            error = "LastPx (31) '" + px + "' is not a number";
            return std::nullopt;
        }
        e.lastQty = *q;
        e.lastPrice = *p;
        std::string liquidity;
        if (field(msg, FIX::FIELD::LastLiquidityInd, liquidity))
            e.liquidity = liquidity == "1" ? Liquidity::Added
                        : liquidity == "2" ? Liquidity::Removed
                        : liquidity == "4" ? Liquidity::Auction
                                           : Liquidity::Unknown;
        std::string commission;
        if (field(msg, FIX::FIELD::Commission, commission)) {
            const auto c = parseFixPrice(commission);
            if (!c) {
                error = "Commission (12) '" + commission + "' is not a number";
                return std::nullopt;
            }
            e.fee = *c;
        }
        break;
    }
    case FIX::ExecType_CANCELED: e.type = VenueEventType::Cancelled; break;
    case FIX::ExecType_DONE_FOR_DAY: e.type = VenueEventType::DoneForDay; break;
    case FIX::ExecType_REPLACED: e.type = VenueEventType::Replaced; break;
    case FIX::ExecType_REJECTED: e.type = VenueEventType::Reject; break;
    case FIX::ExecType_EXPIRED: e.type = VenueEventType::Expired; break;
    case FIX::ExecType_SUSPENDED: e.type = VenueEventType::Suspended; break;
    case FIX::ExecType_RESTATED:
        // A restatement after a halt brings the order back.
        if (orderStatus == "0" || orderStatus == "1") {
            e.type = VenueEventType::Resumed;
            break;
        }
        return std::nullopt;
    case FIX::ExecType_ORDER_STATUS:
        e.type = VenueEventType::Status;
        if (!decodeOrderState(msg, orderStatus, e, error))
            return std::nullopt;
        field(msg, FIX::FIELD::Symbol, e.symbol);
        if (!field(msg, FIX::FIELD::MassStatusReqID, e.requestId))
            field(msg, FIX::FIELD::OrdStatusReqID, e.requestId);
        {
            std::string total, last;
            if (field(msg, FIX::FIELD::TotNumReports, total)) {
                const auto n = parseFixQty(total);
                if (!n || *n < 0 || *n > 1'000'000'000) {
                    error = "TotNumReports (911) '" + total + "' is not a count";
                    return std::nullopt;
                }
                e.totalReports = static_cast<std::int32_t>(*n);
            }
            e.lastReport = field(msg, FIX::FIELD::LastRptRequested, last) && last == "Y";
        }
        // The answer for no orders at all names no order (ClOrdID "NONE" or
        // absent): an empty ClOrdID tells the engine.
        if (e.clOrdId == "NONE")
            e.clOrdId.clear();
        break;
    case FIX::ExecType_TRADE_CANCEL:
    case FIX::ExecType_TRADE_CORRECT: {
        e.type = execType[0] == FIX::ExecType_TRADE_CANCEL ? VenueEventType::TradeCancelled
                                                             : VenueEventType::TradeCorrected;
        if (!require(FIX::FIELD::ExecID, "ExecID", e.execId) || !require(FIX::FIELD::ExecRefID, "ExecRefID", e.execRefId))
            return std::nullopt;
        if (e.type == VenueEventType::TradeCorrected) {
            std::string qty, px;
            if (!require(FIX::FIELD::LastQty, "LastQty", qty) || !require(FIX::FIELD::LastPx, "LastPx", px))
                return std::nullopt;
            const auto q = parseFixQty(qty);
            const auto p = parseFixPrice(px);
            if (!q || !p) {
                error = !q ? "LastQty (32) '" + qty + "' is not a whole number" : "LastPx (31) '" + px + "' is not a number";
                return std::nullopt;
            }
            e.lastQty = *q;
            e.lastPrice = *p;
        }
        if (!decodeOrderState(msg, orderStatus, e, error))
            return std::nullopt;
        break;
    }
    case FIX::ExecType_PENDING_NEW:
    case FIX::ExecType_PENDING_CANCEL:
    case FIX::ExecType_PENDING_REPLACE:
        return std::nullopt;  // informational: nothing changes
    default:
        error = "ExecType (150) '" + execType + "' is not handled";
        return std::nullopt;
    }
    std::string transact;
    if (field(msg, FIX::FIELD::TransactTime, transact)) {
        try {
            const FIX::UtcTimeStamp ts = FIX::UtcTimeStampConvertor::convert(transact);
            e.venueTime = static_cast<Timestamp>(ts.getTimeT()) * kNanosPerSecond
                        + static_cast<Timestamp>(ts.getFraction(9));
        } catch (const std::exception&) {
            error = "TransactTime (60) '" + transact + "' is not a UTC timestamp";
            return std::nullopt;
        }
    }
    return e;
}

}  // namespace ordo::fix
