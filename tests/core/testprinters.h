#pragma once

// Readable QTest output for the core's enums. The specializations are reached
// through QCOMPARE_EQ, which calls QTest::toString qualified; plain QCOMPARE
// would find ordo::toString (returning a string_view) by argument-dependent
// lookup and not compile for these types.

#include "domain/order.h"
#include "domain/reason.h"
#include "domain/venueevent.h"
#include "oms/lifecycle.h"
#include "risk/tradingcontrols.h"

#include <QtTest>

#include <string>
#include <string_view>

namespace ordo::test {

inline char* toCString(std::string_view s)
{
    return qstrdup(std::string(s).c_str());
}

inline std::string_view toString(TargetKind k) noexcept
{
    switch (k) {
    case TargetKind::Refuse: return "Refuse";
    case TargetKind::To: return "To";
    case TargetKind::ByFill: return "ByFill";
    case TargetKind::Restore: return "Restore";
    case TargetKind::Working: return "Working";
    case TargetKind::Stay: return "Stay";
    }
    return "?";
}

} // namespace ordo::test

namespace QTest {

template<> inline char* toString(const ordo::OrderStatus& v)
{
    return ordo::test::toCString(ordo::toString(v));
}
template<> inline char* toString(const ordo::LifecycleEvent& v)
{
    return ordo::test::toCString(ordo::toString(v));
}
template<> inline char* toString(const ordo::ReasonCode& v)
{
    return ordo::test::toCString(ordo::toString(v));
}
template<> inline char* toString(const ordo::Side& v)
{
    return ordo::test::toCString(ordo::toString(v));
}
template<> inline char* toString(const ordo::TradingState& v)
{
    return ordo::test::toCString(ordo::toString(v));
}
template<> inline char* toString(const ordo::KillPhase& v)
{
    return ordo::test::toCString(ordo::toString(v));
}
template<> inline char* toString(const ordo::VenueEventType& v)
{
    return ordo::test::toCString(ordo::toString(v));
}
template<> inline char* toString(const ordo::TargetKind& v)
{
    return ordo::test::toCString(ordo::test::toString(v));
}

} // namespace QTest

Q_DECLARE_METATYPE(ordo::OrderStatus)
Q_DECLARE_METATYPE(ordo::LifecycleEvent)
Q_DECLARE_METATYPE(ordo::ReasonCode)
Q_DECLARE_METATYPE(ordo::Side)
Q_DECLARE_METATYPE(ordo::TimeInForce)
Q_DECLARE_METATYPE(ordo::TargetKind)
Q_DECLARE_METATYPE(ordo::VenueEventType)
