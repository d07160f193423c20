#include "ladderdelegate.h"

#include "laddermodel.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace ordo {

QString compactQty(qint64 qty)
{
    const QLocale locale;
    const qint64 magnitude = qty < 0 ? -qty : qty;
    if (magnitude < 10'000)
        return locale.toString(qty);
    if (magnitude < 1'000'000)
        return locale.toString(double(qty) / 1e3, 'f', magnitude < 100'000 ? 1 : 0) + QLatin1Char('k');
    return locale.toString(double(qty) / 1e6, 'f', magnitude < 100'000'000 ? 2 : 0) + QLatin1Char('M');
}

LadderDelegate::LadderDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QSize LadderDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return { option.fontMetrics.horizontalAdvance(QStringLiteral("00,000 (00)")) + 12,
        option.fontMetrics.height() + 6 };
}

void LadderDelegate::prepareFonts(const QFont& base) const
{
    if (base == m_base && m_smallMargin)
        return;
    m_base = base;
    m_small = base;
    if (base.pointSizeF() > 0)
        m_small.setPointSizeF(base.pointSizeF() * 0.82);
    else
        m_small.setPixelSize(std::max(6, int(base.pixelSize() * 0.82)));
    m_bold = base;
    m_bold.setBold(true);
    m_smallMargin = QFontMetrics(m_small).horizontalAdvance(QStringLiteral("HL")) + 6;
    for (auto& cache : m_laidOut)
        cache.clear();
}

void LadderDelegate::text(QPainter* p, const QRect& r, Qt::Alignment align, const QString& s, Face face) const
{
    if (s.isEmpty())
        return;
    const QFont& font = face == Face::Small ? m_small : face == Face::Bold ? m_bold : m_base;
    // Shaping text is the dearest part of a cell, and the same few hundred
    // strings (prices, sizes) come back on every repaint: lay each out once.
    QHash<QString, QStaticText>& cache = m_laidOut[int(face)];
    auto it = cache.find(s);
    if (it == cache.end()) {
        if (cache.size() > 4096)
            cache.clear();
        QStaticText t(s);
        t.setTextFormat(Qt::PlainText);
        t.prepare(QTransform(), font);
        it = cache.insert(s, t);
    }
    const QSizeF size = it->size();
    qreal x = r.left();
    if (align & Qt::AlignRight)
        x = r.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = r.left() + (r.width() - size.width()) / 2;
    const qreal y = r.top() + (r.height() - size.height()) / 2;
    p->setFont(font);
    p->drawStaticText(QPointF(std::round(x), std::round(y)), *it);
}

void LadderDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const LadderPalette& c = m_palette;
    const QRect r = option.rect;
    const int column = index.column();
    const qint64 price = index.data(LadderModel::PriceRole).toLongLong();
    const int flags = index.data(LadderModel::FlagsRole).toInt();
    const qint64 qty = index.data(LadderModel::QtyRole).toLongLong();
    const int orders = index.data(LadderModel::OrdersRole).toInt();
    const double fraction = index.data(LadderModel::FractionRole).toDouble();

    // No save/restore or clip per cell (they cost more than the cell): every
    // cell sets the pen, font and brush it uses.
    prepareFonts(option.font);
    const QRect inner = r.adjusted(5, 0, -5, 0);

    QColor background = c.background;
    switch (column) {
    case LadderModel::ColBid: background = c.bidBackground; break;
    case LadderModel::ColAsk: background = c.askBackground; break;
    case LadderModel::ColPrice:
        background = (flags & LadderModel::InsideSpread) ? c.spreadBackground : c.priceBackground;
        break;
    default: break;
    }
    p->fillRect(r, background);

    if (price > 0) {
        switch (column) {
        case LadderModel::ColBid:
        case LadderModel::ColAsk: {
            const bool bid = column == LadderModel::ColBid;
            const bool best = flags & (bid ? LadderModel::BestBid : LadderModel::BestAsk);
            if (best) {
                p->fillRect(r, bid ? c.bestBid : c.bestAsk);
            } else if (qty > 0) {
                // Bars grow from the price column outwards.
                const int w = std::max(2, int(r.width() * std::clamp(fraction, 0.0, 1.0)));
                const QRect bar = bid ? QRect(r.right() - w + 1, r.top() + 1, w, r.height() - 2)
                                      : QRect(r.left(), r.top() + 1, w, r.height() - 2);
                p->fillRect(bar, bid ? c.bidBar : c.askBar);
            }
            if (qty > 0) {
                // Quantity next to the price, order count on the far side.
                const QString count = orders > 0 ? QStringLiteral("(%1)").arg(orders) : QString();
                p->setPen(best ? QColor(Qt::white) : c.dimText);
                text(p, inner, (bid ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, count, Face::Small);
                p->setPen(best ? QColor(Qt::white) : c.text);
                text(p, inner, (bid ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, compactQty(qty),
                    best ? Face::Bold : Face::Normal);
            }
            break;
        }
        case LadderModel::ColPrice: {
            const bool best = flags & (LadderModel::BestBid | LadderModel::BestAsk);
            if (flags & LadderModel::LastTrade) {
                const QColor dir = (flags & LadderModel::LastBuyer) ? c.buyer
                    : (flags & LadderModel::LastSeller)             ? c.seller
                                                                    : c.unknownDirection;
                p->setPen(QPen(dir, 2));
                p->setBrush(Qt::NoBrush);
                p->drawRect(r.adjusted(1, 1, -2, -2));
                p->setPen(dir);
                const QString arrow = (flags & LadderModel::LastBuyer) ? QStringLiteral("▲")
                    : (flags & LadderModel::LastSeller)                ? QStringLiteral("▼")
                                                                       : QStringLiteral("◆");
                text(p, inner, Qt::AlignLeft | Qt::AlignVCenter, arrow, Face::Small);
            }
            if (flags & (LadderModel::SessionHigh | LadderModel::SessionLow)) {
                p->setPen(c.highLow);
                const QString tag = (flags & LadderModel::SessionHigh) && (flags & LadderModel::SessionLow)
                    ? QStringLiteral("HL")
                    : (flags & LadderModel::SessionHigh) ? QStringLiteral("H")
                                                         : QStringLiteral("L");
                text(p, inner, Qt::AlignRight | Qt::AlignVCenter, tag, Face::Small);
            }
            // The same margin on every row, marks or not, so the prices stay aligned.
            p->setPen(c.text);
            text(p, r.adjusted(m_smallMargin, 0, -m_smallMargin, 0), Qt::AlignCenter,
                index.data(Qt::DisplayRole).toString(), best ? Face::Bold : Face::Normal);
            break;
        }
        case LadderModel::ColBuys:
        case LadderModel::ColSells: {
            if (qty <= 0)
                break;
            const bool buy = column == LadderModel::ColBuys;
            const QRect pill = r.adjusted(2, 2, -2, -2);
            p->setRenderHint(QPainter::Antialiasing, true);
            p->setPen(Qt::NoPen);
            p->setBrush(buy ? c.buyOrder : c.sellOrder);
            p->drawRoundedRect(pill, 3, 3);
            p->setBrush(Qt::NoBrush);
            p->setRenderHint(QPainter::Antialiasing, false);
            p->setPen(c.orderText);
            const QString label
                = orders > 1 ? QStringLiteral("%1×%2").arg(compactQty(qty)).arg(orders) : compactQty(qty);
            text(p, pill.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, label, Face::Bold);
            const qint64 ahead = index.data(LadderModel::QueueAheadRole).toLongLong();
            if (ahead >= 0)
                text(p, pill.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                    QStringLiteral("q%1").arg(compactQty(ahead)), Face::Small);
            break;
        }
        case LadderModel::ColLast: {
            if (qty <= 0)
                break;
            p->setPen((flags & LadderModel::LastBuyer)  ? c.buyer
                    : (flags & LadderModel::LastSeller) ? c.seller
                                                        : c.unknownDirection);
            text(p, inner, Qt::AlignCenter, compactQty(qty), Face::Bold);
            break;
        }
        case LadderModel::ColVolume: {
            if (qty <= 0)
                break;
            const int w = std::max(2, int(r.width() * std::clamp(fraction, 0.0, 1.0)));
            p->fillRect(QRect(r.left(), r.top() + 2, w, r.height() - 4),
                (flags & LadderModel::LastTrade) ? c.volumeBar.lighter(135) : c.volumeBar);
            p->setPen(c.text);
            text(p, inner, Qt::AlignRight | Qt::AlignVCenter, compactQty(qty), Face::Small);
            break;
        }
        default: break;
        }
    }

    // Grid lines as one-pixel fills: the raster engine's fast path, unlike lines.
    p->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), c.grid);
    p->fillRect(QRect(r.right(), r.top(), 1, r.height()), c.grid);
}

} // namespace ordo
