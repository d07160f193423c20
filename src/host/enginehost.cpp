#include "enginehost.h"

#include "engineworker.h"

#include <QMetaObject>

namespace ordo {
namespace {

void registerTypes()
{
    static const bool once = [] {
        qRegisterMetaType<OrderSnapshot>();
        qRegisterMetaType<ExecutionSnapshot>();
        qRegisterMetaType<PositionSnapshot>();
        qRegisterMetaType<AlertSnapshot>();
        qRegisterMetaType<ControlSnapshot>();
        qRegisterMetaType<StartupReport>();
        qRegisterMetaType<SubmitOutcome>();
        qRegisterMetaType<OrderRequest>();
        qRegisterMetaType<OrderAmendment>();
        qRegisterMetaType<OrderFilter>();
        qRegisterMetaType<ScopeSpec>();
        qRegisterMetaType<MassCancelResult>();
        qRegisterMetaType<QList<OrderSnapshot>>();
        qRegisterMetaType<QList<ExecutionSnapshot>>();
        qRegisterMetaType<QList<PositionSnapshot>>();
        qRegisterMetaType<QList<AlertSnapshot>>();
        qRegisterMetaType<QList<ControlSnapshot>>();
        qRegisterMetaType<RiskSnapshot>();
        qRegisterMetaType<SessionSnapshot>();
        qRegisterMetaType<ReconciliationSnapshot>();
        qRegisterMetaType<WireSnapshot>();
        qRegisterMetaType<QList<WireSnapshot>>();
        qRegisterMetaType<LimitSetting>();
        qRegisterMetaType<RiskCheck>();
        qRegisterMetaType<BookSnapshot>();
        qRegisterMetaType<QList<BookSnapshot>>();
        return true;
    }();
    (void)once;
}

}  // namespace

EngineHost::EngineHost(HostConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    registerTypes();
    m_thread.setObjectName(QStringLiteral("ordo-engine"));
}

EngineHost::~EngineHost()
{
    stop();
}

bool EngineHost::isRunning() const
{
    return m_thread.isRunning();
}

void EngineHost::start()
{
    if (m_worker)
        return;
    m_worker = new EngineWorker(m_config);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &EngineWorker::started, this, &EngineHost::started);
    connect(m_worker, &EngineWorker::ordersChanged, this, &EngineHost::ordersChanged);
    connect(m_worker, &EngineWorker::executionsAdded, this, &EngineHost::executionsAdded);
    connect(m_worker, &EngineWorker::positionsChanged, this, &EngineHost::positionsChanged);
    connect(m_worker, &EngineWorker::alertsRaised, this, &EngineHost::alertsRaised);
    connect(m_worker, &EngineWorker::tradingControlsChanged, this, &EngineHost::tradingControlsChanged);
    connect(m_worker, &EngineWorker::riskChanged, this, &EngineHost::riskChanged);
    connect(m_worker, &EngineWorker::sessionChanged, this, &EngineHost::sessionChanged);
    connect(m_worker, &EngineWorker::reconciliationReported, this, &EngineHost::reconciliationChanged);
    connect(m_worker, &EngineWorker::wireMessages, this, &EngineHost::wireMessages);
    connect(m_worker, &EngineWorker::submitFinished, this, &EngineHost::submitFinished);
    connect(m_worker, &EngineWorker::massCancelFinished, this, &EngineHost::massCancelFinished);
    connect(m_worker, &EngineWorker::commandFailed, this, &EngineHost::commandFailed);
    connect(m_worker, &EngineWorker::booksChanged, this, &EngineHost::booksChanged);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->startEngine(); }, Qt::QueuedConnection);
    for (auto it = m_watchedBooks.cbegin(); it != m_watchedBooks.cend(); ++it)
        post([symbol = it.key().toStdString()](EngineWorker& w, Engine&) { w.watchBook(symbol, true); });
}

void EngineHost::stop()
{
    if (!m_worker)
        return;
    // The journal's database connection must be closed by the thread that
    // opened it, so tear the engine down there before the thread ends.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
}

template<typename F> void EngineHost::post(F&& f)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, f = std::forward<F>(f)] {
            if (Engine* e = w->engine())
                f(*w, *e);
        },
        Qt::QueuedConnection);
}

void EngineHost::submitOrder(const OrderRequest& request)
{
    post([request](EngineWorker& w, Engine& e) {
        const SubmitResult r = e.submit(w.actor(), request);
        SubmitOutcome out;
        out.clientOrderId = QString::fromStdString(request.clientOrderId);
        out.orderId = r.id;
        out.duplicate = r.duplicate;
        out.code = r.reason.code;
        out.text = QString::fromStdString(r.reason.text);
        emit w.submitFinished(out);
    });
}

void EngineHost::modifyOrder(quint32 orderId, const OrderAmendment& amendment)
{
    post([orderId, amendment](EngineWorker& w, Engine& e) {
        if (Reason r = e.modify(w.actor(), orderId, amendment); !r.ok())
            emit w.commandFailed(tr("Modify"), QString::fromStdString(r.text));
    });
}

void EngineHost::cancelOrder(quint32 orderId)
{
    post([orderId](EngineWorker& w, Engine& e) {
        if (Reason r = e.cancel(w.actor(), orderId); !r.ok())
            emit w.commandFailed(tr("Cancel"), QString::fromStdString(r.text));
    });
}

void EngineHost::massCancel(const OrderFilter& filter)
{
    post([filter](EngineWorker& w, Engine& e) {
        const MassCancelResult r = e.massCancel(w.actor(), filter);
        if (!r.reason.ok())
            emit w.commandFailed(tr("Mass cancel"), QString::fromStdString(r.reason.text));
        emit w.massCancelFinished(r);
    });
}

void EngineHost::engageKillSwitch(const ScopeSpec& scope)
{
    post([scope](EngineWorker& w, Engine& e) {
        if (Reason r = e.engageKillSwitch(w.actor(), scope); !r.ok())
            emit w.commandFailed(tr("Kill switch"), QString::fromStdString(r.text));
    });
}

void EngineHost::setReducing(const ScopeSpec& scope)
{
    post([scope](EngineWorker& w, Engine& e) {
        if (Reason r = e.setReducing(w.actor(), scope); !r.ok())
            emit w.commandFailed(tr("Reducing"), QString::fromStdString(r.text));
    });
}

void EngineHost::rearm(const ScopeSpec& scope)
{
    post([scope](EngineWorker& w, Engine& e) {
        if (Reason r = e.rearm(w.actor(), scope); !r.ok())
            emit w.commandFailed(tr("Re-arm"), QString::fromStdString(r.text));
    });
}

void EngineHost::flatten(const ScopeSpec& scope)
{
    post([scope](EngineWorker& w, Engine& e) {
        if (Reason r = e.flatten(w.actor(), scope); !r.ok())
            emit w.commandFailed(tr("Flatten"), QString::fromStdString(r.text));
    });
}

void EngineHost::setRiskLimit(const LimitSetting& setting)
{
    post([setting](EngineWorker& w, Engine& e) {
        if (Reason r = e.setRiskLimit(w.actor(), setting); !r.ok())
            emit w.commandFailed(tr("Risk limit"), QString::fromStdString(r.text));
    });
}

void EngineHost::setRiskCheckEnabled(RiskCheck check, bool enabled)
{
    post([check, enabled](EngineWorker& w, Engine& e) {
        if (Reason r = e.setRiskCheckEnabled(w.actor(), check, enabled); !r.ok())
            emit w.commandFailed(tr("Risk check"), QString::fromStdString(r.text));
    });
}

void EngineHost::setRestricted(const QString& symbol, bool restricted)
{
    post([symbol = symbol.toStdString(), restricted](EngineWorker& w, Engine& e) {
        if (Reason r = e.setRestricted(w.actor(), symbol, restricted); !r.ok())
            emit w.commandFailed(tr("Restricted list"), QString::fromStdString(r.text));
    });
}

void EngineHost::watchBook(const QString& symbol)
{
    ++m_watchedBooks[symbol];
    post([symbol = symbol.toStdString()](EngineWorker& w, Engine&) { w.watchBook(symbol, true); });
}

void EngineHost::unwatchBook(const QString& symbol)
{
    auto it = m_watchedBooks.find(symbol);
    if (it == m_watchedBooks.end())
        return;
    if (--it.value() > 0)
        return;
    m_watchedBooks.erase(it);
    post([symbol = symbol.toStdString()](EngineWorker& w, Engine&) { w.watchBook(symbol, false); });
}

void EngineHost::releaseHeldOrder(quint32 orderId)
{
    post([orderId](EngineWorker& w, Engine& e) {
        if (Reason r = e.releaseHeldOrder(w.actor(), orderId); !r.ok())
            emit w.commandFailed(tr("Release"), QString::fromStdString(r.text));
    });
}

void EngineHost::refuseHeldOrder(quint32 orderId, const QString& why)
{
    post([orderId, why = why.toStdString()](EngineWorker& w, Engine& e) {
        if (Reason r = e.refuseHeldOrder(w.actor(), orderId, why); !r.ok())
            emit w.commandFailed(tr("Refuse"), QString::fromStdString(r.text));
    });
}

void EngineHost::acknowledgeReconciliation(quint32 number)
{
    post([number](EngineWorker& w, Engine& e) {
        if (Reason r = e.acknowledgeReconciliation(w.actor(), number); !r.ok())
            emit w.commandFailed(tr("Acknowledge reconciliation"), QString::fromStdString(r.text));
    });
}

}  // namespace ordo
