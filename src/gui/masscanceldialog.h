#pragma once

// Mass cancel by symbol, side, account, strategy, venue, trader, or all,
// with the number of working orders it will cancel shown before it is
// confirmed. The engine decides what the user may cancel (a trader only
// their own orders); the count is what the blotter shows as working.

#include "snapshots.h"

#include <QDialog>

class QTimer;

#include <functional>
#include <optional>
#include <memory>

namespace Ui {
class MassCancelDialog;
}

namespace ordo {

// A mass cancel filter in the blotter's terms, converted once for many orders.
struct SnapshotFilter {
    explicit SnapshotFilter(const OrderFilter& f);
    QString symbol, account, strategy, venue, trader;
    std::optional<Side> side;
    // Whether a mass cancel with this filter would send a cancel for the
    // order: cancellable now, and every field given matches (exactly, as the
    // engine compares names).
    bool matches(const OrderSnapshot& order) const;
};
bool massCancelMatches(const OrderSnapshot& order, const OrderFilter& filter);

class MassCancelDialog final : public QDialog {
    Q_OBJECT
public:
    // orders visits every order the user can see (no copy); it is called as
    // the filter changes and, at most a few times a second, as orders change,
    // so the count stays true while orders fill.
    using OrderSource = std::function<void(const std::function<void(const OrderSnapshot&)>&)>;
    explicit MassCancelDialog(OrderSource orders, QWidget* parent = nullptr);
    ~MassCancelDialog() override;

    OrderFilter filter() const;
    int matchingCount() const;
    // Pre-fills the fields (the blotter's selection, say).
    void setFilter(const OrderFilter& filter);

public slots:
    void refresh();
    // Orders changed: a refresh soon, not one per batch.
    void ordersChanged();

signals:
    void massCancel(const ordo::OrderFilter& filter);

private:
    void fillChoices();

    std::unique_ptr<Ui::MassCancelDialog> m_ui;
    OrderSource m_orders;
    int m_count = 0;
    QTimer* m_refreshSoon = nullptr;
};

}  // namespace ordo
