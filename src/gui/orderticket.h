#pragma once

// The order ticket: a panel that stays docked in the main window (a trader
// does not open a dialog per order). Every field is checked as it is typed
// by TicketValidator, the reasons are shown in words under the form, and
// sending stays off while any problem stands; after a send the ticket shows
// the engine's answer and then the order's progress.
//
// Keyboard first: Tab reaches every field (the side is one stop: arrows or
// B, S, H, C pick it), Up/Down step quantities by a lot and prices by a
// tick, Enter sends, Escape clears back to the chosen template (the default
// one at start), Ctrl+B and Ctrl+S make the order a buy or a sell and send
// it. The keys work while the focus is in the ticket, so a key meant for the
// blotter or a ladder never sends an order.
//
// The ticket follows the instrument chosen elsewhere (setInstrument) and
// watches its book for the touch and the reference price of the collar.
// Templates live in QSettings (OrderTemplates). GUI thread.

#include "ordertemplates.h"
#include "orderticketvalidator.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAbstractButton;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Ui {
class OrderTicket;
}

namespace ordo {

class OrderTicket final : public QWidget {
    Q_OBJECT
public:
    // templatesFile: where templates live; empty for the application's QSettings.
    explicit OrderTicket(EngineHost& host, QWidget* parent = nullptr, const QString& templatesFile = {});
    ~OrderTicket() override;

    TicketEntry entry() const;
    void setEntry(const TicketEntry& entry);
    // The ticket's current verdict: problems, warnings, the request it would send.
    TicketCheck check() const;
    QString symbol() const { return m_symbol; }
    OrderTemplates& templates() { return m_templates; }
    const TicketValidator& validator() const { return m_validator; }

    // Shown in the tooltips and the hint line; the one place that says them.
    static QKeySequence buyKey();
    static QKeySequence sellKey();

public slots:
    // Points the ticket at symbol (case-insensitive): its limit starts at the
    // reference price. A symbol that is not configured is left as typed, and
    // the validator says so.
    void setInstrument(const QString& symbol);
    // Sends the order as entered; false (and nothing sent) while a problem stands.
    bool send();
    void buyAndSend();
    void sellAndSend();
    // Back to the chosen template (or the built-in defaults), on the same
    // instrument, the limit at the reference price.
    void clear();
    // Focus on the symbol, ready to type over it (the New order action).
    void focusTicket();
    bool saveTemplate(const QString& name);
    void applyTemplate(const QString& name);
    void deleteTemplate(const QString& name);
    void setDefaultTemplate(const QString& name);

signals:
    // The order went to the engine, as sent (its client order id included).
    void orderSent(const ordo::OrderRequest& request);
    void instrumentChanged(const QString& symbol);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void connectHost();
    void revalidate();
    void onSymbolEdited();
    void switchInstrument(const QString& symbol, bool setLimit);
    void setSide(Side side);
    Side side() const;
    void updateEnabled();
    void updateSideLook();
    void updateQuote();
    void updatePosition();
    void refreshTemplates(const QString& select = {});
    TicketEntry defaults() const;
    // The ticket's answer: a headline, and the order it is about underneath.
    void say(const QString& text, const QString& order = {}, bool bad = false);
    void step(QLineEdit* edit, int direction);
    void onSubmitFinished(const SubmitOutcome& outcome);
    void onOrders(const QList<OrderSnapshot>& orders);
    void onBooks(const QList<BookSnapshot>& books);
    void onPositions(const QList<PositionSnapshot>& positions);
    void onRisk(const RiskSnapshot& risk);
    void rememberName(QStringListModel* model, const QString& name);
    QAbstractButton* sideButton(Side side) const;

    std::unique_ptr<Ui::OrderTicket> m_ui;
    EngineHost& m_host;
    TicketValidator m_validator;
    OrderTemplates m_templates;
    QString m_symbol;  // the instrument shown, as configured; empty if none
    QString m_watched;
    BookSnapshot m_book;
    QHash<QString, PositionSnapshot> m_positions;  // "account\x1fsymbol"
    QHash<QString, QString> m_sent;                // client order id -> what was sent, awaiting submitFinished
    OrderId m_lastOrder = kNoOrder;
    QString m_lastOrderText;  // "Buy 100 AAPL at 190.00", for the progress line
    QStringListModel* m_accounts = nullptr;
    QStringListModel* m_strategies = nullptr;
    bool m_applying = false;  // setEntry in progress: one revalidation at the end
};

}  // namespace ordo
