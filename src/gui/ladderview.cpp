#include "ladderview.h"

#include "ladderdelegate.h"
#include "laddermodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace ordo {

LadderView::LadderView(QWidget* parent)
    : QTableView(parent)
    , m_delegate(new LadderDelegate(this))
{
    setItemDelegate(m_delegate);
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setCornerButtonEnabled(false);
    setWordWrap(false);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(8);
    verticalHeader()->setDefaultSectionSize(rowHeight());
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsClickable(false);
    const LadderPalette& c = m_delegate->palette();
    horizontalHeader()->setStyleSheet(QStringLiteral("QHeaderView::section { background: %1; color: %2; border: none;"
                                                     " border-right: 1px solid %3; border-bottom: 1px solid %3;"
                                                     " padding: 3px; }")
                                          .arg(c.priceBackground.name(), c.dimText.name(), c.grid.name()));
}

int LadderView::rowHeight() const
{
    return fontMetrics().height() + 6;
}

bool LadderView::workingColumn(int column) const
{
    return column == LadderModel::ColBuys || column == LadderModel::ColSells;
}

Price LadderView::priceAt(int row) const
{
    if (!model() || row < 0)
        return 0;
    return model()->index(row, LadderModel::ColPrice).data(LadderModel::PriceRole).toLongLong();
}

QString LadderView::modelSymbol() const
{
    const auto* ladder = qobject_cast<const LadderModel*>(model());
    return ladder ? ladder->symbol() : QString();
}

void LadderView::setDropRow(int row)
{
    if (row != m_dropRow) {
        m_dropRow = row;
        viewport()->update();
    }
}

void LadderView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    const int column = columnAt(pos.x());
    if (event->button() == Qt::RightButton) {
        if (const Price price = priceAt(row); price > 0 && column >= 0)
            emit cellRightClicked(price, column, event->globalPosition().toPoint());
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_pressed = true;
    m_dragging = false;
    m_pressPos = pos;
    m_pressRow = row;
    m_pressColumn = column;
    // What the user pointed at, whatever the axis does before the release.
    m_pressPrice = priceAt(row);
    m_pressSymbol = modelSymbol();
}

void LadderView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // Every click is an order: the second click of a quick pair counts too.
    mousePressEvent(event);
}

void LadderView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    const int column = columnAt(pos.x());
    if (row != m_hoverRow || column != m_hoverColumn) {
        m_hoverRow = row;
        m_hoverColumn = column;
        viewport()->update();
    }
    if (!m_pressed || !workingColumn(m_pressColumn) || m_pressRow < 0)
        return;
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging)
        setDropRow(row);
}

void LadderView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    const int column = columnAt(pos.x());
    const bool dragged = m_dragging;
    m_dragging = false;
    setDropRow(-1);
    unsetCursor();
    const Price price = priceAt(row);
    if (m_pressPrice <= 0 || price <= 0 || modelSymbol() != m_pressSymbol)
        return;
    // Judged by the prices where the button went down and up, not by the
    // moves in between: a drag is a drag even if no move event arrived. The
    // axis may have moved meanwhile: a click counts only if the row under
    // the release still shows the pressed price, and only a mouse that moved
    // drags (a still one over a shifted row pointed at no new price).
    const bool moved = dragged || row != m_pressRow;
    if (workingColumn(m_pressColumn) && moved && price != m_pressPrice)
        emit ordersDragged(m_pressPrice, price, m_pressColumn);
    else if (!dragged && price == m_pressPrice && column == m_pressColumn)
        emit cellClicked(price, column, event->modifiers());
}

void LadderView::wheelEvent(QWheelEvent* event)
{
    m_wheelRemainder += event->angleDelta().y();
    const int ticks = m_wheelRemainder / 120;
    m_wheelRemainder -= ticks * 120;
    if (ticks)
        emit scrolled(ticks);
    event->accept();
}

void LadderView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    emit rowsFit(std::max(0, viewport()->height() / rowHeight()));
}

void LadderView::leaveEvent(QEvent* event)
{
    m_hoverRow = m_hoverColumn = -1;
    viewport()->update();
    QTableView::leaveEvent(event);
}

void LadderView::paintEvent(QPaintEvent* event)
{
    // The cells are painted here rather than by QTableView: its per-cell
    // style calls (item panels, focus, the style sheet) cost more than the
    // cells themselves, and the ladder has no selection, spans or scrolling.
    QPainter p(viewport());
    const LadderPalette& c = m_delegate->palette();
    p.fillRect(event->rect(), c.background);
    if (!model())
        return;
    const QRegion region = event->region();
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    for (int r = 0; r < rows; ++r) {
        const int y = rowViewportPosition(r);
        const int h = QTableView::rowHeight(r);
        if (!region.intersects(QRect(0, y, viewport()->width(), h)))
            continue;
        for (int col = 0; col < columns; ++col) {
            option.rect = QRect(columnViewportPosition(col), y, columnWidth(col), h);
            if (region.intersects(option.rect))
                m_delegate->paint(&p, option, model()->index(r, col));
        }
    }
    // Where a click would act: the hovered bid, ask or working cell.
    if (!m_dragging && m_hoverRow >= 0 && m_hoverColumn >= 0 && m_hoverColumn <= LadderModel::ColSells
        && m_hoverColumn != LadderModel::ColPrice) {
        const QRect cell = visualRect(model()->index(m_hoverRow, m_hoverColumn));
        p.setPen(QPen(c.text, 1));
        p.drawRect(cell.adjusted(0, 0, -1, -1));
    }
    if (m_dragging && m_dropRow >= 0) {
        const QRect row = visualRect(model()->index(m_dropRow, 0))
                              .united(visualRect(model()->index(m_dropRow, model()->columnCount() - 1)));
        p.setPen(QPen(c.dropTarget, 1, Qt::DashLine));
        p.drawRect(row.adjusted(0, 0, -1, -1));
    }
}

} // namespace ordo
