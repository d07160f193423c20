#include "fixcockpit.h"

#include "configloader.h"
#include "fixsessionmodels.h"
#include "ui_fixcockpit.h"

#include <QEvent>
#include <QHeaderView>
#include <QLoggingCategory>

namespace ordo {

namespace {
Q_LOGGING_CATEGORY(lcCockpit, "ordo.gui.cockpit")
}

FixCockpit::FixCockpit(const QString& dictionaryPath, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FixCockpit>())
{
    m_ui->setupUi(this);
    initResources();  // the dictionary may come from Ordo's resources
    QString error;
    if (!m_dictionary.load(dictionaryPath, &error))
        qCWarning(lcCockpit).noquote() << "FIX dictionary for the cockpit:" << error;  // raw tags still show

    m_sessions = new SessionModel(this);
    m_ui->sessionView->setModel(m_sessions);
    m_ui->sessionView->verticalHeader()->hide();
    m_ui->sessionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->sessionView->horizontalHeader()->setStretchLastSection(true);

    m_log = new WireLogModel(m_dictionary, 20000, this);
    m_filter = new WireFilterProxy(this);
    m_filter->setSourceModel(m_log);
    m_ui->wireView->setModel(m_filter);
    m_ui->wireView->verticalHeader()->hide();
    m_ui->wireView->verticalHeader()->setDefaultSectionSize(m_ui->wireView->fontMetrics().height() + 4);
    m_ui->wireView->horizontalHeader()->setStretchLastSection(true);
    m_ui->wireView->setColumnWidth(WireLogModel::ColTime, 100);
    m_ui->wireView->setColumnWidth(WireLogModel::ColVenue, 70);
    m_ui->wireView->setColumnWidth(WireLogModel::ColDirection, 40);
    m_ui->wireView->setColumnWidth(WireLogModel::ColType, 200);
    m_ui->wireView->setColumnWidth(WireLogModel::ColClOrdId, 130);
    m_ui->fieldView->verticalHeader()->hide();
    m_ui->fieldView->horizontalHeader()->setStretchLastSection(true);
    m_ui->splitter->setSizes({120, 320, 200});

    m_ui->sessionFilter->addItem(tr("All"), QString());
    m_ui->typeFilter->addItem(tr("All"), QString());
    connect(m_ui->sessionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setVenue(m_ui->sessionFilter->currentData().toString()); updateCount(); });
    connect(m_ui->typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMsgType(m_ui->typeFilter->currentData().toString()); updateCount(); });
    connect(m_ui->clOrdIdFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setClOrdId(text);
        updateCount();
    });
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_log->clear();
        m_ui->fieldView->setRowCount(0);
        m_shown.clear();
        updateCount();
    });
    connect(m_ui->sessionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                // Choosing a session filters the log to it.
                const QString venue = current.isValid()
                                        ? m_sessions->data(m_sessions->index(current.row(), SessionModel::ColVenue)).toString()
                                        : QString();
                const int at = m_ui->sessionFilter->findData(venue);
                if (at >= 0)
                    m_ui->sessionFilter->setCurrentIndex(at);
            });
    connect(m_ui->wireView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FixCockpit::showSelected);
    updateCount();
}

FixCockpit::~FixCockpit() = default;

void FixCockpit::applySession(const SessionSnapshot& session)
{
    m_sessions->apply(session);
    if (m_ui->sessionFilter->findData(session.venue) < 0)
        m_ui->sessionFilter->addItem(session.venue, session.venue);
}

void FixCockpit::appendWire(const QList<WireSnapshot>& messages, int dropped)
{
    for (const WireSnapshot& m : messages)
        noteMessageType(m.msgType);
    m_log->append(messages, dropped);
    if (m_ui->followCheck->isChecked() && !messages.isEmpty())
        m_ui->wireView->scrollToBottom();
    updateCount();
}

void FixCockpit::noteMessageType(const QString& msgType)
{
    if (msgType.isEmpty() || m_ui->typeFilter->findData(msgType) >= 0)
        return;
    const QString name = m_dictionary.messageName(msgType);
    m_ui->typeFilter->addItem(name.isEmpty() ? msgType : tr("%1 (%2)").arg(name, msgType), msgType);
}

void FixCockpit::selectMessage(int proxyRow)
{
    m_ui->wireView->setCurrentIndex(m_filter->index(proxyRow, 0));
}

void FixCockpit::showSelected()
{
    const QModelIndex current = m_ui->wireView->currentIndex();
    m_shown.clear();
    if (current.isValid())
        m_shown = m_dictionary.decode(m_filter->data(current, WireLogModel::RawRole).toString());
    m_ui->fieldView->setRowCount(int(m_shown.size()));
    for (int i = 0; i < m_shown.size(); ++i) {
        const DecodedField& f = m_shown[i];
        auto* tag = new QTableWidgetItem(f.tag ? QString::number(f.tag) : tr("?"));
        tag->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->fieldView->setItem(i, 0, tag);
        m_ui->fieldView->setItem(i, 1, new QTableWidgetItem(f.tag ? f.name : tr("(malformed)")));
        m_ui->fieldView->setItem(i, 2, new QTableWidgetItem(f.value));
        m_ui->fieldView->setItem(i, 3, new QTableWidgetItem(f.meaning));
    }
    m_ui->fieldView->resizeColumnsToContents();
}

void FixCockpit::updateCount()
{
    const qint64 dropped = m_log->droppedTotal();
    QString text = tr("%1 of %2 messages").arg(m_filter->rowCount()).arg(m_log->rowCount());
    if (dropped)
        text += tr(" (%1 older dropped)").arg(dropped);
    m_ui->countLabel->setText(text);
}

void FixCockpit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FixCockpit::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->sessionFilter->setItemText(0, tr("All"));
    m_ui->typeFilter->setItemText(0, tr("All"));
    updateCount();
}

}  // namespace ordo
