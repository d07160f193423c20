#pragma once

// What a blotter shows: criteria on orders and executions, evaluated on the
// snapshots' raw fields, once per changed row. No regular expressions and no
// formatting of a whole row: a blotter of 100,000 orders re-filters in tens
// of milliseconds and a batch of updates in microseconds.

#include "snapshots.h"

#include <QMetaType>
#include <QStringList>

namespace ordo {

struct OrderCriteria {
    quint32 states = 0;  // one bit per OrderStatus; 0: every state
    quint8 sides = 0;    // one bit per Side; 0: every side
    // Each list: any of these names, case-insensitive; empty: all.
    QStringList symbols;
    QStringList accounts;
    QStringList strategies;
    QStringList venues;
    QStringList traders;
    // Quick filter: every word must appear somewhere in the row.
    QStringList words;

    bool isEmpty() const;
    bool operator==(const OrderCriteria&) const = default;

    static constexpr quint32 stateBit(OrderStatus s) { return 1u << unsigned(s); }
    static constexpr quint8 sideBit(Side s) { return quint8(1u << unsigned(s)); }
    // Not finished yet: the venue may still fill it, or it waits for risk or the venue.
    static quint32 workingStates();
    // Finished: filled, cancelled, expired or rejected.
    static quint32 doneStates();
    // "AAPL, msft" -> {"AAPL", "msft"}.
    static QStringList splitList(const QString& text);
    // Quick filter words, split on white space.
    static QStringList splitWords(const QString& text);
};

bool matches(const OrderCriteria& criteria, const OrderSnapshot& order);
// An execution by its own fields; strategy and trader come from its order
// (null if unknown: then a strategy or trader criterion does not match).
// The state criterion does not apply to executions.
bool matches(const OrderCriteria& criteria, const ExecutionSnapshot& execution, const OrderSnapshot* order);

}  // namespace ordo

Q_DECLARE_METATYPE(ordo::OrderCriteria)
