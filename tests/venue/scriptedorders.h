#pragma once

// What the script-driven venue tests (tst_matching, tst_darkpool) keep alike:
// the orders a script sent, by their number in the script (#1, #2, ...),
// each one's outcome as its events tell it, and the first problem found. Each
// test's driver derives from ScriptedOrders with an Outcome of its own and
// does the venue-specific parsing and checking itself.

#include "types.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <map>
#include <string_view>
#include <vector>

namespace ordo::venue {

inline QString str(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

// The venue's enums print through their toString() on failure.
#define COMPARE_ENUM(actual, expected) QCOMPARE(str(toString(actual)), str(toString(expected)))

// Outcome: a struct with a QString status, as states() lists it.
template <class Outcome>
class ScriptedOrders {
public:
    QString states() const
    {
        QStringList out;
        for (std::size_t i = 0; i < outcome.size(); ++i)
            out << QStringLiteral("#%1 %2").arg(i + 1).arg(outcome[i].status);
        return out.join(", ");
    }

    std::vector<OrderId> ids; // script number - 1 -> venue id (0 when rejected)
    std::map<OrderId, int> numberOf;
    std::vector<Outcome> outcome;
    QString failure; // the first problem only: later ones tend to follow from it
    Qty totalFilled = 0;

protected:
    void fail(const QString& why)
    {
        if (failure.isEmpty())
            failure = why;
    }

    // The value of a "key=value" (or "@value") word of a script command.
    static qint64 option(const QStringList& t, const QString& key, qint64 fallback)
    {
        for (const QString& s : t)
            if (s.startsWith(key) && s.size() > key.size())
                return s.mid(key.size()).toLongLong();
        return fallback;
    }

    QString label(OrderId id) const
    {
        const auto it = numberOf.find(id);
        return it == numberOf.end() ? QStringLiteral("?%1").arg(id) : QStringLiteral("#%1").arg(it->second);
    }

    Outcome* outcomeOf(OrderId id)
    {
        const auto it = numberOf.find(id);
        return it == numberOf.end() ? nullptr : &outcome[static_cast<std::size_t>(it->second - 1)];
    }
};

} // namespace ordo::venue
