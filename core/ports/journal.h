#pragma once

// Durable, append-only record of everything that entered the engine. The
// engine appends encoded records while it works and commits once per batch
// (group commit) before anything of that batch is sent or published.
// Implemented by src/storage (SQLite through Qt Sql). Engine thread only.

#include "domain/reason.h"

#include <cstdint>
#include <span>

namespace ordo {

class Journal {
public:
    virtual ~Journal() = default;
    // Buffers one encoded record (see journal/records.h); cheap, no I/O.
    virtual void append(std::span<const std::uint8_t> record) = 0;
    // Makes every buffered record durable. A failure is a value, not a throw.
    virtual Reason commit() = 0;
};

}  // namespace ordo
