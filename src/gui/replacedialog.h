#pragma once

// Cancel/replace of one working order: new quantity, limit, stop and
// display quantity, checked as the user types against what the engine
// would refuse (filled quantity, lot and tick size, display within the
// quantity, a change at all); OK stays disabled, with the reason in words,
// until the terms can be sent. Fields start at the order's current terms.

#include "snapshots.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ReplaceDialog;
}

namespace ordo {

class ReplaceDialog final : public QDialog {
    Q_OBJECT
public:
    // instrument: tick and lot size; null when the symbol is not configured
    // (then any positive price and quantity pass here and the engine decides).
    ReplaceDialog(const OrderSnapshot& order, const Instrument* instrument, QWidget* parent = nullptr);
    ~ReplaceDialog() override;

    OrderId orderId() const { return m_order.id; }
    // Only what changed is set; the rest says "keep" (0, or -1 for display).
    std::optional<OrderAmendment> amendment() const;
    QString problem() const;

signals:
    // Emitted once when the user confirms valid terms.
    void replaceRequested(quint32 orderId, const ordo::OrderAmendment& amendment);

private:
    void revalidate();
    std::optional<OrderAmendment> build(QString& problem) const;

    std::unique_ptr<Ui::ReplaceDialog> m_ui;
    OrderSnapshot m_order;
    Price m_tick = 1;
    Qty m_lot = 1;
};

}  // namespace ordo
