#include "ladderdelegate.h"

#include "laddermodel.h"

#include <QLocale>
#include <QPainter>

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

    p->save();
    p->setClipRect(r);
    QFont font = option.font;
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.82);
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(font);
    const QRect text = r.adjusted(5, 0, -5, 0);

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
                const QString count = orders > 0 ? QStringLiteral("(%1)").arg(orders) : QString();
                p->setFont(small);
                p->setPen(best ? QColor(Qt::white) : c.dimText);
                const int countWidth = count.isEmpty() ? 0 : p->fontMetrics().horizontalAdvance(count) + 4;
                // Quantity next to the price, order count on the far side.
                const Qt::Alignment countAlign = (bid ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
                p->drawText(text, countAlign, count);
                p->setFont(best ? bold : font);
                p->setPen(best ? QColor(Qt::white) : c.text);
                const QRect qtyRect = bid ? text.adjusted(countWidth, 0, 0, 0) : text.adjusted(0, 0, -countWidth, 0);
                p->drawText(qtyRect, (bid ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, compactQty(qty));
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
                p->setFont(small);
                p->setPen(dir);
                const QString arrow = (flags & LadderModel::LastBuyer) ? QStringLiteral("▲")
                    : (flags & LadderModel::LastSeller)                ? QStringLiteral("▼")
                                                                       : QStringLiteral("◆");
                p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, arrow);
            }
            if (flags & (LadderModel::SessionHigh | LadderModel::SessionLow)) {
                p->setFont(small);
                p->setPen(c.highLow);
                const QString tag = (flags & LadderModel::SessionHigh) && (flags & LadderModel::SessionLow)
                    ? QStringLiteral("HL")
                    : (flags & LadderModel::SessionHigh) ? QStringLiteral("H")
                                                         : QStringLiteral("L");
                p->drawText(text, Qt::AlignRight | Qt::AlignVCenter, tag);
            }
            // The same margin on every row, marks or not, so the prices stay aligned.
            p->setFont(small);
            const int margin = p->fontMetrics().horizontalAdvance(QStringLiteral("HL")) + 6;
            p->setFont(best ? bold : font);
            p->setPen(c.text);
            p->drawText(r.adjusted(margin, 0, -margin, 0), Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
            break;
        }
        case LadderModel::ColBuys:
        case LadderModel::ColSells: {
            if (qty <= 0)
                break;
            const bool buy = column == LadderModel::ColBuys;
            const QRect pill = r.adjusted(2, 2, -2, -2);
            p->setRenderHint(QPainter::Antialiasing);
            p->setPen(Qt::NoPen);
            p->setBrush(buy ? c.buyOrder : c.sellOrder);
            p->drawRoundedRect(pill, 3, 3);
            p->setPen(c.orderText);
            p->setFont(bold);
            const QString label
                = orders > 1 ? QStringLiteral("%1×%2").arg(compactQty(qty)).arg(orders) : compactQty(qty);
            p->drawText(pill.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
            const qint64 ahead = index.data(LadderModel::QueueAheadRole).toLongLong();
            if (ahead >= 0) {
                p->setFont(small);
                p->drawText(pill.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                    QStringLiteral("q%1").arg(compactQty(ahead)));
            }
            break;
        }
        case LadderModel::ColLast: {
            if (qty <= 0)
                break;
            const QColor dir = (flags & LadderModel::LastBuyer) ? c.buyer
                : (flags & LadderModel::LastSeller)             ? c.seller
                                                                : c.unknownDirection;
            p->setFont(bold);
            p->setPen(dir);
            p->drawText(text, Qt::AlignCenter, compactQty(qty));
            break;
        }
        case LadderModel::ColVolume: {
            if (qty <= 0)
                break;
            const int w = std::max(2, int(r.width() * std::clamp(fraction, 0.0, 1.0)));
            p->fillRect(QRect(r.left(), r.top() + 2, w, r.height() - 4),
                (flags & LadderModel::LastTrade) ? c.volumeBar.lighter(135) : c.volumeBar);
            p->setFont(small);
            p->setPen(c.text);
            p->drawText(text, Qt::AlignRight | Qt::AlignVCenter, compactQty(qty));
            break;
        }
        default: break;
        }
    }

    p->setPen(c.grid);
    p->drawLine(r.bottomLeft(), r.bottomRight());
    p->drawLine(r.topRight(), r.bottomRight());
    p->restore();
}

} // namespace ordo
