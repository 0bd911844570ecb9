#pragma once

#include "storage/muterepository.h"
#include "storage/rulerepository.h"
#include "ui/settings/settingspage.h"

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Models {
class DatabaseWorker;
}

namespace Ui {

/// Preferences → Rules: the rules with their conditions and actions (add, edit, remove, turn
/// on and off), and the mute words with when they end. Changes are stored as they are made;
/// a saved rule is applied once to the articles already in the library.
class RulesSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesSettingsPage)

public:
    explicit RulesSettingsPage(Models::DatabaseWorker *worker, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    /// Reads the rules and mute words.
    void load() override;
    /// Nothing to write: the page's changes are stored as they are made.
    void save() override {}
    [[nodiscard]] bool isDirty() const override { return false; }

private:
    void fill(const QList<Storage::Rule> &rules, const QList<Storage::Mute> &mutes);
    void editRule(const Storage::Rule &rule);
    void removeRule();
    void setRuleEnabled(qint64 id, bool enabled);
    void addMute();
    void removeMute();
    [[nodiscard]] const Storage::Rule *currentRule() const;
    void updateButtons();

    Models::DatabaseWorker *m_worker = nullptr;
    QList<Storage::Rule> m_rules;
    QTreeWidget *m_ruleList = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QTreeWidget *m_muteList = nullptr;
    QLineEdit *m_muteWord = nullptr;
    QDateEdit *m_muteUntil = nullptr;
    QPushButton *m_addMute = nullptr;
    QPushButton *m_removeMute = nullptr;
    bool m_filling = false;
};

} // namespace Ui
