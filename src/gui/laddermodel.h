#pragma once

// One instrument's depth ladder as a table: a row per tick on a static price
// axis (LadderAxis), and columns for the user's working buys, the bid
// (quantity and order count across venues), the price, the ask, the working
// sells, the last trade's size and the volume traded at each price.
//
// Fed by EngineHost::booksChanged (this instrument only) and LadderFeed
// (working orders, positions). Rows whose content changed get dataChanged
// over one merged range; the model resets only when the number of rows
// changes (the view was resized) or the instrument does. GUI thread.

#include "ladderaxis.h"
#include "snapshots.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace ordo {

class LadderModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColBuys, ColBid, ColPrice, ColAsk, ColSells, ColLast, ColVolume, ColumnCount };
    enum Role {
        PriceRole = Qt::UserRole, // qint64: the row's price (1e-8)
        QtyRole, // qint64: the cell's quantity (0: none)
        OrdersRole, // int: orders at the level (bid, ask) or ours (buys, sells)
        FractionRole, // double 0..1: bar length (depth against the deepest visible level, volume likewise)
        FlagsRole, // int: RowFlag bits
        QueueAheadRole, // qint64: estimated quantity ahead of our front order; -1: none
    };
    enum RowFlag {
        BestBid = 1 << 0,
        BestAsk = 1 << 1,
        LastTrade = 1 << 2,
        LastBuyer = 1 << 3, // the last trade's aggressor bought (lifted the offer)
        LastSeller = 1 << 4,
        SessionHigh = 1 << 5,
        SessionLow = 1 << 6,
        InsideSpread = 1 << 7, // strictly between the best bid and the best ask
    };

    explicit LadderModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Points the ladder at an instrument: drops the old book, takes the
    // user's working orders on it from seed, centres on reference (until a
    // book arrives). tick <= 0 is taken as the smallest unit.
    void setInstrument(const QString& symbol, Price tick, Price reference, const QList<OrderSnapshot>& seed);
    QString symbol() const { return m_symbol; }
    int priceDecimals() const { return m_decimals; }
    QString priceText(Price price) const;

    const LadderAxis& axis() const { return m_axis; }
    // The view tells how many rows fit; the centre price stays.
    void setRows(int rows);
    // Space: puts the inside market (else the last trade, else the
    // reference) on the centre row. Returns true if the axis moved.
    bool recentre();
    // Wheel: moves the axis and stops following the market until recentre().
    void scroll(int ticks);
    bool following() const { return m_following; }

    const BookSnapshot& book() const { return m_book; }
    Price bestBid() const { return m_book.bids.isEmpty() ? 0 : m_book.bids.front().price; }
    Price bestAsk() const { return m_book.asks.isEmpty() ? 0 : m_book.asks.front().price; }

    // The user's working orders at price on the buy (true) or sell side,
    // front of the queue first (by the estimate).
    QList<OrderSnapshot> ordersAt(bool buySide, Price price) const;
    QList<OrderSnapshot> workingOrders() const;
    // Estimated quantity ahead of the order in its price's queue; -1 if the
    // order is not on the ladder.
    Qty queueAheadOf(OrderId id) const;

public slots:
    void applyBooks(const QList<ordo::BookSnapshot>& books);
    void applyOrders(const QList<ordo::OrderSnapshot>& orders);

signals:
    // The axis moved (re-centred, scrolled or followed the market).
    void axisMoved();
    // A new book arrived: last trade, high, low or volume may have changed.
    void bookChanged();

private:
    struct Working {
        OrderSnapshot order;
        bool placed = false; // its arrival in the queue is known (needs a book)
        Qty aheadOnArrival = 0;
        Qty volumeOnArrival = 0;
        // Books seen since the venue acknowledged the order at its price:
        // from the second on, the book's level includes the order itself.
        bool acked = false;
        int booksSinceAck = 0;
    };
    struct Row {
        Price price = 0;
        Qty bidQty = 0;
        int bidOrders = 0;
        Qty askQty = 0;
        int askOrders = 0;
        Qty buyQty = 0;
        int buyCount = 0;
        Qty buyAhead = -1;
        Qty sellQty = 0;
        int sellCount = 0;
        Qty sellAhead = -1;
        Qty lastSize = 0;
        Qty volume = 0;
        int flags = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };

    bool hasBook() const { return m_book.symbol == m_symbol && !m_symbol.isEmpty(); }
    // A book with a level to stand in: an empty one (none consolidated yet)
    // says nothing about the queue, so orders wait for a real one.
    bool hasDepth() const { return hasBook() && (!m_book.bids.isEmpty() || !m_book.asks.isEmpty()); }
    Qty levelQty(bool buySide, Price price) const;
    Qty oursAt(bool buySide, Price price) const;
    void indexBook();
    void indexOrders();
    void place(Working& w, const Working* before);
    Qty aheadOf(const Working& w) const;
    void rebuild();
    QString tooltip(const Row& row, int column) const;

    QString m_symbol;
    Price m_reference = 0;
    int m_decimals = 2;
    LadderAxis m_axis;
    bool m_following = true;
    BookSnapshot m_book;
    QHash<OrderId, Working> m_orders;
    // Lookups by price, so a rebuild is linear in levels and orders.
    QHash<Price, Qty> m_bidAt;
    QHash<Price, Qty> m_askAt;
    QHash<Price, Qty> m_oursBuy;
    QHash<Price, Qty> m_oursSell;
    std::vector<Row> m_rows;
    Qty m_maxDepth = 0; // deepest visible level, for the bars
    Qty m_maxVolume = 0; // largest visible volume at a price
};

} // namespace ordo
