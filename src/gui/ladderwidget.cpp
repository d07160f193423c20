#include "ladderwidget.h"

#include "ladderdelegate.h"
#include "ladderfeed.h"
#include "laddermodel.h"
#include "ladderview.h"
#include "riskmodels.h"

#include "enginehost.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace ordo {
namespace {

constexpr int kMaxWorkingQty = 1'000'000'000;

QString nextClientOrderId()
{
    // Unique across ladders and restarts: the engine treats a known client
    // order id as a duplicate of the old order.
    static quint64 counter = 0;
    return QStringLiteral("LDR-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++counter);
}

QString signedQty(Qty q)
{
    return (q > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(q);
}

} // namespace

LadderWidget::LadderWidget(LadderFeed& feed, const QString& symbol, QWidget* parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_host(feed.host())
    , m_model(new LadderModel(this))
{
    setObjectName(QStringLiteral("ladder"));
    QSettings settings;
    const QList<QVariant> saved = settings.value(QStringLiteral("ladder/sizes")).toList();
    for (int i = 0; i < kSizePresets; ++i) {
        static constexpr Qty defaults[kSizePresets] = { 100, 200, 500, 1000 };
        const Qty q = i < saved.size() ? saved[i].toLongLong() : 0;
        m_presets << (q > 0 && q <= kMaxWorkingQty ? q : defaults[i]);
    }
    buildUi();
    buildActions();
    m_accountEdit->setText(settings.value(QStringLiteral("ladder/account"), QStringLiteral("ACC1")).toString());
    setWorkingQty(settings.value(QStringLiteral("ladder/workingQty"), qlonglong(m_presets.front())).toLongLong());

    connect(&m_host, &EngineHost::booksChanged, m_model, &LadderModel::applyBooks);
    connect(&m_feed, &LadderFeed::ordersChanged, m_model, &LadderModel::applyOrders);
    connect(&m_feed, &LadderFeed::positionsChanged, this, &LadderWidget::updatePosition);
    connect(&m_host, &EngineHost::submitFinished, this, &LadderWidget::onSubmitFinished);
    connect(m_model, &LadderModel::bookChanged, this, &LadderWidget::updateStats);
    connect(m_view, &LadderView::rowsFit, m_model, &LadderModel::setRows);
    connect(m_view, &LadderView::scrolled, m_model, &LadderModel::scroll);
    connect(m_view, &LadderView::cellClicked, this, &LadderWidget::onCellClicked);
    connect(m_view, &LadderView::ordersDragged, this, &LadderWidget::onOrdersDragged);
    connect(m_view, &LadderView::cellRightClicked, this, &LadderWidget::onContextMenu);
    connect(m_model, &LadderModel::axisMoved, this, [this] {
        if (!m_model->following())
            say(tr("Scrolled away from the market: Space re-centres."));
    });

    const auto& instruments = m_host.config().instruments;
    setInstrument(instrument(symbol) || instruments.empty()
            ? symbol
            : QString::fromStdString(instruments.front().instrument.symbol));
}

LadderWidget::~LadderWidget()
{
    if (!m_symbol.isEmpty())
        m_host.unwatchBook(m_symbol);
}

void LadderWidget::buildUi()
{
    const LadderPalette palette;
    setStyleSheet(
        QStringLiteral("QWidget#ladder { background: %1; }"
                       "QWidget#ladder QLabel { color: %2; }"
                       "QWidget#ladder QLabel#ladderMessage { color: %3; padding: 2px 6px; }"
                       "QWidget#ladder QToolButton, QWidget#ladder QPushButton { background: %4; color: %2;"
                       " border: 1px solid %5; border-radius: 3px; padding: 3px 8px; }"
                       "QWidget#ladder QToolButton:checked { background: %2; color: %1; font-weight: bold; }"
                       "QWidget#ladder QPushButton:hover, QWidget#ladder QToolButton:hover { border-color: %2; }"
                       "QWidget#ladder QSpinBox, QWidget#ladder QLineEdit, QWidget#ladder QComboBox { background: %4;"
                       " color: %2; border: 1px solid %5; border-radius: 3px; padding: 2px 4px; }")
            .arg(palette.background.name(), palette.text.name(), palette.dimText.name(),
                palette.spreadBackground.name(), palette.grid.name()));
    setAttribute(Qt::WA_StyledBackground);

    auto* top = new QGridLayout;
    top->setContentsMargins(6, 6, 6, 4);
    top->setHorizontalSpacing(6);
    top->setVerticalSpacing(4);
    m_symbolCombo = new QComboBox(this);
    m_symbolCombo->setObjectName(QStringLiteral("ladderSymbol"));
    m_symbolCombo->setToolTip(tr("Instrument of this ladder"));
    m_symbolCombo->setFocusPolicy(Qt::ClickFocus);
    for (const InstrumentConfig& ic : m_host.config().instruments)
        m_symbolCombo->addItem(QString::fromStdString(ic.instrument.symbol));
    QFont big = m_symbolCombo->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_symbolCombo->setFont(big);
    connect(m_symbolCombo, &QComboBox::textActivated, this, &LadderWidget::setInstrument);
    m_linkButton = new QToolButton(this);
    m_linkButton->setObjectName(QStringLiteral("ladderLink"));
    m_linkButton->setText(tr("Linked"));
    m_linkButton->setCheckable(true);
    m_linkButton->setFocusPolicy(Qt::NoFocus);
    m_linkButton->setToolTip(tr("Follow the instrument chosen in the blotter or the positions"));
    connect(m_linkButton, &QToolButton::toggled, this, &LadderWidget::linkedChanged);
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("ladderPosition"));
    m_pnlLabel = new QLabel(this);
    m_pnlLabel->setObjectName(QStringLiteral("ladderPnl"));
    m_pnlLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(QStringLiteral("ladderStats"));
    m_statsLabel->setTextFormat(Qt::RichText);
    top->addWidget(m_symbolCombo, 0, 0);
    top->addWidget(m_linkButton, 0, 1);
    top->addWidget(m_positionLabel, 0, 2);
    top->addWidget(m_pnlLabel, 0, 3);
    top->setColumnStretch(2, 1);
    top->addWidget(m_statsLabel, 1, 0, 1, 4);

    auto* sizes = new QHBoxLayout;
    sizes->setSpacing(4);
    m_sizeGroup = new QButtonGroup(this);
    for (int i = 0; i < kSizePresets; ++i) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("ladderSize%1").arg(i + 1));
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        b->setText(compactQty(m_presets[i]));
        b->setToolTip(tr("Working size %1 (key %2)").arg(QLocale().toString(m_presets[i])).arg(i + 1));
        m_sizeGroup->addButton(b, i);
        sizes->addWidget(b);
    }
    connect(m_sizeGroup, &QButtonGroup::idClicked, this, &LadderWidget::selectSize);
    m_qtySpin = new QSpinBox(this);
    m_qtySpin->setObjectName(QStringLiteral("ladderQty"));
    m_qtySpin->setRange(1, kMaxWorkingQty);
    m_qtySpin->setGroupSeparatorShown(true);
    m_qtySpin->setToolTip(tr("Working size: the quantity of every order this ladder sends"));
    m_qtySpin->setFocusPolicy(Qt::ClickFocus);
    connect(m_qtySpin, &QSpinBox::valueChanged, this, [this](int v) {
        QSettings().setValue(QStringLiteral("ladder/workingQty"), v);
        syncPresetButtons();
    });
    m_accountEdit = new QLineEdit(this);
    m_accountEdit->setObjectName(QStringLiteral("ladderAccount"));
    m_accountEdit->setPlaceholderText(tr("Account"));
    m_accountEdit->setToolTip(tr("Account the ladder's orders are for; its position is shown above"));
    m_accountEdit->setFocusPolicy(Qt::ClickFocus);
    m_accountEdit->setMaximumWidth(m_accountEdit->fontMetrics().horizontalAdvance(QStringLiteral("ACCOUNT00")) + 16);
    connect(m_accountEdit, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(QStringLiteral("ladder/account"), account());
        updatePosition();
    });
    sizes->addWidget(m_qtySpin, 1);
    sizes->addWidget(m_accountEdit);
    top->addLayout(sizes, 2, 0, 1, 4);

    m_view = new LadderView(this);
    m_view->setObjectName(QStringLiteral("ladderView"));
    m_view->setModel(m_model);
    const QFontMetrics fm = m_view->fontMetrics();
    const int unit = fm.horizontalAdvance(QLatin1Char('0'));
    const int widths[LadderModel::ColumnCount]
        = { unit * 10, unit * 11, unit * 12, unit * 11, unit * 10, unit * 5, unit * 8 };
    const QFontMetrics header = m_view->horizontalHeader()->fontMetrics();
    int total = 0;
    for (int c = 0; c < LadderModel::ColumnCount; ++c) {
        // Wide enough for the header in every language.
        const int w
            = std::max(widths[c], header.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 12);
        m_view->setColumnWidth(c, w);
        total += w;
    }
    m_view->setMinimumWidth(total);
    m_view->setMinimumHeight(m_view->rowHeight() * 12);

    auto* buttons = new QGridLayout;
    buttons->setContentsMargins(6, 4, 6, 0);
    buttons->setSpacing(4);
    QList<QPushButton*> row;
    auto addButton = [&](const QString& name, const QString& text, const QString& tip, void (LadderWidget::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, slot);
        row.push_back(b);
    };
    addButton(QStringLiteral("ladderJoinBid"), tr("Join bid (B)"), tr("Buy the working size at the best bid"),
        &LadderWidget::joinBid);
    addButton(QStringLiteral("ladderCentre"), tr("Centre (Space)"), tr("Put the inside market in the middle"),
        &LadderWidget::recentre);
    addButton(QStringLiteral("ladderJoinAsk"), tr("Join offer (A)"), tr("Sell the working size at the best offer"),
        &LadderWidget::joinAsk);
    addButton(QStringLiteral("ladderCancelAll"), tr("Cancel all (Esc)"),
        tr("Cancel all your working orders on this instrument"), &LadderWidget::cancelAll);
    // One row when the labels fit the ladder's width, else two: the buttons
    // must not make the ladder wider than its columns.
    int wanted = 0;
    for (QPushButton* b : row)
        wanted += b->sizeHint().width() + buttons->spacing();
    const int perRow = wanted <= total ? 4 : 2;
    for (int i = 0; i < row.size(); ++i)
        buttons->addWidget(row[i], i / perRow, i % perRow);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("ladderMessage"));
    m_messageLabel->setWordWrap(true);
    // Two lines, always: a longer message must not take a row from the ladder.
    m_messageLabel->setFixedHeight(fm.height() * 2 + 6);
    m_messageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    setFocusProxy(m_view);
}

void LadderWidget::buildActions()
{
    // On the table only: Esc, A or B typed into the size, account or symbol
    // field is typing, not a cancel or a join.
    auto add = [this](const QKeySequence& key, auto&& slot) {
        auto* a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
    };
    add(QKeySequence(Qt::Key_Space), [this] { recentre(); });
    for (int i = 0; i < kSizePresets; ++i)
        add(QKeySequence(Qt::Key_1 + i), [this, i] { selectSize(i); });
    add(QKeySequence(Qt::Key_B), [this] { joinBid(); });
    add(QKeySequence(Qt::Key_A), [this] { joinAsk(); });
    add(QKeySequence(Qt::Key_Escape), [this] { cancelAll(); });
}

const InstrumentConfig* LadderWidget::instrument(const QString& symbol) const
{
    for (const InstrumentConfig& ic : m_host.config().instruments)
        if (QString::fromStdString(ic.instrument.symbol) == symbol)
            return &ic;
    return nullptr;
}

void LadderWidget::setInstrument(const QString& symbol)
{
    if (symbol == m_symbol)
        return;
    const InstrumentConfig* ic = instrument(symbol);
    if (!ic) {
        say(tr("%1 is not a configured instrument.").arg(symbol));
        return;
    }
    if (!m_symbol.isEmpty())
        m_host.unwatchBook(m_symbol);
    m_symbol = symbol;
    m_lot = std::max<Qty>(ic->instrument.lotSize, 1);
    m_model->setInstrument(symbol, ic->instrument.tickSize, ic->referencePrice, m_feed.workingOrders(symbol));
    m_host.watchBook(symbol);
    {
        const QSignalBlocker block(m_symbolCombo);
        m_symbolCombo->setCurrentText(symbol);
    }
    updatePosition();
    updateStats();
    emit instrumentChanged(symbol);
}

bool LadderWidget::isLinked() const
{
    return m_linkButton->isChecked();
}

void LadderWidget::setLinked(bool linked)
{
    m_linkButton->setChecked(linked);
}

Qty LadderWidget::workingQty() const
{
    return m_qtySpin->value();
}

void LadderWidget::setWorkingQty(qint64 qty)
{
    m_qtySpin->setValue(int(std::clamp<qint64>(qty, 1, kMaxWorkingQty)));
    syncPresetButtons();
}

void LadderWidget::selectSize(int preset)
{
    if (preset < 0 || preset >= m_presets.size())
        return;
    setWorkingQty(m_presets[preset]);
    say(tr("Working size %1.").arg(QLocale().toString(m_presets[preset])));
}

void LadderWidget::syncPresetButtons()
{
    const int checked = int(m_presets.indexOf(workingQty()));
    if (checked >= 0) {
        m_sizeGroup->button(checked)->setChecked(true);
        return;
    }
    // A size typed by hand: no preset is lit.
    m_sizeGroup->setExclusive(false);
    for (QAbstractButton* b : m_sizeGroup->buttons())
        b->setChecked(false);
    m_sizeGroup->setExclusive(true);
}

QString LadderWidget::account() const
{
    return m_accountEdit->text().trimmed();
}

void LadderWidget::setAccount(const QString& account)
{
    m_accountEdit->setText(account);
    updatePosition();
}

QString LadderWidget::message() const
{
    return m_messageLabel->text();
}

void LadderWidget::say(const QString& text)
{
    m_messageLabel->setText(text);
}

void LadderWidget::recentre()
{
    m_model->recentre();
    say(tr("Centred on the inside market."));
}

bool LadderWidget::mayTrade()
{
    if (m_host.config().role == Role::Analyst) {
        say(tr("Analysts cannot trade."));
        return false;
    }
    if (m_symbol.isEmpty()) {
        say(tr("No instrument."));
        return false;
    }
    return true;
}

void LadderWidget::send(Side side, Price price)
{
    if (!mayTrade() || price <= 0)
        return;
    const Qty qty = workingQty();
    if (qty % m_lot != 0) {
        say(tr("The working size %1 is not a multiple of the lot size %2.").arg(qty).arg(m_lot));
        return;
    }
    if (account().isEmpty()) {
        say(tr("Enter an account first."));
        return;
    }
    OrderRequest r;
    r.clientOrderId = nextClientOrderId().toStdString();
    r.symbol = m_symbol.toStdString();
    r.side = side;
    r.type = OrdType::Limit;
    r.tif = TimeInForce::Day;
    r.quantity = qty;
    r.limitPrice = price;
    r.account = account().toStdString();
    m_sent.insert(QString::fromStdString(r.clientOrderId));
    m_host.submitOrder(r);
    say(side == Side::Buy
            ? tr("Buy %1 %2 at %3 sent.").arg(QLocale().toString(qty), m_symbol, m_model->priceText(price))
            : tr("Sell %1 %2 at %3 sent.").arg(QLocale().toString(qty), m_symbol, m_model->priceText(price)));
}

void LadderWidget::onSubmitFinished(const SubmitOutcome& outcome)
{
    if (!m_sent.remove(outcome.clientOrderId))
        return;
    if (outcome.code == ReasonCode::RiskHeld)
        say(tr("Held for a supervisor: %1").arg(outcome.text));
    else if (outcome.code != ReasonCode::None)
        say(tr("Rejected: %1").arg(outcome.text));
}

void LadderWidget::cancelAt(bool buySide, Price price)
{
    const QList<OrderSnapshot> orders = m_model->ordersAt(buySide, price);
    if (orders.isEmpty() || !mayTrade())
        return;
    for (const OrderSnapshot& o : orders)
        m_host.cancelOrder(o.id);
    say(tr("Cancel sent for %n order(s) at %1.", nullptr, int(orders.size())).arg(m_model->priceText(price)));
}

void LadderWidget::moveOrders(bool buySide, Price from, Price to)
{
    const QList<OrderSnapshot> orders = m_model->ordersAt(buySide, from);
    if (orders.isEmpty() || to <= 0 || from == to || !mayTrade())
        return;
    bool kept = true;
    for (const OrderSnapshot& o : orders) {
        OrderAmendment a;
        a.limitPrice = to;
        kept = kept && replacePriority(o.limitPrice, o.quantity, to, o.quantity) == QueuePriority::Kept;
        m_host.modifyOrder(o.id, a);
    }
    const QString moved = tr("Moving %n order(s) from %1 to %2", nullptr, int(orders.size()))
                              .arg(m_model->priceText(from), m_model->priceText(to));
    say(kept ? tr("%1: keeps queue priority.").arg(moved)
             : tr("%1: loses queue priority (a new price joins the back of the queue).").arg(moved));
}

void LadderWidget::resizeOrdersAt(bool buySide, Price price)
{
    const QList<OrderSnapshot> orders = m_model->ordersAt(buySide, price);
    if (orders.isEmpty() || !mayTrade())
        return;
    const Qty open = workingQty();
    int sent = 0;
    bool kept = true;
    for (const OrderSnapshot& o : orders) {
        // The order's quantity counts what is filled; the working size is what stays open.
        const Qty quantity = o.cumQty + open;
        if (quantity == o.quantity)
            continue;
        OrderAmendment a;
        a.quantity = quantity;
        kept = kept && replacePriority(o.limitPrice, o.quantity, o.limitPrice, quantity) == QueuePriority::Kept;
        m_host.modifyOrder(o.id, a);
        ++sent;
    }
    if (!sent) {
        say(tr("The orders at %1 already have %2 open.").arg(m_model->priceText(price), QLocale().toString(open)));
        return;
    }
    const QString what = tr("Open quantity of %n order(s) at %1 set to %2", nullptr, sent)
                             .arg(m_model->priceText(price), QLocale().toString(open));
    say(kept ? tr("%1: keeps queue priority (a smaller order keeps its place).").arg(what)
             : tr("%1: loses queue priority (a larger order joins the back of the queue).").arg(what));
}

void LadderWidget::onCellClicked(Price price, int column, Qt::KeyboardModifiers modifiers)
{
    if (price <= 0)
        return;
    switch (column) {
    case LadderModel::ColBid: send(Side::Buy, price); break;
    case LadderModel::ColAsk: send(Side::Sell, price); break;
    case LadderModel::ColBuys:
    case LadderModel::ColSells:
        if (modifiers & Qt::ShiftModifier)
            resizeOrdersAt(column == LadderModel::ColBuys, price);
        else
            cancelAt(column == LadderModel::ColBuys, price);
        break;
    default: break;
    }
}

void LadderWidget::onOrdersDragged(Price from, Price to, int column)
{
    moveOrders(column == LadderModel::ColBuys, from, to);
}

void LadderWidget::onContextMenu(Price price, int column, const QPoint& globalPos)
{
    if (price <= 0 || (column != LadderModel::ColBuys && column != LadderModel::ColSells))
        return;
    const bool buySide = column == LadderModel::ColBuys;
    const int count = int(m_model->ordersAt(buySide, price).size());
    if (!count)
        return;
    QMenu menu(this);
    // The ladder may change instrument while the menu is open (it is linked).
    const QString symbol = m_symbol;
    menu.addAction(tr("Cancel %n order(s) at %1", nullptr, count).arg(m_model->priceText(price)), this,
        [this, buySide, price, symbol] {
            if (symbol == m_symbol)
                cancelAt(buySide, price);
        });
    menu.addAction(tr("Set the open quantity to %1").arg(QLocale().toString(workingQty())), this,
        [this, buySide, price, symbol] {
            if (symbol == m_symbol)
                resizeOrdersAt(buySide, price);
        });
    menu.exec(globalPos);
}

void LadderWidget::cancelAll()
{
    if (!mayTrade())
        return;
    OrderFilter f;
    f.symbol = m_symbol.toStdString();
    f.trader = m_host.config().user.toStdString();
    m_host.massCancel(f);
    say(tr("Cancel sent for all your orders on %1.").arg(m_symbol));
}

void LadderWidget::joinBid()
{
    if (const Price p = m_model->bestBid())
        send(Side::Buy, p);
    else
        say(tr("There is no bid to join."));
}

void LadderWidget::joinAsk()
{
    if (const Price p = m_model->bestAsk())
        send(Side::Sell, p);
    else
        say(tr("There is no offer to join."));
}

void LadderWidget::updatePosition()
{
    const PositionSnapshot* p = m_feed.position(account(), m_symbol);
    const LadderPalette palette;
    if (!p || (p->quantity == 0 && p->realizedPnl == 0 && p->unrealizedPnl == 0)) {
        m_positionLabel->setText(tr("Flat"));
        m_pnlLabel->setText(tr("P&L %1").arg(moneyText(0)));
        m_pnlLabel->setStyleSheet(QString());
        m_pnlLabel->setToolTip(QString());
        return;
    }
    // The average of several fills is rarely on the tick: two more decimals.
    const QString average = QString::fromStdString(formatFixedPrice(p->avgPrice, m_model->priceDecimals() + 2));
    m_positionLabel->setText(p->quantity ? tr("Position %1 @ %2").arg(signedQty(p->quantity), average) : tr("Flat"));
    const Money pnl = p->realizedPnl + p->unrealizedPnl;
    m_pnlLabel->setText(tr("P&L %1").arg((pnl > 0 ? QStringLiteral("+") : QString()) + moneyText(pnl)));
    m_pnlLabel->setToolTip(tr("Realised %1, unrealised %2, fees %3")
                               .arg(moneyText(p->realizedPnl), moneyText(p->unrealizedPnl), moneyText(p->fees)));
    // Blue for a gain, orange for a loss, as in the positions table.
    const QColor colour = pnl > 0 ? palette.buyer : pnl < 0 ? palette.seller : palette.text;
    m_pnlLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour.name()));
}

void LadderWidget::updateStats()
{
    const BookSnapshot& b = m_model->book();
    const LadderPalette palette;
    const QString none = QStringLiteral("–");
    auto price = [&](Price p) { return p ? m_model->priceText(p) : none; };
    QString last = none;
    if (b.lastPrice && b.symbol == m_symbol) {
        const bool up = b.lastAggressor == Aggressor::Buyer;
        const bool down = b.lastAggressor == Aggressor::Seller;
        const QColor colour = up ? palette.buyer : down ? palette.seller : palette.text;
        last = QStringLiteral("<span style=\"color:%1\"><b>%2 @ %3 %4</b></span>")
                   .arg(colour.name(), QLocale().toString(b.lastSize), m_model->priceText(b.lastPrice),
                       up         ? QStringLiteral("▲")
                           : down ? QStringLiteral("▼")
                                  : QString());
    }
    const bool mine = b.symbol == m_symbol;
    const QString tag = QStringLiteral("<span style=\"color:%1\">%2</span> %3");
    const QStringList parts {
        tr("Last %1").arg(last),
        tag.arg(palette.highLow.name(), tr("High"), price(mine ? b.high : 0)),
        tag.arg(palette.highLow.name(), tr("Low"), price(mine ? b.low : 0)),
        tr("Volume %1").arg(mine ? QLocale().toString(b.volume) : none),
    };
    m_statsLabel->setText(parts.join(QStringLiteral(" &nbsp; ")));
}

} // namespace ordo
