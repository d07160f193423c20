#pragma once

// CSV (RFC 4180) of what a view shows: the rows of its model in the view's
// order (a proxy's: filtered and sorted) and the header's visible columns
// in their visual order. Each cell is roles::Export if the model answers it
// (plain numbers, ISO times), else its display text.

#include <QString>

class QAbstractItemModel;
class QHeaderView;
class QIODevice;

namespace ordo {

// One field, quoted when it holds a comma, a quote or a line break; quotes
// doubled. Text a spreadsheet would run as a formula (=, +, -, @ first, and
// not a number) is prefixed with an apostrophe: a venue's reject text ends
// up in these files.
QString csvField(const QString& text);

// Writes header and rows, CRLF line ends, UTF-8. header may be null: then
// every column in model order. Returns false with error set if writing failed.
bool writeCsv(const QAbstractItemModel& model, const QHeaderView* header, QIODevice& out, QString* error = nullptr);
QString toCsv(const QAbstractItemModel& model, const QHeaderView* header = nullptr);

}  // namespace ordo
