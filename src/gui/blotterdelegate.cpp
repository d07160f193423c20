#include "blotterdelegate.h"

#include "blotterroles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace ordo {
namespace {

constexpr int kIndent = 16;
constexpr int kArrow = 14;
constexpr int kPadding = 4;
constexpr int kIcon = 14;

int textOffset(int depth)
{
    return depth * kIndent + kArrow + 2;
}

}  // namespace

void BlotterCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    paintCell(painter, option, index, 0);
}

void BlotterCellDelegate::paintCell(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                                    int indent) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const bool active = option.state & QStyle::State_Active;
    const QPalette::ColorGroup group = active ? QPalette::Active : QPalette::Inactive;
    const QRect cell = option.rect;

    // The view has painted the (alternating) base; a state tint goes over it.
    if (selected) {
        painter->fillRect(cell, option.palette.brush(group, QPalette::Highlight));
    } else if (const QVariant bg = index.data(Qt::BackgroundRole); bg.isValid()) {
        painter->fillRect(cell, qvariant_cast<QBrush>(bg));
    }

    QRect text = cell.adjusted(kPadding + indent, 0, -kPadding, 0);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.isValid()) {
        const QIcon icon = qvariant_cast<QIcon>(decoration);
        if (!icon.isNull()) {
            const QRect box(text.left(), cell.top() + (cell.height() - kIcon) / 2, kIcon, kIcon);
            if (selected) {
                // The state's colour may be the highlight's own: the shape in
                // the highlighted text's colour stays visible.
                QPixmap pm = icon.pixmap(box.size(), painter->device()->devicePixelRatioF());
                QPainter p(&pm);
                p.setCompositionMode(QPainter::CompositionMode_SourceIn);
                p.fillRect(pm.rect(), option.palette.color(group, QPalette::HighlightedText));
                p.end();
                painter->drawPixmap(box, pm);
            } else {
                icon.paint(painter, box, Qt::AlignCenter, QIcon::Normal);
            }
            text.setLeft(box.right() + 1 + kPadding);
        }
    }

    const QString s = index.data(Qt::DisplayRole).toString();
    if (s.isEmpty() || text.width() <= 0)
        return;
    painter->save();
    if (const QVariant f = index.data(Qt::FontRole); f.isValid())
        painter->setFont(qvariant_cast<QFont>(f).resolve(option.font));
    else
        painter->setFont(option.font);
    QColor colour = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected)
        if (const QVariant fg = index.data(Qt::ForegroundRole); fg.isValid())
            colour = qvariant_cast<QBrush>(fg).color();
    painter->setPen(colour);
    const QVariant align = index.data(Qt::TextAlignmentRole);
    const int alignment = align.isValid() ? align.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter);
    const QStaticText& st = shaped(s, painter->font());
    const QSizeF size = st.size();
    if (size.width() > text.width()) {
        const QFontMetrics fm = painter->fontMetrics();
        painter->drawText(text, alignment | Qt::TextSingleLine, fm.elidedText(s, Qt::ElideRight, text.width()));
    } else {
        qreal x = text.left();
        if (alignment & Qt::AlignRight)
            x = text.left() + text.width() - size.width();
        else if (alignment & Qt::AlignHCenter)
            x = text.left() + (text.width() - size.width()) / 2;
        painter->drawStaticText(QPointF(x, text.top() + (text.height() - size.height()) / 2), st);
    }
    painter->restore();
}

const QStaticText& BlotterCellDelegate::shaped(const QString& text, const QFont& font) const
{
    if (m_lastFontKey.isEmpty() || font != m_lastFont) {
        m_lastFont = font;
        m_lastFontKey = font.key() + QChar(0x1f);
    }
    const QString key = m_lastFontKey + text;
    auto it = m_shaped.find(key);
    if (it == m_shaped.end()) {
        // Bounded: prices and times keep changing; start afresh rather than grow.
        if (m_shaped.size() >= 8192)
            m_shaped.clear();
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        st.prepare(QTransform(), font);
        it = m_shaped.insert(key, st);
    }
    return *it;
}

QRect BlotterTreeDelegate::arrowRect(const QRect& cell, int depth)
{
    return QRect(cell.left() + 2 + depth * kIndent, cell.top() + (cell.height() - kArrow) / 2, kArrow, kArrow);
}

void BlotterTreeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int depth = index.data(roles::Depth).toInt();
    const int children = index.data(roles::ChildCount).toInt();
    QStyleOptionViewItem opt(option);
    opt.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    paintCell(painter, opt, index, textOffset(depth) - kPadding);

    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const bool selected = option.state & QStyle::State_Selected;
    if (children > 0) {
        QStyleOption branch;
        branch.rect = arrowRect(option.rect, depth);
        branch.palette = option.palette;
        branch.state = QStyle::State_Children | QStyle::State_Enabled;
        if (index.data(roles::Expanded).toBool())
            branch.state |= QStyle::State_Open;
        if (selected) {
            branch.palette.setColor(QPalette::WindowText, option.palette.color(QPalette::HighlightedText));
            branch.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        }
        style->drawPrimitive(QStyle::PE_IndicatorBranch, &branch, painter, widget);
    }
    if (depth > 0) {
        // A child: a branch from its parent's arrow, running on to the next
        // sibling unless this is the last one.
        painter->save();
        QColor line = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        line.setAlpha(110);
        painter->setPen(QPen(line, 1));
        const int x = arrowRect(option.rect, depth - 1).center().x();
        const int y = option.rect.center().y();
        const bool last = index.data(roles::LastChild).toBool();
        painter->drawLine(x, option.rect.top(), x, last ? y : option.rect.bottom());
        if (children == 0)
            painter->drawLine(x, y, option.rect.left() + textOffset(depth) - 3, y);
        painter->restore();
    }
}

QSize BlotterTreeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += textOffset(index.data(roles::Depth).toInt());
    return s;
}

bool BlotterTreeDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                      const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && index.data(roles::ChildCount).toInt() > 0
            && arrowRect(option.rect, index.data(roles::Depth).toInt()).adjusted(-2, -2, 2, 2).contains(mouse->position().toPoint())) {
            if (event->type() == QEvent::MouseButtonPress)
                emit toggleRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

}  // namespace ordo
