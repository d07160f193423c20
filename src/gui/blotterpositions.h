#pragma once

// Positions with realized, unrealized and total P&L, sortable on raw
// values, with CSV export and column choices kept in QSettings.

#include <QWidget>

class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace ordo {

class HeaderSettings;
class PositionModel;

class PositionBlotter final : public QWidget {
    Q_OBJECT
public:
    PositionBlotter(PositionModel* positions, QWidget* parent = nullptr);
    ~PositionBlotter() override;

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QAction* exportAction() const { return m_export; }
    void saveSettings();

signals:
    void instrumentSelected(const QString& symbol);
    void message(const QString& text);

private:
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    HeaderSettings* m_header = nullptr;
    QAction* m_export = nullptr;
};

}  // namespace ordo
