#pragma once

// Interns strings (symbols, accounts, traders, venues, ...) to dense ids so
// that order state holds 4-byte ids instead of strings. Engine thread only.
// Id 0 is the empty name.

#include "domain/types.h"

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ordo {

class NameTable {
public:
    NameTable();

    // Returns the id of name, adding it if new. The empty string is kNoName.
    NameId intern(std::string_view name);
    // Returns the id of name, or kNoName if it was never interned.
    NameId find(std::string_view name) const noexcept;
    std::string_view name(NameId id) const noexcept;
    std::size_t size() const noexcept { return m_names.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    // deque: element addresses stay stable, so the map can key on views into it
    std::deque<std::string> m_names;
    std::unordered_map<std::string_view, NameId, Hash, std::equal_to<>> m_ids;
};

}  // namespace ordo
