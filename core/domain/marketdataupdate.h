#pragma once

// What a venue says about one instrument's market, decoded from FIX
// (MarketDataSnapshotFullRefresh W, MarketDataIncrementalRefresh X,
// MarketDataRequestReject Y) or made by a test. A plain value: built on the
// adapter's thread, moved to the engine thread, applied there to the books.
//
// Units: price in 1e-8 of the instrument's currency (Price), size in whole
// units (Qty), orders a count. Nothing here is journaled: books are derived
// data; only the reference prices the engine marks from them are inputs.

#include "domain/types.h"

#include <string>
#include <string_view>
#include <vector>

namespace ordo {

enum class MdSide : std::uint8_t { Bid, Ask, Trade }; // MDEntryType 0, 1, 2
enum class MdAction : std::uint8_t { New, Change, Delete }; // MDUpdateAction 0, 1, 2
enum class MdKind : std::uint8_t { Snapshot, Incremental, Reject };

struct MdEntry {
    MdSide side = MdSide::Bid;
    MdAction action = MdAction::New; // snapshots: always New
    Price price = 0; // > 0
    Qty size = 0; // > 0, except on a delete (ignored there)
    std::int32_t orders = 0; // NumberOfOrders (346) at the level; 0 when the venue did not say
};

struct MarketDataUpdate {
    std::string venue;
    std::string symbol;
    MdKind kind = MdKind::Incremental;
    // Snapshot: the venue's whole book (every level it sent) and at most one
    // last trade; Incremental: changes in the order the venue made them.
    std::vector<MdEntry> entries;
    std::string text; // Reject: why, in words
};

std::string_view toString(MdSide) noexcept;
std::string_view toString(MdAction) noexcept;
std::string_view toString(MdKind) noexcept;

} // namespace ordo
