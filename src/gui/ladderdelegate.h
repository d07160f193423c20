#pragma once

// Paints a LadderModel's cells: depth bars, the best bid and offer, working
// orders with their place in the queue, the last trade by direction, the
// session high and low, the volume profile.
//
// Colours come from the Okabe–Ito palette, chosen to stay distinct under the
// common colour-vision deficiencies: blue for bids and buying, vermillion and
// orange for offers and selling, yellow for the session high and low. Colour
// is never the only cue: the last trade also carries an arrow, high and low
// a letter, the best levels bold text.

#include <QColor>
#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace ordo {

struct LadderPalette {
    QColor background { 0x16, 0x18, 0x1c };
    QColor grid { 0x2a, 0x2e, 0x35 };
    QColor text { 0xdc, 0xe1, 0xe7 };
    QColor dimText { 0x8d, 0x95, 0xa0 };
    QColor priceBackground { 0x21, 0x24, 0x2a };
    QColor spreadBackground { 0x2c, 0x30, 0x38 };
    QColor bidBackground { 0x0f, 0x22, 0x33 };
    QColor bidBar { 0x00, 0x72, 0xb2, 150 }; // Okabe–Ito blue
    QColor bestBid { 0x00, 0x72, 0xb2 };
    QColor askBackground { 0x33, 0x1b, 0x10 };
    QColor askBar { 0xd5, 0x5e, 0x00, 150 }; // Okabe–Ito vermillion
    QColor bestAsk { 0xd5, 0x5e, 0x00 };
    QColor buyOrder { 0x56, 0xb4, 0xe9 }; // sky blue
    QColor sellOrder { 0xe6, 0x9f, 0x00 }; // orange
    QColor orderText { 0x10, 0x12, 0x15 };
    QColor buyer { 0x56, 0xb4, 0xe9 };
    QColor seller { 0xe6, 0x9f, 0x00 };
    QColor unknownDirection { 0xdc, 0xe1, 0xe7 };
    QColor highLow { 0xf0, 0xe4, 0x42 }; // yellow
    QColor volumeBar { 0x4a, 0x50, 0x5a };
    QColor dropTarget { 0xff, 0xff, 0xff };
};

class LadderDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LadderDelegate(QObject* parent = nullptr);
    const LadderPalette& palette() const { return m_palette; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    enum class Face { Normal, Small, Bold };
    // Derived from the view's font once, not per cell.
    void prepareFonts(const QFont& base) const;
    void text(QPainter* p, const QRect& r, Qt::Alignment align, const QString& s, Face face) const;

    LadderPalette m_palette;
    mutable QFont m_base;
    mutable QFont m_small;
    mutable QFont m_bold;
    mutable int m_smallMargin = 0; // room for the H/L mark beside a price
    mutable QHash<QString, QStaticText> m_laidOut[3]; // by Face
};

// 950, 12.3k, 4.56M: quantities in narrow cells.
QString compactQty(qint64 qty);

} // namespace ordo
