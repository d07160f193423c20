#pragma once

// How blotter cells are painted. QStyledItemDelegate lays every cell's text
// out through the style (a QTextLayout per cell, rectangles per sub-element):
// with 40 rows of 20 columns repainted 60 times a second that was most of
// the GUI thread's time. BlotterCellDelegate paints the same things directly:
// background (state tint, selection), icon, text in its colour, font and
// alignment, elided only when it does not fit. Texts are shaped once and
// kept as QStaticText: a blotter repeats the same symbols, states, accounts
// and, frame after frame, the same numbers.
//
// BlotterTreeDelegate adds the orders blotter's tree column: child orders
// indented under their parent, an expand arrow on parents; a click on the
// arrow asks to show or hide the children. It reads roles::Depth,
// ChildCount and Expanded.

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace ordo {

class BlotterCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    // The cell, with its text and icon starting indent pixels to the right;
    // the indent is left for the caller to paint.
    void paintCell(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index, int indent) const;

private:
    const QStaticText& shaped(const QString& text, const QFont& font) const;

    mutable QHash<QString, QStaticText> m_shaped;  // by font key + text
    mutable QFont m_lastFont;
    mutable QString m_lastFontKey;
};

class BlotterTreeDelegate final : public BlotterCellDelegate {
    Q_OBJECT
public:
    using BlotterCellDelegate::BlotterCellDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Where the arrow of this row is drawn, in view coordinates.
    static QRect arrowRect(const QRect& cell, int depth);

signals:
    void toggleRequested(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};

}  // namespace ordo
