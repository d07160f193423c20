#pragma once

// What the blotter's panels (orders, executions, positions) share around
// their table: the view and its layout, column widths and sort kept in
// QSettings, the CSV export action, the context menu, following the current
// row's instrument, and the two signals the main window listens to. Each
// panel brings its own model, proxy, filter and actions.

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAbstractProxyModel;
class QAction;
class QMenu;
class QTableView;

namespace ordo {

class HeaderSettings;

class BlotterPanel : public QWidget {
    Q_OBJECT
public:
    ~BlotterPanel() override;

    QTableView* view() const { return m_view; }
    QAction* exportAction() const { return m_export; }
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    void saveSettings();

signals:
    // The current row moved to another row; its instrument.
    void instrumentSelected(const QString& symbol);
    // Something for the status bar.
    void message(const QString& text);

protected:
    explicit BlotterPanel(QWidget* parent);

    // The table over model (the panel's proxy), filling the panel below
    // above (the filter bar) if there is one; its context menu is
    // contextActions() followed by export and the column choices.
    void setUpView(QAbstractItemModel* model, const QString& objectName, QWidget* above = nullptr);
    // Default widths and sort, then whatever the user chose last time under
    // settingsKey. hidden columns are offered in the header's menu only; they
    // must be hidden before HeaderSettings records the defaults.
    void setUpColumns(const QList<QPair<int, int>>& widths, int sortColumn, Qt::SortOrder order,
                      const QString& settingsKey, const QList<int>& hidden = {});
    // The export action (text is the panel's own tr()); written says how
    // many rows went to the path, for the status bar, in the panel's words.
    using ExportReport = std::function<QString(int rows, const QString& path)>;
    void setUpExport(const QString& text, const QString& baseName, ExportReport written);
    // Emits instrumentSelected when the current row moves to another source
    // row: re-sorting moves the current index without a new choice.
    void followCurrentInstrument(const QAbstractProxyModel* proxy);

    // What the panel puts in the table's context menu above export.
    virtual void addContextActions(QMenu& menu);

    QTableView* m_view = nullptr;
    HeaderSettings* m_header = nullptr;
    QAction* m_export = nullptr;

private:
    void showContextMenu(const QPoint& pos);
};

}  // namespace ordo
