#include "mainwindow.h"

#include "orderentrydialog.h"
#include "ordermodel.h"
#include "positionmodel.h"
#include "riskpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

#include <set>

namespace ordo {

MainWindow::MainWindow(EngineHost& host, QStringList configProblems, QWidget* parent)
    : QMainWindow(parent)
    , m_host(host)
    , m_configProblems(std::move(configProblems))
{
    setWindowTitle(tr("Ordo — %1").arg(host.config().user));
    m_orders = new OrderModel(this);
    m_positions = new PositionModel(this);
    m_alerts = new AlertModel(this);

    m_orderProxy = new QSortFilterProxyModel(this);
    m_orderProxy->setSourceModel(m_orders);
    m_orderProxy->setSortRole(OrderModel::SortRole);
    m_orderView = makeView(m_orderProxy, QStringLiteral("orders"));
    m_orderView->setSortingEnabled(true);
    m_orderView->sortByColumn(OrderModel::ColId, Qt::DescendingOrder);
    m_orderView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setCentralWidget(m_orderView);

    auto* positionsDock = new QDockWidget(tr("Positions"), this);
    positionsDock->setObjectName(QStringLiteral("positionsDock"));
    QTableView* positionView = makeView(m_positions, QStringLiteral("positions"));
    positionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    positionsDock->setWidget(positionView);
    addDockWidget(Qt::BottomDockWidgetArea, positionsDock);
    auto* alertsDock = new QDockWidget(tr("Alerts"), this);
    alertsDock->setObjectName(QStringLiteral("alertsDock"));
    QTableView* alertView = makeView(m_alerts, QStringLiteral("alerts"));
    alertView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    alertView->horizontalHeader()->setStretchLastSection(true);
    alertsDock->setWidget(alertView);
    addDockWidget(Qt::BottomDockWidgetArea, alertsDock);
    tabifyDockWidget(positionsDock, alertsDock);
    auto* riskDock = new QDockWidget(tr("Risk"), this);
    riskDock->setObjectName(QStringLiteral("riskDock"));
    riskDock->setWidget(new RiskPanel(m_host, m_orders, this));
    addDockWidget(Qt::BottomDockWidgetArea, riskDock);
    tabifyDockWidget(alertsDock, riskDock);
    positionsDock->raise();

    buildActions();
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(positionsDock->toggleViewAction());
    view->addAction(alertsDock->toggleViewAction());
    view->addAction(riskDock->toggleViewAction());

    m_userLabel = new QLabel(this);
    m_stateLabel = new QLabel(tr("Trading: starting"), this);
    m_journalLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_venueLabel = new QLabel(this);
    // Permanent widgets: a transient message never hides the trading state.
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_venueLabel);
    statusBar()->addPermanentWidget(m_journalLabel);
    const QString role = host.config().role == Role::Supervisor ? tr("supervisor")
                       : host.config().role == Role::Analyst    ? tr("analyst")
                                                                : tr("trader");
    m_userLabel->setText(tr("User: %1 (%2)").arg(host.config().user, role));

    connect(&m_host, &EngineHost::ordersChanged, m_orders, &OrderModel::applyBatch);
    connect(&m_host, &EngineHost::ordersChanged, this, &MainWindow::updateCounts);
    connect(&m_host, &EngineHost::positionsChanged, m_positions, &PositionModel::applyBatch);
    connect(&m_host, &EngineHost::alertsRaised, m_alerts, &AlertModel::append);
    connect(&m_host, &EngineHost::started, this, &MainWindow::onStarted);
    connect(&m_host, &EngineHost::tradingControlsChanged, this, &MainWindow::onControls);
    connect(&m_host, &EngineHost::sessionChanged, this, [this](const SessionSnapshot& s) {
        m_sessions[s.venue] = s;
        QStringList parts;
        for (const SessionSnapshot& v : std::as_const(m_sessions)) {
            const QString state = v.state == SessionSnapshot::State::LoggedOn    ? tr("logged on")
                                : v.state == SessionSnapshot::State::Connecting ? tr("connecting")
                                                                                 : tr("disconnected");
            parts << tr("%1: %2").arg(v.venue, state);
        }
        m_venueLabel->setText(parts.join(QStringLiteral("  ")));
        m_venueLabel->setMinimumWidth(m_venueLabel->fontMetrics().horizontalAdvance(m_venueLabel->text()) + 8);
        if (s.state == SessionSnapshot::State::LoggedOut)
            statusBar()->showMessage(tr("FIX session %1 is down: %2").arg(s.venue, s.reason), 10000);
    });
    connect(&m_host, &EngineHost::commandFailed, this, [this](const QString& command, const QString& text) {
        statusBar()->showMessage(tr("%1 refused: %2").arg(command, text), 10000);
    });
    connect(&m_host, &EngineHost::submitFinished, this, [this](const SubmitOutcome& out) {
        if (out.code == ReasonCode::RiskHeld)
            statusBar()->showMessage(tr("Order %1 is held: %2").arg(out.orderId).arg(out.text), 10000);
        else if (out.code != ReasonCode::None)
            statusBar()->showMessage(tr("Order rejected: %1").arg(out.text), 10000);
    });

    updateCounts();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_orderView->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/orderColumns")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1280, 760);
}

MainWindow::~MainWindow() = default;

QTableView* MainWindow::makeView(QAbstractItemModel* model, const QString& name)
{
    auto* v = new QTableView(this);
    v->setObjectName(name + QStringLiteral("View"));
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 6);
    v->horizontalHeader()->setSectionsMovable(true);
    v->horizontalHeader()->setDefaultSectionSize(90);
    v->setWordWrap(false);
    return v;
}

void MainWindow::buildActions()
{
    QToolBar* bar = addToolBar(tr("Trading"));
    bar->setObjectName(QStringLiteral("tradingToolBar"));
    QMenu* orders = menuBar()->addMenu(tr("&Orders"));

    m_newOrderAction = new QAction(tr("&New order…"), this);
    m_newOrderAction->setShortcut(QKeySequence::New);
    m_newOrderAction->setEnabled(m_host.config().role != Role::Analyst);
    connect(m_newOrderAction, &QAction::triggered, this, &MainWindow::enterOrder);

    auto* cancel = new QAction(tr("&Cancel selected"), this);
    cancel->setShortcut(QKeySequence::Delete);
    cancel->setEnabled(m_host.config().role != Role::Analyst);
    connect(cancel, &QAction::triggered, this, &MainWindow::cancelSelected);

    bar->addAction(m_newOrderAction);
    bar->addAction(cancel);
    orders->addAction(m_newOrderAction);
    orders->addAction(cancel);

    if (m_host.config().role == Role::Supervisor) {
        bar->addSeparator();
        m_killAction = new QAction(tr("KILL SWITCH"), this);
        m_killAction->setToolTip(tr("Cancel every working order on every venue and block new orders"));
        connect(m_killAction, &QAction::triggered, this, &MainWindow::engageKillSwitch);
        m_rearmAction = new QAction(tr("Re-arm"), this);
        m_rearmAction->setEnabled(false);
        connect(m_rearmAction, &QAction::triggered, this, &MainWindow::rearm);
        bar->addAction(m_killAction);
        bar->addAction(m_rearmAction);
        if (QWidget* w = bar->widgetForAction(m_killAction))
            w->setStyleSheet(QStringLiteral("QToolButton { background: #c0392b; color: white; font-weight: bold; "
                                            "padding: 4px 12px; border-radius: 3px; }"));
        QMenu* supervisor = menuBar()->addMenu(tr("&Supervisor"));
        supervisor->addAction(m_killAction);
        supervisor->addAction(m_rearmAction);
    }
}

void MainWindow::onStarted(const StartupReport& report)
{
    m_stateLabel->setText(tr("Trading: active"));
    if (report.journalPath.isEmpty())
        m_journalLabel->setText(tr("No journal: nothing is kept after exit"));
    else
        m_journalLabel->setText(tr("Journal: %1 records replayed in %2 ms").arg(report.recordsReplayed).arg(report.replayMillis));
    QStringList problems = m_configProblems;
    if (!report.journalText.isEmpty())
        problems << report.journalText;
    if (!problems.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Ordo started with problems"),
                                    tr("Ordo is running, but some input was damaged or invalid:"), QMessageBox::Ok, this);
        box->setInformativeText(problems.join(QStringLiteral("\n\n")));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::onControls(const QList<ControlSnapshot>& controls)
{
    QStringList parts;
    bool halted = false;
    for (const ControlSnapshot& c : controls) {
        const QString scope = QString::fromLatin1(toString(c.kind).data()) + (c.name.isEmpty() ? QString() : QStringLiteral(" ") + c.name);
        if (c.state == TradingState::Halted) {
            halted = true;
            parts << tr("HALTED %1 (%2, %3 cancels sent, %4 failed, %5 still working)")
                         .arg(scope, QString::fromLatin1(toString(c.phase).data()))
                         .arg(c.cancelsSent)
                         .arg(c.cancelsFailed)
                         .arg(c.stillWorking);
        } else {
            parts << tr("REDUCING %1").arg(scope);
        }
    }
    m_stateLabel->setText(parts.isEmpty() ? tr("Trading: active") : tr("Trading: %1").arg(parts.join(QStringLiteral("; "))));
    m_stateLabel->setStyleSheet(halted ? QStringLiteral("color: white; background: #c0392b; padding: 0 6px;") : QString());
    if (m_rearmAction)
        m_rearmAction->setEnabled(!controls.isEmpty());
}

void MainWindow::enterOrder()
{
    OrderEntryDialog dialog(m_host.config().instruments, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto request = dialog.request())
        m_host.submitOrder(*request);
}

void MainWindow::cancelSelected()
{
    std::set<OrderId> ids;
    for (const QModelIndex& i : m_orderView->selectionModel()->selectedRows())
        ids.insert(m_orderProxy->data(i, OrderModel::OrderIdRole).value<OrderId>());
    for (OrderId id : ids)
        m_host.cancelOrder(id);
    if (!ids.empty())
        statusBar()->showMessage(tr("Cancel sent for %n order(s)", nullptr, static_cast<int>(ids.size())), 5000);
}

void MainWindow::engageKillSwitch()
{
    const auto answer = QMessageBox::warning(
        this, tr("Kill switch"),
        tr("Cancel every working order on every venue and block all new orders until a supervisor re-arms trading?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_host.engageKillSwitch(ScopeSpec{});
}

void MainWindow::rearm()
{
    const auto answer = QMessageBox::question(this, tr("Re-arm trading"), tr("Allow new orders again for everyone?"));
    if (answer == QMessageBox::Yes)
        m_host.rearm(ScopeSpec{});
}

void MainWindow::updateCounts()
{
    m_countLabel->setText(tr("Orders: %1, working: %2").arg(m_orders->rowCount()).arg(m_orders->workingCount()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/orderColumns"), m_orderView->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

}  // namespace ordo
