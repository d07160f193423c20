#pragma once

// The reconciliation reports after each (re)connect: per venue what was
// checked, what differed and what was done about it. New orders to a venue
// wait until its report is acknowledged here (by a trader or supervisor;
// analysts may read it).

#include "snapshots.h"

#include <QDialog>
#include <QMap>

#include <memory>

namespace Ui {
class ReconciliationDialog;
}

namespace ordo {

class ReconciliationDialog final : public QDialog {
    Q_OBJECT
public:
    ReconciliationDialog(bool mayAcknowledge, QWidget* parent = nullptr);
    ~ReconciliationDialog() override;

    // Reports that wait for a user.
    int pendingCount() const;
    const ReconciliationSnapshot* report(quint32 number) const;
    quint32 selectedReport() const;
    void selectReport(quint32 number);

public slots:
    void apply(const ordo::ReconciliationSnapshot& report);

signals:
    void acknowledge(quint32 number);
    void pendingChanged(int pending);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildReports();
    void showFindings();
    void updateButtons();

    std::unique_ptr<Ui::ReconciliationDialog> m_ui;
    QMap<quint32, ReconciliationSnapshot> m_reports;
    bool m_mayAcknowledge;
};

QString findingText(ReconciliationFinding finding);
QString phaseText(ReconciliationPhase phase);

}  // namespace ordo
