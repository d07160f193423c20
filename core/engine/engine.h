#pragma once

// The OMS engine: single-threaded and deterministic. Commands (from users)
// and venue events come in; every one is journaled, checked against the
// lifecycle table and the trading controls, and applied; outbound messages
// are released to the VenueGateway only after the journal has committed.
//
// Thread: lives in exactly one thread (EngineHost's worker); nothing in it is
// locked. Owns all order, position and audit state. Time comes from the Clock,
// read once per input, so a replay of the journal reaches the same state.

#include "domain/names.h"
#include "domain/venueevent.h"
#include "engine/commands.h"
#include "market/marketdata.h"
#include "oms/audit.h"
#include "oms/orderstore.h"
#include "oms/reconciliation.h"
#include "oms/positions.h"
#include "ports/clock.h"
#include "ports/journal.h"
#include "ports/venuegateway.h"
#include "risk/pretraderisk.h"
#include "risk/tradingcontrols.h"

#include <array>
#include <deque>
#include <span>
#include <unordered_map>
#include <vector>

namespace ordo {

// Receives the engine's facts as they happen, in the engine thread. Payloads
// are references valid only during the call: copy what you keep.
class EngineListener {
public:
    virtual ~EngineListener() = default;
    virtual void orderChanged(const Order&) {}
    virtual void executionAdded(const Execution&) {}
    virtual void positionChanged(const Position&) {}
    virtual void alertRaised(const Alert&) {}
    virtual void controlsChanged() {}
    // Limits, checks or the restricted list changed.
    virtual void riskUpdated() {}
    // A reconciliation began, progressed, finished or was acknowledged.
    virtual void reconciliationChanged(const ReconciliationReport&) {}
};

// How the engine reconciles with one venue.
struct ReconciliationOptions {
    bool massStatus = true;         // the venue answers OrderMassStatusRequest; else one request per order
    bool acknowledgeClean = false;  // hold new orders for a user even when nothing differed
};

// A change to risk settings: who, when, what, old -> new.
struct RiskAuditEntry {
    Timestamp time = 0;
    NameId user = kNoName;
    std::string what;
    std::string before;
    std::string after;
};

// A ClOrdID formatted without allocation: "<session>-<orderId>[.<version>]".
struct ClOrdIdBuffer {
    std::array<char, 48> chars{};
    std::uint8_t length = 0;
    std::string_view view() const noexcept { return {chars.data(), length}; }
};

struct EngineCounters {
    std::uint64_t commands = 0;
    std::uint64_t venueEvents = 0;
    std::uint64_t refusedEvents = 0;  // impossible transitions, overfills, duplicates, unknown orders
    std::uint64_t journalFailures = 0;
    std::uint64_t divergences = 0;    // replay decisions that differ from the journal
};

class Engine {
public:
    Engine(Clock& clock, VenueGateway& gateway, Journal* journal = nullptr);
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    void setListener(EngineListener* listener) noexcept { m_listener = listener; }
    void setJournal(Journal* journal) noexcept { m_journal = journal; }
    void reserve(std::size_t orders);

    // --- session and reference data -------------------------------------
    // Starts a trading session whose ClOrdIDs begin with prefix (a date, so
    // they stay unique across restarts). Journaled; a replay restores it.
    void startSession(std::string_view prefix);
    bool hasSession() const noexcept { return !m_sessionPrefix.empty(); }
    std::string_view sessionPrefix() const noexcept { return m_sessionPrefix; }
    // Adds or updates an instrument; journaled only when it changed.
    void defineInstrument(const Instrument& instrument);
    void setDefaultVenue(std::string_view venue);
    Actor actor(std::string_view user, Role role);

    // --- commands (each carries its actor; the engine enforces the role) ---
    SubmitResult submit(const Actor& actor, const OrderRequest& request);
    Reason modify(const Actor& actor, OrderId id, const OrderAmendment& amendment);
    Reason cancel(const Actor& actor, OrderId id);
    MassCancelResult massCancel(const Actor& actor, const OrderFilter& filter);
    Reason engageKillSwitch(const Actor& actor, const ScopeSpec& scope);
    Reason setReducing(const Actor& actor, const ScopeSpec& scope);
    Reason rearm(const Actor& actor, const ScopeSpec& scope);
    // Sends market orders that close every position in scope (ALL, an account
    // or an instrument). Allowed while halted: they only reduce.
    Reason flatten(const Actor& actor, const ScopeSpec& scope);
    void markPrice(std::string_view symbol, Price price);

    // --- pre-trade risk -------------------------------------------------------
    // The configured limits, at start-up; journaled, so limits changed later by
    // supervisors replay on top of them. Problems (an unknown symbol) are
    // reported, the rest applies.
    Reason configureRisk(const RiskConfig& config);
    bool riskConfigured() const noexcept { return m_risk.configured(); }
    // Supervisors only; value -1 removes the limit. Audited.
    Reason setRiskLimit(const Actor& actor, const LimitSetting& setting);
    Reason setRiskCheckEnabled(const Actor& actor, RiskCheck check, bool enabled);
    Reason setRestricted(const Actor& actor, std::string_view symbol, bool restricted);
    // Four eyes on an order a soft limit held: a supervisor other than the
    // order's trader releases it (hard checks run again) or refuses it.
    Reason releaseHeldOrder(const Actor& actor, OrderId id);
    Reason refuseHeldOrder(const Actor& actor, OrderId id, std::string_view why);

    // --- venue events -----------------------------------------------------
    Reason onVenueEvent(const VenueEvent& event);

    // --- reconciliation ---------------------------------------------------------
    // A venue's session (re)started: asks the venue for its account of our
    // orders and holds new orders to it until the report is released. Status
    // reports come back as venue events. Journaled.
    void beginReconciliation(std::string_view venue, const ReconciliationOptions& options);
    // The host's timer: the venue has said nothing for a while. Mass status
    // moves on to one request per order not yet heard of; per-order requests
    // end with the silent ones reported. Journaled.
    void reconciliationTimeout(std::string_view venue);
    // A trader or supervisor has read the report: new orders flow again.
    Reason acknowledgeReconciliation(const Actor& actor, std::uint32_t number);
    const std::vector<ReconciliationReport>& reconciliations() const noexcept { return m_reconciliations; }
    // The report new orders to this venue wait on, if any.
    const ReconciliationReport* reconciliationHolding(std::string_view venue) const noexcept;

    // --- market data ----------------------------------------------------------
    // Applies a venue's snapshot or changes to its book and to the
    // instrument's consolidated book. When the consolidated mid or last trade
    // moves, the instrument is marked at the book's reference price (mid,
    // else last trade) through markPrice, which journals only a change of
    // reference price. The books are derived and not journaled. A reject
    // raises an alert and is journaled, so a replay raises it too. Updates
    // for unknown instruments are ignored.
    void onMarketData(const MarketDataUpdate& update);

    // --- group commit -------------------------------------------------------
    // Between begin and end, journal commits and outbound sends wait for end.
    void beginBatch() noexcept { ++m_batchDepth; }
    void endBatch();
    // Tries again to commit and send what a failed journal commit held back;
    // the host calls it on a timer so held orders do not wait for new input.
    void retryPending();
    bool hasPending() const noexcept { return m_uncommitted || !m_outbox.empty(); }

    // --- journal replay ------------------------------------------------------
    // Applies one journal record without journaling or sending anything.
    // Returns a reason if the record cannot be decoded.
    Reason replay(std::span<const std::uint8_t> record);
    // Checks that every decision the journal recorded was reproduced.
    Reason finishReplay();

    // --- queries --------------------------------------------------------------
    const OrderStore& orders() const noexcept { return m_orders; }
    const Order* order(OrderId id) const noexcept { return m_orders.find(id); }
    const PositionBook& positions() const noexcept { return m_positions; }
    const std::vector<Execution>& executions() const noexcept { return m_executions; }
    const std::vector<AuditEntry>& audit() const noexcept { return m_audit; }
    const std::vector<Alert>& alerts() const noexcept { return m_alerts; }
    const TradingControls& controls() const noexcept { return m_controls; }
    const NameTable& names() const noexcept { return m_names; }
    // Books per venue and consolidated per instrument; pointers into it are
    // valid until the next onMarketData.
    const MarketData& marketData() const noexcept { return m_marketData; }
    const PreTradeRisk& risk() const noexcept { return m_risk; }
    const std::vector<RiskAuditEntry>& riskAudit() const noexcept { return m_riskAudit; }
    std::string_view locateOf(OrderId id) const noexcept;
    // "ACCOUNT ACC1", "INSTRUMENT AAPL", "FIRM": how people name a limit's place.
    std::string limitPlace(LimitLevel level, std::uint32_t id) const;
    const Instrument* instrument(InstrumentId id) const noexcept
    {
        return id && id < m_instruments.size() ? &m_instruments[id] : nullptr;
    }
    std::size_t instrumentCount() const noexcept { return m_instruments.size() - 1; }
    InstrumentId findInstrument(std::string_view symbol) const noexcept;
    std::string_view symbolOf(const Order& o) const noexcept;
    // The venue's or validator's last words on an order (a reject reason).
    std::string_view orderText(OrderId id) const noexcept;
    ClOrdIdBuffer clOrdId(OrderId id, std::uint16_t version) const noexcept;
    // Parses a ClOrdID of this session; false if it is not one of ours.
    bool parseClOrdId(std::string_view clOrdId, OrderId& id, std::uint16_t& version) const noexcept;
    const EngineCounters& counters() const noexcept { return m_counters; }
    std::size_t pendingOutbound() const noexcept { return m_outbox.size(); }

private:
    struct Outbound {
        enum class Kind : std::uint8_t { New, Cancel, Replace, Status, MassStatus } kind;
        OrderId id;  // MassStatus: unused
        std::uint16_t version;
        std::uint16_t origVersion;
        std::uint32_t reconciliation = 0;  // Status, MassStatus: index into m_reconciliations
    };
    // A reconciliation under way with one venue.
    struct ActiveReconciliation {
        std::uint32_t report = 0;           // index into m_reconciliations
        std::vector<OrderId> expected;      // our open orders there when it began
        std::vector<OrderId> asked;         // per-order requests sent, not yet answered
        std::vector<std::string> reported;  // ClOrdIDs the venue spoke of that we do not know
        bool acknowledgeClean = false;      // ReconciliationOptions::acknowledgeClean
    };
    struct Decision {
        OrderId id;
        LifecycleEvent event;
        ReasonCode code;
        friend bool operator==(const Decision&, const Decision&) = default;
    };

    // input framing
    void beginInput(std::uint8_t recordType);
    void endInput();
    void flush();

    // command bodies, shared by live calls and replay
    SubmitResult doSubmit(const Actor&, const OrderRequest&);
    Reason doModify(const Actor&, OrderId, const OrderAmendment&);
    Reason doCancel(const Actor&, OrderId);
    MassCancelResult doMassCancel(const Actor&, const OrderFilter&);
    Reason doEngage(const Actor&, const ScopeSpec&, TradingState);
    Reason doRearm(const Actor&, const ScopeSpec&);
    Reason doFlatten(const Actor&, const ScopeSpec&);
    void doMark(std::string_view symbol, Price);
    void doMarketDataReject(std::string_view venue, std::string_view symbol, std::string_view text);
    Reason doVenueEvent(const VenueEvent&);
    void doDefineInstrument(const Instrument&);
    Reason doConfigureRisk(const RiskConfig&);
    Reason doSetRiskLimit(const Actor&, const LimitSetting&);
    Reason doSetRiskCheckEnabled(const Actor&, RiskCheck, bool);
    Reason doSetRestricted(const Actor&, std::string_view symbol, bool);
    Reason doReleaseHeld(const Actor&, OrderId, bool release, std::string_view why);
    void doBeginReconciliation(std::string_view venue, const ReconciliationOptions&);
    void doReconciliationTimeout(std::string_view venue);
    Reason doAcknowledgeReconciliation(const Actor&, std::uint32_t number);

    // reconciliation and venue corrections (reconcile.cpp)
    Reason doStatus(const VenueEvent&);
    Reason doTradeCorrection(Order&, const VenueEvent&);
    void applyStatus(Order&, const VenueEvent&, ReconciliationReport*);
    void finding(ReconciliationReport*, ReconciliationItem item);
    void askPerOrder(ReconciliationReport&);
    void finishReconciliation(ReconciliationReport&);
    void notifyReconciliation(const ReconciliationReport&);
    Reason checkVenueReleased(const Order&) const;
    // helpers
    Reason permitted(const Actor&, Role needed, std::string_view what);
    Reason mayTouch(const Actor&, const Order&, std::string_view what);
    Reason validate(const Order&, const Instrument&) const;
    Reason checkTradingState(const Order&, bool flattening) const;
    bool reducesPosition(const Order&) const noexcept;
    bool resolveScope(const ScopeSpec&, ControlScope&) const;
    void route(Order&, NameId actor);
    RiskCandidate riskCandidate(const Order&, Qty addedQty, bool isReplace, std::string_view locate) const;
    std::string wordRisk(std::string text, const Order&) const;
    void adjustWorking(const Order&, Qty leavesDelta);
    void advanceTime();
    void handleRiskEvents();
    bool resolveLimitPlace(LimitLevel, std::string_view name, std::uint32_t& id);
    void auditRisk(NameId user, std::string what, std::string before, std::string after);
    SubmitResult createOrder(const Actor&, const OrderRequest&, bool flattening);
    // Applies a checked transition; returns false (and records why) if refused.
    bool transition(Order&, LifecycleEvent, NameId actor, ReasonCode refusal = ReasonCode::ImpossibleTransition);
    void setStatus(Order&, OrderStatus to);
    void refuse(Order* order, LifecycleEvent cause, ReasonCode code, std::string text, NameId user = kNoName);
    bool requestCancel(Order&, NameId actor);
    void deferCancel(Order&, NameId actor);
    void cancelDeferred(Order&);
    void enforceControls(Order&);
    void orderTerminated(const Order&);
    void decide(OrderId, LifecycleEvent, ReasonCode);
    void raise(Severity, ReasonCode, OrderId, NameId user, std::string text);
    void notifyOrder(const Order&);
    void notifyControls();
    std::uint16_t nextVersion(Order&) noexcept;
    void queue(Outbound);

    // journal encoding
    class ByteWriter recordWriter();
    void journalActor(const Actor&);
    std::vector<std::uint8_t> m_record;  // reused encode buffer

    Clock& m_clock;
    VenueGateway& m_gateway;
    Journal* m_journal;
    EngineListener* m_listener = nullptr;

    NameTable m_names;
    std::vector<Instrument> m_instruments;  // [0] unused
    std::unordered_map<NameId, InstrumentId> m_instrumentBySymbol;
    OrderStore m_orders;
    ExecIdSet m_execIds;
    PositionBook m_positions;
    TradingControls m_controls;
    PreTradeRisk m_risk;
    MarketData m_marketData;
    std::vector<RiskEvent> m_riskEvents;
    std::vector<RiskAuditEntry> m_riskAudit;
    std::unordered_map<OrderId, std::string> m_locates;
    std::vector<Execution> m_executions;
    std::vector<AuditEntry> m_audit;
    std::vector<Alert> m_alerts;
    std::unordered_map<OrderId, std::string> m_orderText;
    std::vector<ReconciliationReport> m_reconciliations;
    std::unordered_map<NameId, ActiveReconciliation> m_reconciling;  // by venue
    std::unordered_map<NameId, std::uint32_t> m_venueHeld;            // venue -> report new orders wait on
    std::vector<Outbound> m_outbox;
    std::vector<Decision> m_newDecisions;    // made by the current input, journaled after it
    std::deque<Decision> m_replayDecisions;  // reproduced, waiting for the journal's record
    std::string m_sessionPrefix;
    NameId m_defaultVenue = kNoName;
    EngineCounters m_counters;
    Timestamp m_now = 0;
    int m_batchDepth = 0;
    bool m_replaying = false;
    bool m_uncommitted = false;
    bool m_journalFailing = false;
};

}  // namespace ordo
