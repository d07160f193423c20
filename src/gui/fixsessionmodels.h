#pragma once

// The FIX session cockpit's models: each session's health, and the raw
// message log (newest kept, oldest dropped past a capacity) with a filter by
// session, message type and ClOrdID.

#include "snapshots.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>
#include <vector>

namespace ordo {

class FixDictionary;

class SessionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ColVenue, ColState, ColSenderSeq, ColTargetSeq, ColHeartbeatLag, ColLastInbound, ColRoundTrip,
        ColResendsOut, ColResendsIn, ColGapFills, ColPossDup, ColReason, ColumnCount
    };
    explicit SessionModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const SessionSnapshot* session(const QString& venue) const;

public slots:
    void apply(const ordo::SessionSnapshot& session);

private:
    std::vector<SessionSnapshot> m_rows;
};

class WireLogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColTime, ColVenue, ColDirection, ColType, ColClOrdId, ColMessage, ColumnCount };
    static constexpr int RawRole = Qt::UserRole;

    explicit WireLogModel(const FixDictionary& dictionary, int capacity = 20000, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const WireSnapshot* message(int row) const;
    qint64 droppedTotal() const { return m_dropped; }
    int capacity() const { return m_capacity; }

public slots:
    // One batch: the oldest rows go in one removal, the new in one insertion.
    void append(const QList<ordo::WireSnapshot>& messages, int dropped);
    void clear();

private:
    const FixDictionary& m_dictionary;
    int m_capacity;
    std::deque<WireSnapshot> m_rows;
    qint64 m_dropped = 0;
};

// Session, message type and ClOrdID filters; an empty filter lets all through.
class WireFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setVenue(const QString& venue);
    void setMsgType(const QString& msgType);
    void setClOrdId(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_venue;
    QString m_msgType;
    QString m_clOrdId;
};

}  // namespace ordo
