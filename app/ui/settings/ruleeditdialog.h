#pragma once

#include "storage/rulerepository.h"

#include <QColor>
#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace Models {
class DatabaseWorker;
}

namespace Ui {

class RuleApplyController;

/// Makes or changes a rule: its conditions (any or all), its actions, and "Try" to see how
/// many articles of the library it would match, with the first of them, before saving.
class RuleEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditDialog)

public:
    /// \a sourceTitle names the source \a rule is limited to (rule.sourceId), if any.
    RuleEditDialog(Models::DatabaseWorker *worker, const Storage::Rule &rule,
                   const QString &sourceTitle, QWidget *parent = nullptr);

    /// The rule as the dialog shows it.
    [[nodiscard]] Storage::Rule rule() const;

private:
    struct ConditionRow
    {
        QWidget *row = nullptr;
        QComboBox *field = nullptr;
        QComboBox *match = nullptr;
        QLineEdit *pattern = nullptr;
    };

    void addCondition(const Storage::RuleCondition &condition);
    void removeCondition(QWidget *row);
    void chooseColour();
    void tryRule();
    /// OK needs a condition with a text, an action, and valid regular expressions.
    void updateState();

    Models::DatabaseWorker *m_worker = nullptr;
    RuleApplyController *m_preview = nullptr;
    qint64 m_id = 0;
    qint64 m_sourceId = 0;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_matchAll = nullptr;
    QVBoxLayout *m_conditionLayout = nullptr;
    std::vector<ConditionRow> m_conditions;
    QCheckBox *m_markRead = nullptr;
    QCheckBox *m_bookmark = nullptr;
    QCheckBox *m_hide = nullptr;
    QCheckBox *m_notify = nullptr;
    QCheckBox *m_tagOn = nullptr;
    QLineEdit *m_tag = nullptr;
    QCheckBox *m_highlightOn = nullptr;
    QPushButton *m_colour = nullptr;
    QColor m_highlight = QColor(0xf5, 0xa6, 0x23);
    QPushButton *m_try = nullptr;
    QLabel *m_tryResult = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Ui
