#pragma once

// Item data roles shared by the blotter's models, proxies, delegates and the
// CSV export, so each model answers them the same way.

#include <Qt>

namespace ordo::roles {

// Raw value to sort by: numbers as qlonglong (QSortFilterProxyModel compares
// a std::int64_t, which is long here, as text), enums by a meaningful rank.
inline constexpr int Sort = Qt::UserRole;
// Plain text for export: no digit grouping, full precision.
inline constexpr int Export = Qt::UserRole + 64;
// Tree decoration of the orders blotter (answered by BlotterProxy).
inline constexpr int Depth = Qt::UserRole + 65;       // 0 for a top-level order
inline constexpr int ChildCount = Qt::UserRole + 66;  // child orders under this one
inline constexpr int Expanded = Qt::UserRole + 67;    // its children are shown
inline constexpr int LastChild = Qt::UserRole + 69;   // the last shown child of its parent
// The instrument a row is about, for "point the ticket and ladder here".
inline constexpr int Symbol = Qt::UserRole + 68;

}  // namespace ordo::roles
