#include "mainwindow.h"

#include "blotterexecutions.h"
#include "blotterorders.h"
#include "blotterpositions.h"
#include "executionmodel.h"
#include "ladderfeed.h"
#include "ladderwidget.h"
#include "orderticket.h"
#include "ordermodel.h"
#include "positionmodel.h"
#include "riskpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QActionGroup>
#include <QDockWidget>
#include <QTimer>
#include "fixcockpit.h"
#include "masscanceldialog.h"
#include "theme.h"
#include "reconciliationdialog.h"
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

    m_executions = new ExecutionModel(m_orders, this);
    m_blotter = new OrderBlotter(m_host, m_orders, this);
    setCentralWidget(m_blotter);

    auto* positionsDock = new QDockWidget(tr("Positions"), this);
    positionsDock->setObjectName(QStringLiteral("positionsDock"));
    m_positionBlotter = new PositionBlotter(m_positions, this);
    positionsDock->setWidget(m_positionBlotter);
    addDockWidget(Qt::BottomDockWidgetArea, positionsDock);
    auto* executionsDock = new QDockWidget(tr("Executions"), this);
    executionsDock->setObjectName(QStringLiteral("executionsDock"));
    m_executionBlotter = new ExecutionBlotter(m_executions, this);
    executionsDock->setWidget(m_executionBlotter);
    addDockWidget(Qt::BottomDockWidgetArea, executionsDock);
    tabifyDockWidget(positionsDock, executionsDock);
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
    auto* fixDock = new QDockWidget(tr("FIX sessions"), this);
    fixDock->setObjectName(QStringLiteral("fixDock"));
    m_cockpit = new FixCockpit(QStringLiteral(":/ordo/fix/FIX44.xml"), this);
    fixDock->setWidget(m_cockpit);
    addDockWidget(Qt::BottomDockWidgetArea, fixDock);
    tabifyDockWidget(riskDock, fixDock);
    connect(&m_host, &EngineHost::sessionChanged, m_cockpit, &FixCockpit::applySession);
    connect(&m_host, &EngineHost::wireMessages, m_cockpit, &FixCockpit::appendWire);
    m_reconciliation = new ReconciliationDialog(host.config().role != Role::Analyst, this);
    m_reconciliation->setObjectName(QStringLiteral("reconciliationDialog"));
    connect(&m_host, &EngineHost::reconciliationChanged, m_reconciliation, &ReconciliationDialog::apply);
    connect(m_reconciliation, &ReconciliationDialog::acknowledge, &m_host, &EngineHost::acknowledgeReconciliation);
    // A report with differences must be seen: it opens by itself.
    connect(m_reconciliation, &ReconciliationDialog::pendingChanged, this, [this](int pending) {
        updateVenueLabel();
        if (pending > 0 && !m_reconciliation->isVisible())
            m_reconciliation->show();
    });
    connect(&m_host, &EngineHost::reconciliationChanged, this, [this](const ReconciliationSnapshot& r) {
        m_reconciling[r.venue] = r.phase;
        updateVenueLabel();
    });
    // The order ticket stays at hand (a trader does not open a dialog per
    // order); New order focuses it, a chosen row points it at its instrument.
    auto* ticketDock = new QDockWidget(tr("Order ticket"), this);
    ticketDock->setObjectName(QStringLiteral("ticketDock"));
    m_ticket = new OrderTicket(m_host, ticketDock);
    ticketDock->setWidget(m_ticket);
    addDockWidget(Qt::LeftDockWidgetArea, ticketDock);
    connect(this, &MainWindow::instrumentSelected, m_ticket, &OrderTicket::setInstrument);
    positionsDock->raise();

    buildActions();
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(positionsDock->toggleViewAction());
    view->addAction(executionsDock->toggleViewAction());
    view->addAction(alertsDock->toggleViewAction());
    view->addAction(riskDock->toggleViewAction());
    view->addAction(fixDock->toggleViewAction());
    view->addAction(ticketDock->toggleViewAction());
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(this);
    for (const auto& [theme, label, name] : {std::tuple{Theme::Light, tr("&Light"), QStringLiteral("lightThemeAction")},
                                             std::tuple{Theme::Dark, tr("&Dark"), QStringLiteral("darkThemeAction")}}) {
        QAction* a = themes->addAction(label);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setChecked(savedTheme() == theme);
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [chosen = theme] {
            applyTheme(chosen);
            saveTheme(chosen);
        });
    }
    QAction* reports = view->addAction(tr("&Reconciliation reports…"));
    reports->setObjectName(QStringLiteral("reconciliationAction"));
    connect(reports, &QAction::triggered, m_reconciliation, [this] {
        m_reconciliation->show();
        m_reconciliation->raise();
    });

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
    connect(&m_host, &EngineHost::executionsAdded, m_executions, &ExecutionModel::append);
    // Choosing a row in any blotter points the ticket and linked ladders at its instrument.
    connect(m_blotter, &OrderBlotter::instrumentSelected, this, &MainWindow::instrumentSelected);
    connect(m_executionBlotter, &ExecutionBlotter::instrumentSelected, this, &MainWindow::instrumentSelected);
    connect(m_positionBlotter, &PositionBlotter::instrumentSelected, this, &MainWindow::instrumentSelected);
    const auto showMessage = [this](const QString& text) { statusBar()->showMessage(text, 8000); };
    connect(m_blotter, &OrderBlotter::message, this, showMessage);
    connect(m_executionBlotter, &ExecutionBlotter::message, this, showMessage);
    connect(m_positionBlotter, &PositionBlotter::message, this, showMessage);
    connect(&m_host, &EngineHost::alertsRaised, m_alerts, &AlertModel::append);
    connect(&m_host, &EngineHost::started, this, &MainWindow::onStarted);
    connect(&m_host, &EngineHost::tradingControlsChanged, this, &MainWindow::onControls);
    connect(&m_host, &EngineHost::sessionChanged, this, [this](const SessionSnapshot& s) {
        const bool stateChanged = !m_sessions.contains(s.venue) || m_sessions[s.venue].state != s.state;
        m_sessions[s.venue] = s;
        updateVenueLabel();
        if (!stateChanged)
            return;
        if (s.state == SessionSnapshot::State::LoggedOut)
            statusBar()->showMessage(tr("FIX session %1 is down: %2").arg(s.venue, s.reason), 10000);
    });
    connect(&m_host, &EngineHost::massCancelFinished, this, [this](const MassCancelResult& r) {
        if (!r.reason.ok())
            statusBar()->showMessage(tr("Mass cancel refused: %1").arg(QString::fromStdString(r.reason.text)), 15000);
        else
            statusBar()->showMessage(tr("Mass cancel: %1 order(s) matched, %2 cancel(s) sent").arg(r.matched).arg(r.cancelsSent),
                                     15000);
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

    setUpLadders();  // before restoreState: it places the restored ladders' docks

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1280, 760);
    // A first start gives the blotter most of the height; later the saved
    // layout rules. Dock sizes only hold once the window is laid out, so
    // this waits for the first turn of the event loop after show().
    if (!settings.contains(QStringLiteral("mainWindow/state")))
        QTimer::singleShot(0, this, [this, positionsDock] { resizeDocks({positionsDock}, {height() / 4}, Qt::Vertical); });
}

MainWindow::~MainWindow() = default;

QTableView* MainWindow::orderView() const
{
    return m_blotter->view();
}

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

    bar->addAction(m_newOrderAction);
    bar->addAction(m_blotter->cancelAction());
    bar->addAction(m_blotter->replaceAction());
    orders->addAction(m_newOrderAction);
    orders->addAction(m_blotter->cancelAction());
    orders->addAction(m_blotter->replaceAction());
    orders->addSeparator();
    orders->addAction(m_blotter->exportAction());
    orders->addAction(m_executionBlotter->exportAction());
    orders->addAction(m_positionBlotter->exportAction());
    orders->addSeparator();
    m_massCancelAction = new QAction(tr("&Mass cancel…"), this);
    m_massCancelAction->setObjectName(QStringLiteral("massCancelAction"));
    m_massCancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_massCancelAction->setToolTip(tr("Cancel working orders by symbol, side, account, strategy, venue or trader"));
    m_massCancelAction->setEnabled(m_host.config().role != Role::Analyst);
    connect(m_massCancelAction, &QAction::triggered, this, &MainWindow::openMassCancel);
    orders->addAction(m_massCancelAction);
    bar->addAction(m_massCancelAction);

    if (m_host.config().role == Role::Supervisor) {
        bar->addSeparator();
        m_killAction = new QAction(tr("KILL SWITCH"), this);
        m_killAction->setObjectName(QStringLiteral("killSwitchAction"));
        m_killAction->setToolTip(tr("Cancel every working order on every venue and block new orders"));
        connect(m_killAction, &QAction::triggered, this, &MainWindow::engageKillSwitch);
        m_rearmAction = new QAction(tr("Re-arm"), this);
        m_rearmAction->setObjectName(QStringLiteral("rearmAction"));
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
    reportKillSwitch(controls);
}

// Once the kill switch has done its work the supervisor gets the count: how
// many it cancelled and how many it could not, said once per outcome.
void MainWindow::reportKillSwitch(const QList<ControlSnapshot>& controls)
{
    for (const ControlSnapshot& c : controls) {
        if (c.kind != ControlScope::Kind::All || c.state != TradingState::Halted)
            continue;
        const bool done = c.phase == KillPhase::Confirmed || (c.stillWorking == 0 && c.cancelsSent > 0);
        const QString outcome = QStringLiteral("%1/%2/%3").arg(c.since).arg(c.cancelsSent).arg(c.cancelsFailed);
        if ((!done && c.cancelsFailed == 0) || outcome == m_killReported)
            return;
        m_killReported = outcome;
        const QString text =
            c.cancelsFailed == 0
                ? tr("Kill switch: %n order(s) cancelled; nothing is working. New orders stay blocked until a supervisor re-arms trading.",
                     nullptr, int(c.cancelsSent))
                : tr("Kill switch: %1 cancel(s) sent, %2 order(s) failed to cancel after retries and %3 still working: "
                     "check them in the blotter and with the venue.")
                      .arg(c.cancelsSent)
                      .arg(c.cancelsFailed)
                      .arg(c.stillWorking);
        auto* box = new QMessageBox(c.cancelsFailed ? QMessageBox::Warning : QMessageBox::Information,
                                    tr("Kill switch"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("killSwitchReport"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
        statusBar()->showMessage(text, 15000);
        return;
    }
    m_killReported.clear();
}

void MainWindow::enterOrder()
{
    if (auto* dock = qobject_cast<QDockWidget*>(m_ticket->parentWidget())) {
        dock->show();
        dock->raise();
    }
    m_ticket->focusTicket();
}

void MainWindow::engageKillSwitch()
{
    const auto answer = QMessageBox::warning(
        this, tr("Kill switch"),
        tr("Cancel every working order on every venue (%n working now) and block all new orders until a supervisor "
           "re-arms trading?",
           nullptr, m_orders->workingCount()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_host.engageKillSwitch(ScopeSpec{});
}

void MainWindow::openMassCancel()
{
    auto* dialog = new MassCancelDialog(
        [this](const std::function<void(const OrderSnapshot&)>& visit) {
            for (int row = 0; row < m_orders->rowCount(); ++row)
                visit(*m_orders->orderAt(row));
        },
        this);
    dialog->setObjectName(QStringLiteral("massCancelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The count follows the orders while the dialog is open.
    connect(&m_host, &EngineHost::ordersChanged, dialog, &MassCancelDialog::ordersChanged);
    connect(dialog, &MassCancelDialog::massCancel, &m_host, &EngineHost::massCancel);
    dialog->show();
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
    saveLadders();
    m_blotter->saveSettings();
    m_executionBlotter->saveSettings();
    m_positionBlotter->saveSettings();
    QMainWindow::closeEvent(event);
}

// --- depth ladders ---------------------------------------------------------

void MainWindow::setUpLadders()
{
    // Created before the host starts, so it sees every order from the first batch.
    m_ladderFeed = new LadderFeed(m_host, this);
    // Ladders are tall: the right dock area takes the full height, beside the bottom docks.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // The blotters (orders, executions, positions) emit instrumentSelected.
    connect(this, &MainWindow::instrumentSelected, this, &MainWindow::followInstrument);

    auto* open = new QAction(tr("Open &ladder"), this);
    open->setObjectName(QStringLiteral("openLadderAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    open->setToolTip(tr("Open a depth ladder for the instrument chosen in the blotter or positions"));
    connect(open, &QAction::triggered, this, [this] { openLadder(); });
    QMenu* menu = menuBar()->addMenu(tr("&Ladder"));
    menu->addAction(open);
    QMenu* forInstrument = menu->addMenu(tr("Open ladder &for"));
    for (const InstrumentConfig& ic : m_host.config().instruments) {
        const QString symbol = QString::fromStdString(ic.instrument.symbol);
        forInstrument->addAction(symbol, this, [this, symbol] { openLadder(symbol); });
    }
    if (auto* bar = findChild<QToolBar*>(QStringLiteral("tradingToolBar")))
        bar->addAction(open);

    // The ladders open at the last exit, under their dock names so restoreState places them.
    const QList<QVariant> saved = QSettings().value(QStringLiteral("ladders/open")).toList();
    for (const QVariant& v : saved) {
        const QVariantMap m = v.toMap();
        const QString name = m.value(QStringLiteral("dock")).toString();
        if (!name.startsWith(QLatin1String("ladderDock")))
            continue;
        m_ladderSerial = std::max(m_ladderSerial, name.mid(10).toInt());
        if (LadderWidget* ladder = addLadder(m.value(QStringLiteral("symbol")).toString(), name))
            ladder->setLinked(m.value(QStringLiteral("linked")).toBool());
    }
}

LadderWidget* MainWindow::openLadder(const QString& symbol)
{
    QString chosen = symbol.isEmpty() ? m_selectedSymbol : symbol;
    if (chosen.isEmpty() && !m_host.config().instruments.empty())
        chosen = QString::fromStdString(m_host.config().instruments.front().instrument.symbol);
    m_ladders.removeIf([](const QPointer<LadderWidget>& l) { return l.isNull(); });
    const bool first = m_ladders.isEmpty();
    LadderWidget* ladder = addLadder(chosen, QStringLiteral("ladderDock%1").arg(++m_ladderSerial));
    // The first ladder follows the selection; more are for watching other instruments.
    ladder->setLinked(first);
    ladder->setFocus();
    return ladder;
}

LadderWidget* MainWindow::addLadder(const QString& symbol, const QString& dockName)
{
    auto* dock = new QDockWidget(this);
    dock->setObjectName(dockName);
    dock->setAttribute(Qt::WA_DeleteOnClose);
    auto* ladder = new LadderWidget(*m_ladderFeed, symbol, dock);
    dock->setWidget(ladder);
    auto title = [dock](const QString& s) { dock->setWindowTitle(tr("Ladder %1").arg(s)); };
    title(ladder->symbol());
    connect(ladder, &LadderWidget::instrumentChanged, dock, title);
    const QList<LadderWidget*> open = ladders();
    QDockWidget* beside = open.isEmpty() ? nullptr : qobject_cast<QDockWidget*>(open.back()->parentWidget());
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (beside)
        splitDockWidget(beside, dock, Qt::Horizontal);
    m_ladders.push_back(ladder);
    return ladder;
}

QList<LadderWidget*> MainWindow::ladders() const
{
    QList<LadderWidget*> open;
    for (const QPointer<LadderWidget>& l : m_ladders)
        if (l)
            open.push_back(l);
    return open;
}

void MainWindow::followInstrument(const QString& symbol)
{
    m_selectedSymbol = symbol;
    for (LadderWidget* ladder : ladders())
        if (ladder->isLinked())
            ladder->setInstrument(symbol);
}

void MainWindow::saveLadders() const
{
    QList<QVariant> open;
    for (LadderWidget* ladder : ladders()) {
        // A closed ladder's dock is deleted, so every one listed is open.
        const QWidget* dock = ladder->parentWidget();
        if (!dock)
            continue;
        open.push_back(QVariantMap{{QStringLiteral("dock"), dock->objectName()},
                                   {QStringLiteral("symbol"), ladder->symbol()},
                                   {QStringLiteral("linked"), ladder->isLinked()}});
    }
    QSettings().setValue(QStringLiteral("ladders/open"), open);
}

// Each venue's session state and round trip, and whether new orders to it
// wait on a reconciliation.
void MainWindow::updateVenueLabel()
{
    QStringList parts;
    for (const SessionSnapshot& v : std::as_const(m_sessions)) {
        QString state = v.state == SessionSnapshot::State::LoggedOn    ? tr("logged on")
                      : v.state == SessionSnapshot::State::Connecting ? tr("connecting")
                                                                       : tr("disconnected");
        const auto phase = m_reconciling.constFind(v.venue);
        if (phase != m_reconciling.cend() && *phase == ReconciliationPhase::AwaitingAck)
            state = tr("report to acknowledge");
        else if (phase != m_reconciling.cend()
                 && (*phase == ReconciliationPhase::MassStatus || *phase == ReconciliationPhase::PerOrder))
            state = tr("reconciling");
        if (v.state == SessionSnapshot::State::LoggedOn && v.roundTripMicros >= 0)
            parts << tr("%1: %2, %3 ms").arg(v.venue, state).arg(double(v.roundTripMicros) / 1000.0, 0, 'f', 1);
        else
            parts << tr("%1: %2").arg(v.venue, state);
    }
    m_venueLabel->setText(parts.join(QStringLiteral("  ")));
    m_venueLabel->setMinimumWidth(m_venueLabel->fontMetrics().horizontalAdvance(m_venueLabel->text()) + 8);
}

}  // namespace ordo
