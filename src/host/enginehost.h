#pragma once

// EngineHost owns the OMS engine in a worker thread. It lives in the GUI
// thread; every command slot posts to the engine thread and returns at once,
// and every signal carries value snapshots, coalesced to at most one batch
// per publish interval (~60 a second), so a burst of updates costs the GUI a
// few batches, not one signal per update.

#include "snapshots.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>
#include <vector>

namespace ordo {

class EngineWorker;

struct InstrumentConfig {
    Instrument instrument;
    Price referencePrice = 0;  // where the paper venue starts its market
};

// One venue reached over FIX 4.4 (an initiator session).
struct FixVenueConfig {
    QString venue;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString senderCompId;
    QString targetCompId;
    int heartbeatSeconds = 30;
    int reconnectSeconds = 5;
    QString username;
    QString password;
    bool tls = false;
    // The venue answers OrderMassStatusRequest; if not, reconciliation asks
    // order by order (a venue that refuses AF is detected either way).
    bool massStatus = true;
};

struct HostConfig {
    QString journalPath;  // empty: no journal (nothing survives a restart)
    bool journalSynchronousFull = false;
    QString sessionPrefix;  // ClOrdID prefix; empty: today's date, yyyyMMdd (UTC)
    QString user = QStringLiteral("trader");
    Role role = Role::Trader;
    std::vector<InstrumentConfig> instruments;
    QString defaultVenue = QStringLiteral("PAPER");
    bool paperVenue = true;  // in-process paper venue as the gateway
    quint64 paperSeed = 42;
    int publishIntervalMs = 16;
    int venueStepMs = 100;
    // Pre-trade risk as configured; applied on the first start only: after
    // that the journal carries the limits, including supervisors' changes.
    std::optional<RiskConfig> risk;
    // Venues over FIX; when any are given they replace the paper venue.
    std::vector<FixVenueConfig> fixVenues;
    bool venuesConfigured = false;  // the configuration had a venues list (else ordo simulates its own)
    QString fixStoreDirectory;  // sequence numbers and messages; empty: next to the journal
    QString fixDictionary;      // empty: the FIX44.xml shipped with Ordo
    // Reconciliation after each Logon: hold new orders for a user's
    // acknowledgement even when nothing differed; how long a venue may stay
    // silent before the next step (per-order requests, then "no answer").
    bool reconcileAcknowledgeClean = false;
    int reconcileTimeoutMs = 5000;
};

class EngineHost : public QObject {
    Q_OBJECT
public:
    explicit EngineHost(HostConfig config, QObject* parent = nullptr);
    ~EngineHost() override;

    // Starts the engine thread; the journal is replayed there, then started()
    // is emitted followed by a full snapshot of orders and positions.
    void start();
    void stop();
    bool isRunning() const;
    const HostConfig& config() const { return m_config; }

public slots:
    void submitOrder(const ordo::OrderRequest& request);
    void modifyOrder(quint32 orderId, const ordo::OrderAmendment& amendment);
    void cancelOrder(quint32 orderId);
    void massCancel(const ordo::OrderFilter& filter);
    void engageKillSwitch(const ordo::ScopeSpec& scope);
    void setReducing(const ordo::ScopeSpec& scope);
    void rearm(const ordo::ScopeSpec& scope);
    void flatten(const ordo::ScopeSpec& scope);
    void setRiskLimit(const ordo::LimitSetting& setting);
    void setRiskCheckEnabled(ordo::RiskCheck check, bool enabled);
    void setRestricted(const QString& symbol, bool restricted);
    void releaseHeldOrder(quint32 orderId);
    void refuseHeldOrder(quint32 orderId, const QString& why);
    // The user has read reconciliation report number: new orders to its venue flow again.
    void acknowledgeReconciliation(quint32 number);
    // Depth for a ladder: while at least one watcher remains, booksChanged
    // carries this instrument's consolidated book whenever it changed (and
    // once at once, so a new ladder need not wait for the market to move).
    void watchBook(const QString& symbol);
    void unwatchBook(const QString& symbol);

signals:
    void started(const ordo::StartupReport& report);
    void ordersChanged(const QList<ordo::OrderSnapshot>& orders);
    void executionsAdded(const QList<ordo::ExecutionSnapshot>& executions);
    void positionsChanged(const QList<ordo::PositionSnapshot>& positions);
    void alertsRaised(const QList<ordo::AlertSnapshot>& alerts);
    void tradingControlsChanged(const QList<ordo::ControlSnapshot>& controls);
    // Limits with their utilisation, switched-off checks, the restricted
    // list and the audit of risk changes; at most a few times a second.
    void riskChanged(const ordo::RiskSnapshot& risk);
    // A FIX session's state changed (connecting, logged on, logged out and why).
    void sessionChanged(const ordo::SessionSnapshot& session);
    // A venue's reconciliation began, progressed, finished or was acknowledged.
    void reconciliationChanged(const ordo::ReconciliationSnapshot& report);
    // Raw FIX messages in and out, batched like everything else; when more
    // arrive between two batches than the cockpit keeps, the oldest are
    // dropped and dropped says how many.
    void wireMessages(const QList<ordo::WireSnapshot>& messages, int dropped);
    void submitFinished(const ordo::SubmitOutcome& outcome);
    void massCancelFinished(const ordo::MassCancelResult& result);
    // A modify, cancel or supervisor command the engine refused.
    void commandFailed(const QString& command, const QString& text);
    // The watched books that changed since the last batch, one per instrument.
    void booksChanged(const QList<ordo::BookSnapshot>& books);

private:
    template<typename F> void post(F&& f);

    HostConfig m_config;
    QThread m_thread;
    EngineWorker* m_worker = nullptr;
    // Watchers per symbol, kept here so ladders opened before start() count.
    QHash<QString, int> m_watchedBooks;
};

}  // namespace ordo
