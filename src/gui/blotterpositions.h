#pragma once

// Positions with realized, unrealized and total P&L, sortable on raw
// values, with CSV export and column choices kept in QSettings.

#include "blotterpanel.h"

class QSortFilterProxyModel;

namespace ordo {

class PositionModel;

class PositionBlotter final : public BlotterPanel {
    Q_OBJECT
public:
    PositionBlotter(PositionModel* positions, QWidget* parent = nullptr);
    ~PositionBlotter() override;

    QSortFilterProxyModel* proxy() const { return m_proxy; }

private:
    QSortFilterProxyModel* m_proxy = nullptr;
};

}  // namespace ordo
