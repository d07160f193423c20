#include "blotterpositions.h"

#include "blotterheader.h"
#include "blotterroles.h"
#include "blotterview.h"
#include "positionmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ordo {

PositionBlotter::PositionBlotter(PositionModel* positions, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("positionBlotter"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(positions);
    m_proxy->setSortRole(roles::Sort);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = createBlotterView(m_proxy, QStringLiteral("positionBlotterView"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);  // working sell belongs beside working buy, not at the far edge
    for (int c = 0; c < PositionModel::ColumnCount; ++c)
        header->resizeSection(c, c <= PositionModel::ColSymbol ? 80 : 104);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PositionModel::ColSymbol, Qt::AscendingOrder);
    m_header = new HeaderSettings(header, QStringLiteral("blotter/positionsHeader"));
    m_header->restore();

    m_export = new QAction(tr("Export &positions to CSV…"), this);
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path = exportViewInteractively(m_view, QStringLiteral("positions"));
        if (!path.isEmpty())
            emit message(tr("%n position row(s) written to %1", nullptr, m_proxy->rowCount()).arg(path));
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_export);
        menu.addMenu(m_header->makeMenu(&menu));
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                const QString symbol = current.data(roles::Symbol).toString();
                if (!symbol.isEmpty() && m_proxy->mapToSource(current).row() != m_proxy->mapToSource(previous).row())
                    emit instrumentSelected(symbol);
            });
}

PositionBlotter::~PositionBlotter() = default;

void PositionBlotter::saveSettings()
{
    m_header->save();
}

}  // namespace ordo
