#pragma once

// Command parameters and results that cross into and out of the Engine.
// Names are strings here; the engine resolves them to interned ids.

#include "domain/order.h"
#include "domain/reason.h"
#include "risk/tradingcontrols.h"

#include <optional>
#include <string>

namespace ordo {

// Which orders a mass cancel takes. Empty fields match everything.
struct OrderFilter {
    std::string symbol;
    std::optional<Side> side;
    std::string account;
    std::string strategy;
    std::string venue;
    std::string trader;
};

// A kill-switch or REDUCING scope by name: ALL, or one trader, account,
// strategy, instrument (symbol) or venue.
struct ScopeSpec {
    ControlScope::Kind kind = ControlScope::Kind::All;
    std::string name;
};

struct SubmitResult {
    OrderId id = kNoOrder;  // kNoOrder when the command was refused outright
    bool duplicate = false;  // the client order id was known: id is the existing order
    Reason reason;           // why the order was rejected, if it was
};

struct MassCancelResult {
    Reason reason;
    std::uint32_t matched = 0;      // working orders that matched the filter
    std::uint32_t cancelsSent = 0;  // of those, cancels sent (the rest were already pending)
};

}  // namespace ordo
