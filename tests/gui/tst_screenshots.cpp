// Screenshots of the main window, a depth ladder and the order ticket on a
// real X server (run under xvfb-run by CTest), with a live simulated market
// and a few working orders, so what the README shows is what Ordo draws.
// Each picture is checked to have content: a blank or single-colour grab
// fails.

#include "configloader.h"
#include "enginehost.h"
#include "ladderwidget.h"
#include "mainwindow.h"
#include "orderticket.h"
#include "ordermodel.h"
#include "simulatedvenues.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace ordo {

class TestScreenshots : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out;

    static int colours(const QImage& image)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                seen.insert(image.pixel(x, y));
        return int(seen.size());
    }

    void save(QWidget* w, const QString& name)
    {
        const QImage image = w->grab().toImage();
        QVERIFY2(colours(image) > 30, qPrintable(name + QStringLiteral(" looks blank")));
        const QString path = QDir(m_out).filePath(name);
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo().noquote() << "saved" << path;
    }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("screenshots need a real X server: run under xvfb-run with QT_QPA_PLATFORM=xcb");
        QStandardPaths::setTestModeEnabled(true);
        m_out = qEnvironmentVariable("ORDO_SCREENSHOT_DIR", QDir::currentPath());
        QVERIFY(QDir().mkpath(m_out));
    }

    void mainWindowLadderAndTicket()
    {
        HostConfig c = defaultConfig();
        c.user = QStringLiteral("sam");
        c.role = Role::Supervisor;
        c.journalPath.clear();
        c.paperVenue = false;
        for (InstrumentConfig& i : c.instruments)
            i.instrument.hours = TradingHours{};
        SimulatedVenues venues;
        QVERIFY(venues.start(c, m_dir.filePath(QStringLiteral("venues"))).isEmpty());
        EngineHost host(c);
        MainWindow window(host, {});
        QSet<QString> released;
        connect(&host, &EngineHost::reconciliationChanged, this, [&released](const ReconciliationSnapshot& r) {
            if (r.phase == ReconciliationPhase::Released)
                released.insert(r.venue);
        });
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(released.size(), qsizetype(c.fixVenues.size()), 20000);

        // A few working orders and a fill, so every panel has something to show.
        constexpr Price cent = kPriceScale / 100;
        Qty qty = 100;
        for (int i = 0; i < 3; ++i) {
            for (int s = 0; s < 3; ++s) {
                OrderRequest r;
                r.symbol = c.instruments[std::size_t(s)].instrument.symbol;
                r.side = i == 1 ? Side::Sell : Side::Buy;
                r.type = OrdType::Limit;
                r.quantity = qty += 100;
                const Price ref = c.instruments[std::size_t(s)].referencePrice;
                r.limitPrice = (i == 1 ? ref * 1005 / 1000 : i == 2 ? ref * 1015 / 1000 : ref * 995 / 1000) / cent * cent;
                r.account = s == 2 ? "ACC2" : "ACC1";
                r.strategy = "demo";
                host.submitOrder(r);
            }
        }
        LadderWidget* ladder = window.openLadder(QString::fromStdString(c.instruments[0].instrument.symbol));
        QVERIFY(ladder);
        window.ticket()->setInstrument(QString::fromStdString(c.instruments[0].instrument.symbol));
        QTRY_VERIFY_WITH_TIMEOUT(window.orderModel()->rowCount() >= 9, 10000);
        QTest::qWait(3000);  // let the synthetic market trade and the panels fill
        save(&window, QStringLiteral("mainwindow.png"));
        save(ladder, QStringLiteral("ladder.png"));
        save(window.ticket(), QStringLiteral("ticket.png"));
        host.stop();
        venues.stop();
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestScreenshots)
#include "tst_screenshots.moc"
