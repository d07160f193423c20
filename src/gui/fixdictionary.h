#pragma once

// Names for FIX tags and their values, read from Ordo's own FIX 4.4 data
// dictionary (the XML QuickFIX validates with), so the cockpit decodes a
// message tag by tag without QuickFIX in the GUI.

#include <QHash>
#include <QList>
#include <QString>

namespace ordo {

struct DecodedField {
    int tag = 0;
    QString name;     // "ClOrdID"; empty if the dictionary does not know the tag
    QString value;    // as on the wire
    QString meaning;  // "NEW_ORDER_SINGLE" for 35=D; empty if the value has no name
};

class FixDictionary {
public:
    // Reads a QuickFIX XML dictionary; false (and error says why) if it cannot.
    bool load(const QString& path, QString* error = nullptr);
    bool isEmpty() const { return m_fields.isEmpty(); }

    QString fieldName(int tag) const;
    QString valueName(int tag, const QString& value) const;
    QString messageName(const QString& msgType) const;
    // Splits a raw message (SOH or '|' separated) into its fields, in order.
    // Malformed pieces (no '=', a tag that is not a number) come back with
    // tag 0 and the piece as the value, so nothing is hidden.
    QList<DecodedField> decode(const QString& raw) const;

private:
    struct Field {
        QString name;
        QHash<QString, QString> values;
    };
    QHash<int, Field> m_fields;
    QHash<QString, QString> m_messages;  // MsgType -> name
};

}  // namespace ordo
