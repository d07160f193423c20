#pragma once

// The filter bar above a blotter: a quick filter over every column, states
// (single ones or the "working" and "done" groups), side, and symbol,
// account, strategy, venue and trader with completion from what the blotter
// has seen. Emits the criteria as they change; text is debounced so a fast
// typist re-filters 100,000 rows once, not per key.

#include "orderfilter.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>

class QAction;
class QLineEdit;
class QMenu;
class QStringListModel;

namespace Ui {
class BlotterFilterBar;
}

namespace ordo {

class BlotterFilterBar final : public QWidget {
    Q_OBJECT
public:
    enum class Field { Symbol, Account, Strategy, Venue, Trader };

    explicit BlotterFilterBar(QWidget* parent = nullptr);
    ~BlotterFilterBar() override;

    OrderCriteria criteria() const;
    void setCriteria(const OrderCriteria& criteria);
    // Executions have no state of their own: their bar hides the choice.
    void setStatesShown(bool shown);
    // Offers these values for completion (new ones only are added).
    void addCompletion(Field field, const QString& value);
    void setCountText(const QString& text);
    // all ("%1 orders") when nothing is filtered out, else some ("%1 of %2
    // orders"); the panel translates both, the numbers are the locale's.
    void setCounts(int shown, int total, const QString& all, const QString& some);
    // Find (Ctrl+F) anywhere in scope, the panel, goes to the quick filter.
    QAction* addFindAction(QWidget* scope);
    QLineEdit* quickEdit() const;
    QLineEdit* fieldEdit(Field field) const;
    QMenu* stateMenu() const { return m_stateMenu; }

signals:
    void criteriaChanged(const ordo::OrderCriteria& criteria);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed();
    void emitIfChanged();
    void stateToggled(QAction* action);
    void updateStateButton();
    void flushCompletions();

    std::unique_ptr<Ui::BlotterFilterBar> m_ui;
    QMenu* m_stateMenu = nullptr;
    QAction* m_allStates = nullptr;
    QAction* m_workingStates = nullptr;
    QAction* m_doneStates = nullptr;
    std::array<QAction*, kOrderStatusCount> m_stateActions{};
    QTimer m_debounce;
    QTimer m_completionTimer;
    std::array<QStringListModel*, 5> m_completions{};
    std::array<QSet<QString>, 5> m_known;
    std::array<bool, 5> m_completionsDirty{};
    OrderCriteria m_emitted;
    bool m_updating = false;
};

}  // namespace ordo
