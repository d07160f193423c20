#include "engineworker.h"

#include "papervenue.h"
#ifdef ORDO_HAVE_FIX
#include "fixgateway.h"
#endif
#include "sqlitejournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "ordo.engine")

namespace ordo {
namespace {

// Without a venue connection, orders wait at PendingNew; the FIX gateway
// replaces this.
class UnconnectedGateway final : public VenueGateway {
public:
    void sendNewOrder(const OutboundOrder&) override {}
    void sendCancel(const OutboundOrder&) override {}
    void sendReplace(const OutboundOrder&) override {}
    void sendStatusRequest(const OutboundOrder&, std::string_view) override {}
    void sendMassStatusRequest(std::string_view, std::string_view) override {}
};

std::uint64_t positionKey(NameId account, InstrumentId instrument)
{
    return (std::uint64_t(account) << 32) | instrument;
}

}  // namespace

EngineWorker::EngineWorker(HostConfig config)
    : m_config(std::move(config))
{
}

EngineWorker::~EngineWorker()
{
    shutdown();
}

void EngineWorker::startEngine()
{
    QElapsedTimer elapsed;
    elapsed.start();
    m_clock = std::make_unique<SystemClock>();
    VenueGateway* gateway = nullptr;
    QString fixProblem;
#ifdef ORDO_HAVE_FIX
    if (!m_config.fixVenues.empty()) {
        fixProblem = startFix();
        gateway = m_fix.get();
    }
#endif
    if (gateway) {
        // FIX venues configured: no paper venue.
    } else if (m_config.paperVenue) {
        m_paper = std::make_unique<PaperVenue>(m_config.defaultVenue.toStdString(), m_config.paperSeed);
        for (const auto& ic : m_config.instruments)
            m_paper->list(ic.instrument.symbol, ic.referencePrice, ic.instrument.tickSize);
        gateway = m_paper.get();
    } else {
        m_nullGateway = std::make_unique<UnconnectedGateway>();
        gateway = m_nullGateway.get();
    }
    m_engine = std::make_unique<Engine>(*m_clock, *gateway);

    StartupReport report;
    if (!m_config.journalPath.isEmpty()) {
        report.journalPath = m_config.journalPath;
        m_journal = std::make_unique<SqliteJournal>(m_config.journalPath, m_config.journalSynchronousFull);
        Reason opened = m_journal->open();
        if (!opened.ok()) {
            report.journalDamaged = true;
            report.journalText = QString::fromStdString(opened.text);
        }
        std::uint64_t badRecords = 0;
        QString firstBad;
        const JournalLoadReport load = m_journal->load([&](std::span<const std::uint8_t> record) {
            if (Reason r = m_engine->replay(record); !r.ok()) {
                if (!badRecords++)
                    firstBad = QString::fromStdString(r.text);
            }
        });
        report.recordsReplayed = load.records;
        if (load.damaged) {
            report.journalDamaged = true;
            report.journalText = load.damageText
                               + (load.quarantinePath.isEmpty()
                                      ? QString()
                                      : QStringLiteral("; the damaged part was kept in %1").arg(load.quarantinePath));
        }
        if (badRecords)
            report.journalText += QStringLiteral("%1 journal records could not be decoded (first: %2). ")
                                      .arg(badRecords)
                                      .arg(firstBad);
        if (Reason r = m_engine->finishReplay(); !r.ok())
            report.journalText += QString::fromStdString(r.text);
        m_engine->setJournal(m_journal.get());
    }
    report.ordersRestored = m_engine->orders().size();

    if (!m_engine->hasSession()) {
        const QString prefix = m_config.sessionPrefix.isEmpty()
                                 ? QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd"))
                                 : m_config.sessionPrefix;
        m_engine->startSession(prefix.toStdString());
    }
    for (const auto& ic : m_config.instruments)
        m_engine->defineInstrument(ic.instrument);
    m_engine->setDefaultVenue(m_config.defaultVenue.toStdString());
    if (m_config.risk && !m_engine->riskConfigured()) {
        if (Reason r = m_engine->configureRisk(*m_config.risk); !r.ok())
            report.journalText += QString::fromStdString(r.text);
    }
    m_actor = m_engine->actor(m_config.user.toStdString(), m_config.role);
    m_engine->setListener(this);
    if (!fixProblem.isEmpty())
        report.journalText += fixProblem;
    report.replayMillis = elapsed.elapsed();
    qCInfo(lcEngine) << "engine started:" << report.recordsReplayed << "records replayed," << report.ordersRestored
                     << "orders in" << report.replayMillis << "ms";

    m_publishTimer = new QTimer(this);
    m_publishTimer->setInterval(m_config.publishIntervalMs);
    connect(m_publishTimer, &QTimer::timeout, this, &EngineWorker::publish);
    m_publishTimer->start();
    if (m_paper) {
        m_venueTimer = new QTimer(this);
        m_venueTimer->setInterval(m_config.venueStepMs);
        connect(m_venueTimer, &QTimer::timeout, this, &EngineWorker::stepVenue);
        m_venueTimer->start();
    }
    emit started(report);
    publishEverything();
}

void EngineWorker::shutdown()
{
    if (m_publishTimer)
        m_publishTimer->stop();
    if (m_venueTimer)
        m_venueTimer->stop();
    if (m_engine)
        m_engine->setListener(nullptr);
#ifdef ORDO_HAVE_FIX
    if (m_fix)
        m_fix->stop();  // no more callbacks after this
#endif
    m_engine.reset();
#ifdef ORDO_HAVE_FIX
    m_fix.reset();
#endif
    m_journal.reset();
    m_paper.reset();
    m_nullGateway.reset();
}

void EngineWorker::enqueue(Inbound item)
{
    bool schedule = false;
    {
        std::lock_guard lock(m_inboxMutex);
        m_inbox.push_back(std::move(item));
        schedule = !m_drainScheduled;
        m_drainScheduled = true;
    }
    if (schedule)
        QMetaObject::invokeMethod(this, &EngineWorker::drainInbox, Qt::QueuedConnection);
}

void EngineWorker::drainInbox()
{
    {
        std::lock_guard lock(m_inboxMutex);
        m_draining.swap(m_inbox);
        m_drainScheduled = false;
    }
    if (!m_engine) {
        m_draining.clear();
        return;
    }
    m_engine->beginBatch();
    for (const Inbound& item : m_draining) {
        if (const VenueEvent* e = std::get_if<VenueEvent>(&item)) {
            m_engine->onVenueEvent(*e);
        } else {
            const MarketDataUpdate& u = std::get<MarketDataUpdate>(item);
            m_engine->onMarketData(u);
            if (m_watchedBooks)  // no symbol lookup while no ladder is open
                markBook(m_engine->findInstrument(u.symbol), false);
        }
    }
    m_engine->endBatch();
    m_draining.clear();
}

QString EngineWorker::startFix()
{
#ifdef ORDO_HAVE_FIX
    fix::FixGatewayConfig fc;
    QString store = m_config.fixStoreDirectory;
    if (store.isEmpty())
        store = m_config.journalPath.isEmpty()
                  ? QDir::temp().filePath(QStringLiteral("ordo-fix-store-%1").arg(QCoreApplication::applicationPid()))
                                               : QFileInfo(m_config.journalPath).absoluteDir().filePath(QStringLiteral("fix-store"));
    fc.storeDirectory = store.toStdString();
    // The dictionary: as configured, else as installed, else from the source tree.
    QString dictionary = m_config.fixDictionary;
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/ordo/fix/FIX44.xml"));
    if (dictionary.isEmpty())
        dictionary = QFileInfo::exists(installed) ? installed : QString::fromUtf8(ORDO_FIX44_XML);
    fc.dataDictionary = dictionary.toStdString();
    for (const FixVenueConfig& v : m_config.fixVenues) {
        fix::FixSessionConfig s;
        s.venue = v.venue.toStdString();
        s.host = v.host.toStdString();
        s.port = v.port;
        s.senderCompId = v.senderCompId.toStdString();
        s.targetCompId = v.targetCompId.toStdString();
        s.heartbeatSeconds = v.heartbeatSeconds;
        s.reconnectSeconds = v.reconnectSeconds;
        s.username = v.username.toStdString();
        s.password = v.password.toStdString();
        s.tls = v.tls;
        fc.sessions.push_back(std::move(s));
    }
    for (const auto& ic : m_config.instruments)
        fc.symbols.push_back(ic.instrument.symbol);
    fix::FixSinks sinks;
    sinks.venueEvent = [this](VenueEvent e) { enqueue(std::move(e)); };
    sinks.marketData = [this](MarketDataUpdate u) { enqueue(std::move(u)); };
    sinks.sessionStatus = [this](fix::SessionStatus s) {
        SessionSnapshot snap;
        snap.venue = QString::fromStdString(s.venue);
        snap.state = s.state == fix::SessionState::LoggedOn    ? SessionSnapshot::State::LoggedOn
                   : s.state == fix::SessionState::LoggedOut ? SessionSnapshot::State::LoggedOut
                                                             : SessionSnapshot::State::Connecting;
        snap.reason = QString::fromStdString(s.reason);
        snap.nextSenderSeq = s.nextSenderSeq;
        snap.nextTargetSeq = s.nextTargetSeq;
        snap.heartbeatLagMs = s.heartbeatLagMs;
        snap.lastInboundAgeMs = s.lastInboundAgeMs;
        snap.roundTripMicros = s.roundTripMicros;
        snap.resendRequestsSent = s.resendRequestsSent;
        snap.resendRequestsReceived = s.resendRequestsReceived;
        snap.gapFills = s.gapFills;
        snap.possDupReceived = s.possDupReceived;
        QMetaObject::invokeMethod(
            this, [this, snap, health = s.healthOnly] { onSessionStatus(snap, health); }, Qt::QueuedConnection);
    };
    sinks.wire = [this](fix::WireMessage m) { takeWire(std::move(m)); };
    sinks.info = [this](std::string venue, std::string text) {
        AlertSnapshot a;
        a.time = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        a.severity = Severity::Info;
        a.text = QString::fromStdString(text);
        QMetaObject::invokeMethod(this, [this, a] { m_newAlerts.push_back(a); }, Qt::QueuedConnection);
        qCInfo(lcEngine).noquote() << QString::fromStdString(venue) << QString::fromStdString(text);
    };
    sinks.problem = [this](std::string venue, std::string problem) {
        AlertSnapshot a;
        a.time = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        a.severity = Severity::Critical;
        a.code = ReasonCode::VenueRejected;
        a.text = QString::fromStdString(problem);
        QMetaObject::invokeMethod(this, [this, a] { m_newAlerts.push_back(a); }, Qt::QueuedConnection);
        qCWarning(lcEngine).noquote() << QString::fromStdString(venue) << QString::fromStdString(problem);
    };
    m_fix = std::make_unique<fix::FixGateway>(std::move(fc), std::move(sinks));
    const std::string problem = m_fix->start();
    return problem.empty() ? QString() : QString::fromStdString(problem) + QStringLiteral(". ");
#else
    return QStringLiteral("This build has no FIX gateway (QuickFIX was not found). ");
#endif
}

namespace {

// The value of tag in a raw FIX message ("35=D\x0111=abc\x01..."), or empty.
QString fixField(const std::string& raw, std::string_view tag)
{
    std::size_t at = 0;
    while (at < raw.size()) {
        const std::size_t end = std::min(raw.find('\x01', at), raw.size());
        const std::string_view field(raw.data() + at, end - at);
        if (field.size() > tag.size() && field.starts_with(tag) && field[tag.size()] == '=')
            return QString::fromLatin1(field.data() + tag.size() + 1, qsizetype(field.size() - tag.size() - 1));
        at = end + 1;
    }
    return {};
}

// The cockpit keeps the newest messages; between two publishes no more than
// this many wait, so a market-data burst cannot swamp the GUI thread.
constexpr int kWireBacklog = 4000;

}  // namespace

#ifdef ORDO_HAVE_FIX
void EngineWorker::takeWire(fix::WireMessage m)
{
    WireSnapshot w;
    w.timeMs = QDateTime::currentMSecsSinceEpoch();
    w.venue = QString::fromStdString(m.venue);
    w.outgoing = m.outgoing;
    w.msgType = fixField(m.text, "35");
    w.clOrdId = fixField(m.text, "11");
    w.text = QString::fromStdString(m.text);
    // The Logon's password (554) is not for the screen.
    if (const qsizetype at = w.text.indexOf(QStringLiteral("\x01" "554=")); at >= 0) {
        const qsizetype from = at + 5;
        const qsizetype end = w.text.indexOf(QChar(0x01), from);
        w.text.replace(from, (end < 0 ? w.text.size() : end) - from, QStringLiteral("****"));
    }
    std::lock_guard lock(m_wireMutex);
    if (m_wire.size() >= kWireBacklog) {
        m_wire.removeFirst();
        ++m_wireDropped;
    }
    m_wire.push_back(std::move(w));
}
#endif

void EngineWorker::publishWire()
{
    QList<WireSnapshot> batch;
    int dropped = 0;
    {
        std::lock_guard lock(m_wireMutex);
        batch.swap(m_wire);
        std::swap(dropped, m_wireDropped);
    }
    if (!batch.isEmpty() || dropped)
        emit wireMessages(batch, dropped);
}

void EngineWorker::onSessionStatus(SessionSnapshot session, bool healthOnly)
{
    if (healthOnly) {
        // Figures only: the state is the last one QuickFIX reported.
        session.state = m_sessionStates.value(session.venue, SessionSnapshot::State::Connecting);
        if (session.state == SessionSnapshot::State::LoggedOn)
            emit sessionChanged(session);
        return;
    }
    const auto before = m_sessionStates.value(session.venue, SessionSnapshot::State::Connecting);
    m_sessionStates[session.venue] = session.state;
    emit sessionChanged(session);
    if (before == SessionSnapshot::State::LoggedOn && session.state == SessionSnapshot::State::LoggedOut) {
        // A dropped session is an alert, not just a status bar word: orders
        // to the venue are refused until it is back and reconciled.
        AlertSnapshot a;
        a.time = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        a.severity = Severity::Critical;
        a.code = ReasonCode::VenueUnavailable;
        a.text = tr("FIX session %1 dropped: %2. Orders to it are refused until it logs on again and is reconciled.")
                     .arg(session.venue, session.reason.isEmpty() ? tr("no reason given") : session.reason);
        m_newAlerts.push_back(a);
    }
    if (!m_engine || session.state != SessionSnapshot::State::LoggedOn || before == SessionSnapshot::State::LoggedOn)
        return;
    // A new Logon (first connect, reconnect or restart): whatever happened
    // while we were apart, the venue's account of our orders settles it.
    ReconciliationOptions options;
    options.acknowledgeClean = m_config.reconcileAcknowledgeClean;
    for (const FixVenueConfig& v : m_config.fixVenues)
        if (v.venue == session.venue)
            options.massStatus = v.massStatus;
    m_engine->beginReconciliation(session.venue.toStdString(), options);
    armReconciliationTimeout(session.venue);
}

// The venue's silence moves a reconciliation on: from mass status to
// per-order requests, then to "no answer". The timer knows which report and
// phase it was armed for, so an answer that arrived in time disarms it.
void EngineWorker::armReconciliationTimeout(const QString& venue)
{
    const ReconciliationReport* r = m_engine->reconciliationHolding(venue.toStdString());
    if (!r || (r->phase != ReconciliationPhase::MassStatus && r->phase != ReconciliationPhase::PerOrder))
        return;
    const std::uint32_t number = r->number;
    const ReconciliationPhase phase = r->phase;
    QTimer::singleShot(m_config.reconcileTimeoutMs, this, [this, venue, number, phase] {
        if (!m_engine)
            return;
        const ReconciliationReport* now = m_engine->reconciliationHolding(venue.toStdString());
        if (!now || now->number != number || now->phase != phase)
            return;
        m_engine->reconciliationTimeout(venue.toStdString());
        armReconciliationTimeout(venue);
    });
}

void EngineWorker::reconciliationChanged(const ReconciliationReport& r)
{
    const ReconciliationSnapshot snap = snapshot(r);
    // Per-order requests begin when the mass status ends: their own timeout.
    if (r.phase == ReconciliationPhase::PerOrder)
        QMetaObject::invokeMethod(this, [this, venue = snap.venue] { armReconciliationTimeout(venue); },
                                  Qt::QueuedConnection);
    emit reconciliationReported(snap);
}

ReconciliationSnapshot EngineWorker::snapshot(const ReconciliationReport& r) const
{
    ReconciliationSnapshot s;
    s.number = r.number;
    s.venue = name(r.venue);
    s.phase = r.phase;
    s.started = r.started;
    s.finished = r.finished;
    s.ordersChecked = r.ordersChecked;
    s.reportsReceived = r.reportsReceived;
    s.perOrderOnly = r.perOrderOnly;
    s.acknowledgedBy = r.acknowledgedBy == kNoName ? QString() : name(r.acknowledgedBy);
    s.acknowledgedAt = r.acknowledgedAt;
    for (const ReconciliationItem& i : r.items) {
        ReconciliationItemSnapshot item;
        item.finding = i.finding;
        item.orderId = i.orderId;
        item.clOrdId = QString::fromStdString(i.clOrdId);
        item.symbol = QString::fromStdString(i.symbol);
        item.side = i.side;
        item.ourCumQty = i.ourCumQty;
        item.venueCumQty = i.venueCumQty;
        item.text = QString::fromStdString(i.text);
        s.items.push_back(std::move(item));
    }
    return s;
}

void EngineWorker::stepVenue()
{
    if (!m_engine || !m_paper)
        return;
    m_venueEvents.clear();
    m_paper->step(m_clock->now(), m_venueEvents);
    // One group commit for everything the venue said in this step.
    m_engine->beginBatch();
    for (const VenueEvent& e : m_venueEvents)
        m_engine->onVenueEvent(e);
    for (const PaperQuote& q : m_paper->quotes())
        m_engine->markPrice(q.symbol, q.last);
    m_engine->endBatch();
}

void EngineWorker::orderChanged(const Order& o)
{
    if (o.id >= m_orderDirty.size())
        m_orderDirty.resize(std::max<std::size_t>(o.id + 1, m_orderDirty.size() * 2), 0);
    if (!m_orderDirty[o.id]) {
        m_orderDirty[o.id] = 1;
        m_dirtyOrders.push_back(o.id);
    }
}

void EngineWorker::executionAdded(const Execution& x)
{
    ExecutionSnapshot s;
    s.execId = QString::fromStdString(x.execId);
    s.state = x.state;
    s.orderId = x.orderId;
    const Instrument* inst = m_engine->instrument(x.instrument);
    s.symbol = inst ? QString::fromStdString(inst->symbol) : QString();
    s.account = name(x.account);
    s.venue = name(x.venue);
    s.side = x.side;
    s.quantity = x.quantity;
    s.price = x.price;
    s.liquidity = x.liquidity;
    s.fees = x.fees;
    s.time = x.time;
    m_newExecutions.push_back(std::move(s));
    m_riskDirty = true;  // fills move utilisation
}

void EngineWorker::positionChanged(const Position& p)
{
    m_dirtyPositions.insert(positionKey(p.account, p.instrument));
}

void EngineWorker::alertRaised(const Alert& a)
{
    AlertSnapshot s;
    s.time = a.time;
    s.severity = a.severity;
    s.code = a.code;
    s.orderId = a.orderId;
    s.user = name(a.user);
    s.text = QString::fromStdString(a.text);
    m_newAlerts.push_back(std::move(s));
}

void EngineWorker::controlsChanged()
{
    m_controlsDirty = true;
}

void EngineWorker::riskUpdated()
{
    m_riskDirty = true;
}

RiskSnapshot EngineWorker::riskSnapshot() const
{
    RiskSnapshot s;
    const PreTradeRisk& risk = m_engine->risk();
    s.warnAtBp = risk.config().parameters.warnAtBp;
    for (const LimitUsage& u : risk.usage()) {
        LimitSnapshot l;
        l.check = u.check;
        l.level = u.level;
        l.place = QString::fromStdString(m_engine->limitPlace(u.level, u.id));
        if (u.level == LimitLevel::Instrument) {
            const Instrument* inst = m_engine->instrument(u.id);
            l.name = inst ? QString::fromStdString(inst->symbol) : QString();
        } else if (u.level != LimitLevel::Firm) {
            l.name = name(u.id);
        }
        l.used = u.used;
        l.limit = u.limit;
        l.soft = u.soft;
        l.runningFigure = u.running;
        s.limits.push_back(std::move(l));
    }
    for (int c = 0; c < kRiskCheckCount; ++c)
        s.enabled.push_back(risk.enabled(static_cast<RiskCheck>(c)));
    for (std::size_t i = 1; i <= m_engine->instrumentCount(); ++i)
        if (risk.restricted(static_cast<InstrumentId>(i)))
            s.restricted << QString::fromStdString(m_engine->instrument(static_cast<InstrumentId>(i))->symbol);
    for (const RiskAuditEntry& a : m_engine->riskAudit())
        s.audit.push_back({a.time, name(a.user), QString::fromStdString(a.what), QString::fromStdString(a.before),
                           QString::fromStdString(a.after)});
    return s;
}

QString EngineWorker::name(NameId id) const
{
    const std::string_view n = m_engine->names().name(id);
    return QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
}

OrderSnapshot EngineWorker::snapshot(const Order& o) const
{
    OrderSnapshot s;
    s.id = o.id;
    s.parentId = o.parentId;
    const std::string_view cid = m_engine->orders().clientOrderId(o.id);
    s.clientOrderId = QString::fromUtf8(cid.data(), static_cast<qsizetype>(cid.size()));
    const ClOrdIdBuffer clOrdId = m_engine->clOrdId(o.id, o.requestSeq);
    s.clOrdId = QString::fromLatin1(clOrdId.view().data(), clOrdId.view().size());
    const std::string_view sym = m_engine->symbolOf(o);
    s.symbol = QString::fromUtf8(sym.data(), static_cast<qsizetype>(sym.size()));
    s.account = name(o.account);
    s.strategy = name(o.strategy);
    s.trader = name(o.trader);
    s.venue = name(o.venue);
    const std::string_view text = m_engine->orderText(o.id);
    s.text = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    s.side = o.side;
    s.type = o.type;
    s.tif = o.tif;
    s.status = o.status;
    s.quantity = o.quantity;
    s.cumQty = o.cumQty;
    s.leavesQty = o.leavesQty();
    s.displayQty = o.displayQty;
    s.limitPrice = o.limitPrice;
    s.stopPrice = o.stopPrice;
    s.avgPrice = o.avgPrice();
    s.createdTime = o.createdTime;
    s.updatedTime = o.updatedTime;
    return s;
}

PositionSnapshot EngineWorker::snapshot(const Position& p) const
{
    PositionSnapshot s;
    s.account = name(p.account);
    const Instrument* inst = m_engine->instrument(p.instrument);
    s.symbol = inst ? QString::fromStdString(inst->symbol) : QString();
    s.quantity = p.quantity;
    s.avgPrice = p.avgPrice();
    s.markPrice = p.markPrice;
    s.realizedPnl = p.realizedPnl;
    s.unrealizedPnl = p.unrealizedPnl();
    s.fees = p.fees;
    s.workingBuyQty = p.workingBuyQty;
    s.workingSellQty = p.workingSellQty;
    return s;
}

QList<ControlSnapshot> EngineWorker::controlSnapshots() const
{
    QList<ControlSnapshot> list;
    for (const TradingControl& c : m_engine->controls().all()) {
        ControlSnapshot s;
        s.kind = c.scope.kind;
        if (c.scope.kind == ControlScope::Kind::Instrument) {
            const Instrument* inst = m_engine->instrument(c.scope.id);
            s.name = inst ? QString::fromStdString(inst->symbol) : QString();
        } else {
            s.name = name(c.scope.id);
        }
        s.state = c.state;
        s.phase = c.phase;
        s.by = name(c.by);
        s.since = c.since;
        s.cancelsSent = c.cancelsSent;
        s.cancelsFailed = c.cancelsFailed;
        s.stillWorking = c.stillWorking;
        list.push_back(std::move(s));
    }
    return list;
}

void EngineWorker::publish()
{
    if (!m_engine)
        return;
    publishWire();
    m_engine->retryPending();
    if (!m_dirtyOrders.empty()) {
        QList<OrderSnapshot> orders;
        orders.reserve(static_cast<qsizetype>(m_dirtyOrders.size()));
        for (OrderId id : m_dirtyOrders) {
            m_orderDirty[id] = 0;
            if (const Order* o = m_engine->order(id))
                orders.push_back(snapshot(*o));
        }
        m_dirtyOrders.clear();
        emit ordersChanged(orders);
    }
    if (!m_newExecutions.isEmpty()) {
        emit executionsAdded(m_newExecutions);
        m_newExecutions.clear();
    }
    if (!m_dirtyPositions.empty()) {
        QList<PositionSnapshot> positions;
        for (std::uint64_t key : m_dirtyPositions) {
            if (const Position* p = m_engine->positions().find(NameId(key >> 32), InstrumentId(key & 0xffffffffu)))
                positions.push_back(snapshot(*p));
        }
        m_dirtyPositions.clear();
        emit positionsChanged(positions);
    }
    if (!m_newAlerts.isEmpty()) {
        emit alertsRaised(m_newAlerts);
        m_newAlerts.clear();
    }
    if (m_controlsDirty) {
        m_controlsDirty = false;
        emit tradingControlsChanged(controlSnapshots());
    }
    // Utilisation moves with every fill and price: a few updates a second
    // are plenty for people, and building the snapshot is not free.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_riskDirty && nowMs - m_lastRiskPublish >= 250) {
        m_riskDirty = false;
        m_lastRiskPublish = nowMs;
        emit riskChanged(riskSnapshot());
    }
    // After the orders: a ladder places a new order in the queue against the
    // book as it was before the order joined it.
    publishBooks();
}

void EngineWorker::watchBook(const std::string& symbol, bool watched)
{
    const InstrumentId id = m_engine ? m_engine->findInstrument(symbol) : 0;
    if (!id)
        return;
    if (id >= m_bookWatched.size()) {
        m_bookWatched.resize(id + 1, 0);
        m_bookDirty.resize(id + 1, 0);
        m_bookForced.resize(id + 1, 0);
        m_bookPublished.resize(id + 1);
    }
    if (m_bookWatched[id] != std::uint8_t(watched)) {
        m_bookWatched[id] = watched;
        m_watchedBooks += watched ? 1 : -1;
    }
    // The current book for the new watcher, even if it is quiet and others
    // already watch the instrument.
    if (watched)
        markBook(id, true);
}

void EngineWorker::markBook(InstrumentId id, bool force)
{
    if (id >= m_bookWatched.size() || !m_bookWatched[id])
        return;
    m_bookForced[id] |= force;
    if (!m_bookDirty[id]) {
        m_bookDirty[id] = 1;
        m_dirtyBooks.push_back(id);
    }
}

BookSnapshot EngineWorker::bookSnapshot(InstrumentId id) const
{
    // A ladder shows a few dozen rows; far levels add copying, not information.
    constexpr std::size_t kMaxLevels = 200;
    BookSnapshot s;
    const Instrument* inst = m_engine->instrument(id);
    s.symbol = inst ? QString::fromStdString(inst->symbol) : QString();
    const ConsolidatedBook* book = m_engine->marketData().consolidated(id);
    if (!book)
        return s;
    for (BookSide side : {BookSide::Bid, BookSide::Ask}) {
        QList<BookLevelSnapshot>& out = side == BookSide::Bid ? s.bids : s.asks;
        const std::size_t n = std::min(book->depth(side), kMaxLevels);
        out.reserve(static_cast<qsizetype>(n));
        for (std::size_t i = 0; i < n; ++i) {
            const ConsolidatedLevel& l = book->at(side, i);
            out.push_back({l.price, l.qty, l.orders});
        }
    }
    s.lastPrice = book->lastPrice();
    s.lastSize = book->lastSize();
    s.lastAggressor = book->lastAggressor();
    s.high = book->high();
    s.low = book->low();
    s.volume = book->volume();
    s.trades = book->trades();
    const auto profile = book->volumeProfile();
    s.volumeAtPrice = QList<PriceVolume>(profile.begin(), profile.end());
    return s;
}

void EngineWorker::publishBooks()
{
    if (m_dirtyBooks.empty())
        return;
    QList<BookSnapshot> books;
    for (InstrumentId id : m_dirtyBooks) {
        m_bookDirty[id] = 0;
        const bool forced = m_bookForced[id];
        m_bookForced[id] = 0;
        if (!m_bookWatched[id])
            continue;
        const ConsolidatedBook* book = m_engine->marketData().consolidated(id);
        // No market data yet: an empty snapshot would pass for the first
        // book; the first real change publishes it.
        if (!book)
            continue;
        const BookMark mark{book->changes(), book->trades(), book->lastPrice()};
        if (!forced && mark == m_bookPublished[id])
            continue;
        m_bookPublished[id] = mark;
        books.push_back(bookSnapshot(id));
    }
    m_dirtyBooks.clear();
    if (!books.isEmpty())
        emit booksChanged(books);
}

void EngineWorker::publishEverything()
{
    m_engine->orders().forEach([this](const Order& o) { orderChanged(o); });
    m_engine->positions().forEach([this](const Position& p) { positionChanged(p); });
    for (const Execution& x : m_engine->executions())
        executionAdded(x);
    for (const Alert& a : m_engine->alerts())
        alertRaised(a);
    for (const ReconciliationReport& r : m_engine->reconciliations())
        emit reconciliationReported(snapshot(r));
    m_controlsDirty = true;
    m_riskDirty = true;
    m_lastRiskPublish = 0;
    publish();
}

}  // namespace ordo
