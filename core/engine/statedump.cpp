#include "engine/statedump.h"

#include "engine/engine.h"

#include <sstream>

namespace ordo {

std::string dumpState(const Engine& e)
{
    std::ostringstream out;
    const NameTable& n = e.names();
    out << "session " << e.sessionPrefix() << '\n';
    e.orders().forEach([&](const Order& o) {
        out << "order " << o.id << " parent=" << o.parentId << " cid=" << e.orders().clientOrderId(o.id)
            << " sym=" << e.symbolOf(o) << " acct=" << n.name(o.account) << " pf=" << n.name(o.portfolio)
            << " strat=" << n.name(o.strategy) << " trader=" << n.name(o.trader) << " venue=" << n.name(o.venue)
            << " side=" << toString(o.side) << " type=" << toString(o.type) << " tif=" << toString(o.tif)
            << " peg=" << toString(o.peg) << " algo=" << toString(o.algo) << " hidden=" << o.hidden
            << " status=" << toString(o.status) << " before=" << toString(o.statusBeforePending)
            << " seq=" << o.requestSeq << '/' << o.pendingSeq << " cxl=" << int(o.cancelAttempts)
            << " cxlAfterRpl=" << o.cancelAfterReplace
            << " qty=" << o.quantity << " disp=" << o.displayQty << " cum=" << o.cumQty << " px=" << o.limitPrice
            << " stop=" << o.stopPrice << " pegoff=" << o.pegOffset << " notional=" << o.cumNotional
            << " fees=" << o.fees << " exp=" << o.expireTime << " created=" << o.createdTime
            << " updated=" << o.updatedTime << " amend=" << o.pendingAmendment.quantity << ','
            << o.pendingAmendment.limitPrice << ',' << o.pendingAmendment.stopPrice << ','
            << o.pendingAmendment.displayQty << " text=" << e.orderText(o.id) << '\n';
    });
    for (const Execution& x : e.executions())
        out << "exec " << x.execId << " order=" << x.orderId << " venue=" << n.name(x.venue) << " qty=" << x.quantity
            << " px=" << x.price << " liq=" << toString(x.liquidity) << " fees=" << x.fees << " t=" << x.time
            << " state=" << int(x.state) << '\n';
    e.positions().forEach([&](const Position& p) {
        const Instrument* inst = e.instrument(p.instrument);
        out << "position " << n.name(p.account) << '/' << (inst ? inst->symbol : std::string("?"))
            << " qty=" << p.quantity << " cost=" << p.cost << " realized=" << p.realizedPnl << " fees=" << p.fees
            << " mark=" << p.markPrice << " bought=" << p.boughtQty << " sold=" << p.soldQty
            << " wbuy=" << p.workingBuyQty << " wsell=" << p.workingSellQty << '\n';
    });
    for (const TradingControl& c : e.controls().all())
        out << "control " << toString(c.scope.kind) << ' '
            << (c.scope.kind == ControlScope::Kind::Instrument
                    ? (e.instrument(c.scope.id) ? std::string_view(e.instrument(c.scope.id)->symbol) : "?")
                    : n.name(c.scope.id))
            << " state=" << toString(c.state)
            << " phase=" << toString(c.phase) << " by=" << n.name(c.by) << " since=" << c.since
            << " sent=" << c.cancelsSent << " failed=" << c.cancelsFailed << " working=" << c.stillWorking << '\n';
    for (const ReconciliationReport& r : e.reconciliations()) {
        out << "reconciliation " << r.number << ' ' << n.name(r.venue) << " req=" << r.requestId
            << " phase=" << toString(r.phase) << " t=" << r.started << '-' << r.finished
            << " checked=" << r.ordersChecked << " reports=" << r.reportsReceived << " perOrder=" << r.perOrderOnly
            << " ack=" << n.name(r.acknowledgedBy) << '@' << r.acknowledgedAt << '\n';
        for (const ReconciliationItem& i : r.items)
            out << "  finding " << toString(i.finding) << " order=" << i.orderId << " clord=" << i.clOrdId
                << " ours=" << i.ourCumQty << " venue=" << i.venueCumQty << " text=" << i.text << '\n';
    }
    for (const AuditEntry& a : e.audit())
        out << "audit t=" << a.time << " order=" << a.orderId << " actor=" << n.name(a.actor)
            << " cause=" << toString(a.cause) << ' ' << toString(a.before) << "->" << toString(a.after)
            << " refused=" << toString(a.refused) << '\n';
    for (const Alert& a : e.alerts())
        out << "alert t=" << a.time << " sev=" << int(a.severity) << " code=" << toString(a.code)
            << " order=" << a.orderId << " user=" << n.name(a.user) << " text=" << a.text << '\n';
    return out.str();
}

}  // namespace ordo
