#include "event.h"

namespace ordo::venue {

std::string_view toString(EventType t) noexcept
{
    switch (t) {
    case EventType::Accepted: return "Accepted";
    case EventType::Rejected: return "Rejected";
    case EventType::Fill: return "Fill";
    case EventType::Cancelled: return "Cancelled";
    case EventType::Expired: return "Expired";
    case EventType::Replaced: return "Replaced";
    case EventType::CancelRejected: return "CancelRejected";
    case EventType::ReplaceRejected: return "ReplaceRejected";
    case EventType::Triggered: return "Triggered";
    case EventType::Restated: return "Restated";
    case EventType::Depth: return "Depth";
    case EventType::Trade: return "Trade";
    case EventType::TradingStatus: return "TradingStatus";
    case EventType::AuctionUncross: return "AuctionUncross";
    }
    return "?";
}

} // namespace ordo::venue
