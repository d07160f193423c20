#include "replacedialog.h"

#include "domain/format.h"
#include "ordermodel.h"
#include "ui_replacedialog.h"

#include <QLocale>
#include <QPushButton>

namespace ordo {

ReplaceDialog::ReplaceDialog(const OrderSnapshot& order, const Instrument* instrument, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplaceDialog>())
    , m_order(order)
{
    m_ui->setupUi(this);
    if (instrument) {
        m_tick = std::max<Price>(instrument->tickSize, 1);
        m_lot = std::max<Qty>(instrument->lotSize, 1);
    }
    const QLocale locale;
    m_ui->summaryLabel->setText(tr("Order %1: %2 %3 %4, %5 filled, %6")
                                    .arg(order.id)
                                    .arg(sideText(order.side), locale.toString(order.quantity), order.symbol,
                                         locale.toString(order.cumQty), statusText(order.status)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Send &replace"));
    m_ui->quantityEdit->setText(QString::number(order.quantity));
    const bool hasLimit = order.type == OrdType::Limit || order.type == OrdType::StopLimit;
    const bool hasStop = order.type == OrdType::Stop || order.type == OrdType::StopLimit;
    m_ui->limitEdit->setText(hasLimit ? priceText(order.limitPrice) : QString());
    m_ui->stopEdit->setText(hasStop ? priceText(order.stopPrice) : QString());
    m_ui->limitEdit->setEnabled(hasLimit);
    m_ui->stopEdit->setEnabled(hasStop);
    if (!hasLimit)
        m_ui->limitEdit->setPlaceholderText(tr("not a limit order"));
    if (!hasStop)
        m_ui->stopEdit->setPlaceholderText(tr("not a stop order"));
    m_ui->displayEdit->setText(QString::number(order.displayQty));

    for (QLineEdit* e : {m_ui->quantityEdit, m_ui->limitEdit, m_ui->stopEdit, m_ui->displayEdit})
        connect(e, &QLineEdit::textChanged, this, &ReplaceDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (const auto a = amendment()) {
            emit replaceRequested(m_order.id, *a);
            accept();
        }
    });
    m_ui->quantityEdit->selectAll();
    revalidate();
}

ReplaceDialog::~ReplaceDialog() = default;

std::optional<OrderAmendment> ReplaceDialog::amendment() const
{
    QString ignored;
    return build(ignored);
}

QString ReplaceDialog::problem() const
{
    QString p;
    build(p);
    return p;
}

void ReplaceDialog::revalidate()
{
    QString p;
    const bool ok = build(p).has_value();
    m_ui->problemLabel->setText(p);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

std::optional<OrderAmendment> ReplaceDialog::build(QString& problem) const
{
    if (isTerminal(m_order.status)) {
        problem = tr("Order %1 is %2: it can no longer be changed.").arg(m_order.id).arg(statusText(m_order.status).toLower());
        return std::nullopt;
    }
    const QLocale locale;
    auto readQty = [&](const QLineEdit* edit, Qty& out) {
        bool ok = false;
        const qlonglong v = edit->text().trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        out = v;
        return true;
    };

    OrderAmendment a;
    Qty quantity = 0;
    if (!readQty(m_ui->quantityEdit, quantity) || quantity <= 0) {
        problem = tr("Quantity must be a positive whole number.");
        return std::nullopt;
    }
    if (quantity <= m_order.cumQty) {
        problem = tr("Quantity must exceed the %1 already filled.").arg(locale.toString(m_order.cumQty));
        return std::nullopt;
    }
    if (quantity % m_lot != 0) {
        problem = tr("Quantity must be a multiple of the lot size %1.").arg(m_lot);
        return std::nullopt;
    }
    if (quantity != m_order.quantity)
        a.quantity = quantity;

    auto readPrice = [&](const QLineEdit* edit, const QString& what, Price current, Price& out) {
        const auto p = parsePrice(edit->text().trimmed().toStdString());
        if (!p || *p <= 0) {
            problem = tr("%1 must be a positive number.").arg(what);
            return false;
        }
        if (*p % m_tick != 0) {
            problem = tr("%1 %2 is not on the tick size %3.").arg(what, edit->text().trimmed(), priceText(m_tick));
            return false;
        }
        if (*p != current)
            out = *p;
        return true;
    };
    if (m_ui->limitEdit->isEnabled() && !readPrice(m_ui->limitEdit, tr("Limit price"), m_order.limitPrice, a.limitPrice))
        return std::nullopt;
    if (m_ui->stopEdit->isEnabled() && !readPrice(m_ui->stopEdit, tr("Stop price"), m_order.stopPrice, a.stopPrice))
        return std::nullopt;

    Qty display = 0;
    const QString displayText = m_ui->displayEdit->text().trimmed();
    if (!displayText.isEmpty() && (!readQty(m_ui->displayEdit, display) || display < 0)) {
        problem = tr("Display quantity must be a whole number, 0 to show everything.");
        return std::nullopt;
    }
    if (display > quantity) {
        problem = tr("Display quantity cannot exceed the quantity %1.").arg(locale.toString(quantity));
        return std::nullopt;
    }
    if (display % m_lot != 0) {
        problem = tr("Display quantity must be a multiple of the lot size %1.").arg(m_lot);
        return std::nullopt;
    }
    if (display != m_order.displayQty)
        a.displayQty = display;

    if (a.quantity == 0 && a.limitPrice == 0 && a.stopPrice == 0 && a.displayQty < 0) {
        problem = tr("Change at least one field.");
        return std::nullopt;
    }
    problem.clear();
    return a;
}

}  // namespace ordo
