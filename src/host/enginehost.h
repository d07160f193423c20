#pragma once

// EngineHost owns the OMS engine in a worker thread. It lives in the GUI
// thread; every command slot posts to the engine thread and returns at once,
// and every signal carries value snapshots, coalesced to at most one batch
// per publish interval (~60 a second), so a burst of updates costs the GUI a
// few batches, not one signal per update.

#include "snapshots.h"

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
    void submitFinished(const ordo::SubmitOutcome& outcome);
    void massCancelFinished(const ordo::MassCancelResult& result);
    // A modify, cancel or supervisor command the engine refused.
    void commandFailed(const QString& command, const QString& text);

private:
    template<typename F> void post(F&& f);

    HostConfig m_config;
    QThread m_thread;
    EngineWorker* m_worker = nullptr;
};

}  // namespace ordo
