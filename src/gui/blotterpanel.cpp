#include "blotterpanel.h"

#include "blotterheader.h"
#include "blotterroles.h"
#include "blotterview.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace ordo {

BlotterPanel::BlotterPanel(QWidget* parent)
    : QWidget(parent)
{
}

BlotterPanel::~BlotterPanel() = default;

void BlotterPanel::setUpView(QAbstractItemModel* model, const QString& objectName, QWidget* above)
{
    m_view = createBlotterView(model, objectName, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (above)
        layout->addWidget(above);
    layout->addWidget(m_view, 1);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BlotterPanel::showContextMenu);
}

void BlotterPanel::setUpColumns(const QList<QPair<int, int>>& widths, int sortColumn, Qt::SortOrder order,
                                const QString& settingsKey, const QList<int>& hidden)
{
    QHeaderView* header = m_view->horizontalHeader();
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    for (int column : hidden)
        header->hideSection(column);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(sortColumn, order);
    m_header = new HeaderSettings(header, settingsKey);
    m_header->restore();
}

void BlotterPanel::setUpExport(const QString& text, const QString& baseName, ExportReport written)
{
    m_export = new QAction(text, this);
    connect(m_export, &QAction::triggered, this, [this, baseName, written = std::move(written)] {
        const QString path = exportViewInteractively(m_view, baseName);
        if (!path.isEmpty())
            emit message(written(m_view->model()->rowCount(), path));
    });
}

void BlotterPanel::followCurrentInstrument(const QAbstractProxyModel* proxy)
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, proxy](const QModelIndex& current, const QModelIndex& previous) {
                const QString symbol = current.data(roles::Symbol).toString();
                if (!symbol.isEmpty() && proxy->mapToSource(current).row() != proxy->mapToSource(previous).row())
                    emit instrumentSelected(symbol);
            });
}

void BlotterPanel::addContextActions(QMenu&) {}

void BlotterPanel::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    addContextActions(menu);
    menu.addAction(m_export);
    menu.addMenu(m_header->makeMenu(&menu));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool BlotterPanel::exportCsv(const QString& path, QString* error) const
{
    return exportView(m_view, path, error);
}

void BlotterPanel::saveSettings()
{
    m_header->save();
}

}  // namespace ordo
