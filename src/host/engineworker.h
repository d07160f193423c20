#pragma once

// The engine thread's side of EngineHost: owns the Engine, its journal, its
// gateway and its clock, turns engine callbacks into dirty sets, and
// publishes them as snapshot batches on a timer. Internal to src/host.

#include "enginehost.h"

#include "engine/engine.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <mutex>
#include <unordered_set>
#include <variant>

namespace ordo {

class PaperVenue;
class SqliteJournal;
namespace fix {
class FixGateway;
struct WireMessage;
}

class EngineWorker final : public QObject, private EngineListener {
    Q_OBJECT
public:
    explicit EngineWorker(HostConfig config);
    ~EngineWorker() override;

    // Engine thread only.
    void startEngine();
    void shutdown();
    Engine* engine() { return m_engine.get(); }
    const Actor& actor() const { return m_actor; }
    // A ladder opened (or closed) on symbol; EngineHost counts the watchers.
    void watchBook(const std::string& symbol, bool watched);

signals:
    void started(const ordo::StartupReport& report);
    void ordersChanged(const QList<ordo::OrderSnapshot>& orders);
    void executionsAdded(const QList<ordo::ExecutionSnapshot>& executions);
    void positionsChanged(const QList<ordo::PositionSnapshot>& positions);
    void alertsRaised(const QList<ordo::AlertSnapshot>& alerts);
    void tradingControlsChanged(const QList<ordo::ControlSnapshot>& controls);
    void riskChanged(const ordo::RiskSnapshot& risk);
    void sessionChanged(const ordo::SessionSnapshot& session);
    void reconciliationReported(const ordo::ReconciliationSnapshot& report);
    void wireMessages(const QList<ordo::WireSnapshot>& messages, int dropped);
    void submitFinished(const ordo::SubmitOutcome& outcome);
    void massCancelFinished(const ordo::MassCancelResult& result);
    void commandFailed(const QString& command, const QString& text);
    void booksChanged(const QList<ordo::BookSnapshot>& books);

private:
    void orderChanged(const Order&) override;
    void executionAdded(const Execution&) override;
    void positionChanged(const Position&) override;
    void alertRaised(const Alert&) override;
    void controlsChanged() override;
    void riskUpdated() override;
    void reconciliationChanged(const ReconciliationReport&) override;
    ReconciliationSnapshot snapshot(const ReconciliationReport&) const;
    // A session's state reached the engine thread; a new Logon starts a reconciliation.
    void onSessionStatus(SessionSnapshot session, bool healthOnly);
    void armReconciliationTimeout(const QString& venue);
    QHash<QString, SessionSnapshot::State> m_sessionStates;
    // Raw FIX messages from QuickFIX's threads, waiting for the next publish.
    void takeWire(fix::WireMessage message);
    void publishWire();
    std::mutex m_wireMutex;
    QList<WireSnapshot> m_wire;
    int m_wireDropped = 0;
    RiskSnapshot riskSnapshot() const;

    void publish();
    void stepVenue();
    void publishEverything();
    OrderSnapshot snapshot(const Order&) const;
    PositionSnapshot snapshot(const Position&) const;
    QList<ControlSnapshot> controlSnapshots() const;
    QString name(NameId id) const;

    HostConfig m_config;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<PaperVenue> m_paper;
    std::unique_ptr<VenueGateway> m_nullGateway;
    std::unique_ptr<fix::FixGateway> m_fix;
    // Venue events and market data arrive on QuickFIX's threads; they wait
    // here, in arrival order, and the engine thread takes them in one batch
    // (one journal commit).
    using Inbound = std::variant<VenueEvent, MarketDataUpdate>;
    void enqueue(Inbound item);
    void drainInbox();
    QString startFix();
    std::mutex m_inboxMutex;
    std::vector<Inbound> m_inbox;
    std::vector<Inbound> m_draining;
    bool m_drainScheduled = false;
    std::unique_ptr<SqliteJournal> m_journal;
    std::unique_ptr<Engine> m_engine;
    Actor m_actor;
    QTimer* m_publishTimer = nullptr;
    QTimer* m_venueTimer = nullptr;

    // Dirty tracking without allocation per update: a flag per order id.
    std::vector<std::uint8_t> m_orderDirty;
    std::vector<OrderId> m_dirtyOrders;
    std::unordered_set<std::uint64_t> m_dirtyPositions;
    QList<ExecutionSnapshot> m_newExecutions;
    QList<AlertSnapshot> m_newAlerts;
    bool m_controlsDirty = false;
    bool m_riskDirty = false;
    qint64 m_lastRiskPublish = 0;
    std::vector<VenueEvent> m_venueEvents;

    // Watched books, by InstrumentId: marked dirty by market data, published
    // with the next batch only if the book really moved since the last one.
    struct BookMark {
        std::uint64_t changes = 0;
        std::uint64_t trades = 0;
        Price lastPrice = 0;
        friend bool operator==(const BookMark&, const BookMark&) = default;
    };
    void markBook(InstrumentId instrument, bool force);
    void publishBooks();
    BookSnapshot bookSnapshot(InstrumentId instrument) const;
    std::vector<std::uint8_t> m_bookWatched;
    std::vector<std::uint8_t> m_bookDirty;
    std::vector<std::uint8_t> m_bookForced;
    std::vector<BookMark> m_bookPublished;
    std::vector<InstrumentId> m_dirtyBooks;
    int m_watchedBooks = 0;
};

}  // namespace ordo
