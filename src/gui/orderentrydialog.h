#pragma once

// A compact dialog to enter one order, checked as the user types: the reason
// for any problem is shown in words and OK stays disabled until it is fixed.

#include "enginehost.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class OrderEntryDialog;
}

namespace ordo {

class OrderEntryDialog final : public QDialog {
    Q_OBJECT
public:
    OrderEntryDialog(const std::vector<InstrumentConfig>& instruments, QWidget* parent = nullptr);
    ~OrderEntryDialog() override;

    // The order as entered, or nullopt with problem() saying why not.
    std::optional<OrderRequest> request() const;
    QString problem() const;

private:
    void revalidate();
    std::optional<OrderRequest> build(QString& problem) const;

    std::unique_ptr<Ui::OrderEntryDialog> m_ui;
    std::vector<InstrumentConfig> m_instruments;
};

}  // namespace ordo
