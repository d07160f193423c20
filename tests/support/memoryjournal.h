#pragma once

// A Journal in memory: every record the engine appends, for tests that
// replay them into a second engine and compare.

#include "journal/records.h"
#include "ports/journal.h"

#include <cstdint>
#include <vector>

namespace ordo::test {

class MemoryJournal final : public Journal {
public:
    void append(std::span<const std::uint8_t> record) override { records.emplace_back(record.begin(), record.end()); }
    Reason commit() override { return {}; }
    std::size_t count(RecordType type) const
    {
        std::size_t n = 0;
        for (const auto& r : records)
            n += !r.empty() && r[0] == static_cast<std::uint8_t>(type);
        return n;
    }
    std::vector<std::vector<std::uint8_t>> records;
};

}  // namespace ordo::test
