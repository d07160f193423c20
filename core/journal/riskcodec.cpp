#include "journal/riskcodec.h"

namespace ordo {

void writeLimit(ByteWriter& w, const LimitSetting& s)
{
    w.u8(static_cast<std::uint8_t>(s.check));
    w.u8(static_cast<std::uint8_t>(s.level));
    w.str(s.name);
    w.i64(s.value);
    w.u8(s.soft);
}

void encodeRiskConfig(ByteWriter& w, const RiskConfig& c)
{
    w.u32(static_cast<std::uint32_t>(c.limits.size()));
    for (const LimitSetting& s : c.limits)
        writeLimit(w, s);
    w.u32(static_cast<std::uint32_t>(c.restricted.size()));
    for (const std::string& r : c.restricted)
        w.str(r);
    w.u32(static_cast<std::uint32_t>(c.desks.size()));
    for (const auto& [trader, desk] : c.desks) {
        w.str(trader);
        w.str(desk);
    }
    const RiskParameters& p = c.parameters;
    for (std::int64_t v : {p.warnAtBp, p.duplicateWindow, p.ordersPerSecond, p.ordersPerMinute, p.burstFactor,
                           p.burstDuration, p.concentrationFloor, p.initialMarginBp, p.shortMarginBp,
                           p.lossBreachesBeforeHalt, p.lossCoolingOff, p.circuitBreakerBp, p.circuitBreakerWindow,
                           p.circuitBreakerHalt})
        w.i64(v);
    w.u32(static_cast<std::uint32_t>(c.disabled.size()));
    for (RiskCheck d : c.disabled)
        w.u8(static_cast<std::uint8_t>(d));
}

bool decodeLimit(ByteReader& r, LimitSetting& s)
{
    const std::uint8_t check = r.u8();
    const std::uint8_t level = r.u8();
    s.name = r.str();
    s.value = r.i64();
    s.soft = r.u8() != 0;
    if (check >= kRiskCheckCount || level >= kLimitLevelCount)
        r.fail();
    s.check = static_cast<RiskCheck>(check);
    s.level = static_cast<LimitLevel>(level);
    return r.ok();
}

bool decodeRiskConfig(ByteReader& r, RiskConfig& c)
{
    // Counts are bounded by what is left to read, so a damaged count cannot
    // make the decoder allocate without end.
    const std::uint32_t limits = r.u32();
    for (std::uint32_t i = 0; i < limits && r.ok(); ++i) {
        LimitSetting s;
        if (decodeLimit(r, s))
            c.limits.push_back(std::move(s));
    }
    const std::uint32_t restricted = r.u32();
    for (std::uint32_t i = 0; i < restricted && r.ok(); ++i)
        c.restricted.push_back(r.str());
    const std::uint32_t desks = r.u32();
    for (std::uint32_t i = 0; i < desks && r.ok(); ++i) {
        std::string trader = r.str();
        c.desks.emplace_back(std::move(trader), r.str());
    }
    RiskParameters& p = c.parameters;
    for (std::int64_t* v : {&p.warnAtBp, &p.duplicateWindow, &p.ordersPerSecond, &p.ordersPerMinute, &p.burstFactor,
                            &p.burstDuration, &p.concentrationFloor, &p.initialMarginBp, &p.shortMarginBp,
                            &p.lossBreachesBeforeHalt, &p.lossCoolingOff, &p.circuitBreakerBp,
                            &p.circuitBreakerWindow, &p.circuitBreakerHalt})
        *v = r.i64();
    const std::uint32_t disabled = r.u32();
    for (std::uint32_t i = 0; i < disabled && r.ok(); ++i) {
        const std::uint8_t d = r.u8();
        if (d >= kRiskCheckCount)
            r.fail();
        else
            c.disabled.push_back(static_cast<RiskCheck>(d));
    }
    return r.ok() && r.atEnd();
}

}  // namespace ordo
