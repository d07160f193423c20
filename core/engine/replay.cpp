// Journal replay: decodes each record the Engine wrote and runs the same
// command body the live call ran, with the recorded time, without journaling
// or sending. Decoding is defensive: a damaged record is a reason, not a crash.

#include "engine/engine.h"
#include "journal/bytes.h"
#include "journal/records.h"
#include "journal/riskcodec.h"

namespace ordo {
namespace {

template<typename E> bool readEnum(ByteReader& r, E& out, int count)
{
    const std::uint8_t v = r.u8();
    if (v >= count) {
        r.fail();
        return false;
    }
    out = static_cast<E>(v);
    return true;
}

}  // namespace

Reason Engine::replay(std::span<const std::uint8_t> record)
{
    ByteReader r(record);
    const auto type = static_cast<RecordType>(r.u8());
    const Timestamp time = r.i64();
    if (!r.ok())
        return {ReasonCode::JournalDamaged, "Journal record too short"};

    struct ReplayScope {
        bool& flag;
        explicit ReplayScope(bool& f) : flag(f) { flag = true; }
        ~ReplayScope() { flag = false; }
    } scope(m_replaying);
    m_now = time;
    advanceTime();

    auto readActor = [&]() {
        Actor a;
        a.user = m_names.intern(r.str());
        readEnum(r, a.role, 3);
        return a;
    };
    auto readScope = [&]() {
        ScopeSpec s;
        readEnum(r, s.kind, 6);
        s.name = r.str();
        return s;
    };
    // Each case decodes fully, checks the reader, then applies.
    auto bad = [&](const char* what) {
        return Reason{ReasonCode::JournalDamaged, std::string("Journal record is damaged: ") + what};
    };

    switch (type) {
    case RecordType::SessionStart: {
        std::string prefix = r.str();
        if (!r.ok() || !r.atEnd())
            return bad("session start");
        m_sessionPrefix = std::move(prefix);
        return {};
    }
    case RecordType::DefineInstrument: {
        Instrument inst;
        inst.symbol = r.str();
        inst.tickSize = r.i64();
        inst.lotSize = r.i64();
        inst.currency = r.str();
        inst.hours.openMinute = static_cast<int>(r.u32());
        inst.hours.closeMinute = static_cast<int>(r.u32());
        if (!r.ok() || !r.atEnd())
            return bad("instrument");
        doDefineInstrument(inst);
        return {};
    }
    case RecordType::DefaultVenue: {
        std::string venue = r.str();
        if (!r.ok() || !r.atEnd())
            return bad("default venue");
        m_defaultVenue = m_names.intern(venue);
        return {};
    }
    case RecordType::Submit: {
        const Actor a = readActor();
        OrderRequest q;
        q.clientOrderId = r.str();
        q.symbol = r.str();
        readEnum(r, q.side, 4);
        readEnum(r, q.type, 4);
        readEnum(r, q.tif, 7);
        q.quantity = r.i64();
        q.limitPrice = r.i64();
        q.stopPrice = r.i64();
        q.displayQty = r.i64();
        q.hidden = r.u8() != 0;
        readEnum(r, q.peg, 4);
        q.pegOffset = r.i64();
        readEnum(r, q.algo, 8);
        q.expireTime = r.i64();
        q.account = r.str();
        q.portfolio = r.str();
        q.strategy = r.str();
        q.trader = r.str();
        q.venue = r.str();
        q.parentId = r.u32();
        q.locateId = r.str();
        if (!r.ok() || !r.atEnd())
            return bad("submit");
        doSubmit(a, q);
        return {};
    }
    case RecordType::Modify: {
        const Actor a = readActor();
        const OrderId id = r.u32();
        OrderAmendment am;
        am.quantity = r.i64();
        am.limitPrice = r.i64();
        am.stopPrice = r.i64();
        am.displayQty = r.i64();
        if (!r.ok() || !r.atEnd())
            return bad("modify");
        doModify(a, id, am);
        return {};
    }
    case RecordType::Cancel: {
        const Actor a = readActor();
        const OrderId id = r.u32();
        if (!r.ok() || !r.atEnd())
            return bad("cancel");
        doCancel(a, id);
        return {};
    }
    case RecordType::MassCancel: {
        const Actor a = readActor();
        OrderFilter f;
        f.symbol = r.str();
        const std::uint8_t side = r.u8();
        if (side > 4)
            r.fail();
        else if (side)
            f.side = static_cast<Side>(side - 1);
        f.account = r.str();
        f.strategy = r.str();
        f.venue = r.str();
        f.trader = r.str();
        if (!r.ok() || !r.atEnd())
            return bad("mass cancel");
        doMassCancel(a, f);
        return {};
    }
    case RecordType::Engage: {
        const Actor a = readActor();
        const ScopeSpec s = readScope();
        TradingState state{};
        readEnum(r, state, 3);
        if (!r.ok() || !r.atEnd() || state == TradingState::Active)
            return bad("kill switch");
        doEngage(a, s, state);
        return {};
    }
    case RecordType::Rearm:
    case RecordType::Flatten: {
        const Actor a = readActor();
        const ScopeSpec s = readScope();
        if (!r.ok() || !r.atEnd())
            return bad(type == RecordType::Rearm ? "re-arm" : "flatten");
        if (type == RecordType::Rearm)
            doRearm(a, s);
        else
            doFlatten(a, s);
        return {};
    }
    case RecordType::Mark: {
        std::string symbol = r.str();
        const Price price = r.i64();
        if (!r.ok() || !r.atEnd())
            return bad("mark price");
        doMark(symbol, price);
        return {};
    }
    case RecordType::VenueEvent: {
        VenueEvent e;
        readEnum(r, e.type, kVenueEventTypeCount);
        e.clOrdId = r.str();
        e.venue = r.str();
        e.execId = r.str();
        e.lastQty = r.i64();
        e.lastPrice = r.i64();
        readEnum(r, e.liquidity, 4);
        e.fee = r.i64();
        e.text = r.str();
        e.venueTime = r.i64();
        if (e.type >= VenueEventType::Status) {
            e.execRefId = r.str();
            readEnum(r, e.venueState, kVenueOrderStateCount);
            e.cumQty = r.i64();
            e.avgPrice = r.i64();
            e.symbol = r.str();
            readEnum(r, e.side, 4);
            e.orderQty = r.i64();
            e.limitPrice = r.i64();
            e.requestId = r.str();
            e.totalReports = static_cast<std::int32_t>(r.i64());
            e.lastReport = r.u8() != 0;
        }
        if (!r.ok() || !r.atEnd())
            return bad("venue event");
        doVenueEvent(e);
        return {};
    }
    case RecordType::RiskConfigure: {
        RiskConfig c;
        if (!decodeRiskConfig(r, c))
            return bad("risk configuration");
        doConfigureRisk(c);
        return {};
    }
    case RecordType::RiskLimit: {
        const Actor a = readActor();
        LimitSetting s;
        if (!decodeLimit(r, s) || !r.atEnd())
            return bad("risk limit");
        doSetRiskLimit(a, s);
        return {};
    }
    case RecordType::RiskEnable: {
        const Actor a = readActor();
        RiskCheck check{};
        readEnum(r, check, kRiskCheckCount);
        const bool on = r.u8() != 0;
        if (!r.ok() || !r.atEnd())
            return bad("risk check switch");
        doSetRiskCheckEnabled(a, check, on);
        return {};
    }
    case RecordType::RiskRestrict: {
        const Actor a = readActor();
        std::string symbol = r.str();
        const bool restricted = r.u8() != 0;
        if (!r.ok() || !r.atEnd())
            return bad("restricted list");
        doSetRestricted(a, symbol, restricted);
        return {};
    }
    case RecordType::RiskRelease: {
        const Actor a = readActor();
        const OrderId id = r.u32();
        const bool release = r.u8() != 0;
        std::string why = r.str();
        if (!r.ok() || !r.atEnd())
            return bad("held order decision");
        doReleaseHeld(a, id, release, why);
        return {};
    }
    case RecordType::MarketDataReject: {
        std::string venue = r.str();
        std::string symbol = r.str();
        std::string text = r.str();
        if (!r.ok() || !r.atEnd())
            return bad("market data reject");
        doMarketDataReject(venue, symbol, text);
        return {};
    }
    case RecordType::ReconcileBegin: {
        std::string venue = r.str();
        ReconciliationOptions options;
        options.massStatus = r.u8() != 0;
        options.acknowledgeClean = r.u8() != 0;
        if (!r.ok() || !r.atEnd())
            return bad("reconciliation start");
        doBeginReconciliation(venue, options);
        return {};
    }
    case RecordType::ReconcileTimeout: {
        std::string venue = r.str();
        if (!r.ok() || !r.atEnd())
            return bad("reconciliation timeout");
        doReconciliationTimeout(venue);
        return {};
    }
    case RecordType::ReconcileAck: {
        const Actor a = readActor();
        const std::uint32_t number = r.u32();
        if (!r.ok() || !r.atEnd())
            return bad("reconciliation acknowledgement");
        doAcknowledgeReconciliation(a, number);
        return {};
    }
    case RecordType::Decision: {
        Decision d{};
        d.id = r.u32();
        readEnum(r, d.event, kLifecycleEventCount);
        d.code = static_cast<ReasonCode>(r.u16());
        if (!r.ok() || !r.atEnd())
            return bad("decision");
        if (m_replayDecisions.empty() || !(m_replayDecisions.front() == d)) {
            ++m_counters.divergences;
            raise(Severity::Critical, ReasonCode::JournalDivergence, d.id, kNoName,
                  "Replay reached a different decision for order " + std::to_string(d.id) + " than the journal ("
                      + std::string(toString(d.event)) + ", " + std::string(toString(d.code)) + ")");
            if (!m_replayDecisions.empty())
                m_replayDecisions.pop_front();
            return {};
        }
        m_replayDecisions.pop_front();
        return {};
    }
    }
    return bad("unknown record type");
}

Reason Engine::finishReplay()
{
    // Decisions reproduced but never journaled mean the journal ended inside a
    // command (a torn tail): the command ran again, which is what we want, but
    // it is worth saying.
    const std::size_t left = m_replayDecisions.size();
    m_replayDecisions.clear();
    if (m_counters.divergences)
        return {ReasonCode::JournalDivergence,
                "Replay diverged from the journal at " + std::to_string(m_counters.divergences) + " decisions"};
    if (left)
        return {ReasonCode::JournalDivergence,
                std::to_string(left) + " decisions of the last command were not in the journal (torn tail)"};
    return {};
}

}  // namespace ordo
