// Supervisor controls on the real main window, against the engine trading
// with in-process simulated ordo-venue exchanges over FIX: mass cancel shows
// its count before confirming and cancels just what matches; the kill switch
// cancels every working order and the next order is refused until re-armed;
// a trader has no kill switch.

#include "configloader.h"
#include "enginehost.h"
#include "mainwindow.h"
#include "masscanceldialog.h"
#include "ordermodel.h"
#include "simulatedvenues.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace ordo {

class TestSupervisor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static HostConfig config(Role role, const QString& user)
    {
        HostConfig c = defaultConfig();
        c.role = role;
        c.user = user;
        c.journalPath.clear();
        // Trading hours must not depend on when the test runs.
        for (InstrumentConfig& i : c.instruments)
            i.instrument.hours = TradingHours{};
        return c;
    }

    static int countStatus(const OrderModel& m, OrderStatus s, const QString& symbol = {})
    {
        int n = 0;
        for (int row = 0; row < m.rowCount(); ++row) {
            const OrderSnapshot* o = m.orderAt(row);
            n += o->status == s && (symbol.isEmpty() || o->symbol == symbol);
        }
        return n;
    }

    // Answers the next modal question box with button.
    static void answerNextQuestion(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                answerNextQuestion(button);  // not up yet
                return;
            }
            box->button(button)->click();
        });
    }

    // Each with its own quantity: the duplicate-order check would hold
    // identical ones.
    static OrderRequest restingBuy(const QString& symbol, Price price)
    {
        static Qty quantity = 100;
        OrderRequest r;
        r.symbol = symbol.toStdString();
        r.side = Side::Buy;
        r.type = OrdType::Limit;
        r.quantity = ++quantity;
        r.limitPrice = price;
        r.account = "ACC1";
        return r;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void massCancelThenKillSwitch()
    {
        HostConfig c = config(Role::Supervisor, QStringLiteral("sam"));
        SimulatedVenues venues;
        c.paperVenue = false;
        QVERIFY(venues.start(c, m_dir.filePath(QStringLiteral("venues"))).isEmpty());
        EngineHost host(c);
        MainWindow window(host, {});
        window.show();
        QSignalSpy outcomes(&host, &EngineHost::submitFinished);
        host.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel*>() != nullptr, 5000);

        // 3% below the market (inside the 5% price collar): they rest.
        constexpr Price cent = kPriceScale / 100;
        const Price aapl = c.instruments[0].referencePrice * 97 / 100 / cent * cent;
        const Price msft = c.instruments[1].referencePrice * 97 / 100 / cent * cent;
        // Orders wait until every venue has logged on and reconciled.
        QSet<QString> released;
        connect(&host, &EngineHost::reconciliationChanged, this, [&](const ReconciliationSnapshot& r) {
            if (r.phase == ReconciliationPhase::Released)
                released.insert(r.venue);
        });
        QTRY_COMPARE_WITH_TIMEOUT(released.size(), qsizetype(c.fixVenues.size()), 20000);
        for (int i = 0; i < 3; ++i)
            host.submitOrder(restingBuy(QStringLiteral("AAPL"), aapl));
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 3, 5000);
        for (const auto& o : outcomes)
            QVERIFY2(o.at(0).value<SubmitOutcome>().code == ReasonCode::None,
                     qPrintable(o.at(0).value<SubmitOutcome>().text));
        for (int i = 0; i < 2; ++i)
            host.submitOrder(restingBuy(QStringLiteral("MSFT"), msft));
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(*window.orderModel(), OrderStatus::Accepted), 5, 10000);

        // Mass cancel by symbol: the count is shown before anything is sent.
        auto* massCancel = window.findChild<QAction*>(QStringLiteral("massCancelAction"));
        QVERIFY(massCancel && massCancel->isEnabled());
        massCancel->trigger();
        auto* dialog = window.findChild<MassCancelDialog*>(QStringLiteral("massCancelDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->matchingCount(), 5);
        auto* symbol = dialog->findChild<QComboBox*>(QStringLiteral("symbolEdit"));
        symbol->setCurrentText(QStringLiteral("AAPL"));
        QCOMPARE(dialog->matchingCount(), 3);
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        QVERIFY(confirm->text().contains(QLatin1Char('3')));
        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(*window.orderModel(), OrderStatus::Cancelled, QStringLiteral("AAPL")), 3,
                                  10000);
        QCOMPARE(countStatus(*window.orderModel(), OrderStatus::Accepted, QStringLiteral("MSFT")), 2);

        // The kill switch: confirmed, every working order cancelled, the
        // supervisor told how many, new orders refused until re-armed.
        auto* kill = window.findChild<QAction*>(QStringLiteral("killSwitchAction"));
        QVERIFY(kill);
        answerNextQuestion(QMessageBox::Yes);
        kill->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(*window.orderModel(), OrderStatus::Cancelled), 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox*>(QStringLiteral("killSwitchReport")) != nullptr, 5000);
        QVERIFY(window.findChild<QMessageBox*>(QStringLiteral("killSwitchReport"))->text().contains(QLatin1Char('2')));

        outcomes.clear();
        host.submitOrder(restingBuy(QStringLiteral("MSFT"), msft));
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, 5000);
        const SubmitOutcome refused = outcomes.at(0).at(0).value<SubmitOutcome>();
        QVERIFY(refused.code == ReasonCode::KillSwitchEngaged);
        QVERIFY(refused.text.contains(QStringLiteral("re-arms")));

        auto* rearm = window.findChild<QAction*>(QStringLiteral("rearmAction"));
        QVERIFY(rearm && rearm->isEnabled());
        answerNextQuestion(QMessageBox::Yes);
        rearm->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!rearm->isEnabled(), 5000);
        outcomes.clear();
        host.submitOrder(restingBuy(QStringLiteral("MSFT"), msft));
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, 5000);
        QVERIFY2(outcomes.at(0).at(0).value<SubmitOutcome>().code == ReasonCode::None,
                 qPrintable(outcomes.at(0).at(0).value<SubmitOutcome>().text));
        host.stop();
        venues.stop();
    }

    void traderHasNoKillSwitch()
    {
        HostConfig c = config(Role::Trader, QStringLiteral("tina"));
        c.paperVenue = true;
        EngineHost host(c);
        MainWindow window(host, {});
        QVERIFY(window.findChild<QAction*>(QStringLiteral("killSwitchAction")) == nullptr);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("rearmAction")) == nullptr);
        // Traders may mass cancel (their own orders: the engine sees to that).
        QVERIFY(window.findChild<QAction*>(QStringLiteral("massCancelAction"))->isEnabled());
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestSupervisor)
#include "tst_supervisor.moc"
