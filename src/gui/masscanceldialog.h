#pragma once

// Mass cancel by symbol, side, account, strategy, venue, trader, or all,
// with the number of working orders it will cancel shown before it is
// confirmed. The engine decides what the user may cancel (a trader only
// their own orders); the count is what the blotter shows as working.

#include "snapshots.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class MassCancelDialog;
}

namespace ordo {

// Whether a mass cancel with this filter would send a cancel for the order:
// cancellable now, and every field given matches (exactly, as the engine
// compares names).
bool massCancelMatches(const OrderSnapshot& order, const OrderFilter& filter);
bool isWorkingStatus(OrderStatus status);

class MassCancelDialog final : public QDialog {
    Q_OBJECT
public:
    // orders lists the orders the user can see; it is called as the filter
    // changes, so the count stays true while orders fill.
    using OrderSource = std::function<QList<OrderSnapshot>()>;
    explicit MassCancelDialog(OrderSource orders, QWidget* parent = nullptr);
    ~MassCancelDialog() override;

    OrderFilter filter() const;
    int matchingCount() const;
    // Pre-fills the fields (the blotter's selection, say).
    void setFilter(const OrderFilter& filter);

public slots:
    void refresh();

signals:
    void massCancel(const ordo::OrderFilter& filter);

private:
    void fillChoices();

    std::unique_ptr<Ui::MassCancelDialog> m_ui;
    OrderSource m_orders;
    int m_count = 0;
};

}  // namespace ordo
