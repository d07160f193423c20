#include "fixsessionmodels.h"

#include "fixdictionary.h"

#include <QDateTime>
#include <QColor>
#include <QFont>

namespace ordo {

// --- sessions --------------------------------------------------------------

SessionModel::SessionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int SessionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SessionSnapshot* SessionModel::session(const QString& venue) const
{
    for (const SessionSnapshot& s : m_rows)
        if (s.venue == venue)
            return &s;
    return nullptr;
}

void SessionModel::apply(const SessionSnapshot& s)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].venue != s.venue)
            continue;
        // Health updates carry no reason; keep the last one said.
        const QString reason = s.reason.isEmpty() && s.state == m_rows[i].state ? m_rows[i].reason : s.reason;
        m_rows[i] = s;
        m_rows[i].reason = reason;
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.push_back(s);
    endInsertRows();
}

QVariant SessionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const SessionSnapshot& s = m_rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= ColSenderSeq && index.column() <= ColPossDup)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ColState)
        // Okabe-Ito vermillion: tells apart from the default text for every colour vision.
        return s.state == SessionSnapshot::State::LoggedOn ? QVariant() : QVariant(QColor(0xd5, 0x5e, 0x00));
    if (role == Qt::ForegroundRole && index.column() == ColHeartbeatLag && s.heartbeatLagMs > 0)
        return QColor(0xd5, 0x5e, 0x00);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ColVenue: return s.venue;
    case ColState:
        return s.state == SessionSnapshot::State::LoggedOn    ? tr("logged on")
             : s.state == SessionSnapshot::State::Connecting ? tr("connecting")
                                                              : tr("disconnected");
    case ColSenderSeq: return s.nextSenderSeq;
    case ColTargetSeq: return s.nextTargetSeq;
    case ColHeartbeatLag: return tr("%1 ms").arg(s.heartbeatLagMs);
    case ColLastInbound: return s.lastInboundAgeMs < 0 ? tr("never") : tr("%1 ms ago").arg(s.lastInboundAgeMs);
    case ColRoundTrip:
        return s.roundTripMicros < 0 ? tr("n/a") : tr("%1 ms").arg(double(s.roundTripMicros) / 1000.0, 0, 'f', 2);
    case ColResendsOut: return s.resendRequestsSent;
    case ColResendsIn: return s.resendRequestsReceived;
    case ColGapFills: return s.gapFills;
    case ColPossDup: return s.possDupReceived;
    case ColReason: return s.reason;
    }
    return {};
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColVenue: return tr("Session");
    case ColState: return tr("State");
    case ColSenderSeq: return tr("Next out");
    case ColTargetSeq: return tr("Next in");
    case ColHeartbeatLag: return tr("Heartbeat lag");
    case ColLastInbound: return tr("Last received");
    case ColRoundTrip: return tr("Round trip");
    case ColResendsOut: return tr("Resends asked");
    case ColResendsIn: return tr("Resends served");
    case ColGapFills: return tr("Gap fills");
    case ColPossDup: return tr("Possible dups");
    case ColReason: return tr("Reason");
    }
    return {};
}

// --- wire log --------------------------------------------------------------

WireLogModel::WireLogModel(const FixDictionary& dictionary, int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_dictionary(dictionary)
    , m_capacity(std::max(1, capacity))
{
}

int WireLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WireLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const WireSnapshot* WireLogModel::message(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

void WireLogModel::append(const QList<WireSnapshot>& messages, int dropped)
{
    m_dropped += dropped;
    if (messages.isEmpty())
        return;
    // Only the newest capacity messages of the batch can be kept.
    const qsizetype skip = std::max<qsizetype>(0, messages.size() - m_capacity);
    m_dropped += skip;
    const auto incoming = int(messages.size() - skip);
    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
        endRemoveRows();
        m_dropped += overflow;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + incoming - 1);
    for (qsizetype i = skip; i < messages.size(); ++i)
        m_rows.push_back(messages[i]);
    endInsertRows();
}

void WireLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QVariant WireLogModel::data(const QModelIndex& index, int role) const
{
    const WireSnapshot* m = message(index.row());
    if (!m)
        return {};
    if (role == RawRole)
        return m->text;
    if (role == Qt::FontRole && index.column() == ColMessage) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        return mono;
    }
    if (role == Qt::ToolTipRole && index.column() == ColType)
        return m->msgType;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ColTime: return QDateTime::fromMSecsSinceEpoch(m->timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case ColVenue: return m->venue;
    case ColDirection: return m->outgoing ? tr("out") : tr("in");
    case ColType: {
        const QString name = m_dictionary.messageName(m->msgType);
        return name.isEmpty() ? m->msgType : tr("%1 (%2)").arg(name, m->msgType);
    }
    case ColClOrdId: return m->clOrdId;
    case ColMessage: {
        QString shown = m->text;
        shown.replace(QChar(0x01), QLatin1Char('|'));
        return shown;
    }
    }
    return {};
}

QVariant WireLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColTime: return tr("Time");
    case ColVenue: return tr("Session");
    case ColDirection: return tr("Dir");
    case ColType: return tr("Message");
    case ColClOrdId: return tr("ClOrdID");
    case ColMessage: return tr("Raw");
    }
    return {};
}

// --- filter ----------------------------------------------------------------

void WireFilterProxy::setVenue(const QString& venue)
{
    m_venue = venue;
    invalidateFilter();
}

void WireFilterProxy::setMsgType(const QString& msgType)
{
    m_msgType = msgType;
    invalidateFilter();
}

void WireFilterProxy::setClOrdId(const QString& text)
{
    m_clOrdId = text.trimmed();
    invalidateFilter();
}

bool WireFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const WireLogModel*>(sourceModel());
    const WireSnapshot* m = model->message(sourceRow);
    if (!m)
        return false;
    if (!m_venue.isEmpty() && m->venue != m_venue)
        return false;
    if (!m_msgType.isEmpty() && m->msgType != m_msgType)
        return false;
    // Replaces and cancels carry the order's id as OrigClOrdID (41) too.
    if (!m_clOrdId.isEmpty() && !m->clOrdId.contains(m_clOrdId, Qt::CaseInsensitive)
        && !m->text.contains(QStringLiteral("\x01" "41=") + m_clOrdId))
        return false;
    return true;
}

}  // namespace ordo
