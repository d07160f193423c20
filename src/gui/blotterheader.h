#pragma once

// Column choices of one view: the header's context menu hides and shows
// columns, and the header's state (order, widths, hidden columns, sort
// column) is kept in QSettings under a key, saved shortly after each change
// and when the application quits, restored on request.

#include <QObject>
#include <QTimer>

class QHeaderView;
class QMenu;

namespace ordo {

class HeaderSettings final : public QObject {
    Q_OBJECT
public:
    // Lives as long as the header; key is a QSettings key ("blotter/orders").
    HeaderSettings(QHeaderView* header, QString key);

    // Applies the stored state, if any, and sorts the view by its sort
    // column. A stored state that does not fit the model is ignored.
    bool restore();
    void save();
    // The menu the header shows: every column, checked when shown.
    QMenu* makeMenu(QWidget* parent);

private:
    void setShown(int logical, bool shown);
    void applySort();

    QHeaderView* m_header;
    QString m_key;
    QByteArray m_defaults;
    QTimer m_saveTimer;
};

}  // namespace ordo
