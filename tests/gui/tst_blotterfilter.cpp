// What the blotter shows: each criterion on orders and executions, and the
// filter bar that builds the criteria from what the user picks and types.

#include "blotterfilterbar.h"
#include "blottertestsupport.h"
#include "orderfilter.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

namespace ordo {

using test::order;

namespace {

OrderSnapshot sample()
{
    return order(4711)
        .symbol(QStringLiteral("AAPL"))
        .side(Side::Sell)
        .account(QStringLiteral("ACC1"))
        .strategy(QStringLiteral("TWAP"))
        .trader(QStringLiteral("alice"))
        .venue(QStringLiteral("XLIT1"))
        .text(QStringLiteral("price outside the collar"))
        .qty(2500)
        .limit(19050 * (kPriceScale / 100))  // shown "190.50"
        .status(OrderStatus::PartiallyFilled);
}

}  // namespace

class TestBlotterFilter : public QObject {
    Q_OBJECT

private slots:
    void orderCriteria_data()
    {
        QTest::addColumn<OrderCriteria>("criteria");
        QTest::addColumn<bool>("shown");
        const auto with = [](auto f) {
            OrderCriteria c;
            f(c);
            return c;
        };
        QTest::addRow("no criteria: everything") << OrderCriteria{} << true;
        QTest::addRow("working group takes a partly filled order")
            << with([](OrderCriteria& c) { c.states = OrderCriteria::workingStates(); }) << true;
        QTest::addRow("done group does not")
            << with([](OrderCriteria& c) { c.states = OrderCriteria::doneStates(); }) << false;
        QTest::addRow("one state, the order's")
            << with([](OrderCriteria& c) { c.states = OrderCriteria::stateBit(OrderStatus::PartiallyFilled); }) << true;
        QTest::addRow("one state, another")
            << with([](OrderCriteria& c) { c.states = OrderCriteria::stateBit(OrderStatus::Accepted); }) << false;
        QTest::addRow("sells (sell, short)")
            << with([](OrderCriteria& c) {
                   c.sides = OrderCriteria::sideBit(Side::Sell) | OrderCriteria::sideBit(Side::Short);
               })
            << true;
        QTest::addRow("buys only") << with([](OrderCriteria& c) { c.sides = OrderCriteria::sideBit(Side::Buy); })
                                   << false;
        QTest::addRow("symbol in any case") << with([](OrderCriteria& c) { c.symbols = {QStringLiteral("aapl")}; })
                                            << true;
        QTest::addRow("symbol is whole, not a prefix")
            << with([](OrderCriteria& c) { c.symbols = {QStringLiteral("AAP")}; }) << false;
        QTest::addRow("one of several symbols")
            << with([](OrderCriteria& c) { c.symbols = {QStringLiteral("MSFT"), QStringLiteral("AAPL")}; }) << true;
        QTest::addRow("another account") << with([](OrderCriteria& c) { c.accounts = {QStringLiteral("ACC2")}; })
                                         << false;
        QTest::addRow("strategy") << with([](OrderCriteria& c) { c.strategies = {QStringLiteral("twap")}; }) << true;
        QTest::addRow("another strategy") << with([](OrderCriteria& c) { c.strategies = {QStringLiteral("VWAP")}; })
                                          << false;
        QTest::addRow("venue") << with([](OrderCriteria& c) { c.venues = {QStringLiteral("XLIT1")}; }) << true;
        QTest::addRow("another venue") << with([](OrderCriteria& c) { c.venues = {QStringLiteral("XLIT2")}; }) << false;
        QTest::addRow("trader") << with([](OrderCriteria& c) { c.traders = {QStringLiteral("ALICE")}; }) << true;
        QTest::addRow("another trader") << with([](OrderCriteria& c) { c.traders = {QStringLiteral("bob")}; }) << false;
        QTest::addRow("quick: part of the reject text")
            << with([](OrderCriteria& c) { c.words = {QStringLiteral("COLLAR")}; }) << true;
        QTest::addRow("quick: every word must be found, anywhere")
            << with([](OrderCriteria& c) { c.words = {QStringLiteral("xlit"), QStringLiteral("twap")}; }) << true;
        QTest::addRow("quick: one word missing")
            << with([](OrderCriteria& c) { c.words = {QStringLiteral("xlit"), QStringLiteral("vwap")}; }) << false;
        QTest::addRow("quick: the order id") << with([](OrderCriteria& c) { c.words = {QStringLiteral("4711")}; })
                                             << true;
        QTest::addRow("quick: the limit price as typed")
            << with([](OrderCriteria& c) { c.words = {QStringLiteral("190.5")}; }) << true;
        QTest::addRow("quick: a price as the blotter shows it, with cents")
            << with([](OrderCriteria& c) { c.words = {QStringLiteral("190.50")}; }) << true;
        QTest::addRow("quick: another price") << with([](OrderCriteria& c) { c.words = {QStringLiteral("190.25")}; })
                                              << false;
        QTest::addRow("quick: the status in words")
            << with([](OrderCriteria& c) { c.words = {QStringLiteral("partially")}; }) << true;
        QTest::addRow("quick: the side in words") << with([](OrderCriteria& c) { c.words = {QStringLiteral("sell")}; })
                                                  << true;
        QTest::addRow("all criteria together")
            << with([](OrderCriteria& c) {
                   c.states = OrderCriteria::workingStates();
                   c.sides = OrderCriteria::sideBit(Side::Sell);
                   c.symbols = {QStringLiteral("AAPL")};
                   c.accounts = {QStringLiteral("acc1")};
                   c.strategies = {QStringLiteral("TWAP")};
                   c.venues = {QStringLiteral("xlit1")};
                   c.traders = {QStringLiteral("alice")};
                   c.words = {QStringLiteral("2500")};
               })
            << true;
    }

    void orderCriteria()
    {
        QFETCH(OrderCriteria, criteria);
        QFETCH(bool, shown);
        QCOMPARE(matches(criteria, sample()), shown);
        QCOMPARE(criteria.isEmpty(), criteria == OrderCriteria{});
    }

    void groupsCoverEveryStateOnce()
    {
        const quint32 working = OrderCriteria::workingStates();
        const quint32 done = OrderCriteria::doneStates();
        QCOMPARE(working & done, 0u);
        QCOMPARE(working | done, (1u << kOrderStatusCount) - 1);
        QVERIFY(working & OrderCriteria::stateBit(OrderStatus::PendingRisk));
        QVERIFY(done & OrderCriteria::stateBit(OrderStatus::Rejected));
    }

    void listsAndWordsFromText()
    {
        QCOMPARE(OrderCriteria::splitList(QStringLiteral(" AAPL, msft ,,")),
                 (QStringList{QStringLiteral("AAPL"), QStringLiteral("msft")}));
        QCOMPARE(OrderCriteria::splitList(QStringLiteral(" , ")), QStringList());
        QCOMPARE(OrderCriteria::splitWords(QStringLiteral("  buy\tAAPL  ")),
                 (QStringList{QStringLiteral("buy"), QStringLiteral("AAPL")}));
    }

    void executionCriteria()
    {
        ExecutionSnapshot x;
        x.execId = QStringLiteral("E-99");
        x.orderId = 4711;
        x.symbol = QStringLiteral("AAPL");
        x.account = QStringLiteral("ACC1");
        x.venue = QStringLiteral("XLIT2");
        x.side = Side::Sell;
        x.quantity = 300;
        x.price = 190 * kPriceScale;
        const OrderSnapshot o = sample();
        OrderCriteria c;
        c.states = OrderCriteria::doneStates();  // states are the orders' business
        QVERIFY(matches(c, x, &o));
        c = {};
        c.strategies = {QStringLiteral("TWAP")};
        QVERIFY(matches(c, x, &o));
        QVERIFY(!matches(c, x, nullptr));  // unknown order: no strategy to match
        c = {};
        c.venues = {QStringLiteral("XLIT1")};
        QVERIFY(!matches(c, x, &o));  // the execution's venue, not the order's
        c = {};
        c.words = {QStringLiteral("e-99")};
        QVERIFY(matches(c, x, nullptr));
        c.words = {QStringLiteral("alice")};
        QVERIFY(matches(c, x, &o));
        c.sides = OrderCriteria::sideBit(Side::Buy);
        QVERIFY(!matches(c, x, &o));
    }

    void filterBarBuildsCriteria()
    {
        BlotterFilterBar bar;
        QSignalSpy changed(&bar, &BlotterFilterBar::criteriaChanged);
        bar.fieldEdit(BlotterFilterBar::Field::Symbol)->setText(QStringLiteral("AAPL, MSFT"));
        bar.quickEdit()->setText(QStringLiteral("twap  xlit"));
        QCOMPARE(changed.count(), 0);  // typing is debounced
        QTRY_COMPARE(changed.count(), 1);
        auto c = changed.at(0).at(0).value<OrderCriteria>();
        QCOMPARE(c.symbols, (QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")}));
        QCOMPARE(c.words, (QStringList{QStringLiteral("twap"), QStringLiteral("xlit")}));

        auto* side = bar.findChild<QComboBox*>(QStringLiteral("sideCombo"));
        side->setCurrentIndex(side->findText(QStringLiteral("Sells (sell, short)")));
        QCOMPARE(changed.count(), 2);  // a choice applies at once
        QCOMPARE(changed.last().at(0).value<OrderCriteria>().sides,
                 quint8(OrderCriteria::sideBit(Side::Sell) | OrderCriteria::sideBit(Side::Short)));

        // The "working" group ticks every working state; the button says so.
        QAction* working = nullptr;
        for (QAction* a : bar.stateMenu()->actions())
            if (a->text().startsWith(QStringLiteral("Working (")))
                working = a;
        QVERIFY(working);
        working->trigger();
        QCOMPARE(changed.last().at(0).value<OrderCriteria>().states, OrderCriteria::workingStates());
        QCOMPARE(bar.findChild<QToolButton*>(QStringLiteral("stateButton"))->text(), QStringLiteral("State: working"));

        // Each field on its own.
        for (auto [field, name] : {std::pair{BlotterFilterBar::Field::Account, QStringLiteral("ACC9")},
                                   std::pair{BlotterFilterBar::Field::Strategy, QStringLiteral("VWAP")},
                                   std::pair{BlotterFilterBar::Field::Venue, QStringLiteral("XLIT2")},
                                   std::pair{BlotterFilterBar::Field::Trader, QStringLiteral("bob")}}) {
            bar.fieldEdit(field)->setText(name);
            emit bar.fieldEdit(field)->returnPressed();  // Enter applies without waiting
        }
        c = changed.last().at(0).value<OrderCriteria>();
        QCOMPARE(c.accounts, QStringList{QStringLiteral("ACC9")});
        QCOMPARE(c.strategies, QStringList{QStringLiteral("VWAP")});
        QCOMPARE(c.venues, QStringList{QStringLiteral("XLIT2")});
        QCOMPARE(c.traders, QStringList{QStringLiteral("bob")});

        bar.findChild<QToolButton*>(QStringLiteral("clearButton"))->click();
        QVERIFY(changed.last().at(0).value<OrderCriteria>().isEmpty());
        QVERIFY(bar.criteria().isEmpty());
        QCOMPARE(bar.findChild<QToolButton*>(QStringLiteral("stateButton"))->text(), QStringLiteral("State: all"));
    }

    void executionsBarHasNoStates()
    {
        BlotterFilterBar bar;
        OrderCriteria c;
        c.states = OrderCriteria::doneStates();
        c.symbols = {QStringLiteral("AAPL")};
        bar.setCriteria(c);
        QCOMPARE(bar.criteria().states, OrderCriteria::doneStates());
        bar.setStatesShown(false);
        QCOMPARE(bar.criteria().states, 0u);
        QCOMPARE(bar.criteria().symbols, QStringList{QStringLiteral("AAPL")});
    }

    void completionOffersWhatWasSeen()
    {
        BlotterFilterBar bar;
        bar.addCompletion(BlotterFilterBar::Field::Symbol, QStringLiteral("MSFT"));
        bar.addCompletion(BlotterFilterBar::Field::Symbol, QStringLiteral("AAPL"));
        bar.addCompletion(BlotterFilterBar::Field::Symbol, QStringLiteral("AAPL"));
        bar.addCompletion(BlotterFilterBar::Field::Symbol, QString());
        QCompleter* completer = bar.fieldEdit(BlotterFilterBar::Field::Symbol)->completer();
        QTRY_COMPARE(completer->model()->rowCount(), 2);
        QCOMPARE(completer->model()->index(0, 0).data().toString(), QStringLiteral("AAPL"));
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestBlotterFilter)
#include "tst_blotterfilter.moc"
