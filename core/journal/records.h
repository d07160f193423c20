#pragma once

// Journal record layout: [u8 RecordType][i64 time ns][payload...], payload
// fields in the order the Engine writes them (engine.cpp, encode*/replay).
// New types are added at the end; existing numbers never change meaning.

#include <cstdint>

namespace ordo {

enum class RecordType : std::uint8_t {
    SessionStart = 1,
    DefineInstrument = 2,
    DefaultVenue = 3,
    Submit = 4,
    Modify = 5,
    Cancel = 6,
    MassCancel = 7,
    Engage = 8,
    Rearm = 9,
    Flatten = 10,
    Mark = 11,
    VenueEvent = 12,
    Decision = 13,
    RiskConfigure = 14,
    RiskLimit = 15,
    RiskEnable = 16,
    RiskRestrict = 17,
    RiskRelease = 18,
    ReconcileBegin = 19,
    ReconcileTimeout = 20,
    ReconcileAck = 21,
    MarketDataReject = 22,
};

}  // namespace ordo
