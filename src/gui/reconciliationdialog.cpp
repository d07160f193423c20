#include "reconciliationdialog.h"

#include "ui_reconciliationdialog.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>

namespace ordo {

QString findingText(ReconciliationFinding f)
{
    switch (f) {
    case ReconciliationFinding::UnknownToUs: return ReconciliationDialog::tr("Venue holds an order Ordo does not know");
    case ReconciliationFinding::MissedFill: return ReconciliationDialog::tr("Missed fill");
    case ReconciliationFinding::ClosedAtVenue: return ReconciliationDialog::tr("Closed at the venue");
    case ReconciliationFinding::UnknownToVenue: return ReconciliationDialog::tr("Venue does not know the order");
    case ReconciliationFinding::NoAnswer: return ReconciliationDialog::tr("No answer from the venue");
    case ReconciliationFinding::FillMismatch: return ReconciliationDialog::tr("Venue reports fewer fills");
    }
    return {};
}

QString phaseText(ReconciliationPhase p)
{
    switch (p) {
    case ReconciliationPhase::MassStatus: return ReconciliationDialog::tr("asking for all orders");
    case ReconciliationPhase::PerOrder: return ReconciliationDialog::tr("asking order by order");
    case ReconciliationPhase::AwaitingAck: return ReconciliationDialog::tr("waiting for acknowledgement");
    case ReconciliationPhase::Released: return ReconciliationDialog::tr("released");
    }
    return {};
}

ReconciliationDialog::ReconciliationDialog(bool mayAcknowledge, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReconciliationDialog>())
    , m_mayAcknowledge(mayAcknowledge)
{
    m_ui->setupUi(this);
    m_ui->reportView->verticalHeader()->hide();
    m_ui->reportView->horizontalHeader()->setStretchLastSection(true);
    m_ui->findingView->verticalHeader()->hide();
    m_ui->findingView->horizontalHeader()->setStretchLastSection(true);
    m_ui->splitter->setSizes({160, 320});
    // Enter typed for the ticket must never release a venue unread.
    m_ui->acknowledgeButton->setAutoDefault(false);
    m_ui->acknowledgeButton->setDefault(false);
    m_ui->closeButton->setAutoDefault(false);
    setAttribute(Qt::WA_ShowWithoutActivating);
    if (!m_mayAcknowledge)
        m_ui->acknowledgeButton->setToolTip(tr("Analysts may read reports; a trader or supervisor acknowledges them"));
    connect(m_ui->reportView, &QTableWidget::itemSelectionChanged, this, [this] {
        showFindings();
        updateButtons();
    });
    connect(m_ui->acknowledgeButton, &QPushButton::clicked, this, [this] {
        if (const quint32 n = selectedReport())
            emit acknowledge(n);
    });
    rebuildReports();
}

ReconciliationDialog::~ReconciliationDialog() = default;

int ReconciliationDialog::pendingCount() const
{
    int n = 0;
    for (const ReconciliationSnapshot& r : m_reports)
        n += r.phase == ReconciliationPhase::AwaitingAck;
    return n;
}

const ReconciliationSnapshot* ReconciliationDialog::report(quint32 number) const
{
    auto it = m_reports.constFind(number);
    return it == m_reports.cend() ? nullptr : &*it;
}

quint32 ReconciliationDialog::selectedReport() const
{
    const int row = m_ui->reportView->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_ui->reportView->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toUInt() : 0;
}

void ReconciliationDialog::selectReport(quint32 number)
{
    for (int row = 0; row < m_ui->reportView->rowCount(); ++row)
        if (m_ui->reportView->item(row, 0)->data(Qt::UserRole).toUInt() == number)
            m_ui->reportView->selectRow(row);
}

void ReconciliationDialog::apply(const ReconciliationSnapshot& report)
{
    const int before = pendingCount();
    m_reports[report.number] = report;
    const quint32 selected = selectedReport();
    rebuildReports();
    // The selection stays where the user left it: the findings on screen are
    // the report the button acknowledges. With nothing chosen yet, a report
    // that needs somebody is shown.
    if (selected)
        selectReport(selected);
    else if (report.phase == ReconciliationPhase::AwaitingAck)
        selectReport(report.number);
    if (pendingCount() != before)
        emit pendingChanged(pendingCount());
}

void ReconciliationDialog::rebuildReports()
{
    QSignalBlocker block(m_ui->reportView);
    m_ui->reportView->setRowCount(int(m_reports.size()));
    int row = 0;
    // Newest first: the one that matters now is at the top.
    for (auto it = m_reports.cend(); it != m_reports.cbegin();) {
        --it;
        const ReconciliationSnapshot& r = *it;
        auto* number = new QTableWidgetItem(QString::number(r.number));
        number->setData(Qt::UserRole, r.number);
        m_ui->reportView->setItem(row, 0, number);
        m_ui->reportView->setItem(row, 1, new QTableWidgetItem(r.venue));
        auto* state = new QTableWidgetItem(phaseText(r.phase));
        if (r.phase == ReconciliationPhase::AwaitingAck) {
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
        }
        m_ui->reportView->setItem(row, 2, state);
        m_ui->reportView->setItem(
            row, 3,
            new QTableWidgetItem(QDateTime::fromMSecsSinceEpoch(r.started / 1'000'000).toString(QStringLiteral("HH:mm:ss"))));
        m_ui->reportView->setItem(row, 4, new QTableWidgetItem(QString::number(r.ordersChecked)));
        m_ui->reportView->setItem(row, 5, new QTableWidgetItem(QString::number(r.reportsReceived)));
        m_ui->reportView->setItem(row, 6, new QTableWidgetItem(QString::number(r.items.size())));
        m_ui->reportView->setItem(row, 7, new QTableWidgetItem(r.acknowledgedBy));
        ++row;
    }
    m_ui->reportView->resizeColumnsToContents();
    const int pending = pendingCount();
    m_ui->summaryLabel->setText(
        pending ? tr("%n report(s) wait for acknowledgement: new orders to those venues are held until you have read "
                     "the differences below and acknowledged them.",
                     nullptr, pending)
                : tr("Every venue is reconciled; nothing waits for acknowledgement."));
    showFindings();
    updateButtons();
}

void ReconciliationDialog::showFindings()
{
    const ReconciliationSnapshot* r = report(selectedReport());
    const QList<ReconciliationItemSnapshot> items = r ? r->items : QList<ReconciliationItemSnapshot>();
    m_ui->findingView->setRowCount(int(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        const ReconciliationItemSnapshot& f = items[i];
        m_ui->findingView->setItem(i, 0, new QTableWidgetItem(findingText(f.finding)));
        m_ui->findingView->setItem(i, 1, new QTableWidgetItem(f.orderId ? QString::number(f.orderId) : tr("—")));
        m_ui->findingView->setItem(i, 2, new QTableWidgetItem(f.clOrdId));
        m_ui->findingView->setItem(i, 3, new QTableWidgetItem(f.symbol));
        m_ui->findingView->setItem(i, 4, new QTableWidgetItem(QString::number(f.ourCumQty)));
        m_ui->findingView->setItem(i, 5, new QTableWidgetItem(QString::number(f.venueCumQty)));
        m_ui->findingView->setItem(i, 6, new QTableWidgetItem(f.text));
    }
    m_ui->findingView->resizeColumnsToContents();
    m_ui->findingView->horizontalHeader()->setStretchLastSection(true);
}

void ReconciliationDialog::updateButtons()
{
    const ReconciliationSnapshot* r = report(selectedReport());
    m_ui->acknowledgeButton->setEnabled(m_mayAcknowledge && r && r->phase == ReconciliationPhase::AwaitingAck);
}

void ReconciliationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuildReports();
    }
    QDialog::changeEvent(event);
}

}  // namespace ordo
