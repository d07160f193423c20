#pragma once

// The engine's Journal on SQLite through Qt Sql: WAL mode, group commit (one
// frame of many records per transaction), a CRC per frame.
//
// Thread: the one that calls open(); a QSqlDatabase may only be used by the
// thread that opened it, so EngineHost opens it in the engine thread.

#include "ports/journal.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace ordo {

struct JournalLoadReport {
    std::uint64_t records = 0;  // records handed to the callback
    std::uint64_t frames = 0;
    bool damaged = false;       // a damaged tail was found and set aside
    QString damageText;         // what was wrong and where, for the user
    QString quarantinePath;     // where unreadable data was kept, if anywhere
};

class SqliteJournal final : public Journal {
public:
    // synchronousFull: fsync every commit (survives power loss); otherwise
    // WAL's NORMAL level (survives a crash of the process).
    explicit SqliteJournal(QString path, bool synchronousFull = false);
    ~SqliteJournal() override;
    SqliteJournal(const SqliteJournal&) = delete;
    SqliteJournal& operator=(const SqliteJournal&) = delete;

    // Opens or creates the database. A file SQLite cannot read at all is moved
    // aside (renamed, never deleted) and a new journal is started.
    Reason open();
    // Reads every intact record in order. A damaged tail stops the read; the
    // intact prefix is kept and the damaged frames are moved to a quarantine
    // table (or, if the file itself is broken, the file to a .damaged copy and
    // the prefix into a fresh journal), so appends continue on a clean end.
    JournalLoadReport load(const std::function<void(std::span<const std::uint8_t>)>& onRecord);

    void append(std::span<const std::uint8_t> record) override;
    Reason commit() override;

    QString path() const { return m_path; }
    std::uint64_t committedRecords() const noexcept { return m_committedRecords; }
    std::size_t bufferedRecords() const noexcept { return m_bufferedRecords; }

private:
    Reason openDatabase();
    // Reads the intact frames of a file SQLite will not open for writing.
    void salvage(std::vector<std::vector<std::uint8_t>>& frames, std::vector<std::uint32_t>& counts,
                 std::uint64_t& records);
    void close();
    Reason writeFrame(const std::vector<std::uint8_t>& frame, std::uint32_t count);
    Reason rebuildFrom(const std::vector<std::vector<std::uint8_t>>& goodFrames,
                       const std::vector<std::uint32_t>& counts, JournalLoadReport& report);

    QString m_path;
    QString m_connection;
    bool m_synchronousFull;
    std::vector<std::uint8_t> m_frame;  // [u32 length][record] ...
    std::uint32_t m_bufferedRecords = 0;
    std::uint64_t m_committedRecords = 0;
    bool m_open = false;
};

}  // namespace ordo
