#include "orderentrydialog.h"

#include "ui_orderentrydialog.h"

#include "domain/format.h"

#include <QPushButton>

namespace ordo {

OrderEntryDialog::OrderEntryDialog(const std::vector<InstrumentConfig>& instruments, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrderEntryDialog>())
    , m_instruments(instruments)
{
    m_ui->setupUi(this);
    for (const auto& ic : m_instruments)
        m_ui->symbolCombo->addItem(QString::fromStdString(ic.instrument.symbol));
    m_ui->sideCombo->addItem(tr("Buy"), int(Side::Buy));
    m_ui->sideCombo->addItem(tr("Sell"), int(Side::Sell));
    m_ui->sideCombo->addItem(tr("Sell short"), int(Side::Short));
    m_ui->sideCombo->addItem(tr("Buy to cover"), int(Side::Cover));
    m_ui->typeCombo->addItem(tr("Limit"), int(OrdType::Limit));
    m_ui->typeCombo->addItem(tr("Market"), int(OrdType::Market));
    m_ui->typeCombo->addItem(tr("Stop"), int(OrdType::Stop));
    m_ui->typeCombo->addItem(tr("Stop limit"), int(OrdType::StopLimit));
    for (TimeInForce t : {TimeInForce::Day, TimeInForce::Gtc, TimeInForce::Ioc, TimeInForce::Fok, TimeInForce::Ato,
                          TimeInForce::Atc})
        m_ui->tifCombo->addItem(QString::fromLatin1(toString(t).data()), int(t));
    m_ui->quantityEdit->setText(QStringLiteral("100"));
    m_ui->accountEdit->setText(QStringLiteral("ACC1"));
    if (!m_instruments.empty())
        m_ui->limitEdit->setText(QString::fromStdString(formatPrice(m_instruments.front().referencePrice)));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (request())
            accept();
    });
    for (QLineEdit* e : {m_ui->quantityEdit, m_ui->limitEdit, m_ui->stopEdit, m_ui->accountEdit, m_ui->locateEdit})
        connect(e, &QLineEdit::textChanged, this, &OrderEntryDialog::revalidate);
    for (QComboBox* c : {m_ui->symbolCombo, m_ui->sideCombo, m_ui->typeCombo, m_ui->tifCombo})
        connect(c, &QComboBox::currentTextChanged, this, &OrderEntryDialog::revalidate);
    connect(m_ui->symbolCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < static_cast<int>(m_instruments.size()))
            m_ui->limitEdit->setText(QString::fromStdString(formatPrice(m_instruments[std::size_t(i)].referencePrice)));
    });
    revalidate();
}

OrderEntryDialog::~OrderEntryDialog() = default;

std::optional<OrderRequest> OrderEntryDialog::request() const
{
    QString ignored;
    return build(ignored);
}

QString OrderEntryDialog::problem() const
{
    QString p;
    build(p);
    return p;
}

void OrderEntryDialog::revalidate()
{
    const auto type = static_cast<OrdType>(m_ui->typeCombo->currentData().toInt());
    m_ui->limitEdit->setEnabled(type == OrdType::Limit || type == OrdType::StopLimit);
    m_ui->stopEdit->setEnabled(type == OrdType::Stop || type == OrdType::StopLimit);
    m_ui->locateEdit->setEnabled(static_cast<Side>(m_ui->sideCombo->currentData().toInt()) == Side::Short);
    QString p;
    const bool ok = build(p).has_value();
    m_ui->problemLabel->setText(p);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

std::optional<OrderRequest> OrderEntryDialog::build(QString& problem) const
{
    OrderRequest r;
    const QString symbol = m_ui->symbolCombo->currentText().trimmed();
    const InstrumentConfig* inst = nullptr;
    for (const auto& ic : m_instruments)
        if (QString::fromStdString(ic.instrument.symbol) == symbol)
            inst = &ic;
    if (!inst) {
        problem = symbol.isEmpty() ? tr("Choose a symbol.") : tr("Unknown symbol %1.").arg(symbol);
        return std::nullopt;
    }
    r.symbol = symbol.toStdString();
    r.side = static_cast<Side>(m_ui->sideCombo->currentData().toInt());
    r.type = static_cast<OrdType>(m_ui->typeCombo->currentData().toInt());
    r.tif = static_cast<TimeInForce>(m_ui->tifCombo->currentData().toInt());

    bool qtyOk = false;
    const qlonglong qty = m_ui->quantityEdit->text().trimmed().toLongLong(&qtyOk);
    if (!qtyOk || qty <= 0) {
        problem = tr("Quantity must be a positive whole number.");
        return std::nullopt;
    }
    if (qty % inst->instrument.lotSize != 0) {
        problem = tr("Quantity must be a multiple of the lot size %1.").arg(inst->instrument.lotSize);
        return std::nullopt;
    }
    r.quantity = qty;

    auto readPrice = [&](QLineEdit* edit, const QString& what, Price& out) {
        const auto p = parsePrice(edit->text().toStdString());
        if (!p || *p <= 0) {
            problem = tr("%1 must be a positive number.").arg(what);
            return false;
        }
        if (*p % inst->instrument.tickSize != 0) {
            problem = tr("%1 %2 is not on the tick size %3.")
                          .arg(what, edit->text().trimmed(),
                               QString::fromStdString(formatPrice(inst->instrument.tickSize)));
            return false;
        }
        out = *p;
        return true;
    };
    if ((r.type == OrdType::Limit || r.type == OrdType::StopLimit) && !readPrice(m_ui->limitEdit, tr("Limit price"), r.limitPrice))
        return std::nullopt;
    if ((r.type == OrdType::Stop || r.type == OrdType::StopLimit) && !readPrice(m_ui->stopEdit, tr("Stop price"), r.stopPrice))
        return std::nullopt;
    if (r.type == OrdType::Market && r.tif == TimeInForce::Gtc) {
        problem = tr("A market order cannot be GTC.");
        return std::nullopt;
    }
    r.account = m_ui->accountEdit->text().trimmed().toStdString();
    if (r.account.empty()) {
        problem = tr("Enter an account.");
        return std::nullopt;
    }
    if (r.side == Side::Short) {
        r.locateId = m_ui->locateEdit->text().trimmed().toStdString();
        if (r.locateId.empty()) {
            problem = tr("A short sale needs the locate id the broker granted.");
            return std::nullopt;
        }
    }
    problem.clear();
    return r;
}

}  // namespace ordo
