#include "domain/names.h"

namespace ordo {

NameTable::NameTable()
{
    m_names.emplace_back();
}

NameId NameTable::intern(std::string_view name)
{
    if (name.empty())
        return kNoName;
    if (auto it = m_ids.find(name); it != m_ids.end())
        return it->second;
    const auto id = static_cast<NameId>(m_names.size());
    const std::string& stored = m_names.emplace_back(name);
    m_ids.emplace(std::string_view(stored), id);
    return id;
}

NameId NameTable::find(std::string_view name) const noexcept
{
    if (name.empty())
        return kNoName;
    auto it = m_ids.find(name);
    return it == m_ids.end() ? kNoName : it->second;
}

std::string_view NameTable::name(NameId id) const noexcept
{
    return id < m_names.size() ? std::string_view(m_names[id]) : std::string_view();
}

}  // namespace ordo
