#include "csvexport.h"

#include "blotterroles.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QHeaderView>
#include <QIODevice>

namespace ordo {
namespace {

bool looksNumeric(const QString& text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

QList<int> columnsOf(const QAbstractItemModel& model, const QHeaderView* header)
{
    QList<int> columns;
    if (header && header->model() == &model) {
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                columns << logical;
        }
    } else {
        for (int c = 0; c < model.columnCount(); ++c)
            columns << c;
    }
    return columns;
}

QString cellText(const QAbstractItemModel& model, const QModelIndex& index)
{
    const QVariant exported = model.data(index, roles::Export);
    return exported.isValid() ? exported.toString() : model.data(index, Qt::DisplayRole).toString();
}

}  // namespace

QString csvField(const QString& text)
{
    QString t = text;
    if (!t.isEmpty()) {
        const QChar first = t.front();
        const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (formula && !looksNumeric(t))
            t.prepend(QLatin1Char('\''));
    }
    const bool quote = t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r')) || t.startsWith(QLatin1Char(' ')) || t.endsWith(QLatin1Char(' '));
    if (!quote)
        return t;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

bool writeCsv(const QAbstractItemModel& model, const QHeaderView* header, QIODevice& out, QString* error)
{
    const QList<int> columns = columnsOf(model, header);
    const auto writeLine = [&](const QStringList& fields) {
        const QByteArray line = fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        return out.write(line) == line.size();
    };
    QStringList fields;
    fields.reserve(columns.size());
    for (int c : columns)
        fields << csvField(model.headerData(c, Qt::Horizontal).toString());
    bool ok = writeLine(fields);
    const int rows = model.rowCount();
    for (int r = 0; ok && r < rows; ++r) {
        fields.clear();
        for (int c : columns)
            fields << csvField(cellText(model, model.index(r, c)));
        ok = writeLine(fields);
    }
    if (!ok && error)
        *error = out.errorString();
    return ok;
}

QString toCsv(const QAbstractItemModel& model, const QHeaderView* header)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeCsv(model, header, buffer);
    return QString::fromUtf8(buffer.data());
}

}  // namespace ordo
