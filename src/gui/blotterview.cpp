#include "blotterview.h"

#include "blotterdelegate.h"
#include "csvexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>

namespace ordo {

QTableView* createBlotterView(QAbstractItemModel* model, const QString& objectName, QWidget* parent)
{
    auto* v = new QTableView(parent);
    v->setObjectName(objectName);
    v->setModel(model);
    v->setItemDelegate(new BlotterCellDelegate(v));
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->setShowGrid(false);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    v->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    v->setCornerButtonEnabled(false);
    QHeaderView* rows = v->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(v->fontMetrics().height() + 6);
    QHeaderView* columns = v->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setDefaultSectionSize(90);
    columns->setMinimumSectionSize(24);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(true);
    columns->setTextElideMode(Qt::ElideRight);
    return v;
}

bool exportView(const QTableView* view, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!writeCsv(*view->model(), view->horizontalHeader(), file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString exportViewInteractively(QTableView* view, const QString& baseName)
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("blotter/exportDirectory"), QDir::homePath()).toString();
    const QString suggested = QDir(dir).filePath(
        QStringLiteral("%1-%2.csv").arg(baseName, QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(view, QCoreApplication::translate("ordo::BlotterView", "Export to CSV"), suggested,
                                                      QCoreApplication::translate("ordo::BlotterView", "CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return {};
    settings.setValue(QStringLiteral("blotter/exportDirectory"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportView(view, path, &error)) {
        QMessageBox::warning(view, QCoreApplication::translate("ordo::BlotterView", "Export to CSV"),
                             QCoreApplication::translate("ordo::BlotterView", "Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

}  // namespace ordo
