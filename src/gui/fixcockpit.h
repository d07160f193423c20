#pragma once

// The FIX session cockpit: each session's state, sequence numbers,
// heartbeat lag, round trip, resends and gap fills; the message log,
// filterable by session, message type and ClOrdID; the selected message
// decoded tag by tag with the dictionary's names.

#include "fixdictionary.h"
#include "snapshots.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FixCockpit;
}

namespace ordo {

class SessionModel;
class WireLogModel;
class WireFilterProxy;

class FixCockpit final : public QWidget {
    Q_OBJECT
public:
    // dictionaryPath: the FIX44.xml to name tags by (Ordo's own, from resources).
    explicit FixCockpit(const QString& dictionaryPath, QWidget* parent = nullptr);
    ~FixCockpit() override;

    SessionModel* sessions() const { return m_sessions; }
    WireLogModel* log() const { return m_log; }
    WireFilterProxy* filter() const { return m_filter; }
    // The decoded fields shown for the selected message (for tests).
    QList<DecodedField> shownFields() const { return m_shown; }
    void selectMessage(int proxyRow);

public slots:
    void applySession(const ordo::SessionSnapshot& session);
    void appendWire(const QList<ordo::WireSnapshot>& messages, int dropped);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSelected();
    void noteMessageType(const QString& msgType);
    void updateCount();
    void retranslate();

    std::unique_ptr<Ui::FixCockpit> m_ui;
    FixDictionary m_dictionary;
    SessionModel* m_sessions = nullptr;
    WireLogModel* m_log = nullptr;
    WireFilterProxy* m_filter = nullptr;
    QList<DecodedField> m_shown;
};

}  // namespace ordo
