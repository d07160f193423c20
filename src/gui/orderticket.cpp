#include "orderticket.h"

#include "ui_orderticket.h"

#include "blotterpalette.h"
#include "domain/format.h"

#include <QAction>
#include <QButtonGroup>
#include <QCompleter>
#include <QDateTime>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QStringListModel>
#include <QStyle>

#include <algorithm>
#include <limits>

namespace ordo {

namespace {

constexpr Side kSides[] = {Side::Buy, Side::Sell, Side::Short, Side::Cover};

QString nextClientOrderId()
{
    // Unique across tickets and restarts: the engine treats a known client
    // order id as a duplicate of the old order and sends nothing.
    static quint64 counter = 0;
    return QStringLiteral("TKT-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++counter);
}

QString positionKey(const QString& account, const QString& symbol)
{
    return account + QChar(0x1f) + symbol;
}

// Built-in defaults when no template is chosen.
constexpr Qty kDefaultQty = 100;

}  // namespace

OrderTicket::OrderTicket(EngineHost& host, QWidget* parent, const QString& templatesFile)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderTicket>())
    , m_host(host)
    , m_validator(TicketRules::fromConfig(host.config()))
    , m_templates(templatesFile)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("orderTicket"));
    buildUi();
    connectHost();

    const QString start = m_validator.symbols().isEmpty() ? QString() : m_validator.symbols().front();
    switchInstrument(start, false);
    refreshTemplates(m_templates.defaultName());
    clear();
}

OrderTicket::~OrderTicket()
{
    // The fields outlive m_ui by a moment (QWidget deletes them later), and
    // a focus-out on the way would call into what is already gone.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
    if (!m_watched.isEmpty())
        m_host.unwatchBook(m_watched);
}

QKeySequence OrderTicket::buyKey()
{
    return QKeySequence(Qt::CTRL | Qt::Key_B);
}

QKeySequence OrderTicket::sellKey()
{
    return QKeySequence(Qt::CTRL | Qt::Key_S);
}

void OrderTicket::buildUi()
{
    Ui::OrderTicket& ui = *m_ui;

    QFont big = ui.symbolEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    ui.symbolEdit->setFont(big);
    ui.symbolEdit->setMaximumWidth(ui.symbolEdit->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWWWW")) + 16);
    auto* symbols = new QCompleter(m_validator.symbols(), this);
    symbols->setCaseSensitivity(Qt::CaseInsensitive);
    // Inline: the rest of the symbol appears as it is typed and Tab takes
    // it; a popup would need a second Tab or Enter first.
    symbols->setCompletionMode(QCompleter::InlineCompletion);
    ui.symbolEdit->setCompleter(symbols);
    connect(ui.symbolEdit, &QLineEdit::textChanged, this, &OrderTicket::onSymbolEdited);
    connect(ui.symbolEdit, &QLineEdit::editingFinished, this, [this] {
        // Typed in another case: show the symbol as configured.
        if (const InstrumentConfig* ic = m_validator.instrument(m_ui->symbolEdit->text()))
            if (QString::fromStdString(ic->instrument.symbol) != m_ui->symbolEdit->text())
                m_ui->symbolEdit->setText(QString::fromStdString(ic->instrument.symbol));
    });

    auto* sides = new QButtonGroup(this);
    sides->setExclusive(true);
    for (Side s : kSides) {
        QAbstractButton* b = sideButton(s);
        sides->addButton(b, int(s));
        b->installEventFilter(this);
        b->setCursor(Qt::PointingHandCursor);
    }
    ui.buyButton->setToolTip(tr("Buy (%1: buy and send)").arg(buyKey().toString(QKeySequence::NativeText)));
    ui.sellButton->setToolTip(tr("Sell (%1: sell and send)").arg(sellKey().toString(QKeySequence::NativeText)));
    connect(sides, &QButtonGroup::idClicked, this, [this](int id) { setSide(static_cast<Side>(id)); });

    ui.typeCombo->addItem(tr("Limit"), int(TicketType::Limit));
    ui.typeCombo->addItem(tr("Market"), int(TicketType::Market));
    ui.typeCombo->addItem(tr("Stop"), int(TicketType::Stop));
    ui.typeCombo->addItem(tr("Stop limit"), int(TicketType::StopLimit));
    ui.typeCombo->addItem(tr("Peg primary"), int(TicketType::PegPrimary));
    ui.typeCombo->addItem(tr("Peg mid"), int(TicketType::PegMid));
    ui.typeCombo->addItem(tr("Peg market"), int(TicketType::PegMarket));

    const QList<QPair<TimeInForce, QString>> tifs = {
        {TimeInForce::Day, tr("Until the end of the trading day")},
        {TimeInForce::Gtc, tr("Good till cancelled")},
        {TimeInForce::Ioc, tr("Immediate or cancel: what does not fill at once is cancelled")},
        {TimeInForce::Fok, tr("Fill or kill: all at once or nothing")},
        {TimeInForce::Gtd, tr("Good till the date and time given")},
        {TimeInForce::Ato, tr("At the opening auction")},
        {TimeInForce::Atc, tr("At the closing auction")},
    };
    for (const auto& [tif, tip] : tifs) {
        ui.tifCombo->addItem(QString::fromLatin1(toString(tif).data()), int(tif));
        ui.tifCombo->setItemData(ui.tifCombo->count() - 1, tip, Qt::ToolTipRole);
    }
    ui.expiryEdit->setTimeSpec(Qt::LocalTime);
    // Tab leaves the expiry like any field; digits move through its sections.
    ui.expiryEdit->installEventFilter(this);

    ui.venueCombo->addItem(QStringLiteral("SMART"));
    for (const QString& v : m_validator.rules().venues)
        ui.venueCombo->addItem(v);

    // Accounts and strategies complete from the ones the risk limits name
    // and the ones used since; they are free text, as in the engine.
    m_accounts = new QStringListModel(this);
    m_strategies = new QStringListModel(this);
    if (const auto& risk = m_host.config().risk)
        for (const LimitSetting& l : risk->limits) {
            if (l.level == LimitLevel::Account)
                rememberName(m_accounts, QString::fromStdString(l.name));
            if (l.level == LimitLevel::Strategy)
                rememberName(m_strategies, QString::fromStdString(l.name));
        }
    for (auto [edit, model] : {std::pair{ui.accountEdit, m_accounts}, std::pair{ui.strategyEdit, m_strategies}}) {
        auto* c = new QCompleter(model, this);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(c);
    }

    ui.pegOffsetEdit->setPlaceholderText(QStringLiteral("0"));
    for (QLineEdit* e : {ui.quantityEdit, ui.displayEdit, ui.limitEdit, ui.stopEdit, ui.pegOffsetEdit})
        e->installEventFilter(this);
    for (QLineEdit* e : {ui.quantityEdit, ui.limitEdit, ui.stopEdit, ui.pegOffsetEdit, ui.displayEdit})
        e->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    for (QLineEdit* e : {ui.symbolEdit, ui.quantityEdit, ui.limitEdit, ui.stopEdit, ui.pegOffsetEdit, ui.displayEdit,
                         ui.accountEdit, ui.strategyEdit, ui.locateEdit})
        connect(e, &QLineEdit::textChanged, this, &OrderTicket::revalidate);
    for (QComboBox* c : {ui.typeCombo, ui.tifCombo, ui.venueCombo})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            revalidate();
        });
    connect(ui.tifCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (static_cast<TimeInForce>(m_ui->tifCombo->currentData().toInt()) != TimeInForce::Gtd)
            return;
        if (m_ui->expiryEdit->dateTime() > QDateTime::currentDateTime())
            return;
        // A GTD order most often means "until the close": the next one, in the
        // instrument's hours (UTC), shown in local time.
        QDateTime close = QDateTime::currentDateTimeUtc();
        int minute = 24 * 60;
        if (const InstrumentConfig* ic = m_validator.instrument(m_symbol))
            minute = ic->instrument.hours.closeMinute;
        close.setTime(QTime(0, 0));
        close = close.addSecs(qint64(minute) * 60);
        if (close <= QDateTime::currentDateTimeUtc())
            close = close.addDays(1);
        m_ui->expiryEdit->setDateTime(close.toLocalTime());
    });
    connect(ui.expiryEdit, &QDateTimeEdit::dateTimeChanged, this, &OrderTicket::revalidate);
    connect(ui.hiddenCheck, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        revalidate();
    });
    connect(ui.accountEdit, &QLineEdit::textChanged, this, &OrderTicket::updatePosition);
    connect(ui.sendButton, &QPushButton::clicked, this, &OrderTicket::send);
    connect(ui.bidButton, &QToolButton::clicked, this, [this] {
        if (!m_book.bids.isEmpty())
            m_ui->limitEdit->setText(priceText(m_book.bids.front().price, m_validator.instrument(m_symbol)->instrument.tickSize));
    });
    connect(ui.askButton, &QToolButton::clicked, this, [this] {
        if (!m_book.asks.isEmpty())
            m_ui->limitEdit->setText(priceText(m_book.asks.front().price, m_validator.instrument(m_symbol)->instrument.tickSize));
    });
    ui.answerDetailLabel->hide();
    // The touch is a convenience for the mouse; the keyboard types prices.
    ui.bidButton->setFocusPolicy(Qt::NoFocus);
    ui.askButton->setFocusPolicy(Qt::NoFocus);

    auto* buy = new QAction(tr("Buy and send"), this);
    buy->setShortcut(buyKey());
    buy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(buy, &QAction::triggered, this, &OrderTicket::buyAndSend);
    auto* sell = new QAction(tr("Sell and send"), this);
    sell->setShortcut(sellKey());
    sell->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sell, &QAction::triggered, this, &OrderTicket::sellAndSend);
    addActions({buy, sell});
    ui.keysLabel->setText(tr("Enter sends · %1 buy and send · %2 sell and send · Esc clears")
                              .arg(buyKey().toString(QKeySequence::NativeText),
                                   sellKey().toString(QKeySequence::NativeText)));
    ui.sendButton->setToolTip(tr("Send the order (Enter)"));
    ui.sendButton->setMinimumHeight(ui.sendButton->fontMetrics().height() * 2 + 8);
    QFont bold = ui.sendButton->font();
    bold.setBold(true);
    ui.sendButton->setFont(bold);

    connect(ui.templateCombo, &QComboBox::activated, this, [this](int i) {
        applyTemplate(m_ui->templateCombo->itemData(i).toString());
    });
    connect(ui.saveTemplateButton, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save template"),
                                                   tr("Name of the template (side, quantity, type, time in force, "
                                                      "display, account, strategy, venue):"),
                                                   QLineEdit::Normal, m_ui->templateCombo->currentData().toString(), &ok);
        if (ok)
            saveTemplate(name);
    });
    connect(ui.deleteTemplateButton, &QToolButton::clicked, this,
            [this] { deleteTemplate(m_ui->templateCombo->currentData().toString()); });
    connect(ui.defaultTemplateButton, &QToolButton::clicked, this, [this](bool on) {
        setDefaultTemplate(on ? m_ui->templateCombo->currentData().toString() : QString());
    });

    const BlotterPalette& palette = BlotterPalette::current();
    const QString problem = palette.sell().name();
    setStyleSheet(QStringLiteral("QLineEdit[problem=\"true\"], QComboBox[problem=\"true\"], "
                                 "QDateTimeEdit[problem=\"true\"] { border: 1px solid %1; border-radius: 2px;"
                                 " padding: 2px 3px; }"
                                 "QLabel#problemLabel { color: %1; }"
                                 "QLabel#warningLabel { color: #b07800; }"
                                 "QLabel#keysLabel, QLabel#instrumentLabel { color: palette(mid); }"
                                 "QToolButton#bidButton, QToolButton#askButton { border: none; padding: 1px 4px;"
                                 " font-weight: bold; }"
                                 "QToolButton#bidButton { color: %2; } QToolButton#askButton { color: %1; }")
                      .arg(problem, palette.buy().name()));
}

void OrderTicket::connectHost()
{
    connect(&m_host, &EngineHost::submitFinished, this, &OrderTicket::onSubmitFinished);
    connect(&m_host, &EngineHost::ordersChanged, this, &OrderTicket::onOrders);
    connect(&m_host, &EngineHost::booksChanged, this, &OrderTicket::onBooks);
    connect(&m_host, &EngineHost::positionsChanged, this, &OrderTicket::onPositions);
    connect(&m_host, &EngineHost::riskChanged, this, &OrderTicket::onRisk);
}

QAbstractButton* OrderTicket::sideButton(Side side) const
{
    switch (side) {
    case Side::Buy: return m_ui->buyButton;
    case Side::Sell: return m_ui->sellButton;
    case Side::Short: return m_ui->shortButton;
    case Side::Cover: return m_ui->coverButton;
    }
    return m_ui->buyButton;
}

Side OrderTicket::side() const
{
    for (Side s : kSides)
        if (sideButton(s)->isChecked())
            return s;
    return Side::Buy;
}

void OrderTicket::setSide(Side s)
{
    const bool hadFocus = std::any_of(std::begin(kSides), std::end(kSides),
                                      [this](Side x) { return sideButton(x)->hasFocus(); });
    sideButton(s)->setChecked(true);
    updateSideLook();
    if (hadFocus)
        sideButton(s)->setFocus(Qt::OtherFocusReason);
    updateEnabled();
    revalidate();
}

void OrderTicket::updateSideLook()
{
    const BlotterPalette& palette = BlotterPalette::current();
    const Side current = side();
    for (Side s : kSides) {
        QAbstractButton* b = sideButton(s);
        // One tab stop for the side, like a radio group: the chosen button.
        b->setFocusPolicy(s == current ? Qt::StrongFocus : Qt::ClickFocus);
        const QColor c = sideSign(s) > 0 ? palette.buy() : palette.sell();
        b->setStyleSheet(s == current ? QStringLiteral("QPushButton { background: %1; color: white; font-weight: bold;"
                                                       " border: 1px solid %1; border-radius: 3px; padding: 4px 6px; }"
                                                       "QPushButton:focus { border: 2px solid palette(highlight); }")
                                            .arg(c.name())
                                      : QStringLiteral("QPushButton { color: %1; border: 1px solid palette(mid);"
                                                       " border-radius: 3px; padding: 4px 6px; background: palette(base); }")
                                            .arg(c.name()));
    }
    const QColor c = sideSign(current) > 0 ? palette.buy() : palette.sell();
    m_ui->sendButton->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border: 1px solid %2;"
                                                   " border-radius: 4px; padding: 6px; }"
                                                   "QPushButton:focus { border: 2px solid palette(highlight); }"
                                                   "QPushButton:disabled { background: palette(button);"
                                                   " color: palette(mid); border: 1px solid palette(mid); }")
                                        .arg(c.name(), c.darker(130).name()));
}

void OrderTicket::updateEnabled()
{
    const auto type = static_cast<TicketType>(m_ui->typeCombo->currentData().toInt());
    m_ui->limitEdit->setEnabled(takesLimit(type));
    m_ui->limitLabel->setText(isPeg(type) ? tr("Cap") : tr("Limit"));
    m_ui->limitEdit->setPlaceholderText(isPeg(type) ? tr("optional") : QString());
    m_ui->stopEdit->setEnabled(takesStop(type));
    m_ui->pegOffsetEdit->setEnabled(isPeg(type));
    m_ui->displayEdit->setEnabled(!m_ui->hiddenCheck->isChecked());
    const bool gtd = static_cast<TimeInForce>(m_ui->tifCombo->currentData().toInt()) == TimeInForce::Gtd;
    m_ui->expiryLabel->setVisible(gtd);
    m_ui->expiryEdit->setVisible(gtd);
    const bool isShort = side() == Side::Short;
    m_ui->locateLabel->setVisible(isShort);
    m_ui->locateEdit->setVisible(isShort);
    for (QLabel* l : {m_ui->limitLabel, m_ui->stopLabel, m_ui->pegOffsetLabel, m_ui->displayLabel})
        l->setEnabled(l->buddy() && l->buddy()->isEnabled());
}

TicketEntry OrderTicket::entry() const
{
    TicketEntry e;
    e.symbol = m_ui->symbolEdit->text();
    e.side = side();
    e.quantity = m_ui->quantityEdit->text();
    e.type = static_cast<TicketType>(m_ui->typeCombo->currentData().toInt());
    e.limit = m_ui->limitEdit->text();
    e.stop = m_ui->stopEdit->text();
    e.pegOffset = m_ui->pegOffsetEdit->text();
    e.tif = static_cast<TimeInForce>(m_ui->tifCombo->currentData().toInt());
    if (e.tif == TimeInForce::Gtd)
        e.expiry = m_ui->expiryEdit->dateTime();
    e.displayQty = m_ui->displayEdit->text();
    e.hidden = m_ui->hiddenCheck->isChecked();
    e.account = m_ui->accountEdit->text();
    e.strategy = m_ui->strategyEdit->text();
    e.venue = m_ui->venueCombo->currentText();
    e.locateId = m_ui->locateEdit->text();
    return e;
}

void OrderTicket::setEntry(const TicketEntry& e)
{
    m_applying = true;
    if (e.symbol != m_ui->symbolEdit->text())
        m_ui->symbolEdit->setText(e.symbol);
    if (const InstrumentConfig* ic = m_validator.instrument(e.symbol))
        switchInstrument(QString::fromStdString(ic->instrument.symbol), false);
    sideButton(e.side)->setChecked(true);
    m_ui->quantityEdit->setText(e.quantity);
    m_ui->typeCombo->setCurrentIndex(std::max(0, m_ui->typeCombo->findData(int(e.type))));
    m_ui->limitEdit->setText(e.limit);
    m_ui->stopEdit->setText(e.stop);
    m_ui->pegOffsetEdit->setText(e.pegOffset);
    m_ui->tifCombo->setCurrentIndex(std::max(0, m_ui->tifCombo->findData(int(e.tif))));
    if (e.expiry.isValid())
        m_ui->expiryEdit->setDateTime(e.expiry.toLocalTime());
    m_ui->displayEdit->setText(e.displayQty);
    m_ui->hiddenCheck->setChecked(e.hidden);
    m_ui->accountEdit->setText(e.account);
    m_ui->strategyEdit->setText(e.strategy);
    const int venue = m_ui->venueCombo->findText(e.venue.isEmpty() ? QStringLiteral("SMART") : e.venue,
                                                 Qt::MatchFixedString);
    m_ui->venueCombo->setCurrentIndex(std::max(0, venue));
    m_ui->locateEdit->setText(e.locateId);
    m_applying = false;
    updateSideLook();
    updateEnabled();
    updatePosition();
    revalidate();
}

TicketCheck OrderTicket::check() const
{
    return m_validator.check(entry(), QDateTime::currentDateTimeUtc());
}

void OrderTicket::revalidate()
{
    if (m_applying)
        return;
    const TicketCheck c = check();
    const std::pair<QWidget*, TicketField> fields[] = {
        {m_ui->symbolEdit, TicketField::Symbol},     {m_ui->quantityEdit, TicketField::Quantity},
        {m_ui->typeCombo, TicketField::Type},        {m_ui->limitEdit, TicketField::Limit},
        {m_ui->stopEdit, TicketField::Stop},         {m_ui->pegOffsetEdit, TicketField::PegOffset},
        {m_ui->tifCombo, TicketField::TimeInForce},  {m_ui->expiryEdit, TicketField::Expiry},
        {m_ui->displayEdit, TicketField::DisplayQty}, {m_ui->accountEdit, TicketField::Account},
        {m_ui->strategyEdit, TicketField::Strategy}, {m_ui->venueCombo, TicketField::Venue},
        {m_ui->locateEdit, TicketField::Locate},
    };
    for (const auto& [w, f] : fields) {
        const bool bad = c.has(f);
        if (w->property("problem").toBool() == bad)
            continue;
        w->setProperty("problem", bad);
        w->setToolTip(bad ? c.text(f) : QString());
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    QStringList problems;
    for (const TicketProblem& p : c.problems)
        problems << p.text;
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!problems.isEmpty());
    m_ui->warningLabel->setText(c.warnings.join(QLatin1Char('\n')));
    m_ui->warningLabel->setVisible(!c.warnings.isEmpty());
    m_ui->sendButton->setEnabled(c.ok());

    const Side s = side();
    const QString verb = s == Side::Buy    ? tr("Buy")
                       : s == Side::Sell   ? tr("Sell")
                       : s == Side::Short  ? tr("Sell short")
                                           : tr("Buy to cover");
    m_ui->sendButton->setText(c.ok() ? tr("%1  (Enter)").arg(verb) : verb);
    if (!c.request) {
        m_ui->summaryLabel->clear();
        return;
    }
    const OrderRequest& r = *c.request;
    const Price tick = m_validator.instrument(m_symbol) ? m_validator.instrument(m_symbol)->instrument.tickSize : 0;
    QString how;
    if (r.peg != PegType::None) {
        const QString to = r.peg == PegType::Primary ? tr("pegged to the primary touch")
                         : r.peg == PegType::Mid     ? tr("pegged to the mid")
                                                     : tr("pegged to the far touch");
        how = r.pegOffset ? to + QLatin1Char(' ') + (r.pegOffset > 0 ? QStringLiteral("+") : QString())
                                + priceText(r.pegOffset, tick)
                          : to;
        if (r.limitPrice > 0)
            how = tr("%1, cap %2").arg(how, priceText(r.limitPrice, tick));
    } else if (r.type == OrdType::Market) {
        how = tr("at market");
    } else if (r.type == OrdType::Limit) {
        how = tr("at %1").arg(priceText(r.limitPrice, tick));
    } else if (r.type == OrdType::Stop) {
        how = tr("stop %1").arg(priceText(r.stopPrice, tick));
    } else {
        how = tr("stop %1 limit %2").arg(priceText(r.stopPrice, tick), priceText(r.limitPrice, tick));
    }
    QStringList parts;
    parts << tr("%1 %2 %3 %4").arg(verb, QLocale().toString(r.quantity), QString::fromStdString(r.symbol), how);
    if (r.hidden)
        parts << tr("hidden");
    else if (r.displayQty > 0)
        parts << tr("showing %1").arg(QLocale().toString(r.displayQty));
    parts << (r.tif == TimeInForce::Gtd
                  ? tr("GTD %1").arg(QDateTime::fromMSecsSinceEpoch(r.expireTime / 1'000'000)
                                         .toLocalTime()
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                  : QString::fromLatin1(toString(r.tif).data()));
    parts << QString::fromStdString(r.venue);
    parts << QString::fromStdString(r.account) + (r.strategy.empty() ? QString() : QStringLiteral(" / ") + QString::fromStdString(r.strategy));
    m_ui->summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

void OrderTicket::onSymbolEdited()
{
    // Switch as soon as the text names a configured instrument, so the quote
    // and the collar follow the typing; anything else stays as typed.
    if (const InstrumentConfig* ic = m_validator.instrument(m_ui->symbolEdit->text())) {
        const QString symbol = QString::fromStdString(ic->instrument.symbol);
        if (symbol != m_symbol)
            switchInstrument(symbol, true);
    }
}

void OrderTicket::setInstrument(const QString& symbol)
{
    const InstrumentConfig* ic = m_validator.instrument(symbol);
    if (!ic) {
        m_ui->symbolEdit->setText(symbol.trimmed());
        return;
    }
    const QString s = QString::fromStdString(ic->instrument.symbol);
    m_ui->symbolEdit->setText(s);
    if (s != m_symbol)
        switchInstrument(s, true);
}

void OrderTicket::switchInstrument(const QString& symbol, bool setLimit)
{
    if (symbol != m_watched) {
        if (!m_watched.isEmpty())
            m_host.unwatchBook(m_watched);
        m_watched = symbol;
        if (!symbol.isEmpty())
            m_host.watchBook(symbol);
    }
    const bool changed = symbol != m_symbol;
    m_symbol = symbol;
    if (changed)
        m_book = BookSnapshot{};
    const InstrumentConfig* ic = m_validator.instrument(symbol);
    if (ic) {
        const Instrument& i = ic->instrument;
        m_ui->instrumentLabel->setText(tr("lot %1 · tick %2 · %3")
                                           .arg(QLocale().toString(i.lotSize), priceText(i.tickSize, i.tickSize),
                                                QString::fromStdString(i.currency)));
    } else {
        m_ui->instrumentLabel->clear();
    }
    if (setLimit && ic) {
        // A price from the previous instrument means nothing here.
        const Price ref = m_validator.referencePrice(symbol);
        const Price tick = std::max<Price>(ic->instrument.tickSize, 1);  // config refuses 0; never divide by it
        m_ui->limitEdit->setText(ref > 0 ? priceText(ref / tick * tick, tick) : QString());
        m_ui->stopEdit->clear();
        m_ui->locateEdit->clear();
    }
    updateQuote();
    updatePosition();
    if (changed)
        emit instrumentChanged(symbol);
    revalidate();
}

void OrderTicket::updateQuote()
{
    const InstrumentConfig* ic = m_validator.instrument(m_symbol);
    const Price tick = ic ? ic->instrument.tickSize : 0;
    auto level = [&](const QList<BookLevelSnapshot>& side, const QString& name) {
        return side.isEmpty() ? tr("%1 —").arg(name)
                              : tr("%1 %2 × %3").arg(name, priceText(side.front().price, tick),
                                                      QLocale().toString(side.front().qty));
    };
    m_ui->bidButton->setText(level(m_book.bids, tr("Bid")));
    m_ui->askButton->setText(level(m_book.asks, tr("Ask")));
    m_ui->bidButton->setEnabled(!m_book.bids.isEmpty());
    m_ui->askButton->setEnabled(!m_book.asks.isEmpty());
    const Price ref = m_validator.referencePrice(m_symbol);
    QStringList parts;
    if (m_book.lastPrice > 0)
        parts << tr("Last %1").arg(priceText(m_book.lastPrice, tick));
    if (ref > 0)
        parts << tr("Ref %1").arg(priceText(ref, tick));
    m_ui->lastLabel->setText(parts.join(QStringLiteral(" · ")));
    m_ui->lastLabel->setToolTip(tr("Ref is the reference price the price collar is measured from"));
}

void OrderTicket::updatePosition()
{
    const auto it = m_positions.constFind(positionKey(m_ui->accountEdit->text().trimmed(), m_symbol));
    if (it == m_positions.cend() || it->quantity == 0) {
        m_ui->positionLabel->setText(m_symbol.isEmpty() ? QString() : tr("Flat"));
        return;
    }
    const BlotterPalette& palette = BlotterPalette::current();
    const QString qty = (it->quantity > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(it->quantity);
    m_ui->positionLabel->setText(tr("Position <b style=\"color:%1\">%2</b>")
                                     .arg((it->quantity > 0 ? palette.buy() : palette.sell()).name(), qty));
}

bool OrderTicket::send()
{
    const TicketCheck c = check();
    if (!c.ok() || !c.request) {
        revalidate();
        say(tr("Not sent: %1").arg(c.problems.isEmpty() ? QString() : c.problems.front().text), {}, true);
        return false;
    }
    OrderRequest r = *c.request;
    r.clientOrderId = nextClientOrderId().toStdString();
    m_sent.insert(QString::fromStdString(r.clientOrderId), m_ui->summaryLabel->text());
    m_lastOrder = kNoOrder;
    m_lastOrderText = m_ui->summaryLabel->text();
    m_host.submitOrder(r);
    rememberName(m_accounts, QString::fromStdString(r.account));
    rememberName(m_strategies, QString::fromStdString(r.strategy));
    say(tr("Sent."), m_lastOrderText);
    emit orderSent(r);
    return true;
}

void OrderTicket::buyAndSend()
{
    setSide(Side::Buy);
    send();
}

void OrderTicket::sellAndSend()
{
    setSide(Side::Sell);
    send();
}

TicketEntry OrderTicket::defaults() const
{
    TicketEntry e;
    const InstrumentConfig* ic = m_validator.instrument(m_symbol);
    const Qty lot = ic ? std::max<Qty>(ic->instrument.lotSize, 1) : 1;
    e.quantity = QString::number((kDefaultQty + lot - 1) / lot * lot);
    e.venue = QStringLiteral("SMART");
    const QStringList accounts = m_accounts->stringList();
    if (!accounts.isEmpty())
        e.account = accounts.front();
    return e;
}

void OrderTicket::clear()
{
    TicketEntry base = defaults();
    base.symbol = m_symbol;
    if (const InstrumentConfig* ic = m_validator.instrument(m_symbol)) {
        const Price ref = m_validator.referencePrice(m_symbol);
        const Price tick = std::max<Price>(ic->instrument.tickSize, 1);
        base.limit = ref > 0 ? priceText(ref / tick * tick, tick) : QString();
    }
    const QString name = m_ui->templateCombo->currentData().toString();
    const std::optional<TicketEntry> templ = name.isEmpty() ? std::nullopt : m_templates.find(name);
    setEntry(templ ? OrderTemplates::apply(*templ, base) : base);
}

void OrderTicket::focusTicket()
{
    m_ui->symbolEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->symbolEdit->selectAll();
}

void OrderTicket::refreshTemplates(const QString& select)
{
    QComboBox* combo = m_ui->templateCombo;
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("Built-in defaults"), QString());
    for (const QString& n : m_templates.names())
        combo->addItem(n, n);
    combo->setCurrentIndex(std::max(0, combo->findData(select)));
    const QString current = combo->currentData().toString();
    m_ui->deleteTemplateButton->setEnabled(!current.isEmpty());
    m_ui->defaultTemplateButton->setEnabled(!current.isEmpty());
    m_ui->defaultTemplateButton->setChecked(!current.isEmpty() && current == m_templates.defaultName());
}

bool OrderTicket::saveTemplate(const QString& name)
{
    if (!m_templates.save(name, entry())) {
        say(tr("A template needs a name."), {}, true);
        return false;
    }
    refreshTemplates(name.trimmed());
    say(tr("Template %1 saved.").arg(name.trimmed()));
    return true;
}

void OrderTicket::applyTemplate(const QString& name)
{
    refreshTemplates(name);
    clear();
}

void OrderTicket::deleteTemplate(const QString& name)
{
    if (name.isEmpty() || !m_templates.remove(name))
        return;
    refreshTemplates(m_templates.defaultName());
    say(tr("Template %1 deleted.").arg(name));
}

void OrderTicket::setDefaultTemplate(const QString& name)
{
    m_templates.setDefaultName(name);
    refreshTemplates(m_ui->templateCombo->currentData().toString());
}

void OrderTicket::say(const QString& text, const QString& order, bool bad)
{
    m_ui->answerLabel->setText(text);
    m_ui->answerLabel->setStyleSheet(
        bad ? QStringLiteral("color: %1; font-weight: bold;").arg(BlotterPalette::current().sell().name())
            : QStringLiteral("font-weight: bold;"));
    m_ui->answerDetailLabel->setText(order);
    m_ui->answerDetailLabel->setVisible(!order.isEmpty());
}

void OrderTicket::onSubmitFinished(const SubmitOutcome& outcome)
{
    const auto sent = m_sent.constFind(outcome.clientOrderId);
    if (sent == m_sent.cend())
        return;
    // After two quick sends each answer names its own order; the later one is followed.
    m_lastOrder = outcome.orderId;
    m_lastOrderText = *sent;
    m_sent.erase(sent);
    if (outcome.code == ReasonCode::None)
        say(tr("Accepted as order %1.").arg(outcome.orderId), m_lastOrderText);
    else if (outcome.code == ReasonCode::RiskHeld)
        say(tr("Order %1: %2").arg(outcome.orderId).arg(outcome.text), m_lastOrderText);
    else
        say(tr("Rejected: %1").arg(outcome.text), m_lastOrderText, true);
}

void OrderTicket::onOrders(const QList<OrderSnapshot>& orders)
{
    if (m_lastOrder == kNoOrder)
        return;
    const auto it = std::find_if(orders.crbegin(), orders.crend(), [this](const OrderSnapshot& o) { return o.id == m_lastOrder; });
    if (it == orders.crend())
        return;
    const OrderSnapshot& o = *it;
    const Price tick = m_validator.instrument(o.symbol) ? m_validator.instrument(o.symbol)->instrument.tickSize : 0;
    const QString qty = QLocale().toString(o.quantity);
    const QString filled = QLocale().toString(o.cumQty);
    QString state;
    bool bad = false;
    switch (o.status) {
    case OrderStatus::New:
    case OrderStatus::PendingNew: state = tr("Order %1 is on its way to %2.").arg(o.id).arg(o.venue); break;
    case OrderStatus::PendingRisk: state = tr("Order %1 is held for a supervisor: %2").arg(o.id).arg(o.text); break;
    case OrderStatus::Accepted: state = tr("Order %1 is working on %2, nothing filled yet.").arg(o.id).arg(o.venue); break;
    case OrderStatus::PartiallyFilled:
        state = tr("Order %1: %2 of %3 filled at %4 on average.").arg(o.id).arg(filled, qty, priceText(o.avgPrice, tick));
        break;
    case OrderStatus::Filled: state = tr("Order %1 filled: %2 at %3.").arg(o.id).arg(filled, priceText(o.avgPrice, tick)); break;
    case OrderStatus::Rejected:
        state = tr("Order %1 rejected: %2").arg(o.id).arg(o.text);
        bad = true;
        break;
    case OrderStatus::Cancelled: state = tr("Order %1 cancelled, %2 of %3 filled.").arg(o.id).arg(filled, qty); break;
    case OrderStatus::Expired: state = tr("Order %1 expired, %2 of %3 filled.").arg(o.id).arg(filled, qty); break;
    default:
        state = tr("Order %1: %2").arg(o.id).arg(QString::fromLatin1(toString(o.status).data()));
        break;
    }
    say(state, m_lastOrderText, bad);
}

void OrderTicket::onBooks(const QList<BookSnapshot>& books)
{
    for (const BookSnapshot& b : books) {
        const Price mid = !b.bids.isEmpty() && !b.asks.isEmpty()
                              ? b.bids.front().price / 2 + b.asks.front().price / 2
                                    + (b.bids.front().price % 2 + b.asks.front().price % 2) / 2
                              : 0;
        // The engine marks at the consolidated mid, one-sided at the last trade.
        m_validator.setReferencePrice(b.symbol, mid ? mid : b.lastPrice);
        if (b.symbol == m_symbol)
            m_book = b;
    }
    updateQuote();
    revalidate();
}

void OrderTicket::onPositions(const QList<PositionSnapshot>& positions)
{
    for (const PositionSnapshot& p : positions) {
        m_positions.insert(positionKey(p.account, p.symbol), p);
        m_validator.setReferencePrice(p.symbol, p.markPrice);
        rememberName(m_accounts, p.account);
    }
    updatePosition();
    updateQuote();
    revalidate();
}

void OrderTicket::onRisk(const RiskSnapshot& risk)
{
    m_validator.rules().applyRisk(risk);
    for (const LimitSnapshot& l : risk.limits) {
        if (l.level == LimitLevel::Account)
            rememberName(m_accounts, l.name);
        if (l.level == LimitLevel::Strategy)
            rememberName(m_strategies, l.name);
    }
    revalidate();
}

void OrderTicket::rememberName(QStringListModel* model, const QString& name)
{
    if (name.isEmpty())
        return;
    QStringList names = model->stringList();
    if (names.contains(name))
        return;
    names << name;
    names.sort(Qt::CaseInsensitive);
    model->setStringList(names);
}

void OrderTicket::step(QLineEdit* edit, int direction)
{
    const InstrumentConfig* ic = m_validator.instrument(m_symbol);
    if (!ic)
        return;
    const bool quantity = edit == m_ui->quantityEdit || edit == m_ui->displayEdit;
    if (quantity) {
        const Qty lot = std::max<Qty>(ic->instrument.lotSize, 1);
        const Qty now = parseQuantity(edit->text()).value_or(0);
        if (now > std::numeric_limits<Qty>::max() / 2)
            return;  // nonsense already; stepping it would overflow
        const Qty next = std::max<Qty>(0, (now / lot + direction) * lot);
        edit->setText(next > 0 ? QString::number(next) : QString());
    } else {
        const Price tick = std::max<Price>(ic->instrument.tickSize, 1);
        const bool offset = edit == m_ui->pegOffsetEdit;
        const Price start = offset ? 0 : m_validator.referencePrice(m_symbol);
        const Price now = edit->text().trimmed().isEmpty() ? start
                                                            : parsePrice(edit->text().trimmed().toStdString()).value_or(start);
        // Off-tick prices snap to the grid in the direction of the step.
        Price next = now / tick * tick;
        if (next == now || (direction > 0) == (now > next))
            next += direction * tick;
        if (!offset && next <= 0)
            return;
        edit->setText(priceText(next, tick));
    }
    edit->selectAll();
}

bool OrderTicket::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_ui->expiryEdit) {
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (auto* edit = qobject_cast<QLineEdit*>(watched)) {
        const int k = key->key();
        if (k == Qt::Key_Up || k == Qt::Key_Down || k == Qt::Key_PageUp || k == Qt::Key_PageDown) {
            const int unit = (k == Qt::Key_PageUp || k == Qt::Key_PageDown) ? 10 : 1;
            step(edit, (k == Qt::Key_Up || k == Qt::Key_PageUp) ? unit : -unit);
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    // On a side button: arrows move along the sides, a letter picks one.
    const Side current = side();
    const int index = int(std::find(std::begin(kSides), std::end(kSides), current) - std::begin(kSides));
    std::optional<Side> to;
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up: to = kSides[(index + 3) % 4]; break;
    case Qt::Key_Right:
    case Qt::Key_Down: to = kSides[(index + 1) % 4]; break;
    case Qt::Key_B: to = Side::Buy; break;
    case Qt::Key_S: to = Side::Sell; break;
    case Qt::Key_H: to = Side::Short; break;
    case Qt::Key_C: to = Side::Cover; break;
    default: break;
    }
    if (to && key->modifiers() == Qt::NoModifier) {
        setSide(*to);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void OrderTicket::keyPressEvent(QKeyEvent* event)
{
    // Fields that do not use Enter or Escape themselves pass them up here;
    // an open completion or combo popup keeps them.
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!(event->modifiers() & ~Qt::KeypadModifier)) {
            send();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        clear();
        event->accept();
        return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace ordo
