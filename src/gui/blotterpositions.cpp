#include "blotterpositions.h"

#include "blotterroles.h"
#include "positionmodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace ordo {

PositionBlotter::PositionBlotter(PositionModel* positions, QWidget* parent)
    : BlotterPanel(parent)
{
    setObjectName(QStringLiteral("positionBlotter"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(positions);
    m_proxy->setSortRole(roles::Sort);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    setUpView(m_proxy, QStringLiteral("positionBlotterView"));

    m_view->horizontalHeader()->setStretchLastSection(false);  // working sell belongs beside working buy, not at the far edge
    QList<QPair<int, int>> widths;
    for (int c = 0; c < PositionModel::ColumnCount; ++c)
        widths.append({c, c <= PositionModel::ColSymbol ? 80 : 104});
    setUpColumns(widths, PositionModel::ColSymbol, Qt::AscendingOrder, QStringLiteral("blotter/positionsHeader"));
    setUpExport(tr("Export &positions to CSV…"), QStringLiteral("positions"), [](int rows, const QString& path) {
        return tr("%n position row(s) written to %1", nullptr, rows).arg(path);
    });
    followCurrentInstrument(m_proxy);
}

PositionBlotter::~PositionBlotter() = default;

}  // namespace ordo
