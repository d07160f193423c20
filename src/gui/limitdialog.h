#pragma once

// Sets, changes or removes one risk limit; checks the value as it is typed.

#include "snapshots.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LimitDialog;
}

namespace ordo {

class LimitDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LimitDialog(QWidget* parent = nullptr);
    ~LimitDialog() override;
    // Starts from an existing limit (to change or remove it).
    void setLimit(const LimitSnapshot& limit);
    std::optional<LimitSetting> setting() const;

private:
    std::optional<LimitSetting> build(QString& problem) const;
    void revalidate();
    std::unique_ptr<Ui::LimitDialog> m_ui;
};

}  // namespace ordo
