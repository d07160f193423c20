// Ladders in the real main window: the Ladder action opens one for the
// instrument chosen last, several can be open, a linked ladder follows
// instrumentSelected and an unlinked one does not, a closed ladder is gone,
// and the open ladders come back, linked or not, at the next start.

#include "enginehost.h"
#include "ladderwidget.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace ordo {

class TestLadderDock : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static HostConfig config()
    {
        HostConfig c;
        c.user = QStringLiteral("alice");
        c.role = Role::Trader;
        for (const char* s : { "AAPL", "MSFT", "NVDA" })
            c.instruments.push_back(
                InstrumentConfig { Instrument { s, kPriceScale / 100, 1, "USD", {} }, 100 * kPriceScale });
        return c; // the paper venue: no FIX needed to place docks
    }
    static QStringList symbols(const MainWindow& w)
    {
        QStringList out;
        for (const LadderWidget* l : w.ladders())
            out << l->symbol() + (l->isLinked() ? QStringLiteral("*") : QString());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("OrdoTest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
    }

    void laddersOpenFollowCloseAndComeBack()
    {
        EngineHost host(config());
        {
            MainWindow window(host, {});
            QCOMPARE(window.ladders().size(), 0);
            auto* action = window.findChild<QAction*>(QStringLiteral("openLadderAction"));
            QVERIFY(action);
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

            action->trigger(); // nothing chosen yet: the first instrument, linked
            window.openLadder(QStringLiteral("MSFT")); // a second one watches MSFT, unlinked
            QCOMPARE(symbols(window), (QStringList { QStringLiteral("AAPL*"), QStringLiteral("MSFT") }));

            emit window.instrumentSelected(QStringLiteral("NVDA"));
            QCOMPARE(symbols(window), (QStringList { QStringLiteral("NVDA*"), QStringLiteral("MSFT") }));
            auto* dock = qobject_cast<QDockWidget*>(window.ladders().front()->parentWidget());
            QVERIFY(dock);
            QCOMPARE(dock->windowTitle(), QStringLiteral("Ladder NVDA"));
            emit window.instrumentSelected(QStringLiteral("NOPE")); // not configured: the ladder stays
            QCOMPARE(symbols(window), (QStringList { QStringLiteral("NVDA*"), QStringLiteral("MSFT") }));

            action->trigger(); // the choice is not an instrument: the first one
            QCOMPARE(window.ladders().back()->symbol(), QStringLiteral("AAPL"));
            emit window.instrumentSelected(QStringLiteral("MSFT"));
            action->trigger(); // for the instrument chosen last
            QCOMPARE(window.ladders().size(), 4);
            QCOMPARE(symbols(window),
                (QStringList {
                    QStringLiteral("MSFT*"), QStringLiteral("MSFT"), QStringLiteral("AAPL"), QStringLiteral("MSFT") }));

            // Closing a ladder's dock deletes it.
            qobject_cast<QDockWidget*>(window.ladders().back()->parentWidget())->close();
            qobject_cast<QDockWidget*>(window.ladders().at(2)->parentWidget())->close();
            QTRY_COMPARE(window.ladders().size(), 2);
            emit window.instrumentSelected(QStringLiteral("NVDA"));

            window.ladders().back()->setLinked(true);
            window.close(); // saves the open ladders
        }
        MainWindow again(host, {});
        QCOMPARE(symbols(again), (QStringList { QStringLiteral("NVDA*"), QStringLiteral("MSFT*") }));
        QStringList docks;
        for (const LadderWidget* l : again.ladders())
            docks << l->parentWidget()->objectName();
        QCOMPARE(docks, (QStringList { QStringLiteral("ladderDock1"), QStringLiteral("ladderDock2") }));
        // A new one takes a dock name of its own.
        LadderWidget* next = again.openLadder(QStringLiteral("AAPL"));
        QCOMPARE(next->parentWidget()->objectName(), QStringLiteral("ladderDock3"));
    }
};

} // namespace ordo

QTEST_MAIN(ordo::TestLadderDock)
#include "tst_ladderdock.moc"
