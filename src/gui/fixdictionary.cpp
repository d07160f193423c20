#include "fixdictionary.h"

#include <QFile>
#include <QXmlStreamReader>

namespace ordo {

bool FixDictionary::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    m_fields.clear();
    m_messages.clear();
    QXmlStreamReader xml(&file);
    bool inFields = false;
    int currentTag = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const auto attrs = xml.attributes();
            if (name == QLatin1String("fields")) {
                inFields = true;
            } else if (name == QLatin1String("message") && !inFields) {
                m_messages.insert(attrs.value(QLatin1String("msgtype")).toString(),
                                  attrs.value(QLatin1String("name")).toString());
            } else if (name == QLatin1String("field") && inFields) {
                bool ok = false;
                currentTag = attrs.value(QLatin1String("number")).toInt(&ok);
                if (ok)
                    m_fields[currentTag].name = attrs.value(QLatin1String("name")).toString();
                else
                    currentTag = 0;
            } else if (name == QLatin1String("value") && inFields && currentTag) {
                m_fields[currentTag].values.insert(attrs.value(QLatin1String("enum")).toString(),
                                                   attrs.value(QLatin1String("description")).toString());
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("fields"))
                inFields = false;
            else if (xml.name() == QLatin1String("field"))
                currentTag = 0;
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        m_fields.clear();
        m_messages.clear();
        return false;
    }
    return true;
}

QString FixDictionary::fieldName(int tag) const
{
    return m_fields.value(tag).name;
}

QString FixDictionary::valueName(int tag, const QString& value) const
{
    auto it = m_fields.constFind(tag);
    return it == m_fields.cend() ? QString() : it->values.value(value);
}

QString FixDictionary::messageName(const QString& msgType) const
{
    return m_messages.value(msgType);
}

QList<DecodedField> FixDictionary::decode(const QString& raw) const
{
    QList<DecodedField> out;
    const QChar soh(0x01);
    const QChar separator = raw.contains(soh) ? soh : QLatin1Char('|');
    for (const QString& piece : raw.split(separator, Qt::SkipEmptyParts)) {
        DecodedField f;
        const qsizetype eq = piece.indexOf(QLatin1Char('='));
        bool ok = false;
        const int tag = eq > 0 ? piece.left(eq).toInt(&ok) : 0;
        if (!ok || tag <= 0) {
            f.value = piece;
            out.push_back(std::move(f));
            continue;
        }
        f.tag = tag;
        f.value = piece.mid(eq + 1);
        f.name = fieldName(tag);
        f.meaning = tag == 35 ? messageName(f.value) : valueName(tag, f.value);
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace ordo
