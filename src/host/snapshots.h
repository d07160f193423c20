#pragma once

// Immutable value snapshots that the engine thread sends to the GUI thread.
// Never a pointer into engine state: everything a view needs is copied.

#include "domain/order.h"
#include "engine/commands.h"
#include "market/consolidatedbook.h"
#include "oms/audit.h"
#include "oms/reconciliation.h"
#include "risk/risklimits.h"
#include "risk/tradingcontrols.h"

#include <algorithm>

#include <QList>
#include <QMetaType>
#include <QString>

namespace ordo {

struct OrderSnapshot {
    OrderId id = kNoOrder;
    OrderId parentId = kNoOrder;
    QString clientOrderId;
    QString clOrdId;
    QString symbol;
    QString account;
    QString strategy;
    QString trader;
    QString venue;
    QString text;  // last reject or venue reason
    Side side = Side::Buy;
    OrdType type = OrdType::Limit;
    TimeInForce tif = TimeInForce::Day;
    OrderStatus status = OrderStatus::New;
    Qty quantity = 0;
    Qty cumQty = 0;
    Qty leavesQty = 0;
    Qty displayQty = 0;
    Price limitPrice = 0;
    Price stopPrice = 0;
    Price avgPrice = 0;
    Timestamp createdTime = 0;
    Timestamp updatedTime = 0;
};

struct ExecutionSnapshot {
    QString execId;
    OrderId orderId = kNoOrder;
    QString symbol;
    QString account;
    QString venue;
    Side side = Side::Buy;
    Qty quantity = 0;
    Price price = 0;
    Liquidity liquidity = Liquidity::Unknown;
    Money fees = 0;
    Timestamp time = 0;
    // A venue may bust or correct the fill later: the same ExecID comes
    // again with the new terms and this state.
    Execution::State state = Execution::State::Normal;
};

struct PositionSnapshot {
    QString account;
    QString symbol;
    Qty quantity = 0;
    Price avgPrice = 0;
    Price markPrice = 0;
    Money realizedPnl = 0;
    Money unrealizedPnl = 0;
    Money fees = 0;
    Qty workingBuyQty = 0;
    Qty workingSellQty = 0;
};

struct AlertSnapshot {
    Timestamp time = 0;
    Severity severity = Severity::Warning;
    ReasonCode code = ReasonCode::None;
    OrderId orderId = kNoOrder;
    QString user;
    QString text;
};

struct ControlSnapshot {
    ControlScope::Kind kind = ControlScope::Kind::All;
    QString name;
    TradingState state = TradingState::Active;
    KillPhase phase = KillPhase::None;
    QString by;
    Timestamp since = 0;
    quint32 cancelsSent = 0;
    quint32 cancelsFailed = 0;
    quint32 stillWorking = 0;
};

struct LimitSnapshot {
    RiskCheck check = RiskCheck::MaxOrderQty;
    LimitLevel level = LimitLevel::Firm;
    QString place;  // "ACCOUNT ACC1"
    QString name;   // "ACC1", the name to change the limit by
    qint64 used = 0;
    qint64 limit = 0;
    bool soft = false;
    bool runningFigure = false;  // used means something (per-order limits have no running figure)
    qint64 utilisationBp() const { return limit > 0 ? used * 10000 / limit : 0; }
};

struct RiskAuditSnapshot {
    Timestamp time = 0;
    QString user;
    QString what;
    QString before;
    QString after;
};

struct RiskSnapshot {
    QList<LimitSnapshot> limits;
    QList<bool> enabled;  // by RiskCheck
    QStringList restricted;
    QList<RiskAuditSnapshot> audit;
    qint64 warnAtBp = 8000;
};

struct SessionSnapshot {
    QString venue;
    enum class State { Connecting, LoggedOn, LoggedOut } state = State::Connecting;
    QString reason;
    int nextSenderSeq = 0;
    int nextTargetSeq = 0;
    qint64 heartbeatLagMs = 0;     // silence beyond the heartbeat interval
    qint64 lastInboundAgeMs = -1;  // -1: nothing received yet
    qint64 roundTripMicros = -1;   // TestRequest round trip; -1: not measured yet
    quint32 resendRequestsSent = 0;
    quint32 resendRequestsReceived = 0;
    quint32 gapFills = 0;
    quint32 possDupReceived = 0;
};

// One raw FIX message for the session cockpit, with what its filters need
// already picked out (on the engine thread, not per repaint).
struct WireSnapshot {
    qint64 timeMs = 0;  // wall clock, when the gateway saw it
    QString venue;
    bool outgoing = false;
    QString msgType;  // 35
    QString clOrdId;  // 11, if any
    QString text;     // SOH-separated, as on the wire
};

struct ReconciliationItemSnapshot {
    ReconciliationFinding finding = ReconciliationFinding::UnknownToUs;
    OrderId orderId = kNoOrder;
    QString clOrdId;
    QString symbol;
    Side side = Side::Buy;
    Qty ourCumQty = 0;
    Qty venueCumQty = 0;
    QString text;
};

// One venue's reconciliation after a (re)connect, for the report the user
// acknowledges before new orders flow to that venue again.
struct ReconciliationSnapshot {
    quint32 number = 0;
    QString venue;
    ReconciliationPhase phase = ReconciliationPhase::MassStatus;
    Timestamp started = 0;
    Timestamp finished = 0;
    quint32 ordersChecked = 0;
    quint32 reportsReceived = 0;
    bool perOrderOnly = false;
    QList<ReconciliationItemSnapshot> items;
    QString acknowledgedBy;
    Timestamp acknowledgedAt = 0;
};

// What happened at start-up: the journal replay, for the user to see.
struct StartupReport {
    quint64 recordsReplayed = 0;
    quint64 ordersRestored = 0;
    bool journalDamaged = false;
    QString journalText;  // damage or divergence, in words; empty if all was well
    QString journalPath;
    qint64 replayMillis = 0;
};

// The result of one submit, for the ticket that sent it.
struct SubmitOutcome {
    QString clientOrderId;
    OrderId orderId = kNoOrder;
    bool duplicate = false;
    ReasonCode code = ReasonCode::None;
    QString text;
};

// One consolidated price level, all venues summed.
struct BookLevelSnapshot {
    Price price = 0;
    Qty qty = 0;
    qint32 orders = 0;
};

// One instrument's consolidated book as a depth ladder shows it. Sent only
// for instruments someone watches, and only when the book or its trades
// changed since the last one. Session figures (high, low, volumes) count
// live trades since ordo subscribed; 0 means none yet.
struct BookSnapshot {
    QString symbol;
    QList<BookLevelSnapshot> bids;  // best first
    QList<BookLevelSnapshot> asks;  // best first
    Price lastPrice = 0;
    Qty lastSize = 0;
    Aggressor lastAggressor = Aggressor::Unknown;
    Price high = 0;
    Price low = 0;
    Qty volume = 0;
    quint64 trades = 0;
    QList<PriceVolume> volumeAtPrice;  // ascending by price
    Qty volumeAt(Price price) const
    {
        auto at = std::lower_bound(volumeAtPrice.cbegin(), volumeAtPrice.cend(), price,
                                   [](const PriceVolume& v, Price p) { return v.price < p; });
        return at != volumeAtPrice.cend() && at->price == price ? at->qty : 0;
    }
};

}  // namespace ordo

Q_DECLARE_METATYPE(ordo::OrderSnapshot)
Q_DECLARE_METATYPE(ordo::ExecutionSnapshot)
Q_DECLARE_METATYPE(ordo::PositionSnapshot)
Q_DECLARE_METATYPE(ordo::AlertSnapshot)
Q_DECLARE_METATYPE(ordo::ControlSnapshot)
Q_DECLARE_METATYPE(ordo::StartupReport)
Q_DECLARE_METATYPE(ordo::SubmitOutcome)
Q_DECLARE_METATYPE(ordo::OrderRequest)
Q_DECLARE_METATYPE(ordo::OrderAmendment)
Q_DECLARE_METATYPE(ordo::OrderFilter)
Q_DECLARE_METATYPE(ordo::ScopeSpec)
Q_DECLARE_METATYPE(ordo::MassCancelResult)
Q_DECLARE_METATYPE(ordo::Reason)
Q_DECLARE_METATYPE(ordo::RiskSnapshot)
Q_DECLARE_METATYPE(ordo::SessionSnapshot)
Q_DECLARE_METATYPE(ordo::ReconciliationSnapshot)
Q_DECLARE_METATYPE(ordo::WireSnapshot)
Q_DECLARE_METATYPE(ordo::LimitSetting)
Q_DECLARE_METATYPE(ordo::RiskCheck)
Q_DECLARE_METATYPE(ordo::BookSnapshot)
