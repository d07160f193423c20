// The trader's desktop end to end: the real main window, its ticket and
// blotter, against the engine trading over FIX with in-process simulated
// ordo-venue exchanges. An order typed into the ticket with the keyboard
// appears in the blotter and fills; invalid input shows the reason and sends
// nothing; an order is cancelled from the blotter.

#include "blotterorders.h"
#include "configloader.h"
#include "enginehost.h"
#include "mainwindow.h"
#include "orderticket.h"
#include "ordermodel.h"
#include "simulatedvenues.h"

#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace ordo {

class TestDesktop : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    HostConfig m_config;
    std::unique_ptr<SimulatedVenues> m_venues;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<MainWindow> m_window;

    const OrderSnapshot* find(const std::function<bool(const OrderSnapshot&)>& match) const
    {
        const OrderModel& m = *m_window->orderModel();
        for (int row = m.rowCount() - 1; row >= 0; --row)
            if (match(*m.orderAt(row)))
                return m.orderAt(row);
        return nullptr;
    }
    static QWidget* focus() { return QApplication::focusWidget(); }
    static void type(const QString& text) { QTest::keyClicks(focus(), text); }
    static void press(Qt::Key key) { QTest::keyClick(focus(), key); }
    QLabel* problemLabel() const { return m_window->ticket()->findChild<QLabel*>(QStringLiteral("problemLabel")); }

    // Focus on the ticket's symbol field, emptied, as a trader starts an order.
    void startTicket()
    {
        m_window->ticket()->clear();
        m_window->ticket()->focusTicket();
        QTRY_VERIFY(focus() && focus()->objectName() == QLatin1String("symbolEdit"));
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_Backspace);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_config = defaultConfig();
        m_config.user = QStringLiteral("tom");
        m_config.role = Role::Trader;
        m_config.journalPath.clear();
        m_config.paperVenue = false;
        for (InstrumentConfig& i : m_config.instruments)
            i.instrument.hours = TradingHours{};  // open whenever the test runs
        m_venues = std::make_unique<SimulatedVenues>();
        QVERIFY(m_venues->start(m_config, m_dir.filePath(QStringLiteral("venues"))).isEmpty());
        m_host = std::make_unique<EngineHost>(m_config);
        m_window = std::make_unique<MainWindow>(*m_host, QStringList());
        QSet<QString> released;
        connect(m_host.get(), &EngineHost::reconciliationChanged, this, [&released](const ReconciliationSnapshot& r) {
            if (r.phase == ReconciliationPhase::Released)
                released.insert(r.venue);
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_host->start();
        // Orders wait until every venue has logged on and reconciled.
        QTRY_COMPARE_WITH_TIMEOUT(released.size(), qsizetype(m_config.fixVenues.size()), 20000);
    }

    void keyboardOrderFillsInTheBlotter()
    {
        startTicket();
        type(QStringLiteral("aapl"));
        press(Qt::Key_Tab);
        press(Qt::Key_B);  // the side, by its letter
        press(Qt::Key_Tab);
        type(QStringLiteral("37"));
        press(Qt::Key_Tab);  // type: limit
        press(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("limitEdit"));
        // 2% through the reference: marketable against the synthetic makers,
        // well inside the 5% collar.
        const Price ref = m_config.instruments[0].referencePrice;
        const QString limit = QString::number(double(ref * 102 / 100 / (kPriceScale / 100)) / 100.0, 'f', 2);
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
        type(limit);
        QVERIFY2(m_window->ticket()->check().ok(), qPrintable(problemLabel()->text()));
        press(Qt::Key_Return);

        QTRY_VERIFY_WITH_TIMEOUT(find([](const OrderSnapshot& o) { return o.symbol == QLatin1String("AAPL") && o.quantity == 37; }),
                                 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            int(find([](const OrderSnapshot& o) { return o.quantity == 37; })->status), int(OrderStatus::Filled), 15000);
        const OrderSnapshot* o = find([](const OrderSnapshot& o) { return o.quantity == 37; });
        QCOMPARE(int(o->side), int(Side::Buy));
        QCOMPARE(o->trader, QStringLiteral("tom"));
        QVERIFY(o->avgPrice > 0 && o->avgPrice <= ref * 102 / 100);
    }

    void invalidInputShowsTheReasonAndSendsNothing()
    {
        const int before = m_window->orderModel()->rowCount();
        startTicket();
        type(QStringLiteral("aapl"));
        press(Qt::Key_Tab);
        press(Qt::Key_B);
        press(Qt::Key_Tab);
        type(QStringLiteral("12"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("190.001"));  // off the 0.01 tick
        QVERIFY(!m_window->ticket()->check().ok());
        QVERIFY2(problemLabel()->text().contains(QStringLiteral("tick")), qPrintable(problemLabel()->text()));
        press(Qt::Key_Return);
        QTest::qWait(500);  // long enough for an order to reach the blotter, had one been sent
        QCOMPARE(m_window->orderModel()->rowCount(), before);
    }

    void cancelFromTheBlotter()
    {
        // A resting buy 3% under the market.
        OrderRequest r;
        r.symbol = "MSFT";
        r.side = Side::Buy;
        r.type = OrdType::Limit;
        r.quantity = 41;
        constexpr Price cent = kPriceScale / 100;
        r.limitPrice = m_config.instruments[1].referencePrice * 97 / 100 / cent * cent;
        r.account = "ACC1";
        m_host->submitOrder(r);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const OrderSnapshot* o = find([](const OrderSnapshot& o) { return o.quantity == 41; });
                return o && o->status == OrderStatus::Accepted;
            }(),
            10000);
        const OrderId id = find([](const OrderSnapshot& o) { return o.quantity == 41; })->id;

        // Select its row in the blotter, as a click would, and press Delete.
        QTableView* view = m_window->orderView();
        QAbstractItemModel* model = view->model();
        int row = -1;
        for (int i = 0; i < model->rowCount() && row < 0; ++i)
            if (model->index(i, 0).data(OrderModel::OrderIdRole).toUInt() == id)
                row = i;
        QVERIFY(row >= 0);
        view->setFocus();
        view->selectRow(row);
        QCOMPARE(m_window->blotter()->selectedOrders(), QList<OrderId>{id});
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(int(find([](const OrderSnapshot& o) { return o.quantity == 41; })->status),
                                  int(OrderStatus::Cancelled), 10000);
    }

    void droppedSessionIsAnAlert()
    {
        QStringList alerts;
        connect(m_host.get(), &EngineHost::alertsRaised, this, [&alerts](const QList<AlertSnapshot>& batch) {
            for (const AlertSnapshot& a : batch)
                alerts << a.text;
        });
        m_venues->stop();
        QTRY_VERIFY_WITH_TIMEOUT(alerts.filter(QStringLiteral("FIX session XLIT1 dropped")).size() == 1, 10000);
    }

    void cleanupTestCase()
    {
        m_host->stop();
        m_window.reset();
        m_host.reset();
        m_venues->stop();
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestDesktop)
#include "tst_desktop.moc"
