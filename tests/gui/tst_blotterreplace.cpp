// The cancel/replace dialog: checked as the user types against what the
// engine would refuse, OK only for terms that can be sent, only the changed
// fields in the amendment; and, from the blotter against an EngineHost with
// the paper venue, the replace reaches the venue and comes back acked.

#include "blotterorders.h"
#include "blotterproxy.h"
#include "blottertestsupport.h"
#include "enginehost.h"
#include "ordermodel.h"
#include "replacedialog.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

namespace ordo {

using test::order;

namespace {

const Instrument kAapl{"AAPL", kPriceScale / 100, 100, "USD", {}};

OrderSnapshot working()
{
    OrderSnapshot o = order(5).qty(1000).filled(200).status(OrderStatus::PartiallyFilled);
    o.displayQty = 0;
    return o;
}

QLineEdit* edit(ReplaceDialog& d, const char* name)
{
    return d.findChild<QLineEdit*>(QLatin1String(name));
}

QPushButton* okButton(ReplaceDialog& d)
{
    return d.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

}  // namespace

class TestBlotterReplace : public QObject {
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");  // empty: valid
        QTest::addRow("nothing changed yet") << QString() << QString() << QStringLiteral("Change at least one field.");
        QTest::addRow("more quantity") << QStringLiteral("quantityEdit") << QStringLiteral("1500") << QString();
        QTest::addRow("quantity not a number") << QStringLiteral("quantityEdit") << QStringLiteral("12a")
                                               << QStringLiteral("Quantity must be a positive whole number.");
        QTest::addRow("quantity down to what is filled") << QStringLiteral("quantityEdit") << QStringLiteral("200")
                                                         << QStringLiteral("Quantity must exceed the 200 already filled.");
        QTest::addRow("quantity off the lot") << QStringLiteral("quantityEdit") << QStringLiteral("1550")
                                              << QStringLiteral("Quantity must be a multiple of the lot size 100.");
        QTest::addRow("new limit") << QStringLiteral("limitEdit") << QStringLiteral("191.5") << QString();
        QTest::addRow("limit off the tick") << QStringLiteral("limitEdit") << QStringLiteral("190.005")
                                            << QStringLiteral("Limit price 190.005 is not on the tick size 0.01.");
        QTest::addRow("limit negative") << QStringLiteral("limitEdit") << QStringLiteral("-1")
                                        << QStringLiteral("Limit price must be a positive number.");
        QTest::addRow("limit empty") << QStringLiteral("limitEdit") << QString()
                                     << QStringLiteral("Limit price must be a positive number.");
        QTest::addRow("display part of it") << QStringLiteral("displayEdit") << QStringLiteral("300") << QString();
        QTest::addRow("display above the quantity") << QStringLiteral("displayEdit") << QStringLiteral("2000")
                                                    << QStringLiteral("Display quantity cannot exceed the quantity 1,000.");
        QTest::addRow("display off the lot") << QStringLiteral("displayEdit") << QStringLiteral("150")
                                             << QStringLiteral("Display quantity must be a multiple of the lot size 100.");
        QTest::addRow("display negative") << QStringLiteral("displayEdit") << QStringLiteral("-100")
                                          << QStringLiteral("Display quantity must be a whole number, 0 to show everything.");
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ReplaceDialog dialog(working(), &kAapl);
        if (!field.isEmpty()) {
            QLineEdit* e = edit(dialog, field.toLatin1().constData());
            e->clear();
            QTest::keyClicks(e, text);  // as typed, key by key
        }
        QCOMPARE(dialog.problem(), problem);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->text(), problem);
        QCOMPARE(okButton(dialog)->isEnabled(), problem.isEmpty());
        QCOMPARE(dialog.amendment().has_value(), problem.isEmpty());
    }

    void amendmentCarriesOnlyWhatChanged()
    {
        ReplaceDialog dialog(working(), &kAapl);
        edit(dialog, "quantityEdit")->setText(QStringLiteral("1200"));
        edit(dialog, "displayEdit")->setText(QStringLiteral("100"));
        const auto a = dialog.amendment();
        QVERIFY(a);
        QCOMPARE(a->quantity, Qty(1200));
        QCOMPARE(a->limitPrice, Price(0));  // keep
        QCOMPARE(a->stopPrice, Price(0));
        QCOMPARE(a->displayQty, Qty(100));
        QSignalSpy sent(&dialog, &ReplaceDialog::replaceRequested);
        okButton(dialog)->click();
        QCOMPARE(sent.count(), 1);
        QCOMPARE(sent.at(0).at(0).toUInt(), 5u);
        QCOMPARE(sent.at(0).at(1).value<OrderAmendment>().quantity, Qty(1200));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void fieldsFollowTheOrderType()
    {
        OrderSnapshot stop = working();
        stop.type = OrdType::Stop;
        stop.limitPrice = 0;
        stop.stopPrice = 185 * kPriceScale;
        ReplaceDialog dialog(stop, &kAapl);
        QVERIFY(!edit(dialog, "limitEdit")->isEnabled());
        QVERIFY(edit(dialog, "stopEdit")->isEnabled());
        QCOMPARE(edit(dialog, "stopEdit")->text(), QStringLiteral("185.00"));
        edit(dialog, "stopEdit")->setText(QStringLiteral("186.10"));
        QCOMPARE(dialog.amendment()->stopPrice, 18610 * (kPriceScale / 100));
    }

    void finishedOrderCannotChange()
    {
        OrderSnapshot filled = working();
        filled.status = OrderStatus::Filled;
        ReplaceDialog dialog(filled, &kAapl);
        edit(dialog, "quantityEdit")->setText(QStringLiteral("2000"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog.problem(), QStringLiteral("Order 5 is filled: it can no longer be changed."));
    }

    void unknownInstrumentLeavesTicksToTheEngine()
    {
        ReplaceDialog dialog(working(), nullptr);
        edit(dialog, "quantityEdit")->setText(QStringLiteral("1550"));
        edit(dialog, "limitEdit")->setText(QStringLiteral("190.005"));
        QVERIFY(dialog.amendment());
    }

    void replaceFromTheBlotterIsAcked()
    {
        HostConfig config;
        config.user = QStringLiteral("alice");
        config.instruments = {InstrumentConfig{Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}}, 190 * kPriceScale}};
        config.venueStepMs = 5;
        EngineHost host(config);
        OrderModel orders;
        connect(&host, &EngineHost::ordersChanged, &orders, &OrderModel::applyBatch);
        OrderBlotter blotter(host, &orders);
        blotter.show();
        host.start();
        OrderRequest r;
        r.symbol = "AAPL";
        r.quantity = 100;
        r.limitPrice = 150 * kPriceScale;  // far below the market: rests
        r.account = "ACC1";
        host.submitOrder(r);
        QTRY_VERIFY_WITH_TIMEOUT(orders.rowCount() == 1 && orders.orderAt(0)->status == OrderStatus::Accepted, 5000);
        blotter.view()->setCurrentIndex(blotter.proxy()->index(0, OrderModel::ColSymbol));
        QVERIFY(blotter.replaceAction()->isEnabled());

        ReplaceDialog* dialog = blotter.replaceCurrent();
        QVERIFY(dialog);
        QLineEdit* quantity = edit(*dialog, "quantityEdit");
        quantity->clear();
        QTest::keyClicks(quantity, QStringLiteral("300"));
        QLineEdit* limit = edit(*dialog, "limitEdit");
        limit->clear();
        QTest::keyClicks(limit, QStringLiteral("151.25"));
        okButton(*dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(orders.orderAt(0)->quantity == 300 && orders.orderAt(0)->status == OrderStatus::Accepted,
                                 5000);
        QCOMPARE(orders.orderAt(0)->limitPrice, 15125 * (kPriceScale / 100));
        host.stop();
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestBlotterReplace)
#include "tst_blotterreplace.moc"
