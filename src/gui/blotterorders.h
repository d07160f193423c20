#pragma once

// The orders blotter: filter bar, the tree of parent and child orders
// (BlotterProxy over OrderModel), colour by state, cancel one or many
// (context menu, Delete), cancel/replace through ReplaceDialog, CSV export,
// column choices kept in QSettings. Commands go to EngineHost; the engine
// decides, and its refusals come back as EngineHost::commandFailed.

#include "blotterpanel.h"
#include "enginehost.h"

#include <functional>

namespace ordo {

class BlotterFilterBar;
class BlotterProxy;
class OrderModel;
class ReplaceDialog;

// A cancel can be sent for an order in these states (the lifecycle table's).
bool canCancel(OrderStatus status);
// A cancel/replace can be sent for an order in these states.
bool canReplace(OrderStatus status);

class OrderBlotter final : public BlotterPanel {
    Q_OBJECT
public:
    OrderBlotter(EngineHost& host, OrderModel* orders, QWidget* parent = nullptr);
    ~OrderBlotter() override;

    BlotterProxy* proxy() const { return m_proxy; }
    BlotterFilterBar* filterBar() const { return m_filter; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* replaceAction() const { return m_replace; }

    // Asked before more than one order is cancelled, with their number;
    // true goes on. The default asks the user in a message box.
    using Confirmation = std::function<bool(int count)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    // Orders of the selected rows, in view order.
    QList<OrderId> selectedOrders() const;
    // Sends a cancel for every selected order that can still be cancelled;
    // returns how many were sent (0 if the user declined).
    int cancelSelected();
    // Opens the cancel/replace dialog for the current order (not modal to
    // the application; the blotter keeps updating). Null if none fits.
    ReplaceDialog* replaceCurrent();

protected:
    void addContextActions(QMenu& menu) override;

private:
    void updateActions();
    void updateCount();
    void noteNewOrders(int first, int count);

    EngineHost& m_host;
    OrderModel* m_orders;
    BlotterProxy* m_proxy = nullptr;
    BlotterFilterBar* m_filter = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_replace = nullptr;
    QAction* m_expandAll = nullptr;
    QAction* m_collapseAll = nullptr;
    QAction* m_findAction = nullptr;
    Confirmation m_confirm;
    OrderId m_currentOrder = kNoOrder;
};

}  // namespace ordo
