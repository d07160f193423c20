// The risk panel against a live engine host: limits arrive with their
// utilisation, soft-limit holds show up as held orders, and only a
// supervisor gets the controls that change anything.

#include "enginehost.h"
#include "ordermodel.h"
#include "riskmodels.h"
#include "riskpanel.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

namespace ordo {

class TestRiskPanel : public QObject {
    Q_OBJECT

private:
    static HostConfig config(Role role, const QString& user)
    {
        HostConfig c;
        c.user = user;
        c.role = role;
        c.instruments = {InstrumentConfig{Instrument{"AAPL", kPriceScale / 100, 1, "USD", {}}, 190 * kPriceScale}};
        c.venueStepMs = 5;
        RiskConfig risk;
        risk.limits = {
            {RiskCheck::MaxOrderQty, LimitLevel::Firm, "", 1000, false},
            {RiskCheck::MaxOrderQty, LimitLevel::Trader, "alice", 500, true},
            {RiskCheck::MaxLongPosition, LimitLevel::Account, "ACC1", 10'000, false},
        };
        c.risk = risk;
        return c;
    }
    static OrderRequest buy(Qty qty)
    {
        OrderRequest r;
        r.symbol = "AAPL";
        r.quantity = qty;
        r.limitPrice = 191 * kPriceScale;
        r.account = "ACC1";
        return r;
    }

private slots:
    void limitsArriveWithUtilisation()
    {
        EngineHost host(config(Role::Trader, QStringLiteral("alice")));
        OrderModel orders;
        RiskPanel panel(host, &orders);
        QAbstractItemModelTester tester(panel.limitModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&host, &EngineHost::ordersChanged, &orders, &OrderModel::applyBatch);
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(panel.limitModel()->rowCount(), 3, 5000);

        host.submitOrder(buy(400));  // marketable: fills, the long position limit fills up
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < panel.limitModel()->rowCount(); ++r) {
                    const LimitSnapshot* l = panel.limitModel()->limitAt(r);
                    if (l->check == RiskCheck::MaxLongPosition && l->used == 400)
                        return panel.limitModel()->index(r, LimitModel::ColUtilisation)
                                   .data(LimitModel::UtilisationRole)
                                   .toLongLong()
                            == 400;  // 4% in basis points
                }
                return false;
            }(),
            5000);
        // A trader reads; the controls that change limits are off.
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("setLimitButton"))->isEnabled());
        QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("releaseButton"))->isEnabled());
        host.stop();
    }

    void softLimitHoldsShowAsHeldOrders()
    {
        EngineHost host(config(Role::Trader, QStringLiteral("alice")));
        OrderModel orders;
        RiskPanel panel(host, &orders);
        connect(&host, &EngineHost::ordersChanged, &orders, &OrderModel::applyBatch);
        QSignalSpy outcomes(&host, &EngineHost::submitFinished);
        host.start();
        host.submitOrder(buy(600));  // over alice's soft 500, under the firm's hard 1000
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 1, 5000);
        const auto outcome = outcomes.at(0).at(0).value<SubmitOutcome>();
        QCOMPARE_EQ(outcome.code, ReasonCode::RiskHeld);
        QVERIFY(outcome.text.contains(QStringLiteral("500")));
        auto* held = panel.findChild<QTableView*>(QStringLiteral("heldView"));
        QTRY_COMPARE_WITH_TIMEOUT(held->model()->rowCount(), 1, 5000);

        host.submitOrder(buy(1500));  // over the firm's hard limit: rejected, not held
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.count(), 2, 5000);
        QCOMPARE_EQ(outcomes.at(1).at(0).value<SubmitOutcome>().code, ReasonCode::RiskMaxOrderQty);
        QCOMPARE(held->model()->rowCount(), 1);
        host.stop();
    }

    void supervisorChangesALimit()
    {
        EngineHost host(config(Role::Supervisor, QStringLiteral("carol")));
        OrderModel orders;
        RiskPanel panel(host, &orders);
        host.start();
        QTRY_COMPARE_WITH_TIMEOUT(panel.limitModel()->rowCount(), 3, 5000);
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("setLimitButton"))->isEnabled());
        host.setRiskLimit({RiskCheck::DailyOrders, LimitLevel::Trader, "alice", 50, false});
        QTRY_COMPARE_WITH_TIMEOUT(panel.limitModel()->rowCount(), 4, 5000);
        auto* audit = panel.findChild<QTableView*>(QStringLiteral("auditView"));
        QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() >= 2, 5000);
        const QAbstractItemModel* m = audit->model();
        const int last = m->rowCount() - 1;
        QCOMPARE(m->index(last, RiskAuditModel::ColUser).data().toString(), QStringLiteral("carol"));
        QCOMPARE(m->index(last, RiskAuditModel::ColBefore).data().toString(), QStringLiteral("none"));
        QCOMPARE(m->index(last, RiskAuditModel::ColAfter).data().toString(), QStringLiteral("50 (hard)"));
        host.stop();
    }
};

}  // namespace ordo

QTEST_MAIN(ordo::TestRiskPanel)
#include "tst_riskpanel.moc"
