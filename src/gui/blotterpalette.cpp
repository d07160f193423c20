#include "blotterpalette.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <optional>

namespace ordo {
namespace {

enum class Shape { Dot, Ring, Disc, HalfDisc, Check, Cross, Dash, Pause };

Shape shapeOf(OrderStatus s)
{
    switch (s) {
    case OrderStatus::New: return Shape::Dot;
    case OrderStatus::PendingRisk:
    case OrderStatus::PendingNew:
    case OrderStatus::PendingCancel:
    case OrderStatus::PendingReplace: return Shape::Ring;
    case OrderStatus::Accepted: return Shape::Disc;
    case OrderStatus::PartiallyFilled: return Shape::HalfDisc;
    case OrderStatus::Filled: return Shape::Check;
    case OrderStatus::Rejected: return Shape::Cross;
    case OrderStatus::Cancelled:
    case OrderStatus::Expired: return Shape::Dash;
    case OrderStatus::Suspended: return Shape::Pause;
    }
    return Shape::Dot;
}

QPixmap drawShape(Shape shape, const QColor& colour, qreal scale)
{
    const int side = 14;
    QPixmap pm(QSize(side, side) * scale);
    pm.setDevicePixelRatio(scale);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(2.5, 2.5, 9, 9);
    QPen pen(colour, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (shape) {
    case Shape::Dot:
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(box.center(), 2.0, 2.0);
        break;
    case Shape::Ring:
        p.setPen(pen);
        p.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case Shape::Disc:
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(box);
        break;
    case Shape::HalfDisc: {
        p.setPen(QPen(colour, 1.4));
        p.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
        QPainterPath half;
        half.moveTo(box.center());
        half.arcTo(box, 90, 180);
        half.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(half);
        break;
    }
    case Shape::Check:
        p.setPen(QPen(colour, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(2.5, 7.5), QPointF(5.8, 10.8), QPointF(11.5, 3.5)}));
        break;
    case Shape::Cross:
        p.setPen(QPen(colour, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(3.5, 3.5), QPointF(10.5, 10.5));
        p.drawLine(QPointF(10.5, 3.5), QPointF(3.5, 10.5));
        break;
    case Shape::Dash:
        p.setPen(QPen(colour, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(3.0, 7.0), QPointF(11.0, 7.0));
        break;
    case Shape::Pause:
        p.setPen(QPen(colour, 2.2, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(5.0, 3.0), QPointF(5.0, 11.0));
        p.drawLine(QPointF(9.0, 3.0), QPointF(9.0, 11.0));
        break;
    }
    return pm;
}

std::optional<BlotterPalette>& currentSlot()
{
    static std::optional<BlotterPalette> slot;
    return slot;
}

}  // namespace

BlotterPalette BlotterPalette::fromShades(bool dark, QColor blue, QColor sky, QColor green, QColor orange,
                                          QColor vermillion, QColor purple, QColor grey, QColor muted)
{
    BlotterPalette p;
    p.m_dark = dark;
    p.m_status = {grey, orange, vermillion, orange, green, sky, blue, orange, orange, grey, grey, purple};
    p.m_buy = blue;
    p.m_sell = vermillion;
    p.m_gain = blue;
    p.m_loss = vermillion;
    p.m_muted = muted;
    return p;
}

BlotterPalette BlotterPalette::light()
{
    return fromShades(false, QColor(0x00, 0x72, 0xb2), QColor(0x1b, 0x8f, 0xc9), QColor(0x00, 0x9e, 0x73),
                      QColor(0xc7, 0x7c, 0x00), QColor(0xd5, 0x5e, 0x00), QColor(0xb0, 0x4f, 0x8f),
                      QColor(0x80, 0x80, 0x80), QColor(0x8a, 0x8a, 0x8a));
}

BlotterPalette BlotterPalette::dark()
{
    return fromShades(true, QColor(0x56, 0xb4, 0xe9), QColor(0x8f, 0xd3, 0xf5), QColor(0x3d, 0xd6, 0xa8),
                      QColor(0xf0, 0xb4, 0x3c), QColor(0xff, 0x8c, 0x4d), QColor(0xe6, 0x9a, 0xcd),
                      QColor(0x9a, 0x9a, 0x9a), QColor(0x80, 0x80, 0x80));
}

BlotterPalette BlotterPalette::matching(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? dark() : light();
}

const BlotterPalette& BlotterPalette::current()
{
    auto& slot = currentSlot();
    if (!slot)
        slot = qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? matching(QGuiApplication::palette())
                                                                             : light();
    return *slot;
}

void BlotterPalette::setCurrent(const BlotterPalette& palette)
{
    currentSlot() = palette;
}

QColor BlotterPalette::statusTint(OrderStatus s) const
{
    // Only states that ask for attention get a background; a tint over the
    // view's own (alternating) base keeps the rows readable in both themes.
    switch (s) {
    case OrderStatus::Filled:
    case OrderStatus::PartiallyFilled:
    case OrderStatus::Rejected:
    case OrderStatus::PendingRisk:
    case OrderStatus::Suspended: {
        QColor c = status(s);
        c.setAlpha(m_dark ? 46 : 30);
        return c;
    }
    default: return {};
    }
}

QIcon BlotterPalette::statusIcon(OrderStatus s) const
{
    QIcon& icon = m_icons[std::size_t(s)];
    if (icon.isNull() && qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        const QColor c = status(s);
        icon.addPixmap(drawShape(shapeOf(s), c, 1.0));
        icon.addPixmap(drawShape(shapeOf(s), c, 2.0));
    }
    return icon;
}

}  // namespace ordo
