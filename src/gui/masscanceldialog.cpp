#include "masscanceldialog.h"

#include "ui_masscanceldialog.h"

#include "oms/lifecycle.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTimer>

namespace ordo {

SnapshotFilter::SnapshotFilter(const OrderFilter& f)
    : symbol(QString::fromStdString(f.symbol))
    , account(QString::fromStdString(f.account))
    , strategy(QString::fromStdString(f.strategy))
    , venue(QString::fromStdString(f.venue))
    , trader(QString::fromStdString(f.trader))
    , side(f.side)
{
}

bool SnapshotFilter::matches(const OrderSnapshot& o) const
{
    auto same = [](const QString& wanted, const QString& value) { return wanted.isEmpty() || value == wanted; };
    return allows(o.status, LifecycleEvent::CancelRequested) && same(symbol, o.symbol) && (!side || *side == o.side)
        && same(account, o.account) && same(strategy, o.strategy) && same(venue, o.venue) && same(trader, o.trader);
}

bool massCancelMatches(const OrderSnapshot& o, const OrderFilter& f)
{
    return SnapshotFilter(f).matches(o);
}

MassCancelDialog::MassCancelDialog(OrderSource orders, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MassCancelDialog>())
    , m_orders(std::move(orders))
{
    m_ui->setupUi(this);
    m_ui->sideCombo->addItem(tr("Any side"), -1);
    m_ui->sideCombo->addItem(tr("Buy"), int(Side::Buy));
    m_ui->sideCombo->addItem(tr("Sell"), int(Side::Sell));
    m_ui->sideCombo->addItem(tr("Short"), int(Side::Short));
    m_ui->sideCombo->addItem(tr("Cover"), int(Side::Cover));
    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(250);
    connect(m_refreshSoon, &QTimer::timeout, this, &MassCancelDialog::refresh);
    fillChoices();
    for (QComboBox* c : {m_ui->symbolEdit, m_ui->accountEdit, m_ui->strategyEdit, m_ui->venueEdit, m_ui->traderEdit})
        connect(c, &QComboBox::currentTextChanged, this, &MassCancelDialog::refresh);
    connect(m_ui->sideCombo, &QComboBox::currentIndexChanged, this, &MassCancelDialog::refresh);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, [this] {
        refresh();  // the count the user confirms is the count now
        if (m_count == 0)
            return;
        const OrderFilter f = filter();
        const bool everything = f.symbol.empty() && !f.side && f.account.empty() && f.strategy.empty()
                             && f.venue.empty() && f.trader.empty();
        const QString question = everything ? tr("Cancel all %n working order(s)?", nullptr, m_count)
                                            : tr("Cancel the %n matching working order(s)?", nullptr, m_count);
        if (QMessageBox::warning(this, tr("Mass cancel"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        emit massCancel(f);
        accept();
    });
    refresh();
}

MassCancelDialog::~MassCancelDialog() = default;

void MassCancelDialog::fillChoices()
{
    // Offer the values that working orders have; typing another is allowed.
    QSet<QString> symbols, accounts, strategies, venues, traders;
    m_orders([&](const OrderSnapshot& o) {
        if (!allows(o.status, LifecycleEvent::CancelRequested))
            return;
        symbols.insert(o.symbol);
        accounts.insert(o.account);
        strategies.insert(o.strategy);
        venues.insert(o.venue);
        traders.insert(o.trader);
    });
    auto fill = [](QComboBox* c, const QSet<QString>& values) {
        QStringList sorted(values.begin(), values.end());
        sorted.removeAll(QString());
        sorted.sort();
        c->clear();
        c->addItem(QString());
        c->addItems(sorted);
        c->setCurrentIndex(0);
    };
    fill(m_ui->symbolEdit, symbols);
    fill(m_ui->accountEdit, accounts);
    fill(m_ui->strategyEdit, strategies);
    fill(m_ui->venueEdit, venues);
    fill(m_ui->traderEdit, traders);
}

OrderFilter MassCancelDialog::filter() const
{
    OrderFilter f;
    f.symbol = m_ui->symbolEdit->currentText().trimmed().toStdString();
    const int side = m_ui->sideCombo->currentData().toInt();
    if (side >= 0)
        f.side = static_cast<Side>(side);
    f.account = m_ui->accountEdit->currentText().trimmed().toStdString();
    f.strategy = m_ui->strategyEdit->currentText().trimmed().toStdString();
    f.venue = m_ui->venueEdit->currentText().trimmed().toStdString();
    f.trader = m_ui->traderEdit->currentText().trimmed().toStdString();
    return f;
}

void MassCancelDialog::setFilter(const OrderFilter& f)
{
    m_ui->symbolEdit->setCurrentText(QString::fromStdString(f.symbol));
    m_ui->sideCombo->setCurrentIndex(f.side ? m_ui->sideCombo->findData(int(*f.side)) : 0);
    m_ui->accountEdit->setCurrentText(QString::fromStdString(f.account));
    m_ui->strategyEdit->setCurrentText(QString::fromStdString(f.strategy));
    m_ui->venueEdit->setCurrentText(QString::fromStdString(f.venue));
    m_ui->traderEdit->setCurrentText(QString::fromStdString(f.trader));
    refresh();
}

int MassCancelDialog::matchingCount() const
{
    return m_count;
}

void MassCancelDialog::refresh()
{
    const SnapshotFilter f(filter());
    m_count = 0;
    m_orders([&](const OrderSnapshot& o) { m_count += f.matches(o); });
    m_ui->countLabel->setText(m_count ? tr("%n working order(s) match.", nullptr, m_count)
                                      : tr("No working order matches: nothing to cancel."));
    m_ui->confirmButton->setText(tr("Cancel %n order(s)", nullptr, m_count));
    m_ui->confirmButton->setEnabled(m_count > 0);
}

void MassCancelDialog::ordersChanged()
{
    if (!m_refreshSoon->isActive())
        m_refreshSoon->start();
}

}  // namespace ordo
