#include "riskpanel.h"

#include "limitdialog.h"
#include "ordermodel.h"
#include "riskmodels.h"
#include "ui_riskpanel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QSortFilterProxyModel>

#include <set>

namespace ordo {

RiskPanel::RiskPanel(EngineHost& host, OrderModel* orders, QWidget* parent)
    : QWidget(parent)
    , m_host(host)
    , m_ui(std::make_unique<Ui::RiskPanel>())
    , m_supervisor(host.config().role == Role::Supervisor)
{
    m_ui->setupUi(this);
    m_limits = new LimitModel(this);
    m_audit = new RiskAuditModel(this);
    m_ui->limitsView->setModel(m_limits);
    m_ui->limitsView->setItemDelegateForColumn(LimitModel::ColUtilisation, new UtilisationDelegate(this));
    m_ui->auditView->setModel(m_audit);
    for (QTableView* v : {m_ui->limitsView, m_ui->auditView}) {
        v->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->verticalHeader()->hide();
        v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 6);
        v->horizontalHeader()->setStretchLastSection(true);
        v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_ui->limitsView->horizontalHeader()->setSectionResizeMode(LimitModel::ColUtilisation, QHeaderView::Interactive);
    m_ui->limitsView->setColumnWidth(LimitModel::ColUtilisation, 160);

    // Held orders are the blotter's orders waiting in PendingRisk.
    m_held = new QSortFilterProxyModel(this);
    m_held->setSourceModel(orders);
    m_held->setFilterRole(OrderModel::StatusRole);
    m_held->setFilterFixedString(QString::number(int(OrderStatus::PendingRisk)));
    m_ui->heldView->setModel(m_held);
    m_ui->heldView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->heldView->verticalHeader()->hide();
    m_ui->heldView->verticalHeader()->setDefaultSectionSize(m_ui->heldView->fontMetrics().height() + 6);
    for (int c : {int(OrderModel::ColStop), int(OrderModel::ColFilled), int(OrderModel::ColLeaves),
                  int(OrderModel::ColAvgPrice), int(OrderModel::ColClOrdId)})
        m_ui->heldView->hideColumn(c);
    m_ui->heldView->horizontalHeader()->setStretchLastSection(true);

    for (int c = 0; c < kRiskCheckCount; ++c) {
        auto* item = new QListWidgetItem(riskCheckTitle(static_cast<RiskCheck>(c)), m_ui->checksList);
        item->setData(Qt::UserRole, c);
        item->setFlags(m_supervisor ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
        item->setCheckState(Qt::Checked);
    }
    connect(m_ui->checksList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_updatingChecks || !m_supervisor)
            return;
        m_host.setRiskCheckEnabled(static_cast<RiskCheck>(item->data(Qt::UserRole).toInt()),
                                   item->checkState() == Qt::Checked);
    });

    for (const auto& ic : host.config().instruments)
        m_ui->restrictSymbol->addItem(QString::fromStdString(ic.instrument.symbol));
    connect(m_ui->restrictButton, &QPushButton::clicked, this, [this] {
        m_host.setRestricted(m_ui->restrictSymbol->currentText().trimmed(), true);
    });
    connect(m_ui->allowButton, &QPushButton::clicked, this, [this] {
        const QString symbol = m_ui->restrictedList->currentItem() ? m_ui->restrictedList->currentItem()->text()
                                                                    : m_ui->restrictSymbol->currentText().trimmed();
        m_host.setRestricted(symbol, false);
    });

    connect(m_ui->setLimitButton, &QPushButton::clicked, this, &RiskPanel::editLimit);
    connect(m_ui->limitsView, &QTableView::doubleClicked, this, [this] {
        if (m_supervisor)
            editLimit();
    });
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &RiskPanel::releaseSelected);
    connect(m_ui->refuseButton, &QPushButton::clicked, this, &RiskPanel::refuseSelected);

    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->setLimitButton, m_ui->releaseButton, m_ui->refuseButton,
                                                      m_ui->restrictButton, m_ui->allowButton, m_ui->restrictSymbol}) {
        w->setEnabled(m_supervisor);
        if (!m_supervisor)
            w->setToolTip(tr("Only a supervisor may change risk settings"));
    }
    connect(&m_host, &EngineHost::riskChanged, this, &RiskPanel::onRisk);
}

RiskPanel::~RiskPanel() = default;

void RiskPanel::onRisk(const RiskSnapshot& snapshot)
{
    m_limits->setSnapshot(snapshot);
    m_audit->setSnapshot(snapshot);
    m_updatingChecks = true;
    for (int i = 0; i < m_ui->checksList->count() && i < snapshot.enabled.size(); ++i)
        m_ui->checksList->item(i)->setCheckState(snapshot.enabled[i] ? Qt::Checked : Qt::Unchecked);
    m_updatingChecks = false;
    QStringList current;
    for (int i = 0; i < m_ui->restrictedList->count(); ++i)
        current << m_ui->restrictedList->item(i)->text();
    if (current != snapshot.restricted) {
        m_ui->restrictedList->clear();
        m_ui->restrictedList->addItems(snapshot.restricted);
    }
}

void RiskPanel::editLimit()
{
    if (!m_supervisor)
        return;
    LimitDialog dialog(this);
    const QModelIndexList rows = m_ui->limitsView->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        if (const LimitSnapshot* l = m_limits->limitAt(rows.first().row()))
            dialog.setLimit(*l);
    if (dialog.exec() == QDialog::Accepted)
        if (auto s = dialog.setting())
            m_host.setRiskLimit(*s);
}

QList<OrderId> RiskPanel::selectedHeld() const
{
    std::set<OrderId> ids;
    for (const QModelIndex& i : m_ui->heldView->selectionModel()->selectedRows())
        ids.insert(m_held->data(i, OrderModel::OrderIdRole).value<OrderId>());
    return QList<OrderId>(ids.begin(), ids.end());
}

void RiskPanel::releaseSelected()
{
    for (OrderId id : selectedHeld())
        m_host.releaseHeldOrder(id);
}

void RiskPanel::refuseSelected()
{
    const QList<OrderId> ids = selectedHeld();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString why = QInputDialog::getText(this, tr("Refuse held orders"),
                                              tr("Why are these orders refused? (the trader sees this)"),
                                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    for (OrderId id : ids)
        m_host.refuseHeldOrder(id, why);
}

}  // namespace ordo
