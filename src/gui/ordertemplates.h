#pragma once

// Named order templates for the ticket, kept in QSettings (group
// "orderTicket"): how a trader trades — side, quantity, type, peg offset,
// time in force, display quantity, hidden, account, strategy, venue — and
// not what they trade: the symbol follows the instrument chosen elsewhere,
// prices go stale within seconds, a locate belongs to one day and symbol,
// and a GTD expiry to one date. One template may be the default, applied
// when the ticket opens and when Escape clears it. GUI thread.

#include "orderticketvalidator.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace ordo {

class OrderTemplates {
public:
    // Templates in the application's QSettings, or in the INI file given.
    explicit OrderTemplates(QString settingsFile = {});

    // Sorted, case-insensitively.
    QStringList names() const;
    std::optional<TicketEntry> find(const QString& name) const;
    // Saves what a template keeps of entry under name (trimmed), replacing a
    // template of that name; false for an empty name.
    bool save(const QString& name, const TicketEntry& entry);
    bool remove(const QString& name);
    // The template applied on start and by Escape; empty when there is none.
    QString defaultName() const;
    void setDefaultName(const QString& name);

    // entry with only what a template keeps; the rest as in base.
    static TicketEntry apply(const TicketEntry& templ, const TicketEntry& base);

private:
    struct Item {
        QString name;
        TicketEntry entry;
    };
    std::unique_ptr<QSettings> open() const;
    QList<Item> read() const;
    void write(const QList<Item>& items);

    QString m_file;
};

}  // namespace ordo
