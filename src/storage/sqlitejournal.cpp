#include "sqlitejournal.h"

#include "journal/bytes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstring>

Q_LOGGING_CATEGORY(lcJournal, "ordo.journal")

namespace ordo {
namespace {

Reason sqlFailure(const QString& what, const QSqlError& e)
{
    return {ReasonCode::JournalFailure, (what + QStringLiteral(": ") + e.text()).toStdString()};
}

// Splits a frame into its records; false if the framing is inconsistent.
bool forEachRecord(std::span<const std::uint8_t> frame, std::uint32_t expected,
                   const std::function<void(std::span<const std::uint8_t>)>* onRecord)
{
    std::size_t pos = 0;
    std::uint32_t n = 0;
    while (pos < frame.size()) {
        if (frame.size() - pos < 4)
            return false;
        std::uint32_t len;
        std::memcpy(&len, frame.data() + pos, 4);
        pos += 4;
        if (len == 0 || len > frame.size() - pos)
            return false;
        if (onRecord)
            (*onRecord)(frame.subspan(pos, len));
        pos += len;
        ++n;
    }
    return n == expected;
}

}  // namespace

SqliteJournal::SqliteJournal(QString path, bool synchronousFull)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("ordo-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_synchronousFull(synchronousFull)
{
    m_frame.reserve(1 << 16);
}

SqliteJournal::~SqliteJournal()
{
    close();
}

void SqliteJournal::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_open = false;
}

Reason SqliteJournal::openDatabase()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return sqlFailure(QStringLiteral("Cannot open journal %1").arg(m_path), db.lastError());
    QSqlQuery q(db);
    const QString sync = m_synchronousFull ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=") + sync,
        QStringLiteral("CREATE TABLE IF NOT EXISTS frames (id INTEGER PRIMARY KEY, records INTEGER NOT NULL, "
                       "crc INTEGER NOT NULL, payload BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS quarantine (id INTEGER PRIMARY KEY, frame_id INTEGER, "
                       "records INTEGER, crc INTEGER, payload BLOB, reason TEXT, moved_at TEXT)"),
    };
    for (const QString& s : statements) {
        if (!q.exec(s))
            return sqlFailure(QStringLiteral("Cannot prepare journal %1").arg(m_path), q.lastError());
    }
    m_open = true;
    return {};
}

Reason SqliteJournal::open()
{
    close();
    Reason r = openDatabase();
    if (r.ok())
        return r;
    // SQLite will not open the file for writing (typically a file cut short:
    // its header promises pages that are gone). Read what can still be read,
    // keep the file for forensics, and start a new journal from the intact
    // prefix, so a crash never costs more than the damaged tail.
    close();
    std::vector<std::vector<std::uint8_t>> frames;
    std::vector<std::uint32_t> counts;
    std::uint64_t records = 0;
    salvage(frames, counts, records);
    const QString aside = m_path + QStringLiteral(".damaged-")
                        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    if (QFile::exists(m_path) && QFile::rename(m_path, aside)) {
        QFile::rename(m_path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        qCWarning(lcJournal) << "journal" << m_path << "unreadable, moved to" << aside << "after recovering" << records
                             << "records";
        Reason again = openDatabase();
        if (!again.ok())
            return again;
        for (std::size_t i = 0; i < frames.size(); ++i) {
            if (Reason w = writeFrame(frames[i], counts[i]); !w.ok())
                return w;
        }
        return {ReasonCode::JournalDamaged,
                (QStringLiteral("The journal %1 was damaged (%2). %3 records in %4 frames were recovered into a new "
                                "journal; the damaged file was kept as %5")
                     .arg(m_path, QString::fromStdString(r.text))
                     .arg(records)
                     .arg(frames.size())
                     .arg(aside))
                    .toStdString()};
    }
    return r;
}

void SqliteJournal::salvage(std::vector<std::vector<std::uint8_t>>& frames, std::vector<std::uint32_t>& counts,
                            std::uint64_t& records)
{
    const QString name = m_connection + QStringLiteral("-salvage");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // SQLite refuses a file shorter than its header says unless the
            // schema is "writable"; then it reads the pages that are there.
            // Read-only connection: nothing is written either way.
            q.exec(QStringLiteral("PRAGMA writable_schema=ON"));
            if (q.exec(QStringLiteral("SELECT records, crc, payload FROM frames ORDER BY id"))) {
                while (q.next()) {
                    const auto count = static_cast<std::uint32_t>(q.value(0).toLongLong());
                    const auto crc = static_cast<std::uint32_t>(q.value(1).toLongLong());
                    const QByteArray payload = q.value(2).toByteArray();
                    std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(payload.constData()),
                                                        static_cast<std::size_t>(payload.size()));
                    if (count == 0 || bytes.empty() || crc32(bytes) != crc || !forEachRecord(bytes, count, nullptr))
                        break;
                    frames.emplace_back(bytes.begin(), bytes.end());
                    counts.push_back(count);
                    records += count;
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

JournalLoadReport SqliteJournal::load(const std::function<void(std::span<const std::uint8_t>)>& onRecord)
{
    JournalLoadReport report;
    if (!m_open)
        return report;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    std::vector<qint64> damagedIds;
    std::vector<std::vector<std::uint8_t>> goodFrames;
    std::vector<std::uint32_t> goodCounts;
    bool fileBroken = false;

    // Validate every frame before replaying any, so a damaged frame in the
    // middle stops the replay at a frame boundary, never inside a command.
    if (!q.exec(QStringLiteral("SELECT id, records, crc, payload FROM frames ORDER BY id"))) {
        fileBroken = true;
        report.damaged = true;
        report.damageText = QStringLiteral("The journal's frames cannot be read: %1").arg(q.lastError().text());
    }
    qint64 lastGood = 0;
    while (!fileBroken && !report.damaged) {
        if (!q.next()) {
            if (q.lastError().isValid() && q.lastError().type() != QSqlError::NoError) {
                fileBroken = true;
                report.damaged = true;
                report.damageText = QStringLiteral("The journal file is damaged after frame %1: %2")
                                        .arg(lastGood)
                                        .arg(q.lastError().text());
            }
            break;
        }
        const qint64 id = q.value(0).toLongLong();
        const auto count = static_cast<std::uint32_t>(q.value(1).toLongLong());
        const auto crc = static_cast<std::uint32_t>(q.value(2).toLongLong());
        const QByteArray payload = q.value(3).toByteArray();
        std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(payload.constData()),
                                            static_cast<std::size_t>(payload.size()));
        // A frame always carries at least one record; an empty one is a row
        // whose pages are gone.
        if (count == 0 || bytes.empty() || crc32(bytes) != crc || !forEachRecord(bytes, count, nullptr)) {
            report.damaged = true;
            report.damageText = QStringLiteral("Journal frame %1 is damaged (checksum or framing); %2 records "
                                               "before it were kept")
                                    .arg(id)
                                    .arg(report.records);
            break;
        }
        goodFrames.emplace_back(bytes.begin(), bytes.end());
        goodCounts.push_back(count);
        report.records += count;
        lastGood = id;
    }
    q.finish();

    if (report.damaged && !fileBroken) {
        QSqlQuery move(db);
        move.prepare(QStringLiteral("INSERT INTO quarantine (frame_id, records, crc, payload, reason, moved_at) "
                                    "SELECT id, records, crc, payload, ?, ? FROM frames WHERE id > ?"));
        move.addBindValue(report.damageText);
        move.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        move.addBindValue(lastGood);
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM frames WHERE id > ?"));
        drop.addBindValue(lastGood);
        if (db.transaction() && move.exec() && drop.exec() && db.commit()) {
            report.quarantinePath = m_path + QStringLiteral(" (table quarantine)");
        } else {
            db.rollback();
            fileBroken = true;  // cannot even set the tail aside: treat the file as broken
        }
    }
    // rebuildFrom closes and removes the connection: nothing may still use it.
    q = QSqlQuery();
    db = QSqlDatabase();
    if (fileBroken)
        rebuildFrom(goodFrames, goodCounts, report);

    report.records = 0;
    for (std::size_t i = 0; i < goodFrames.size(); ++i) {
        forEachRecord(goodFrames[i], goodCounts[i], &onRecord);
        report.records += goodCounts[i];
    }
    report.frames = goodFrames.size();
    m_committedRecords = report.records;
    if (report.damaged)
        qCWarning(lcJournal).noquote() << report.damageText;
    return report;
}

Reason SqliteJournal::rebuildFrom(const std::vector<std::vector<std::uint8_t>>& goodFrames,
                                  const std::vector<std::uint32_t>& counts, JournalLoadReport& report)
{
    close();
    const QString aside = m_path + QStringLiteral(".damaged-")
                        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    QFile::rename(m_path, aside);
    QFile::rename(m_path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    report.quarantinePath = aside;
    Reason r = openDatabase();
    if (!r.ok())
        return r;
    for (std::size_t i = 0; i < goodFrames.size(); ++i) {
        if (Reason w = writeFrame(goodFrames[i], counts[i]); !w.ok())
            return w;
    }
    return {};
}

void SqliteJournal::append(std::span<const std::uint8_t> record)
{
    const auto len = static_cast<std::uint32_t>(record.size());
    const auto* l = reinterpret_cast<const std::uint8_t*>(&len);
    m_frame.insert(m_frame.end(), l, l + 4);
    m_frame.insert(m_frame.end(), record.begin(), record.end());
    ++m_bufferedRecords;
}

Reason SqliteJournal::writeFrame(const std::vector<std::uint8_t>& frame, std::uint32_t count)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO frames (records, crc, payload) VALUES (?, ?, ?)"));
    q.addBindValue(static_cast<qint64>(count));
    q.addBindValue(static_cast<qint64>(crc32(frame)));
    // fromRawData: no copy; the vector outlives the exec.
    q.addBindValue(QByteArray::fromRawData(reinterpret_cast<const char*>(frame.data()),
                                           static_cast<qsizetype>(frame.size())));
    if (!q.exec())
        return sqlFailure(QStringLiteral("Journal write failed"), q.lastError());
    return {};
}

Reason SqliteJournal::commit()
{
    if (m_bufferedRecords == 0)
        return {};
    if (!m_open)
        return {ReasonCode::JournalFailure, "The journal is not open"};
    // One INSERT is one SQLite transaction: the whole group is durable or none of it.
    if (Reason r = writeFrame(m_frame, m_bufferedRecords); !r.ok())
        return r;  // the frame stays buffered; the next commit retries it
    m_committedRecords += m_bufferedRecords;
    m_bufferedRecords = 0;
    m_frame.clear();
    return {};
}

}  // namespace ordo
