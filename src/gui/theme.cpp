#include "theme.h"

#include "blotterpalette.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace ordo {
namespace {

QPalette darkPalette()
{
    // Greys far enough apart for panes, inputs and headers to read as
    // distinct; the highlight stays blue so selection means the same in both.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1f, 0x21, 0x24), alternate(0x27, 0x29, 0x2c);
    const QColor text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x3c, 0x3f, 0x43));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();  // Fusion's, set just before
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf7));
    return p;
}

}  // namespace

void applyTheme(Theme theme)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = theme == Theme::Dark ? darkPalette() : lightPalette();
    QApplication::setPalette(palette);
    BlotterPalette::setCurrent(theme == Theme::Dark ? BlotterPalette::dark() : BlotterPalette::light());
    // Models read colours when views ask; a repaint asks again.
    for (QWidget* w : QApplication::allWidgets())
        w->update();
}

Theme savedTheme()
{
    return QSettings().value(QStringLiteral("ui/theme")).toString() == QLatin1String("dark") ? Theme::Dark : Theme::Light;
}

void saveTheme(Theme theme)
{
    QSettings().setValue(QStringLiteral("ui/theme"), theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

}  // namespace ordo
