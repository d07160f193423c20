#pragma once

// The blotter's colours in one place: order states, buy/sell, gains and
// losses. Based on the Okabe-Ito palette, which stays distinguishable with
// the common forms of colour blindness; every colour also comes with a text
// or a shape, never alone. A dark variant keeps contrast on dark themes.
// GUI thread only.

#include "domain/order.h"

#include <QColor>
#include <QIcon>

#include <array>

class QPalette;

namespace ordo {

class BlotterPalette {
public:
    static BlotterPalette light();
    static BlotterPalette dark();
    // Light or dark, whichever suits the palette's window colour.
    static BlotterPalette matching(const QPalette& palette);

    // The palette models use now; starts as matching(QGuiApplication::palette()).
    static const BlotterPalette& current();
    static void setCurrent(const BlotterPalette& palette);

    bool isDark() const { return m_dark; }
    // Text and icon colour of a state.
    QColor status(OrderStatus s) const { return m_status[std::size_t(s)]; }
    // A faint row background for a state; invalid when the row keeps the view's own.
    QColor statusTint(OrderStatus s) const;
    // A small icon whose shape tells the state's group (working, pending,
    // filled, rejected, cancelled, suspended) without its colour.
    QIcon statusIcon(OrderStatus s) const;
    QColor buy() const { return m_buy; }
    QColor sell() const { return m_sell; }
    QColor gain() const { return m_gain; }
    QColor loss() const { return m_loss; }
    // Rows that are over (cancelled, expired): read, but recede.
    QColor muted() const { return m_muted; }

private:
    // Light and dark give each thing the same hue; only the shades differ.
    static BlotterPalette fromShades(bool dark, QColor blue, QColor sky, QColor green, QColor orange,
                                     QColor vermillion, QColor purple, QColor grey, QColor muted);

    bool m_dark = false;
    std::array<QColor, kOrderStatusCount> m_status{};
    QColor m_buy, m_sell, m_gain, m_loss, m_muted;
    mutable std::array<QIcon, kOrderStatusCount> m_icons{};
};

}  // namespace ordo
