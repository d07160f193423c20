// OrderModel as the blotter's source: a batch inserts its new orders as one
// row range and updates the others in place with merged dataChanged ranges,
// never a reset; PositionModel colours P&L by sign.

#include "blotterpalette.h"
#include "blottertestsupport.h"
#include "ordermodel.h"
#include "positionmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QImage>
#include <QSignalSpy>
#include <QtTest>

namespace ordo {

using test::order;

class TestBlotterOrderModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A zone with summer time, before any time is formatted: the clock
        // column caches the zone's offset.
        qputenv("TZ", "Europe/Berlin");
        BlotterPalette::setCurrent(BlotterPalette::light());
    }

    void clockIsLocalTimeAcrossASummerTimeSwitch()
    {
        // 2026-03-29 01:00 UTC: Berlin goes from +01:00 to +02:00.
        const qint64 switchMs = QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
        for (qint64 ms : {switchMs - 3'600'000 + 123, switchMs - 1, switchMs, switchMs + 899'999, switchMs + 86'400'007}) {
            const QString expected =
                QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
            QCOMPARE(clockText(Timestamp(ms) * 1'000'000 + 999), expected);
        }
        QCOMPARE(clockText(Timestamp(switchMs - 1) * 1'000'000), QStringLiteral("01:59:59.999"));
        QCOMPARE(clockText(Timestamp(switchMs) * 1'000'000), QStringLiteral("03:00:00.000"));
        QCOMPARE(clockText(0), QString());
    }

    void pricesShowAtLeastCents()
    {
        QCOMPARE(priceText(190 * kPriceScale), QStringLiteral("190.00"));
        QCOMPARE(priceText(1895 * (kPriceScale / 10)), QStringLiteral("189.50"));
        QCOMPARE(priceText(189995 * (kPriceScale / 1000)), QStringLiteral("189.995"));
        QCOMPARE(priceText(0), QString());
    }

    void newOrdersAreOneInsertedRange()
    {
        OrderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy batches(&model, &OrderModel::batchApplied);
        model.applyBatch({order(1), order(2), order(3)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        model.applyBatch({order(4), order(5)});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(inserted.at(1).at(2).toInt(), 4);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(batches.count(), 2);
        QCOMPARE(batches.at(1).at(1).toInt(), 3);
        QCOMPARE(batches.at(1).at(2).toInt(), 2);
        QCOMPARE(model.rowOf(5), 4);
        QCOMPARE(model.find(4)->id, OrderId(4));
    }

    void updatesAreMergedDataChangedRanges()
    {
        OrderModel model;
        QList<OrderSnapshot> first;
        for (OrderId id = 1; id <= 10; ++id)
            first << order(id);
        model.applyBatch(first);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy batches(&model, &OrderModel::batchApplied);
        // Rows 2..4 and 7, out of order and one twice: two ranges.
        model.applyBatch({order(8).filled(10), order(4).filled(10), order(3).filled(10), order(5).filled(20),
                          order(4).filled(30)});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), OrderModel::ColumnCount - 1);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 7);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 7);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.find(4)->cumQty, Qty(30));  // the later snapshot wins
        QCOMPARE(batches.count(), 1);
        QCOMPARE(batches.at(0).at(0).value<std::vector<int>>(), (std::vector<int>{2, 3, 4, 7}));
    }

    void mostRowsChangedIsOneSignal()
    {
        OrderModel model;
        model.applyBatch({order(1), order(2), order(3), order(4)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyBatch({order(1).filled(1), order(2).filled(1), order(4).filled(1)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    }

    void mixedBatchUpdatesThenInserts()
    {
        OrderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyBatch({order(1), order(2)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // A new order twice in one batch is one row, with the later snapshot;
        // id 0 is not an order at all.
        model.applyBatch({order(3), order(1).status(OrderStatus::Filled), order(3).filled(5), order(0)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.find(3)->cumQty, Qty(5));
        QVERIFY(model.find(1)->status == OrderStatus::Filled);
        QCOMPARE(model.workingCount(), 2);
    }

    void rolesCarryRawAndPlainValues()
    {
        OrderModel model;
        model.applyBatch({order(7).qty(12345).filled(45).status(OrderStatus::PartiallyFilled).parent(3)});
        const auto at = [&](int col, int role) { return model.index(0, col).data(role); };
        QCOMPARE(at(OrderModel::ColQuantity, OrderModel::SortRole).toLongLong(), 12345);
        QCOMPARE(at(OrderModel::ColQuantity, roles::Export).toString(), QStringLiteral("12345"));
        QCOMPARE(at(OrderModel::ColLimit, roles::Export).toString(), QStringLiteral("190.00"));
        QCOMPARE(at(OrderModel::ColStatus, OrderModel::SortRole).toInt(), statusRank(OrderStatus::PartiallyFilled));
        QCOMPARE(at(OrderModel::ColStatus, Qt::DisplayRole).toString(), QStringLiteral("Partially filled"));
        QCOMPARE(at(OrderModel::ColParent, OrderModel::ParentIdRole).toUInt(), 3u);
        QCOMPARE(at(OrderModel::ColTime, roles::Export).toString(), QStringLiteral("1970-01-01T00:00:00.007Z"));
        QVERIFY(statusRank(OrderStatus::PartiallyFilled) < statusRank(OrderStatus::Filled));
        QVERIFY(statusRank(OrderStatus::Suspended) < statusRank(OrderStatus::Cancelled));
    }

    // Colour never alone: each state group has its own icon shape, and the
    // colours come from the palette.
    void stateIsColourShapeAndText()
    {
        OrderModel model;
        model.applyBatch({order(1).status(OrderStatus::Filled), order(2).status(OrderStatus::Cancelled),
                          order(3).status(OrderStatus::Rejected), order(4).status(OrderStatus::Accepted)});
        const BlotterPalette& palette = BlotterPalette::current();
        QList<QImage> icons;
        for (int r = 0; r < 4; ++r) {
            const QModelIndex status = model.index(r, OrderModel::ColStatus);
            const OrderStatus s = model.orderAt(r)->status;
            QCOMPARE(status.data(Qt::ForegroundRole).value<QBrush>().color(), palette.status(s));
            const QIcon icon = status.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY(!icon.isNull());
            // Shapes compared in one colour, so only the shape can differ.
            QImage shape = icon.pixmap(14, 14).toImage().convertToFormat(QImage::Format_Alpha8);
            for (const QImage& other : std::as_const(icons))
                QVERIFY(shape != other);
            icons << shape;
            QVERIFY(!status.data(Qt::DisplayRole).toString().isEmpty());
        }
        // A finished order recedes; a rejected one is tinted.
        QCOMPARE(model.index(1, OrderModel::ColSymbol).data(Qt::ForegroundRole).value<QBrush>().color(), palette.muted());
        QVERIFY(model.index(2, OrderModel::ColSymbol).data(Qt::BackgroundRole).value<QBrush>().color().isValid());
        QVERIFY(!model.index(3, OrderModel::ColSymbol).data(Qt::BackgroundRole).isValid());
        // Buys and sells in different colours.
        QVERIFY(palette.buy() != palette.sell());
        QVERIFY(BlotterPalette::dark().status(OrderStatus::Filled) != palette.status(OrderStatus::Filled));
        QVERIFY(BlotterPalette::dark().isDark());
    }

    void pnlColumnsColouredBySign()
    {
        PositionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PositionSnapshot gain;
        gain.account = QStringLiteral("ACC1");
        gain.symbol = QStringLiteral("AAPL");
        gain.quantity = 100;
        gain.realizedPnl = 50 * kPriceScale;
        gain.unrealizedPnl = -20 * kPriceScale;
        PositionSnapshot flat = gain;
        flat.symbol = QStringLiteral("MSFT");
        flat.realizedPnl = 0;
        flat.unrealizedPnl = 0;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.applyBatch({gain, flat});
        QCOMPARE(inserted.count(), 1);
        const BlotterPalette& palette = BlotterPalette::current();
        const auto colour = [&](int row, int col) {
            return model.index(row, col).data(Qt::ForegroundRole).value<QBrush>().color();
        };
        QCOMPARE(colour(0, PositionModel::ColRealized), palette.gain());
        QCOMPARE(colour(0, PositionModel::ColUnrealized), palette.loss());
        QCOMPARE(colour(0, PositionModel::ColTotal), palette.gain());
        QVERIFY(!model.index(1, PositionModel::ColTotal).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, PositionModel::ColTotal).data(roles::Export).toString(), QStringLiteral("30.00"));
        QCOMPARE(model.index(0, PositionModel::ColTotal).data(roles::Sort).toLongLong(), 30 * kPriceScale);
        QCOMPARE(model.headerData(PositionModel::ColRealized, Qt::Horizontal).toString(), QStringLiteral("Realized P&L"));
        QCOMPARE(model.headerData(PositionModel::ColUnrealized, Qt::Horizontal).toString(), QStringLiteral("Unrealized P&L"));
        QCOMPARE(model.headerData(PositionModel::ColTotal, Qt::Horizontal).toString(), QStringLiteral("Total P&L"));

        gain.unrealizedPnl = -80 * kPriceScale;  // now losing in total
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyBatch({gain});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(colour(0, PositionModel::ColTotal), palette.loss());
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestBlotterOrderModel)
#include "tst_blotterordermodel.moc"
