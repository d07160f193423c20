#pragma once

// The risk panel: every limit with its utilisation, orders held by soft
// limits (four eyes), which checks are on, the restricted list, and the
// audit of changes. Supervisors edit; everybody else reads.

#include "enginehost.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RiskPanel;
}

class QSortFilterProxyModel;

namespace ordo {

class LimitModel;
class OrderModel;
class RiskAuditModel;

class RiskPanel final : public QWidget {
    Q_OBJECT
public:
    RiskPanel(EngineHost& host, OrderModel* orders, QWidget* parent = nullptr);
    ~RiskPanel() override;

    LimitModel* limitModel() const { return m_limits; }

private:
    void onRisk(const RiskSnapshot& snapshot);
    void editLimit();
    void releaseSelected();
    void refuseSelected();
    QList<OrderId> selectedHeld() const;

    EngineHost& m_host;
    std::unique_ptr<Ui::RiskPanel> m_ui;
    LimitModel* m_limits = nullptr;
    RiskAuditModel* m_audit = nullptr;
    QSortFilterProxyModel* m_held = nullptr;
    bool m_supervisor = false;
    bool m_updatingChecks = false;
};

}  // namespace ordo
