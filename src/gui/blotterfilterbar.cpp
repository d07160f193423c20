#include "blotterfilterbar.h"

#include "ordermodel.h"
#include "ui_blotterfilterbar.h"

#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QStringListModel>

namespace ordo {
namespace {

constexpr quint8 kBuys = OrderCriteria::sideBit(Side::Buy) | OrderCriteria::sideBit(Side::Cover);
constexpr quint8 kSells = OrderCriteria::sideBit(Side::Sell) | OrderCriteria::sideBit(Side::Short);

}  // namespace

BlotterFilterBar::BlotterFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BlotterFilterBar>())
{
    m_ui->setupUi(this);

    m_stateMenu = new QMenu(this);
    m_stateMenu->installEventFilter(this);
    m_allStates = m_stateMenu->addAction(tr("All states"));
    m_workingStates = m_stateMenu->addAction(tr("Working (not finished)"));
    m_doneStates = m_stateMenu->addAction(tr("Done (filled, cancelled, expired, rejected)"));
    m_workingStates->setCheckable(true);
    m_doneStates->setCheckable(true);
    m_stateMenu->addSeparator();
    // Working states first, as the blotter sorts them.
    std::array<OrderStatus, kOrderStatusCount> byRank{};
    for (int i = 0; i < kOrderStatusCount; ++i)
        byRank[std::size_t(statusRank(static_cast<OrderStatus>(i)))] = static_cast<OrderStatus>(i);
    for (OrderStatus s : byRank) {
        QAction* a = m_stateMenu->addAction(statusText(s));
        a->setCheckable(true);
        a->setData(int(s));
        m_stateActions[std::size_t(s)] = a;
    }
    connect(m_stateMenu, &QMenu::triggered, this, &BlotterFilterBar::stateToggled);
    m_ui->stateButton->setMenu(m_stateMenu);

    m_ui->sideCombo->addItem(tr("All sides"), 0);
    m_ui->sideCombo->addItem(tr("Buys (buy, cover)"), int(kBuys));
    m_ui->sideCombo->addItem(tr("Sells (sell, short)"), int(kSells));
    for (Side s : {Side::Buy, Side::Sell, Side::Short, Side::Cover})
        m_ui->sideCombo->addItem(sideText(s), int(OrderCriteria::sideBit(s)));
    connect(m_ui->sideCombo, &QComboBox::currentIndexChanged, this, &BlotterFilterBar::emitIfChanged);

    for (std::size_t i = 0; i < m_completions.size(); ++i) {
        m_completions[i] = new QStringListModel(this);
        auto* completer = new QCompleter(m_completions[i], this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchStartsWith);
        fieldEdit(static_cast<Field>(i))->setCompleter(completer);
    }
    // New names arrive with order batches; the completer's model is rebuilt
    // at most a few times a second, not per batch.
    m_completionTimer.setSingleShot(true);
    m_completionTimer.setInterval(500);
    connect(&m_completionTimer, &QTimer::timeout, this, &BlotterFilterBar::flushCompletions);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &BlotterFilterBar::emitIfChanged);
    for (QLineEdit* e : {m_ui->quickEdit, m_ui->symbolEdit, m_ui->accountEdit, m_ui->strategyEdit, m_ui->venueEdit,
                         m_ui->traderEdit}) {
        connect(e, &QLineEdit::textChanged, this, &BlotterFilterBar::changed);
        // Enter applies at once, without waiting for the pause.
        connect(e, &QLineEdit::returnPressed, this, &BlotterFilterBar::emitIfChanged);
    }
    connect(m_ui->clearButton, &QToolButton::clicked, this, [this] { setCriteria({}); });
    updateStateButton();
}

BlotterFilterBar::~BlotterFilterBar() = default;

QLineEdit* BlotterFilterBar::quickEdit() const
{
    return m_ui->quickEdit;
}

QLineEdit* BlotterFilterBar::fieldEdit(Field field) const
{
    switch (field) {
    case Field::Symbol: return m_ui->symbolEdit;
    case Field::Account: return m_ui->accountEdit;
    case Field::Strategy: return m_ui->strategyEdit;
    case Field::Venue: return m_ui->venueEdit;
    case Field::Trader: return m_ui->traderEdit;
    }
    return m_ui->symbolEdit;
}

OrderCriteria BlotterFilterBar::criteria() const
{
    OrderCriteria c;
    if (!m_ui->stateButton->isHidden())
        for (QAction* a : m_stateActions)
            if (a->isChecked())
                c.states |= OrderCriteria::stateBit(static_cast<OrderStatus>(a->data().toInt()));
    c.sides = static_cast<quint8>(m_ui->sideCombo->currentData().toInt());
    c.symbols = OrderCriteria::splitList(m_ui->symbolEdit->text());
    c.accounts = OrderCriteria::splitList(m_ui->accountEdit->text());
    c.strategies = OrderCriteria::splitList(m_ui->strategyEdit->text());
    c.venues = OrderCriteria::splitList(m_ui->venueEdit->text());
    c.traders = OrderCriteria::splitList(m_ui->traderEdit->text());
    c.words = OrderCriteria::splitWords(m_ui->quickEdit->text());
    return c;
}

void BlotterFilterBar::setCriteria(const OrderCriteria& c)
{
    m_updating = true;
    for (QAction* a : m_stateActions)
        a->setChecked(c.states & OrderCriteria::stateBit(static_cast<OrderStatus>(a->data().toInt())));
    const int side = m_ui->sideCombo->findData(int(c.sides));
    m_ui->sideCombo->setCurrentIndex(side >= 0 ? side : 0);
    const QString separator = QStringLiteral(", ");
    m_ui->symbolEdit->setText(c.symbols.join(separator));
    m_ui->accountEdit->setText(c.accounts.join(separator));
    m_ui->strategyEdit->setText(c.strategies.join(separator));
    m_ui->venueEdit->setText(c.venues.join(separator));
    m_ui->traderEdit->setText(c.traders.join(separator));
    m_ui->quickEdit->setText(c.words.join(QLatin1Char(' ')));
    m_updating = false;
    updateStateButton();
    emitIfChanged();
}

void BlotterFilterBar::setStatesShown(bool shown)
{
    m_ui->stateButton->setHidden(!shown);
    emitIfChanged();
}

void BlotterFilterBar::addCompletion(Field field, const QString& value)
{
    const auto i = static_cast<std::size_t>(field);
    if (value.isEmpty() || m_known[i].contains(value))
        return;
    m_known[i].insert(value);
    m_completionsDirty[i] = true;
    if (!m_completionTimer.isActive())
        m_completionTimer.start();
}

void BlotterFilterBar::flushCompletions()
{
    for (std::size_t i = 0; i < m_completions.size(); ++i) {
        if (!m_completionsDirty[i])
            continue;
        m_completionsDirty[i] = false;
        QStringList values(m_known[i].begin(), m_known[i].end());
        values.sort(Qt::CaseInsensitive);
        m_completions[i]->setStringList(values);
    }
}

void BlotterFilterBar::setCountText(const QString& text)
{
    m_ui->countLabel->setText(text);
}

void BlotterFilterBar::setCounts(int shown, int total, const QString& all, const QString& some)
{
    const QLocale locale;
    setCountText(shown == total ? all.arg(locale.toString(total))
                                : some.arg(locale.toString(shown), locale.toString(total)));
}

QAction* BlotterFilterBar::addFindAction(QWidget* scope)
{
    auto* find = new QAction(scope);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        quickEdit()->setFocus();
        quickEdit()->selectAll();
    });
    scope->addAction(find);
    return find;
}

void BlotterFilterBar::changed()
{
    if (!m_updating)
        m_debounce.start();
}

void BlotterFilterBar::emitIfChanged()
{
    if (m_updating)
        return;
    m_debounce.stop();
    const OrderCriteria c = criteria();
    if (c == m_emitted)
        return;
    m_emitted = c;
    emit criteriaChanged(c);
}

void BlotterFilterBar::stateToggled(QAction* action)
{
    m_updating = true;
    if (action == m_allStates) {
        for (QAction* a : m_stateActions)
            a->setChecked(false);
    } else if (action == m_workingStates || action == m_doneStates) {
        const quint32 group = action == m_workingStates ? OrderCriteria::workingStates() : OrderCriteria::doneStates();
        const bool on = action->isChecked();
        for (QAction* a : m_stateActions)
            if (group & OrderCriteria::stateBit(static_cast<OrderStatus>(a->data().toInt())))
                a->setChecked(on);
    }
    m_updating = false;
    updateStateButton();
    emitIfChanged();
}

void BlotterFilterBar::updateStateButton()
{
    quint32 states = 0;
    int count = 0;
    QString single;
    for (QAction* a : m_stateActions) {
        if (a->isChecked()) {
            states |= OrderCriteria::stateBit(static_cast<OrderStatus>(a->data().toInt()));
            single = a->text();
            ++count;
        }
    }
    const quint32 working = OrderCriteria::workingStates();
    const quint32 done = OrderCriteria::doneStates();
    m_workingStates->setChecked((states & working) == working);
    m_doneStates->setChecked((states & done) == done);
    QString text;
    if (states == 0 || states == (working | done))
        text = tr("State: all");
    else if (states == working)
        text = tr("State: working");
    else if (states == done)
        text = tr("State: done");
    else if (count == 1)
        text = tr("State: %1").arg(single);
    else
        text = tr("State: %n chosen", nullptr, count);
    m_ui->stateButton->setText(text);
}

bool BlotterFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    // Ticking several states should not need the menu opened once per tick:
    // a click on a checkable entry toggles it and the menu stays open.
    if (watched == m_stateMenu && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        QAction* a = m_stateMenu->actionAt(mouse->position().toPoint());
        if (a && a->isCheckable() && a->isEnabled()) {
            a->setChecked(!a->isChecked());
            stateToggled(a);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace ordo
