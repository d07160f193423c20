#pragma once

// Journal encoding of risk settings (see journal/records.h for the framing).

#include "journal/bytes.h"
#include "risk/risklimits.h"

namespace ordo {

void writeLimit(ByteWriter& w, const LimitSetting& s);
bool decodeLimit(ByteReader& r, LimitSetting& s);
void encodeRiskConfig(ByteWriter& w, const RiskConfig& c);
bool decodeRiskConfig(ByteReader& r, RiskConfig& c);

}  // namespace ordo
