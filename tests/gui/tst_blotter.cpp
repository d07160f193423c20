// The blotter's widgets against an EngineHost trading with the in-process
// paper venue: cancel one (Delete) or many (with the count confirmed) and
// each reaches Cancelled; finished orders are skipped; Delete in the filter
// bar edits text and cancels nothing; choosing a row names its instrument;
// fills reach the executions blotter; column choices survive a restart.

#include "blotterexecutions.h"
#include "blotterfilterbar.h"
#include "blotterheader.h"
#include "blotterorders.h"
#include "blotterproxy.h"
#include "blotterpositions.h"
#include "executionmodel.h"
#include "ordermodel.h"
#include "positionmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace ordo {
namespace {

constexpr int kTimeout = 5000;

HostConfig config(Role role = Role::Trader)
{
    HostConfig c;
    c.user = QStringLiteral("alice");
    c.role = role;
    c.instruments = {InstrumentConfig{Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}}, 190 * kPriceScale},
                     InstrumentConfig{Instrument{"MSFT", kPriceScale / 100, 1, "USD", {}}, 400 * kPriceScale}};
    c.venueStepMs = 5;
    return c;
}

OrderRequest limit(const char* symbol, Side side, Qty qty, Price price)
{
    OrderRequest r;
    r.symbol = symbol;
    r.side = side;
    r.quantity = qty;
    r.limitPrice = price;
    r.account = "ACC1";
    return r;
}

// One desk: a host, its models, the blotters.
struct Desk {
    explicit Desk(Role role = Role::Trader)
        : host(config(role))
        , executions(&orders)
        , blotter(host, &orders)
        , executionBlotter(&executions)
    {
        QObject::connect(&host, &EngineHost::ordersChanged, &orders, &OrderModel::applyBatch);
        QObject::connect(&host, &EngineHost::executionsAdded, &executions, &ExecutionModel::append);
        blotter.setConfirmation([this](int n) {
            asked << n;
            return answer;
        });
        blotter.resize(1200, 500);
        blotter.show();
        host.start();
    }
    ~Desk() { host.stop(); }

    // Resting orders far from the market, all acknowledged.
    QList<OrderId> rest(int n, const char* symbol = "AAPL")
    {
        const int before = orders.rowCount();
        for (int i = 0; i < n; ++i)
            host.submitOrder(limit(symbol, Side::Buy, 100 + i, 150 * kPriceScale));
        const bool acked = QTest::qWaitFor(
            [&] {
                if (orders.rowCount() < before + n)
                    return false;
                for (int r = before; r < before + n; ++r)
                    if (orders.orderAt(r)->status != OrderStatus::Accepted)
                        return false;
                return true;
            },
            kTimeout);
        QList<OrderId> ids;
        if (acked)
            for (int r = before; r < before + n; ++r)
                ids << orders.orderAt(r)->id;
        return ids;
    }

    void select(const QList<OrderId>& ids)
    {
        QItemSelectionModel* sel = blotter.view()->selectionModel();
        sel->clearSelection();
        for (OrderId id : ids)
            sel->select(blotter.proxy()->index(blotter.proxy()->rowOfOrder(id), 0),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!ids.isEmpty())
            sel->setCurrentIndex(blotter.proxy()->index(blotter.proxy()->rowOfOrder(ids.front()), 0),
                                 QItemSelectionModel::NoUpdate);
    }

    // By name: QCOMPARE prints names, and ordo's toString gives string views.
    QByteArray status(OrderId id) const { return name(orders.find(id)->status); }
    static QByteArray name(OrderStatus s)
    {
        const std::string_view n = toString(s);
        return QByteArray(n.data(), qsizetype(n.size()));
    }

    EngineHost host;
    OrderModel orders;
    ExecutionModel executions;
    OrderBlotter blotter;
    ExecutionBlotter executionBlotter;
    QList<int> asked;
    bool answer = true;
};

}  // namespace

class TestBlotter : public QObject {
    Q_OBJECT

private slots:
    void bustedFillUpdatesItsRowEvenInTheSameBatch()
    {
        ExecutionModel m;
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        ExecutionSnapshot fill;
        fill.execId = QStringLiteral("X1");
        fill.venue = QStringLiteral("XLIT1");
        fill.quantity = 100;
        fill.price = 10 * kPriceScale;
        ExecutionSnapshot bust = fill;
        bust.quantity = 0;
        bust.state = Execution::State::Busted;
        // The fill and its bust in one batch: one row, with the bust's terms.
        m.append({fill, bust});
        QCOMPARE(m.rowCount(), 1);
        QVERIFY(m.data(m.index(0, ExecutionModel::ColExecId)).toString().contains(QStringLiteral("busted")));
        ExecutionSnapshot other = fill;
        other.execId = QStringLiteral("X2");
        m.append({other});
        ExecutionSnapshot corrected = other;
        corrected.quantity = 40;
        corrected.state = Execution::State::Corrected;
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.append({corrected});
        QCOMPARE(m.rowCount(), 2);  // updated in place, not a second row
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(resets.count(), 0);
    }

    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("OrdoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_blotter"));
    }

    void deleteCancelsOneWithoutAsking()
    {
        Desk desk;
        const QList<OrderId> ids = desk.rest(2);
        QCOMPARE(ids.size(), 2);
        desk.select({ids[1]});
        desk.blotter.view()->setFocus();
        QVERIFY(desk.blotter.cancelAction()->isEnabled());
        QTest::keyClick(desk.blotter.view(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(ids[1]), Desk::name(OrderStatus::Cancelled), kTimeout);
        QVERIFY(desk.asked.isEmpty());
        QCOMPARE(desk.status(ids[0]), Desk::name(OrderStatus::Accepted));
    }

    void cancelManyConfirmsTheCountAndCancelsEach()
    {
        Desk desk;
        const QList<OrderId> ids = desk.rest(4);
        QCOMPARE(ids.size(), 4);
        desk.select({ids[0], ids[2], ids[3]});
        QCOMPARE(desk.blotter.cancelAction()->text(), QStringLiteral("&Cancel 3 selected orders"));

        desk.answer = false;  // the user thinks again
        QCOMPARE(desk.blotter.cancelSelected(), 0);
        QCOMPARE(desk.asked, QList<int>{3});
        QTest::qWait(200);
        for (OrderId id : ids)
            QCOMPARE(desk.status(id), Desk::name(OrderStatus::Accepted));

        desk.answer = true;
        QSignalSpy messages(&desk.blotter, &OrderBlotter::message);
        QCOMPARE(desk.blotter.cancelSelected(), 3);
        QCOMPARE(desk.asked, (QList<int>{3, 3}));
        for (OrderId id : {ids[0], ids[2], ids[3]})
            QTRY_COMPARE_WITH_TIMEOUT(desk.status(id), Desk::name(OrderStatus::Cancelled), kTimeout);
        QCOMPARE(desk.status(ids[1]), Desk::name(OrderStatus::Accepted));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(0).toString(), QStringLiteral("Cancel sent for 3 order(s)."));
    }

    void finishedOrdersAreSkipped()
    {
        Desk desk;
        const QList<OrderId> resting = desk.rest(1);
        QCOMPARE(resting.size(), 1);
        desk.host.submitOrder(limit("AAPL", Side::Buy, 10, 195 * kPriceScale));  // marketable: fills
        QTRY_VERIFY_WITH_TIMEOUT(desk.orders.rowCount() == 2 && desk.orders.orderAt(1)->status == OrderStatus::Filled,
                                 kTimeout);
        desk.select({resting[0], desk.orders.orderAt(1)->id});
        QCOMPARE(desk.blotter.cancelSelected(), 1);  // one left to cancel: nobody is asked
        QVERIFY(desk.asked.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(resting[0]), Desk::name(OrderStatus::Cancelled), kTimeout);
        desk.select({desk.orders.orderAt(1)->id});
        QVERIFY(!desk.blotter.cancelAction()->isEnabled());
        QVERIFY(!desk.blotter.replaceAction()->isEnabled());
    }

    void deleteInTheFilterBarEditsText()
    {
        Desk desk;
        const QList<OrderId> ids = desk.rest(1);
        QCOMPARE(ids.size(), 1);
        desk.select(ids);
        QLineEdit* quick = desk.blotter.filterBar()->quickEdit();
        quick->setFocus();
        quick->setText(QStringLiteral("AAPL"));
        quick->setCursorPosition(0);
        QTest::keyClick(quick, Qt::Key_Delete);
        QCOMPARE(quick->text(), QStringLiteral("APL"));
        QTest::qWait(200);
        QCOMPARE(desk.status(ids[0]), Desk::name(OrderStatus::Accepted));
    }

    void filterBarFiltersTheBlotter()
    {
        Desk desk;
        QCOMPARE(desk.rest(2, "AAPL").size(), 2);
        QCOMPARE(desk.rest(1, "MSFT").size(), 1);
        desk.blotter.filterBar()->fieldEdit(BlotterFilterBar::Field::Symbol)->setText(QStringLiteral("msft"));
        QTRY_COMPARE(desk.blotter.proxy()->rowCount(), 1);
        QCOMPARE(desk.blotter.proxy()->orderAt(0)->symbol, QStringLiteral("MSFT"));
        QVERIFY(desk.blotter.filterBar()->findChild<QLabel*>(QStringLiteral("countLabel"))->text().contains(
            QStringLiteral("1 of 3")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.csv"));
        QVERIFY(desk.blotter.exportCsv(path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 3);  // header, the MSFT order, and the empty tail
        QVERIFY(lines[1].contains(",MSFT,"));
    }

    void choosingARowNamesItsInstrument()
    {
        Desk desk;
        QCOMPARE(desk.rest(1, "AAPL").size(), 1);
        const QList<OrderId> msft = desk.rest(1, "MSFT");
        QCOMPARE(msft.size(), 1);
        QSignalSpy chosen(&desk.blotter, &OrderBlotter::instrumentSelected);
        desk.blotter.view()->setCurrentIndex(desk.blotter.proxy()->index(desk.blotter.proxy()->rowOfOrder(msft[0]), 2));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("MSFT"));
        // New orders move the rows; the current one is still MSFT's: no new choice.
        QCOMPARE(desk.rest(2, "AAPL").size(), 2);
        QCOMPARE(desk.blotter.proxy()->orderAt(desk.blotter.view()->currentIndex().row())->id, msft[0]);
        QCOMPARE(chosen.count(), 1);
    }

    void fillsReachTheExecutionsBlotter()
    {
        Desk desk;
        desk.host.submitOrder(limit("AAPL", Side::Buy, 50, 195 * kPriceScale));
        QTRY_VERIFY_WITH_TIMEOUT(desk.executions.rowCount() >= 1, kTimeout);
        const QTableView* view = desk.executionBlotter.view();
        QCOMPARE(view->model()->rowCount(), desk.executions.rowCount());
        const QModelIndex first = view->model()->index(0, ExecutionModel::ColSymbol);
        QCOMPARE(first.data().toString(), QStringLiteral("AAPL"));
        QCOMPARE(view->model()->index(0, ExecutionModel::ColTrader).data().toString(), QStringLiteral("alice"));
        QSignalSpy chosen(&desk.executionBlotter, &ExecutionBlotter::instrumentSelected);
        desk.executionBlotter.view()->setCurrentIndex(first);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("AAPL"));

        desk.executionBlotter.filterBar()->fieldEdit(BlotterFilterBar::Field::Trader)->setText(QStringLiteral("bob"));
        QTRY_COMPARE(view->model()->rowCount(), 0);
        desk.executionBlotter.filterBar()->fieldEdit(BlotterFilterBar::Field::Trader)->setText(QStringLiteral("alice"));
        QTRY_COMPARE(view->model()->rowCount(), desk.executions.rowCount());
    }

    void columnChoicesSurviveARestart()
    {
        QSettings().remove(QStringLiteral("blotter/ordersHeader"));
        OrderModel orders;
        HostConfig c = config();
        EngineHost host(c);  // never started: the blotter only needs its configuration
        {
            OrderBlotter blotter(host, &orders);
            QHeaderView* header = blotter.view()->horizontalHeader();
            QVERIFY(!header->isSectionHidden(OrderModel::ColVenue));
            QVERIFY(header->isSectionHidden(OrderModel::ColClOrdId));
            // From the header's menu: hide Venue, show ClOrdID.
            auto* settings = header->findChild<HeaderSettings*>();
            QVERIFY(settings);
            std::unique_ptr<QMenu> menu(settings->makeMenu(nullptr));
            for (QAction* a : menu->actions()) {
                if (a->text() == QStringLiteral("Venue"))
                    a->trigger();
                if (a->text() == QStringLiteral("ClOrdID"))
                    a->trigger();
            }
            QVERIFY(header->isSectionHidden(OrderModel::ColVenue));
            QVERIFY(!header->isSectionHidden(OrderModel::ColClOrdId));
            header->moveSection(header->visualIndex(OrderModel::ColAccount), 1);
            blotter.view()->sortByColumn(OrderModel::ColSymbol, Qt::AscendingOrder);
            blotter.saveSettings();
        }
        {
            OrderBlotter blotter(host, &orders);
            QHeaderView* header = blotter.view()->horizontalHeader();
            QVERIFY(header->isSectionHidden(OrderModel::ColVenue));
            QVERIFY(!header->isSectionHidden(OrderModel::ColClOrdId));
            QCOMPARE(header->visualIndex(OrderModel::ColAccount), 1);
            QCOMPARE(blotter.proxy()->sortColumn(), int(OrderModel::ColSymbol));
            QCOMPARE(blotter.proxy()->sortOrder(), Qt::AscendingOrder);
        }
        // A damaged entry is ignored: the defaults come back.
        QSettings().setValue(QStringLiteral("blotter/ordersHeader"), QByteArray("\x00\xff garbage", 10));
        {
            OrderBlotter blotter(host, &orders);
            QVERIFY(!blotter.view()->horizontalHeader()->isSectionHidden(OrderModel::ColVenue));
            QCOMPARE(blotter.proxy()->sortColumn(), int(OrderModel::ColTime));
        }
    }

    void analystsOnlyRead()
    {
        Desk desk(Role::Analyst);
        QVERIFY(!desk.blotter.cancelAction()->isVisible());
        QVERIFY(!desk.blotter.replaceAction()->isVisible());
        QCOMPARE(desk.blotter.cancelSelected(), 0);
        QCOMPARE(desk.blotter.replaceCurrent(), nullptr);
    }

    void positionsSortOnRawValues()
    {
        PositionModel positions;
        PositionBlotter blotter(&positions);
        PositionSnapshot a;
        a.account = QStringLiteral("ACC1");
        a.symbol = QStringLiteral("AAPL");
        a.realizedPnl = 900 * kPriceScale;
        PositionSnapshot b = a;
        b.symbol = QStringLiteral("MSFT");
        b.realizedPnl = 10'000 * kPriceScale;  // as text "10,000.00" would sort before "900.00"
        positions.applyBatch({a, b});
        blotter.view()->sortByColumn(PositionModel::ColRealized, Qt::AscendingOrder);
        QCOMPARE(blotter.view()->model()->index(0, PositionModel::ColSymbol).data().toString(), QStringLiteral("AAPL"));
        QSignalSpy chosen(&blotter, &PositionBlotter::instrumentSelected);
        blotter.view()->setCurrentIndex(blotter.view()->model()->index(1, 0));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("MSFT"));
    }

private:
    QTemporaryDir m_settings;
};

}  // namespace ordo

QTEST_MAIN(ordo::TestBlotter)
#include "tst_blotter.moc"
