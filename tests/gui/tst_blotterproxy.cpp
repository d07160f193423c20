// BlotterProxy: parents with their child orders as a flattened tree, sorted
// and filtered, updated per batch without ever resetting; a child that comes
// before its parent moves under it when the parent arrives; persistent
// indexes (the selection) follow their orders. A randomized run compares
// every batch with the same view computed from scratch.

#include "blotterproxy.h"
#include "blottertestsupport.h"
#include "ordermodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <functional>

namespace ordo {

using test::order;

namespace {

QList<OrderId> shown(const BlotterProxy& proxy)
{
    QList<OrderId> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.orderAt(r)->id;
    return ids;
}

QList<int> depths(const BlotterProxy& proxy)
{
    QList<int> d;
    for (int r = 0; r < proxy.rowCount(); ++r)
        d << proxy.index(r, 0).data(roles::Depth).toInt();
    return d;
}

// The proxy under test over its own model, checked by QAbstractItemModelTester
// after every change the model makes.
struct CheckedProxy {
    OrderModel model;
    BlotterProxy proxy{&model};
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

struct Spies {
    explicit Spies(QAbstractItemModel* m)
        : reset(m, &QAbstractItemModel::modelReset)
        , layout(m, &QAbstractItemModel::layoutChanged)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
    {
    }
    void clear()
    {
        reset.clear();
        layout.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
    }
    QSignalSpy reset, layout, inserted, removed, changed;
};

}  // namespace

class TestBlotterProxy : public QObject {
    Q_OBJECT

private slots:
    void newOrdersSortedWithoutReset()
    {
        CheckedProxy f;
        f.proxy.sort(OrderModel::ColId, Qt::DescendingOrder);
        Spies spies(&f.proxy);
        f.model.applyBatch({order(1), order(2), order(3)});
        QCOMPARE(shown(f.proxy), (QList<OrderId>{3, 2, 1}));
        f.model.applyBatch({order(4), order(5)});
        QCOMPARE(shown(f.proxy), (QList<OrderId>{5, 4, 3, 2, 1}));
        QCOMPARE(spies.reset.count(), 0);
        // Each batch: one inserted range at the end, in the view's order; a
        // layout change only when they belong elsewhere (not for the first).
        QCOMPARE(spies.inserted.count(), 2);
        QCOMPARE(spies.layout.count(), 1);
        QCOMPARE(spies.removed.count(), 0);
    }

    void updateInPlaceIsOnlyDataChanged()
    {
        CheckedProxy f;
        f.proxy.sort(OrderModel::ColId, Qt::DescendingOrder);
        f.model.applyBatch({order(1), order(2), order(3), order(4)});
        Spies spies(&f.proxy);
        f.model.applyBatch({order(3).filled(50).status(OrderStatus::PartiallyFilled), order(1).filled(10)});
        QCOMPARE(spies.layout.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.changed.count(), 2);  // rows 1 and 3 are not adjacent
        QCOMPARE(spies.changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(spies.changed.at(1).at(0).toModelIndex().row(), 3);
        QCOMPARE(f.proxy.index(1, OrderModel::ColFilled).data().toString(), QStringLiteral("50"));
    }

    void sortKeyChangeMovesTheRowAndTheSelection()
    {
        CheckedProxy f;
        f.proxy.sort(OrderModel::ColQuantity, Qt::AscendingOrder);
        f.model.applyBatch({order(1).qty(100), order(2).qty(200), order(3).qty(300)});
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 2, 3}));
        QPersistentModelIndex selected = f.proxy.index(0, OrderModel::ColSymbol);
        Spies spies(&f.proxy);
        f.model.applyBatch({order(1).qty(1000)});
        QCOMPARE(shown(f.proxy), (QList<OrderId>{2, 3, 1}));
        QCOMPARE(spies.layout.count(), 1);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.inserted.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 2);
        QCOMPARE(selected.column(), int(OrderModel::ColSymbol));
        QCOMPARE(f.proxy.orderAt(selected.row())->id, OrderId(1));
    }

    void sortByEachKindOfColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<OrderId>>("expected");
        QTest::addRow("symbol ascending, ties by arrival") << int(OrderModel::ColSymbol) << int(Qt::AscendingOrder)
                                                          << QList<OrderId>{2, 4, 1, 3};
        QTest::addRow("status: working before finished") << int(OrderModel::ColStatus) << int(Qt::AscendingOrder)
                                                         << QList<OrderId>{3, 1, 4, 2};
        QTest::addRow("limit price descending") << int(OrderModel::ColLimit) << int(Qt::DescendingOrder)
                                                << QList<OrderId>{4, 3, 2, 1};
        QTest::addRow("time descending: newest first") << int(OrderModel::ColTime) << int(Qt::DescendingOrder)
                                                       << QList<OrderId>{4, 3, 2, 1};
        QTest::addRow("no sort column: arrival") << -1 << int(Qt::AscendingOrder) << QList<OrderId>{1, 2, 3, 4};
    }

    void sortByEachKindOfColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QList<OrderId>, expected);
        CheckedProxy f;
        f.model.applyBatch({test::order(1).symbol(QStringLiteral("msft")).status(OrderStatus::Accepted).limit(100),
                          test::order(2).symbol(QStringLiteral("AAPL")).status(OrderStatus::Filled).limit(200),
                          test::order(3).symbol(QStringLiteral("MSFT")).status(OrderStatus::PendingNew).limit(300),
                          test::order(4).symbol(QStringLiteral("aapl")).status(OrderStatus::PartiallyFilled).limit(400)});
        QSignalSpy reset(&f.proxy, &QAbstractItemModel::modelReset);
        f.proxy.sort(OrderModel::ColId, Qt::DescendingOrder);
        f.proxy.sort(column, static_cast<Qt::SortOrder>(order));
        QCOMPARE(shown(f.proxy), expected);
        QCOMPARE(reset.count(), 0);
    }

    void childrenFollowTheirParent()
    {
        CheckedProxy f;
        f.proxy.sort(OrderModel::ColId, Qt::DescendingOrder);
        f.model.applyBatch({order(1).strategy(QStringLiteral("TWAP")), order(2), order(3).parent(1), order(4).parent(1)});
        // Children under the parent, sorted like everything else.
        QCOMPARE(shown(f.proxy), (QList<OrderId>{2, 1, 4, 3}));
        QCOMPARE(depths(f.proxy), (QList<int>{0, 0, 1, 1}));
        QCOMPARE(f.proxy.index(1, 0).data(roles::ChildCount).toInt(), 2);
        QVERIFY(!f.proxy.index(2, 0).data(roles::LastChild).toBool());
        QVERIFY(f.proxy.index(3, 0).data(roles::LastChild).toBool());
        QVERIFY(f.proxy.index(1, 0).data(roles::Expanded).toBool());
        f.model.applyBatch({order(5).parent(3)});  // a grandchild
        QCOMPARE(shown(f.proxy), (QList<OrderId>{2, 1, 4, 3, 5}));
        QCOMPARE(depths(f.proxy), (QList<int>{0, 0, 1, 1, 2}));
    }

    void childBeforeParentMovesUnderIt()
    {
        CheckedProxy f;
        f.proxy.sort(OrderModel::ColId, Qt::AscendingOrder);
        Spies spies(&f.proxy);
        f.model.applyBatch({order(1), order(12).parent(10), order(11).parent(10)});
        // The parent is not there yet: its children show at the top level.
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 11, 12}));
        QCOMPARE(depths(f.proxy), (QList<int>{0, 0, 0}));
        QPersistentModelIndex child = f.proxy.index(2, OrderModel::ColStatus);
        f.model.applyBatch({order(10), order(13)});
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 10, 11, 12, 13}));
        QCOMPARE(depths(f.proxy), (QList<int>{0, 0, 1, 1, 0}));
        QVERIFY(child.isValid());
        QCOMPARE(f.proxy.orderAt(child.row())->id, OrderId(12));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.removed.count(), 0);
    }

    void parentAndChildInOneBatchChildFirst()
    {
        CheckedProxy f;
        f.model.applyBatch({order(8).parent(7), order(9).parent(7), order(7)});
        QCOMPARE(shown(f.proxy), (QList<OrderId>{7, 8, 9}));
        QCOMPARE(depths(f.proxy), (QList<int>{0, 1, 1}));
    }

    void collapseAndExpand()
    {
        CheckedProxy f;
        f.model.applyBatch({order(1), order(2).parent(1), order(3).parent(1), order(4)});
        Spies spies(&f.proxy);
        f.proxy.setExpanded(1, false);
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 4}));
        QCOMPARE(spies.removed.count(), 1);
        QVERIFY(!f.proxy.index(0, 0).data(roles::Expanded).toBool());
        QCOMPARE(f.proxy.index(0, 0).data(roles::ChildCount).toInt(), 2);
        // Updates inside a collapsed parent change nothing on screen.
        spies.clear();
        f.model.applyBatch({order(2).filled(10)});
        QCOMPARE(spies.layout.count() + spies.inserted.count() + spies.removed.count(), 0);
        f.proxy.setExpanded(1, true);
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 2, 3, 4}));
        f.proxy.setAllExpanded(false);
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 4}));
        f.model.applyBatch({order(5), order(6).parent(5)});  // new parents follow "collapse all"
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 4, 5}));
        f.proxy.setAllExpanded(true);
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(spies.reset.count(), 0);
    }

    void filterShowsParentsOfMatchingChildren()
    {
        CheckedProxy f;
        f.model.applyBatch({order(1).venue(QStringLiteral("ALGO")), order(2).parent(1).venue(QStringLiteral("XLIT1")),
                          order(3).parent(1).venue(QStringLiteral("XLIT2")), order(4).venue(QStringLiteral("XLIT2"))});
        QSignalSpy counts(&f.proxy, &BlotterProxy::matchingCountChanged);
        OrderCriteria c;
        c.venues = {QStringLiteral("xlit1")};
        f.proxy.setCriteria(c);
        // The parent shows because a child matches; the other child does not.
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 2}));
        QCOMPARE(f.proxy.matchingCount(), 1);
        QCOMPARE(counts.count(), 1);
        c.venues = {QStringLiteral("ALGO")};
        f.proxy.setCriteria(c);
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1}));
        f.proxy.setCriteria({});
        QCOMPARE(shown(f.proxy), (QList<OrderId>{1, 2, 3, 4}));
        QCOMPARE(f.proxy.matchingCount(), 4);
    }

    void updatesMoveOrdersInAndOutOfAFilter()
    {
        CheckedProxy f;
        f.proxy.sort(OrderModel::ColId, Qt::DescendingOrder);
        OrderCriteria working;
        working.states = OrderCriteria::workingStates();
        f.proxy.setCriteria(working);
        f.model.applyBatch({order(1), order(2), order(3), order(4)});
        QCOMPARE(shown(f.proxy), (QList<OrderId>{4, 3, 2, 1}));
        Spies spies(&f.proxy);
        f.model.applyBatch({order(3).status(OrderStatus::Filled).filled(100), order(1).status(OrderStatus::Cancelled),
                          order(5)});
        QCOMPARE(shown(f.proxy), (QList<OrderId>{5, 4, 2}));
        QCOMPARE(spies.removed.count(), 1);
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(f.proxy.matchingCount(), 3);
        spies.clear();
        f.model.applyBatch({order(1).status(OrderStatus::Accepted)});  // a refused cancel: working again
        QCOMPARE(shown(f.proxy), (QList<OrderId>{5, 4, 2, 1}));
        QCOMPARE(spies.inserted.count(), 1);
        QCOMPARE(spies.reset.count(), 0);
    }

    // Snapshots no engine would send must not hang or crash the blotter.
    void badParentLinks()
    {
        CheckedProxy f;
        f.model.applyBatch({order(1).parent(1), order(2).parent(3)});
        f.model.applyBatch({order(3).parent(2)});  // 2 -> 3 -> 2 would be a cycle
        QCOMPARE(f.proxy.rowCount(), 3);
        QList<OrderId> ids = shown(f.proxy);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<OrderId>{1, 2, 3}));
        QCOMPARE(f.proxy.orderAt(99), nullptr);
        QCOMPARE(f.proxy.data(f.proxy.index(99, 0)), QVariant());
        QCOMPARE(f.proxy.rowOfOrder(42), -1);
        f.proxy.setExpanded(42, false);
        f.proxy.sort(1000);
        QCOMPARE(f.proxy.rowCount(), 3);
    }

    void randomBatchesMatchAViewBuiltFromScratch()
    {
        OrderModel model;
        BlotterProxy proxy(&model);
        QRandomGenerator rng(20261121);
        const QStringList symbols = {QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("VOD")};
        const std::array<OrderStatus, 6> states = {OrderStatus::PendingNew, OrderStatus::Accepted,
                                                   OrderStatus::PartiallyFilled, OrderStatus::Filled,
                                                   OrderStatus::Cancelled, OrderStatus::Rejected};
        QHash<OrderId, OrderSnapshot> all;
        OrderId nextId = 1;
        int resets = 0;
        connect(&proxy, &QAbstractItemModel::modelReset, this, [&] { ++resets; });

        const auto reference = [&]() {
            // Everything from scratch: tree, criteria, order.
            const int n = model.rowCount();
            std::vector<int> parent(static_cast<std::size_t>(n), -1);
            for (int r = 0; r < n; ++r) {
                const OrderSnapshot& o = *model.orderAt(r);
                if (o.parentId && model.rowOf(o.parentId) >= 0)
                    parent[std::size_t(r)] = model.rowOf(o.parentId);
            }
            std::vector<std::vector<int>> kids(static_cast<std::size_t>(n));
            for (int r = 0; r < n; ++r)
                if (parent[std::size_t(r)] >= 0)
                    kids[std::size_t(parent[std::size_t(r)])].push_back(r);
            std::function<bool(int)> visible = [&](int r) {
                if (matches(proxy.criteria(), *model.orderAt(r)))
                    return true;
                return std::any_of(kids[std::size_t(r)].begin(), kids[std::size_t(r)].end(), visible);
            };
            const int col = proxy.sortColumn();
            const bool asc = proxy.sortOrder() == Qt::AscendingOrder;
            const auto key = [&](int r) {
                const OrderSnapshot& o = *model.orderAt(r);
                return col == OrderModel::ColQuantity ? o.quantity
                     : col == OrderModel::ColStatus   ? qint64(statusRank(o.status))
                                                      : qint64(o.id);
            };
            const auto before = [&](int a, int b) {
                if (key(a) != key(b))
                    return asc ? key(a) < key(b) : key(a) > key(b);
                return asc ? a < b : a > b;
            };
            QList<OrderId> out;
            std::function<void(int)> add = [&](int r) {
                out << model.orderAt(r)->id;
                if (!proxy.isExpanded(model.orderAt(r)->id))
                    return;
                std::vector<int> k;
                for (int c : kids[std::size_t(r)])
                    if (visible(c))
                        k.push_back(c);
                std::sort(k.begin(), k.end(), before);
                for (int c : k)
                    add(c);
            };
            std::vector<int> roots;
            for (int r = 0; r < n; ++r)
                if (parent[std::size_t(r)] < 0 && visible(r))
                    roots.push_back(r);
            std::sort(roots.begin(), roots.end(), before);
            for (int r : roots)
                add(r);
            return out;
        };

        // Parent links go from a higher rank to a lower one, so they never
        // form a cycle, while a third of the parents arrive after their children.
        std::vector<quint32> rank(4000);
        for (quint32& r : rank)
            r = rng.generate();
        QList<QPersistentModelIndex> watched;
        QList<OrderId> watchedIds;
        for (int round = 0; round < 400; ++round) {
            QList<OrderSnapshot> batch;
            const int size = 1 + int(rng.bounded(12));
            for (int i = 0; i < size; ++i) {
                const bool create = all.isEmpty() || rng.bounded(3) == 0;
                if (create) {
                    auto o = order(nextId).symbol(symbols[int(rng.bounded(3))]).qty(Qty(1 + rng.bounded(5)) * 100);
                    if (rng.bounded(2) == 0) {
                        const OrderId p = OrderId(std::max<int>(1, int(nextId) - 20) + int(rng.bounded(26)));
                        if (p != nextId && rank[p] < rank[nextId])
                            o.parent(p);
                    }
                    all.insert(nextId, o);
                    batch << o;
                    ++nextId;
                } else {
                    OrderSnapshot o = all.value(OrderId(1 + rng.bounded(nextId - 1)));
                    o.status = states[rng.bounded(int(states.size()))];
                    o.quantity = Qty(1 + rng.bounded(5)) * 100;
                    all.insert(o.id, o);
                    batch << o;
                }
            }
            model.applyBatch(batch);
            bool rowsMayReturn = false;  // shown, hidden and shown again within the round
            if (round % 37 == 0) {
                OrderCriteria c;
                if (rng.bounded(2))
                    c.states = OrderCriteria::workingStates();
                if (rng.bounded(2))
                    c.symbols = {symbols[int(rng.bounded(3))]};
                proxy.setCriteria(c);
                rowsMayReturn = true;
            }
            if (round % 53 == 0) {
                const std::array<int, 3> cols = {OrderModel::ColId, OrderModel::ColQuantity, OrderModel::ColStatus};
                proxy.sort(cols[rng.bounded(3)], rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            }
            if (round % 29 == 0 && proxy.rowCount() > 0) {
                const OrderSnapshot* o = proxy.orderAt(int(rng.bounded(proxy.rowCount())));
                proxy.setExpanded(o->id, !proxy.isExpanded(o->id));
                rowsMayReturn = true;
            }
            QCOMPARE(shown(proxy), reference());
            // Persistent indexes stay on their orders while those stay shown.
            for (qsizetype i = 0; i < watched.size(); ++i) {
                const int row = proxy.rowOfOrder(watchedIds[i]);
                if (watched[i].isValid())
                    QCOMPARE(proxy.orderAt(watched[i].row())->id, watchedIds[i]);
                else if (!rowsMayReturn)
                    QCOMPARE(row, -1);
            }
            watched.clear();
            watchedIds.clear();
            for (int k = 0; k < 5 && proxy.rowCount() > 0; ++k) {
                const int row = int(rng.bounded(proxy.rowCount()));
                watched << QPersistentModelIndex(proxy.index(row, 1));
                watchedIds << proxy.orderAt(row)->id;
            }
        }
        QCOMPARE(resets, 0);
        QVERIFY(model.rowCount() > 300);
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestBlotterProxy)
#include "tst_blotterproxy.moc"
