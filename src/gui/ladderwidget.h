#pragma once

// A depth ladder for one instrument (after TT's MD Trader and IB's
// BookTrader): position, average price and P&L at the top, working sizes,
// the ladder itself, and the hotkey buttons below. Click to trade: the bid
// column buys and the ask column sells a limit at the row's price with the
// working size; a click on a working order cancels it, dragging it moves it
// (and the ladder says whether that keeps queue priority), Shift+click sets
// its open quantity to the working size.
//
// Keys while the ladder's table has focus (not while typing in its fields):
// Space re-centres, 1-4 pick a working size, B joins the best bid, A the
// best offer, Esc cancels all of the user's orders on this instrument.
//
// Several can be open at once; a linked ladder follows the instrument chosen
// elsewhere (MainWindow calls setInstrument). GUI thread.

#include "domain/types.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace ordo {

class EngineHost;
class LadderFeed;
class LadderModel;
class LadderView;
struct InstrumentConfig;
struct SubmitOutcome;

class LadderWidget final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSizePresets = 4;

    LadderWidget(LadderFeed& feed, const QString& symbol, QWidget* parent = nullptr);
    ~LadderWidget() override;

    QString symbol() const { return m_symbol; }
    bool isLinked() const;
    Qty workingQty() const;
    QList<Qty> sizePresets() const { return m_presets; }
    QString account() const;
    // The last thing the ladder told the user (sent, refused, priority kept or lost).
    QString message() const;
    LadderModel* model() const { return m_model; }
    LadderView* view() const { return m_view; }

public slots:
    // Points the ladder at symbol; an instrument that is not configured is
    // refused with a message and the ladder stays where it was.
    void setInstrument(const QString& symbol);
    void setLinked(bool linked);
    void setWorkingQty(qint64 qty);
    void selectSize(int preset);
    void setAccount(const QString& account);
    void recentre();
    void cancelAll();
    void joinBid();
    void joinAsk();

signals:
    void instrumentChanged(const QString& symbol);
    void linkedChanged(bool linked);

private:
    void buildUi();
    void buildActions();
    const InstrumentConfig* instrument(const QString& symbol) const;
    void onCellClicked(Price price, int column, Qt::KeyboardModifiers modifiers);
    void onOrdersDragged(Price from, Price to, int column);
    void onContextMenu(Price price, int column, const QPoint& globalPos);
    void onSubmitFinished(const SubmitOutcome& outcome);
    bool mayTrade();
    void send(Side side, Price price);
    void cancelAt(bool buySide, Price price);
    void moveOrders(bool buySide, Price from, Price to);
    void resizeOrdersAt(bool buySide, Price price);
    void say(const QString& text);
    void updatePosition();
    void updateStats();
    void syncPresetButtons();

    LadderFeed& m_feed;
    EngineHost& m_host;
    QString m_symbol;
    Qty m_lot = 1;
    QList<Qty> m_presets;
    QSet<QString> m_sent; // client order ids this ladder sent, for their outcome
    LadderModel* m_model = nullptr;
    LadderView* m_view = nullptr;
    QComboBox* m_symbolCombo = nullptr;
    QToolButton* m_linkButton = nullptr;
    QLabel* m_positionLabel = nullptr;
    QLabel* m_pnlLabel = nullptr;
    QLabel* m_statsLabel = nullptr;
    QButtonGroup* m_sizeGroup = nullptr;
    QSpinBox* m_qtySpin = nullptr;
    QLineEdit* m_accountEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace ordo
