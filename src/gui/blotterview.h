#pragma once

// What the blotter's tables (orders, executions, positions) share: one look
// (compact fixed-height rows, whole-row selection, movable columns) and CSV
// export of what a view shows through a file dialog.

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace ordo {

// Fixed row heights matter: a header that asks each of 100,000 rows for its
// size would cost more than the updates it shows.
QTableView* createBlotterView(QAbstractItemModel* model, const QString& objectName, QWidget* parent);

// Asks for a file (suggesting baseName-<date>.csv) and writes the view's
// rows and visible columns there. Returns the path written, empty if the
// user cancelled or writing failed (then the user was told why).
QString exportViewInteractively(QTableView* view, const QString& baseName);

// The same without asking: false with error set if the file cannot be written.
bool exportView(const QTableView* view, const QString& path, QString* error = nullptr);

}  // namespace ordo
