#include "laddermodel.h"

#include "ladderfeed.h"

#include <QLocale>

#include <algorithm>

namespace ordo {
namespace {

bool buys(Side s)
{
    return sideSign(s) > 0;
}

// The venue has the order at its current price (a pending replace still rests at the old one).
bool acknowledged(OrderStatus s)
{
    return s == OrderStatus::Accepted || s == OrderStatus::PartiallyFilled || s == OrderStatus::PendingReplace
        || s == OrderStatus::Suspended;
}

QString qtyText(Qty q)
{
    return QLocale().toString(q);
}

} // namespace

LadderModel::LadderModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int LadderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LadderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LadderModel::priceText(Price price) const
{
    return QString::fromStdString(formatFixedPrice(price, m_decimals));
}

void LadderModel::setInstrument(const QString& symbol, Price tick, Price reference, const QList<OrderSnapshot>& seed)
{
    beginResetModel();
    m_symbol = symbol;
    m_reference = reference;
    m_axis = LadderAxis(tick, m_axis.rows());
    m_decimals = ordo::priceDecimals(m_axis.tick());
    m_following = true;
    m_book = BookSnapshot {};
    m_orders.clear();
    for (const OrderSnapshot& o : seed)
        if (o.symbol == symbol && restsOnLadder(o))
            m_orders.insert(o.id, Working { o });
    indexBook();
    indexOrders();
    m_axis.centreOn(reference);
    m_rows.clear();
    rebuild();
    endResetModel();
    emit axisMoved();
    emit bookChanged();
}

void LadderModel::setRows(int rows)
{
    rows = std::max(rows, 0);
    if (rows == m_axis.rows())
        return;
    beginResetModel();
    m_axis.setRows(rows);
    m_rows.clear();
    rebuild();
    endResetModel();
    emit axisMoved();
}

bool LadderModel::recentre()
{
    m_following = true;
    bool moved = false;
    if (bestBid() || bestAsk())
        moved = m_axis.recentre(bestBid(), bestAsk());
    else if (hasBook() && m_book.lastPrice)
        moved = m_axis.centreOn(m_book.lastPrice);
    else
        moved = m_axis.centreOn(m_reference);
    if (moved) {
        rebuild();
        emit axisMoved();
    }
    return moved;
}

void LadderModel::scroll(int ticks)
{
    if (!ticks || !m_axis.centred())
        return;
    m_following = false;
    m_axis.scroll(ticks);
    rebuild();
    emit axisMoved();
}

Qty LadderModel::levelQty(bool buySide, Price price) const
{
    return (buySide ? m_bidAt : m_askAt).value(price, 0);
}

Qty LadderModel::oursAt(bool buySide, Price price) const
{
    return (buySide ? m_oursBuy : m_oursSell).value(price, 0);
}

void LadderModel::indexBook()
{
    m_bidAt.clear();
    m_askAt.clear();
    for (const BookLevelSnapshot& l : m_book.bids)
        m_bidAt[l.price] += l.qty;
    for (const BookLevelSnapshot& l : m_book.asks)
        m_askAt[l.price] += l.qty;
}

void LadderModel::indexOrders()
{
    m_oursBuy.clear();
    m_oursSell.clear();
    for (const Working& w : m_orders)
        (buys(w.order.side) ? m_oursBuy : m_oursSell)[w.order.limitPrice] += w.order.leavesQty;
}

void LadderModel::place(Working& w, const Working* before)
{
    if (!hasDepth()) {
        w.placed = false;
        return;
    }
    const bool buySide = buys(w.order.side);
    const Price price = w.order.limitPrice;
    const Qty level = levelQty(buySide, price);
    w.placed = true;
    w.acked = acknowledged(w.order.status);
    w.booksSinceAck = 0;
    w.volumeOnArrival = m_book.volumeAt(price);
    if (before && before->placed && before->order.limitPrice == price) {
        // More quantity at the same price: the order is already in the level
        // and goes to its back.
        w.aheadOnArrival = std::max<Qty>(level - before->order.leavesQty, 0);
    } else {
        // Books are published after orders, so the book at hand predates the
        // order's arrival: everything at the price is ahead of it.
        w.aheadOnArrival = level;
    }
}

Qty LadderModel::aheadOf(const Working& w) const
{
    if (!w.placed)
        return -1;
    const bool buySide = buys(w.order.side);
    const Price price = w.order.limitPrice;
    // Until the book surely shows the order, its level is all others.
    const bool inBook = w.acked && w.booksSinceAck >= 2;
    return queueAhead(w.aheadOnArrival, m_book.volumeAt(price) - w.volumeOnArrival, levelQty(buySide, price),
        inBook ? oursAt(buySide, price) : 0);
}

Qty LadderModel::queueAheadOf(OrderId id) const
{
    auto it = m_orders.constFind(id);
    return it == m_orders.cend() ? -1 : aheadOf(it.value());
}

QList<OrderSnapshot> LadderModel::ordersAt(bool buySide, Price price) const
{
    QList<const Working*> found;
    for (const Working& w : m_orders)
        if (buys(w.order.side) == buySide && w.order.limitPrice == price)
            found.push_back(&w);
    std::sort(found.begin(), found.end(), [this](const Working* a, const Working* b) {
        const Qty x = aheadOf(*a), y = aheadOf(*b);
        return x != y ? x < y : a->order.id < b->order.id;
    });
    QList<OrderSnapshot> out;
    for (const Working* w : found)
        out.push_back(w->order);
    return out;
}

QList<OrderSnapshot> LadderModel::workingOrders() const
{
    QList<OrderSnapshot> out;
    for (const Working& w : m_orders)
        out.push_back(w.order);
    return out;
}

void LadderModel::applyBooks(const QList<BookSnapshot>& books)
{
    const BookSnapshot* mine = nullptr;
    for (const BookSnapshot& b : books)
        if (b.symbol == m_symbol)
            mine = &b;
    if (!mine || m_symbol.isEmpty())
        return;
    const bool first = !hasBook();
    m_book = *mine;
    indexBook();
    // Orders seen before any book: where they stand is unknown, so assume the
    // back of the queue (the cautious guess).
    for (Working& w : m_orders) {
        if (!w.placed) {
            place(w, nullptr);
            if (!w.placed)
                continue;
            w.aheadOnArrival = std::max<Qty>(w.aheadOnArrival - w.order.leavesQty, 0);
            w.booksSinceAck = 2; // it rested before this book was taken
        } else if (w.acked && w.booksSinceAck < 2) {
            ++w.booksSinceAck;
        }
    }
    bool moved = false;
    if (first && (bestBid() || bestAsk()))
        moved = m_axis.recentre(bestBid(), bestAsk());
    else if (m_following)
        moved = m_axis.follow(bestBid(), bestAsk());
    rebuild();
    if (moved)
        emit axisMoved();
    emit bookChanged();
}

void LadderModel::applyOrders(const QList<OrderSnapshot>& orders)
{
    bool touched = false;
    for (const OrderSnapshot& o : orders) {
        if (o.symbol != m_symbol)
            continue;
        touched = true;
        auto it = m_orders.find(o.id);
        if (!restsOnLadder(o)) {
            if (it != m_orders.end())
                m_orders.erase(it);
            continue;
        }
        if (it == m_orders.end()) {
            Working w { o };
            place(w, nullptr);
            m_orders.insert(o.id, w);
            continue;
        }
        const Working before = it.value();
        it->order = o;
        if (replacePriority(before.order.limitPrice, before.order.quantity, o.limitPrice, o.quantity)
            == QueuePriority::Lost)
            place(it.value(), &before);
        else if (!it->acked && acknowledged(o.status))
            it->acked = true;
    }
    if (touched) {
        indexOrders();
        rebuild();
    }
}

void LadderModel::rebuild()
{
    std::vector<Row> rows(static_cast<std::size_t>(m_axis.rows()));
    for (int r = 0; r < m_axis.rows(); ++r)
        rows[std::size_t(r)].price = m_axis.priceAt(r);
    auto rowAt = [&](Price p) -> Row* {
        const int r = m_axis.rowOf(p);
        return r >= 0 ? &rows[std::size_t(r)] : nullptr;
    };
    if (hasBook()) {
        for (const BookLevelSnapshot& l : m_book.bids)
            if (Row* row = rowAt(l.price)) {
                row->bidQty += l.qty;
                row->bidOrders += l.orders;
            }
        for (const BookLevelSnapshot& l : m_book.asks)
            if (Row* row = rowAt(l.price)) {
                row->askQty += l.qty;
                row->askOrders += l.orders;
            }
        if (Row* row = rowAt(bestBid()))
            row->flags |= BestBid;
        if (Row* row = rowAt(bestAsk()))
            row->flags |= BestAsk;
        if (bestBid() && bestAsk())
            for (Row& row : rows)
                if (row.price > bestBid() && row.price < bestAsk())
                    row.flags |= InsideSpread;
        if (Row* row = rowAt(m_book.lastPrice)) {
            row->flags |= LastTrade;
            if (m_book.lastAggressor == Aggressor::Buyer)
                row->flags |= LastBuyer;
            else if (m_book.lastAggressor == Aggressor::Seller)
                row->flags |= LastSeller;
            row->lastSize = m_book.lastSize;
        }
        if (Row* row = rowAt(m_book.high))
            row->flags |= SessionHigh;
        if (Row* row = rowAt(m_book.low))
            row->flags |= SessionLow;
        for (const PriceVolume& v : m_book.volumeAtPrice)
            if (Row* row = rowAt(v.price))
                row->volume += v.qty;
    }
    for (const Working& w : m_orders) {
        Row* row = rowAt(w.order.limitPrice);
        if (!row)
            continue;
        const Qty ahead = aheadOf(w);
        const bool buySide = buys(w.order.side);
        Qty& qty = buySide ? row->buyQty : row->sellQty;
        int& count = buySide ? row->buyCount : row->sellCount;
        Qty& front = buySide ? row->buyAhead : row->sellAhead;
        qty += w.order.leavesQty;
        ++count;
        if (ahead >= 0)
            front = front < 0 ? ahead : std::min(front, ahead);
    }
    Qty maxDepth = 0, maxVolume = 0;
    for (const Row& row : rows) {
        maxDepth = std::max({ maxDepth, row.bidQty, row.askQty });
        maxVolume = std::max(maxVolume, row.volume);
    }

    if (rows.size() != m_rows.size()) {
        // Only inside a reset (instrument or size changed).
        m_rows = std::move(rows);
        m_maxDepth = maxDepth;
        m_maxVolume = maxVolume;
        return;
    }
    // The bars are relative: a new deepest level changes every row.
    const bool scaleChanged = maxDepth != m_maxDepth || maxVolume != m_maxVolume;
    int first = -1, last = -1;
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (scaleChanged || !(rows[r] == m_rows[r])) {
            if (first < 0)
                first = int(r);
            last = int(r);
        }
    m_rows = std::move(rows);
    m_maxDepth = maxDepth;
    m_maxVolume = maxVolume;
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QVariant LadderModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()) || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const auto col = static_cast<Column>(index.column());
    auto qtyOf = [&]() -> Qty {
        switch (col) {
        case ColBuys: return row.buyQty;
        case ColBid: return row.bidQty;
        case ColAsk: return row.askQty;
        case ColSells: return row.sellQty;
        case ColLast: return row.lastSize;
        case ColVolume: return row.volume;
        default: return 0;
        }
    };
    switch (role) {
    case Qt::DisplayRole: {
        if (col == ColPrice)
            return row.price ? priceText(row.price) : QString();
        const Qty q = qtyOf();
        if (!q)
            return {};
        if ((col == ColBid || col == ColAsk) && (col == ColBid ? row.bidOrders : row.askOrders) > 0)
            return QStringLiteral("%1 (%2)").arg(qtyText(q)).arg(col == ColBid ? row.bidOrders : row.askOrders);
        return qtyText(q);
    }
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ToolTipRole: return tooltip(row, col);
    case PriceRole: return qint64(row.price);
    case QtyRole: return qint64(col == ColPrice ? 0 : qtyOf());
    case OrdersRole:
        switch (col) {
        case ColBuys: return row.buyCount;
        case ColBid: return row.bidOrders;
        case ColAsk: return row.askOrders;
        case ColSells: return row.sellCount;
        default: return 0;
        }
    case FractionRole:
        if (col == ColBid || col == ColAsk)
            return m_maxDepth > 0 ? double(qtyOf()) / double(m_maxDepth) : 0.0;
        if (col == ColVolume)
            return m_maxVolume > 0 ? double(row.volume) / double(m_maxVolume) : 0.0;
        return 0.0;
    case FlagsRole: return row.flags;
    case QueueAheadRole: return qint64(col == ColBuys ? row.buyAhead : col == ColSells ? row.sellAhead : -1);
    default: return {};
    }
}

QString LadderModel::tooltip(const Row& row, int column) const
{
    if (!row.price)
        return {};
    const QString price = priceText(row.price);
    switch (column) {
    case ColBuys:
    case ColSells: {
        const bool buySide = column == ColBuys;
        const int count = buySide ? row.buyCount : row.sellCount;
        if (!count)
            return buySide ? tr("Your working buy orders at %1").arg(price)
                           : tr("Your working sell orders at %1").arg(price);
        const Qty qty = buySide ? row.buyQty : row.sellQty;
        const Qty ahead = buySide ? row.buyAhead : row.sellAhead;
        QString text = buySide ? tr("%n working buy order(s) at %1, %2 open", nullptr, count).arg(price, qtyText(qty))
                               : tr("%n working sell order(s) at %1, %2 open", nullptr, count).arg(price, qtyText(qty));
        if (ahead >= 0)
            text += QLatin1Char('\n')
                + tr("About %1 ahead in the queue (estimated from the book and trades at this price)")
                      .arg(qtyText(ahead));
        return text + QLatin1Char('\n')
            + tr("Click: cancel. Drag to another price: move. Shift+click: set the open quantity to the working size.");
    }
    case ColBid:
        return row.bidQty ? tr("Bid %1 in %n order(s) across venues. Click to buy at %2.", nullptr, row.bidOrders)
                                .arg(qtyText(row.bidQty), price)
                          : tr("Click to buy at %1.").arg(price);
    case ColAsk:
        return row.askQty ? tr("Offered %1 in %n order(s) across venues. Click to sell at %2.", nullptr, row.askOrders)
                                .arg(qtyText(row.askQty), price)
                          : tr("Click to sell at %1.").arg(price);
    case ColPrice: {
        QStringList parts;
        if (row.flags & LastTrade)
            parts << ((row.flags & LastBuyer)  ? tr("Last trade %1 at %2, a buyer took the offer")
                    : (row.flags & LastSeller) ? tr("Last trade %1 at %2, a seller hit the bid")
                                               : tr("Last trade %1 at %2"))
                         .arg(qtyText(row.lastSize), price);
        if (row.flags & SessionHigh)
            parts << tr("Session high");
        if (row.flags & SessionLow)
            parts << tr("Session low");
        return parts.join(QLatin1Char('\n'));
    }
    case ColLast: return row.lastSize ? tr("Size of the last trade, at %1").arg(price) : QString();
    case ColVolume: return row.volume ? tr("%1 traded at %2 this session").arg(qtyText(row.volume), price) : QString();
    default: return {};
    }
}

QVariant LadderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ColBuys: return tr("Buys");
        case ColBid: return tr("Bid");
        case ColPrice: return tr("Price");
        case ColAsk: return tr("Ask");
        case ColSells: return tr("Sells");
        case ColLast: return tr("Last");
        case ColVolume: return tr("Volume");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ColBuys: return tr("Your working buy orders, with the estimated quantity ahead of them in the queue");
        case ColBid: return tr("Bid quantity across venues (number of orders); click to buy");
        case ColPrice: return tr("Price; the last trade, session high and low are marked");
        case ColAsk: return tr("Offered quantity across venues (number of orders); click to sell");
        case ColSells: return tr("Your working sell orders, with the estimated quantity ahead of them in the queue");
        case ColLast: return tr("Size of the last trade");
        case ColVolume: return tr("Volume traded at each price this session");
        default: return {};
        }
    }
    return {};
}

} // namespace ordo
