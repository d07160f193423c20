#include "limitdialog.h"

#include "riskmodels.h"
#include "ui_limitdialog.h"

#include "domain/format.h"

#include <QPushButton>

namespace ordo {

LimitDialog::LimitDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LimitDialog>())
{
    m_ui->setupUi(this);
    for (RiskCheck c : {RiskCheck::MaxOrderQty, RiskCheck::MaxOrderNotional, RiskCheck::PriceCollar,
                        RiskCheck::MaxLongPosition, RiskCheck::MaxShortPosition, RiskCheck::GrossExposure,
                        RiskCheck::NetExposure, RiskCheck::Concentration, RiskCheck::DailyVolume,
                        RiskCheck::DailyNotional, RiskCheck::DailyOrders, RiskCheck::DailyFills,
                        RiskCheck::BuyingPower, RiskCheck::DailyLoss})
        m_ui->checkCombo->addItem(riskCheckTitle(c), int(c));
    m_ui->levelCombo->addItem(tr("Firm"), int(LimitLevel::Firm));
    m_ui->levelCombo->addItem(tr("Desk"), int(LimitLevel::Desk));
    m_ui->levelCombo->addItem(tr("Trader"), int(LimitLevel::Trader));
    m_ui->levelCombo->addItem(tr("Account"), int(LimitLevel::Account));
    m_ui->levelCombo->addItem(tr("Strategy"), int(LimitLevel::Strategy));
    m_ui->levelCombo->addItem(tr("Instrument"), int(LimitLevel::Instrument));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (setting())
            accept();
    });
    connect(m_ui->checkCombo, &QComboBox::currentIndexChanged, this, &LimitDialog::revalidate);
    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, &LimitDialog::revalidate);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &LimitDialog::revalidate);
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &LimitDialog::revalidate);
    connect(m_ui->removeCheck, &QCheckBox::toggled, this, &LimitDialog::revalidate);
    revalidate();
}

LimitDialog::~LimitDialog() = default;

void LimitDialog::setLimit(const LimitSnapshot& l)
{
    m_ui->checkCombo->setCurrentIndex(m_ui->checkCombo->findData(int(l.check)));
    m_ui->levelCombo->setCurrentIndex(m_ui->levelCombo->findData(int(l.level)));
    m_ui->nameEdit->setText(l.name);
    QString value = limitValueText(l.check, l.limit);
    value.remove(QLatin1Char('%'));
    value.remove(QLocale().groupSeparator());
    m_ui->valueEdit->setText(value);
    m_ui->softCheck->setChecked(l.soft);
}

std::optional<LimitSetting> LimitDialog::setting() const
{
    QString ignored;
    return build(ignored);
}

void LimitDialog::revalidate()
{
    const auto check = static_cast<RiskCheck>(m_ui->checkCombo->currentData().toInt());
    const auto level = static_cast<LimitLevel>(m_ui->levelCombo->currentData().toInt());
    m_ui->nameEdit->setEnabled(level != LimitLevel::Firm);
    m_ui->valueEdit->setEnabled(!m_ui->removeCheck->isChecked());
    m_ui->valueEdit->setPlaceholderText(unitOf(check) == LimitUnit::Money    ? tr("amount, e.g. 1000000")
                                        : unitOf(check) == LimitUnit::BasisPoints ? tr("percent, e.g. 5")
                                                                : tr("whole number"));
    QString problem;
    const bool ok = build(problem).has_value();
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

std::optional<LimitSetting> LimitDialog::build(QString& problem) const
{
    LimitSetting s;
    s.check = static_cast<RiskCheck>(m_ui->checkCombo->currentData().toInt());
    s.level = static_cast<LimitLevel>(m_ui->levelCombo->currentData().toInt());
    s.name = s.level == LimitLevel::Firm ? std::string() : m_ui->nameEdit->text().trimmed().toStdString();
    s.soft = m_ui->softCheck->isChecked();
    if (s.level != LimitLevel::Firm && s.name.empty()) {
        problem = tr("Name the desk, trader, account, strategy or symbol the limit applies to.");
        return std::nullopt;
    }
    if (m_ui->removeCheck->isChecked()) {
        s.value = -1;
        problem.clear();
        return s;
    }
    const auto parsed = parsePrice(m_ui->valueEdit->text().trimmed().toStdString());
    if (!parsed || *parsed < 0) {
        problem = tr("The value must be a number of zero or more.");
        return std::nullopt;
    }
    if (unitOf(s.check) == LimitUnit::Money) {
        s.value = *parsed;
    } else if (unitOf(s.check) == LimitUnit::BasisPoints) {
        s.value = *parsed / (kPriceScale / 100);
    } else {
        if (*parsed % kPriceScale) {
            problem = tr("The value must be a whole number.");
            return std::nullopt;
        }
        s.value = *parsed / kPriceScale;
    }
    problem.clear();
    return s;
}

}  // namespace ordo
