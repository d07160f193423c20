#pragma once

// The ladder's table: one row per tick, as many rows as fit, no scroll bars
// (the wheel moves the price axis instead), no selection. It turns mouse
// gestures into ladder intents and leaves acting on them to LadderWidget:
// a click on a cell, a drag of working orders from one price to another.
// Intents carry prices, taken when the button went down: the axis may move
// before it comes up, and a click whose row no longer shows the pressed
// price (or whose ladder changed instrument) is dropped.

#include "domain/types.h"

#include <QTableView>

namespace ordo {

class LadderDelegate;

class LadderView final : public QTableView {
    Q_OBJECT
public:
    explicit LadderView(QWidget* parent = nullptr);
    int rowHeight() const;
    // The row a drag of working orders would drop on; -1 when none is under way.
    int dropRow() const { return m_dragging ? m_dropRow : -1; }

signals:
    void cellClicked(ordo::Price price, int column, Qt::KeyboardModifiers modifiers);
    void cellRightClicked(ordo::Price price, int column, const QPoint& globalPos);
    // Working orders dragged from one price's working column to another price.
    void ordersDragged(ordo::Price from, ordo::Price to, int column);
    // Wheel: positive shows higher prices.
    void scrolled(int ticks);
    // The viewport now fits this many rows.
    void rowsFit(int rows);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    bool workingColumn(int column) const;
    Price priceAt(int row) const; // 0: no row or no price
    QString modelSymbol() const;
    void setDropRow(int row);

    LadderDelegate* m_delegate = nullptr;
    QPoint m_pressPos;
    int m_pressRow = -1;
    int m_pressColumn = -1;
    Price m_pressPrice = 0;
    QString m_pressSymbol;
    bool m_pressed = false;
    bool m_dragging = false;
    int m_dropRow = -1;
    int m_hoverRow = -1;
    int m_hoverColumn = -1;
    int m_wheelRemainder = 0;
};

} // namespace ordo
