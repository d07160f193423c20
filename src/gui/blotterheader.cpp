#include "blotterheader.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace ordo {

HeaderSettings::HeaderSettings(QHeaderView* header, QString key)
    : QObject(header)
    , m_header(header)
    , m_key(std::move(key))
    , m_defaults(header->saveState())
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &HeaderSettings::save);
    auto later = [this] { m_saveTimer.start(); };
    connect(m_header, &QHeaderView::sectionMoved, this, later);
    connect(m_header, &QHeaderView::sectionResized, this, later);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, later);
    if (QCoreApplication* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &HeaderSettings::save);

    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = makeMenu(m_header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_header->viewport()->mapToGlobal(pos));
    });
}

bool HeaderSettings::restore()
{
    const QByteArray state = QSettings().value(m_key).toByteArray();
    const int sections = m_header->count();
    const bool restored = !state.isEmpty() && m_header->restoreState(state) && m_header->count() == sections;
    if (!restored && !state.isEmpty())
        m_header->restoreState(m_defaults);
    // Never leave a view with every column hidden.
    if (m_header->hiddenSectionCount() >= m_header->count() && m_header->count() > 0)
        m_header->showSection(m_header->logicalIndex(0));
    applySort();
    return restored;
}

void HeaderSettings::applySort()
{
    auto* view = qobject_cast<QTableView*>(m_header->parentWidget());
    if (view && view->isSortingEnabled() && m_header->sortIndicatorSection() >= 0
        && m_header->sortIndicatorSection() < m_header->count())
        view->sortByColumn(m_header->sortIndicatorSection(), m_header->sortIndicatorOrder());
}

void HeaderSettings::save()
{
    m_saveTimer.stop();
    QSettings().setValue(m_key, m_header->saveState());
}

void HeaderSettings::setShown(int logical, bool shown)
{
    if (!shown && m_header->count() - m_header->hiddenSectionCount() <= 1)
        return;  // the last column stays: a view without columns cannot show its menu again
    m_header->setSectionHidden(logical, !shown);
    if (shown && m_header->sectionSize(logical) < 20)
        m_header->resizeSection(logical, m_header->defaultSectionSize());
    m_saveTimer.start();
}

QMenu* HeaderSettings::makeMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setTitle(tr("Columns"));
    QAbstractItemModel* model = m_header->model();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        const QString title = model ? model->headerData(logical, m_header->orientation()).toString() : QString();
        QAction* a = menu->addAction(title.isEmpty() ? tr("Column %1").arg(logical + 1) : title);
        a->setCheckable(true);
        a->setChecked(!m_header->isSectionHidden(logical));
        a->setData(logical);
        connect(a, &QAction::toggled, this, [this, logical](bool on) { setShown(logical, on); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Show all columns")), &QAction::triggered, this, [this] {
        for (int i = 0; i < m_header->count(); ++i)
            setShown(i, true);
    });
    connect(menu->addAction(tr("Reset columns")), &QAction::triggered, this, [this] {
        m_header->restoreState(m_defaults);
        applySort();
        m_saveTimer.start();
    });
    return menu;
}

}  // namespace ordo
