// bench_blotter: how long the GUI thread stalls while order updates stream
// into a blotter that already holds many orders, and how long sorting takes.
//
//   bench_blotter [orders=100000] [seconds=10] [updatesPerBatch=160] [--qsfpm]
//
// Offscreen (QT_QPA_PLATFORM=offscreen unless set). The blotter is the real
// one: OrderModel -> BlotterProxy (tree, filter "working" and three of four
// accounts, sorted by time, newest first) -> QTableView with the tree
// delegate, shown and painted. A precise 16 ms timer applies one batch per
// tick (160 updates: 10,000 a second), as EngineHost delivers them; 10% are
// new orders, the rest fills, cancels and amendments of random live ones.
// Batches are generated before the clock starts.
//
// Printed: the time each applyBatch blocks the GUI thread (model, proxy and
// the view's synchronous handling), the time of each paint of the view, and
// how late a 1 ms heartbeat timer fires (every stall any event would feel);
// then the time to sort and to re-filter the whole blotter. --qsfpm runs the
// same stream through a QSortFilterProxyModel (no tree) for comparison.

#include "benchsupport.h"
#include "blotterdelegate.h"
#include "blotterproxy.h"
#include "blotterview.h"
#include "ordermodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <vector>

using namespace ordo;

namespace {

class TimedView final : public QTableView {
public:
    using QTableView::QTableView;
    std::vector<std::uint32_t> paintsUs;

protected:
    void paintEvent(QPaintEvent* e) override
    {
        QElapsedTimer t;
        t.start();
        QTableView::paintEvent(e);
        paintsUs.push_back(std::uint32_t(t.nsecsElapsed() / 1000));
    }
};

// The same criteria through QSortFilterProxyModel, for comparison.
class CriteriaProxy final : public QSortFilterProxyModel {
public:
    CriteriaProxy(OrderModel* source, OrderCriteria criteria)
        : m_source(source)
        , m_criteria(std::move(criteria))
    {
        setSourceModel(source);
        setSortRole(roles::Sort);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override
    {
        const OrderSnapshot* o = m_source->orderAt(row);
        return o && matches(m_criteria, *o);
    }

private:
    OrderModel* m_source;
    OrderCriteria m_criteria;
};

struct Generator {
    QRandomGenerator rng{20261121};
    std::vector<OrderSnapshot> orders;  // index = id - 1
    std::vector<OrderId> live;
    const QStringList symbols = {QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("NVDA"),
                                 QStringLiteral("AMZN"), QStringLiteral("GOOG"), QStringLiteral("META"),
                                 QStringLiteral("TSLA"), QStringLiteral("VOD")};
    const QStringList accounts = {QStringLiteral("ACC1"), QStringLiteral("ACC2"), QStringLiteral("ACC3"),
                                  QStringLiteral("ACC4")};
    const QStringList venues = {QStringLiteral("XLIT1"), QStringLiteral("XLIT2"), QStringLiteral("XDARK")};
    Timestamp now = 1'763'700'000LL * kNanosPerSecond;

    OrderSnapshot make()
    {
        OrderSnapshot o;
        o.id = OrderId(orders.size() + 1);
        // Every 50th order is an algo parent; the next four are its children.
        const std::size_t n = orders.size();
        if (n % 50 >= 1 && n % 50 <= 4)
            o.parentId = OrderId(n - n % 50 + 1);
        const OrderSnapshot* parent = o.parentId ? &orders[o.parentId - 1] : nullptr;
        o.symbol = parent ? parent->symbol : symbols[int(rng.bounded(symbols.size()))];
        o.account = parent ? parent->account : accounts[int(rng.bounded(accounts.size()))];
        o.strategy = n % 50 == 0 ? QStringLiteral("TWAP") : parent ? QStringLiteral("TWAP") : QStringLiteral("MANUAL");
        o.trader = QStringLiteral("trader%1").arg(rng.bounded(5));
        o.venue = n % 50 == 0 ? QStringLiteral("ALGO") : venues[int(rng.bounded(venues.size()))];
        o.clientOrderId = QStringLiteral("c%1").arg(o.id);
        o.clOrdId = QStringLiteral("20261121-%1").arg(o.id);
        o.side = rng.bounded(2) ? Side::Buy : Side::Sell;
        o.quantity = Qty(1 + rng.bounded(50)) * 100;
        o.leavesQty = o.quantity;
        o.limitPrice = Price(10'000 + rng.bounded(40'000)) * (kPriceScale / 100);
        o.status = OrderStatus::Accepted;
        now += 50'000'000;
        o.createdTime = o.updatedTime = now;
        orders.push_back(o);
        live.push_back(o.id);
        return o;
    }

    OrderSnapshot update()
    {
        const std::size_t k = rng.bounded(quint32(live.size()));
        OrderSnapshot& o = orders[live[k] - 1];
        const quint32 what = rng.bounded(100);
        if (what < 55) {  // a fill
            const Qty q = std::min<Qty>(o.leavesQty, Qty(1 + rng.bounded(10)) * 100);
            o.avgPrice = o.limitPrice;
            o.cumQty += q;
            o.leavesQty -= q;
            o.status = o.leavesQty == 0 ? OrderStatus::Filled : OrderStatus::PartiallyFilled;
        } else if (what < 80) {  // cancelled
            o.status = OrderStatus::Cancelled;
            o.leavesQty = 0;
        } else {  // amended
            o.quantity += 100;
            o.leavesQty += 100;
            o.limitPrice += kPriceScale / 100;
        }
        now += 1'000'000;
        o.updatedTime = now;
        const OrderSnapshot copy = o;
        if (isTerminal(o.status)) {
            live[k] = live.back();
            live.pop_back();
        }
        return copy;
    }
};

void report(const char* what, std::vector<std::uint32_t> us)
{
    if (us.empty())
        return;
    const double maxUs = *std::max_element(us.begin(), us.end());
    std::printf("  %-34s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   (n=%zu)\n", what,
                bench::percentile(us, 0.50) / 1000.0, bench::percentile(us, 0.99) / 1000.0, maxUs / 1000.0, us.size());
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool qsfpm = args.removeAll(QStringLiteral("--qsfpm")) > 0;
    const int orderCount = args.value(0, QStringLiteral("100000")).toInt();
    const int seconds = args.value(1, QStringLiteral("10")).toInt();
    const int perBatch = args.value(2, QStringLiteral("160")).toInt();
    if (orderCount <= 0 || seconds <= 0 || perBatch <= 0) {
        std::fprintf(stderr, "usage: bench_blotter [orders=100000] [seconds=10] [updatesPerBatch=160] [--qsfpm]\n");
        return 2;
    }

    OrderCriteria criteria;
    criteria.states = OrderCriteria::workingStates();
    criteria.accounts = {QStringLiteral("ACC1"), QStringLiteral("ACC2"), QStringLiteral("ACC3")};

    OrderModel model;
    BlotterProxy* blotter = nullptr;
    QAbstractItemModel* shown = nullptr;
    if (qsfpm) {
        auto* p = new CriteriaProxy(&model, criteria);
        p->sort(OrderModel::ColTime, Qt::DescendingOrder);
        shown = p;
    } else {
        blotter = new BlotterProxy(&model);
        blotter->setCriteria(criteria);
        blotter->sort(OrderModel::ColTime, Qt::DescendingOrder);
        shown = blotter;
    }
    TimedView view;
    view.setModel(shown);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAlternatingRowColors(true);
    view.setShowGrid(false);  // as the app's blotters (createBlotterView)
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
    view.horizontalHeader()->setSectionsMovable(true);
    view.setItemDelegate(new BlotterCellDelegate(&view));
    if (blotter)
        view.setItemDelegateForColumn(OrderModel::ColId, new BlotterTreeDelegate(&view));
    view.resize(1600, 900);
    view.show();

    Generator gen;
    QElapsedTimer clock;
    clock.start();
    for (int done = 0; done < orderCount;) {
        QList<OrderSnapshot> batch;
        const int n = std::min(10'000, orderCount - done);
        for (int i = 0; i < n; ++i)
            batch << gen.make();
        // Two thirds of the day's orders are finished already.
        for (int i = 0; i < n * 2 / 3; ++i)
            batch << gen.update();
        model.applyBatch(batch);
        done += n;
    }
    const qint64 loadMs = clock.elapsed();
    QCoreApplication::processEvents();

    const int batches = seconds * 1000 / 16;
    std::vector<QList<OrderSnapshot>> stream(static_cast<std::size_t>(batches));
    for (auto& b : stream) {
        b.reserve(perBatch);
        for (int i = 0; i < perBatch; ++i)
            b << (gen.rng.bounded(10) == 0 || gen.live.size() < 100 ? gen.make() : gen.update());
    }

    std::printf("bench_blotter: %s, %d orders loaded in %lld ms (%d rows shown), then %d updates/s in batches of %d "
                "every 16 ms for %d s\n",
                qsfpm ? "QSortFilterProxyModel (flat)" : "BlotterProxy (tree)", model.rowCount(), loadMs,
                shown->rowCount(), perBatch * 1000 / 16, perBatch, seconds);

    std::vector<std::uint32_t> applyUs;
    std::vector<std::uint32_t> lateUs;
    view.paintsUs.clear();
    std::size_t next = 0;
    QTimer feed;
    feed.setTimerType(Qt::PreciseTimer);
    feed.setInterval(16);
    QObject::connect(&feed, &QTimer::timeout, [&] {
        if (next >= stream.size()) {
            feed.stop();
            QTimer::singleShot(100, &app, &QCoreApplication::quit);
            return;
        }
        QElapsedTimer t;
        t.start();
        model.applyBatch(stream[next++]);
        applyUs.push_back(std::uint32_t(t.nsecsElapsed() / 1000));
    });
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QElapsedTimer beat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (beat.isValid())
            lateUs.push_back(std::uint32_t(std::max<qint64>(0, beat.nsecsElapsed() / 1000 - 1000)));
        beat.start();
    });
    feed.start();
    heartbeat.start();
    app.exec();
    heartbeat.stop();

    report("applyBatch (GUI thread blocked)", applyUs);
    report("paint of the view", view.paintsUs);
    report("heartbeat lateness (any stall)", lateUs);
    std::vector<std::uint32_t> sortedApply = applyUs;
    const double p99 = bench::percentile(sortedApply, 0.99) / 1000.0;
    std::printf("  target p99 < 16 ms per batch: %s; %d orders at the end, %d rows shown\n", bench::verdict(p99 < 16.0),
                model.rowCount(), shown->rowCount());

    std::printf("sorting all %d orders (%d rows shown), view attached:\n", model.rowCount(), shown->rowCount());
    const std::pair<int, const char*> columns[] = {
        {OrderModel::ColSymbol, "symbol"}, {OrderModel::ColQuantity, "quantity"}, {OrderModel::ColStatus, "status"},
        {OrderModel::ColAccount, "account"}, {OrderModel::ColAvgPrice, "avg price"}, {OrderModel::ColTime, "time"}};
    for (const auto& [column, name] : columns) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            shown->sort(column, order);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            QCoreApplication::processEvents();
            std::printf("  by %-10s %-10s %8.1f ms\n", name, order == Qt::AscendingOrder ? "ascending" : "descending",
                        ms);
        }
    }
    if (blotter) {
        OrderCriteria quick = criteria;
        quick.words = {QStringLiteral("nvda"), QStringLiteral("xlit2")};
        QElapsedTimer t;
        t.start();
        blotter->setCriteria(quick);
        std::printf("re-filter (quick filter \"nvda xlit2\" over every column): %.1f ms, %d rows shown\n",
                    double(t.nsecsElapsed()) / 1e6, blotter->rowCount());
        t.start();
        blotter->setCriteria({});
        std::printf("clear the filter: %.1f ms, %d rows shown\n", double(t.nsecsElapsed()) / 1e6, blotter->rowCount());
    }
    return 0;
}
