#include "ui/settings/ruleeditdialog.h"

#include "rules/rulematcher.h"
#include "rules/ruletext.h"
#include "ui/ruleapplycontroller.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

using Field = Storage::RuleCondition::Field;
using Match = Storage::RuleCondition::Match;

namespace {

// How many matches "Try" lists.
constexpr int PreviewRows = 50;

QIcon colourIcon(const QColor &colour)
{
    QPixmap swatch(16, 16);
    swatch.fill(colour);
    return QIcon(swatch);
}

} // namespace

RuleEditDialog::RuleEditDialog(Models::DatabaseWorker *worker, const Storage::Rule &rule,
                               const QString &sourceTitle, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_preview(new RuleApplyController(worker, this)),
      m_id(rule.id), m_sourceId(rule.sourceId)
{
    setWindowTitle(rule.id > 0 ? tr("Edit Rule") : tr("New Rule"));

    m_name = new QLineEdit(rule.name, this);
    m_name->setPlaceholderText(tr("e.g. Football results"));
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setChecked(rule.enabled);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    if (m_sourceId > 0)
        form->addRow(tr("Source:"), new QLabel(sourceTitle.toHtmlEscaped(), this));
    form->addRow(QString(), m_enabled);

    // Conditions.
    auto *conditions = new QGroupBox(tr("Conditions"), this);
    m_matchAll = new QComboBox(conditions);
    m_matchAll->addItem(tr("Any of these conditions holds"));
    m_matchAll->addItem(tr("All of these conditions hold"));
    m_matchAll->setCurrentIndex(rule.matchAll ? 1 : 0);
    m_conditionLayout = new QVBoxLayout;
    auto *addButton = new QPushButton(tr("&Add Condition"), conditions);
    auto *conditionBox = new QVBoxLayout(conditions);
    conditionBox->addWidget(m_matchAll);
    conditionBox->addLayout(m_conditionLayout);
    conditionBox->addWidget(addButton, 0, Qt::AlignLeft);
    connect(addButton, &QPushButton::clicked, this, [this] {
        this->addCondition({});
        m_conditions.back().pattern->setFocus();
    });

    // Actions.
    auto *actions = new QGroupBox(tr("Actions"), this);
    m_markRead = new QCheckBox(tr("Mark as &read"), actions);
    m_markRead->setChecked(rule.actions.markRead);
    m_bookmark = new QCheckBox(tr("&Bookmark"), actions);
    m_bookmark->setChecked(rule.actions.bookmark);
    m_hide = new QCheckBox(tr("&Hide (only the Hidden view shows it)"), actions);
    m_hide->setChecked(rule.actions.hide);
    m_notify = new QCheckBox(tr("Notify &me"), actions);
    m_notify->setChecked(rule.actions.notify);
    m_tagOn = new QCheckBox(tr("Add the ta&g"), actions);
    m_tagOn->setChecked(!rule.actions.tag.isEmpty());
    m_tag = new QLineEdit(rule.actions.tag, actions);
    m_tag->setAccessibleName(tr("Tag"));
    m_highlightOn = new QCheckBox(tr("High&light in the list"), actions);
    m_highlightOn->setChecked(!rule.actions.highlight.isEmpty());
    if (const QColor stored(rule.actions.highlight); stored.isValid())
        m_highlight = stored;
    m_colour = new QPushButton(colourIcon(m_highlight), tr("Colour…"), actions);
    auto *actionGrid = new QFormLayout(actions);
    actionGrid->addRow(m_markRead);
    actionGrid->addRow(m_bookmark);
    actionGrid->addRow(m_hide);
    actionGrid->addRow(m_notify);
    actionGrid->addRow(m_tagOn, m_tag);
    actionGrid->addRow(m_highlightOn, m_colour);
    connect(m_colour, &QPushButton::clicked, this, &RuleEditDialog::chooseColour);

    // Trying it out.
    m_try = new QPushButton(tr("&Try"), this);
    m_try->setToolTip(tr("Count the articles of your library this rule would match"));
    m_tryResult = new QLabel(this);
    m_matches = new QListWidget(this);
    m_matches->setAccessibleName(tr("Articles the rule would match"));
    m_matches->setMaximumHeight(140);
    m_matches->hide();
    auto *tryRow = new QHBoxLayout;
    tryRow->addWidget(m_try);
    tryRow->addWidget(m_tryResult, 1);
    connect(m_try, &QPushButton::clicked, this, &RuleEditDialog::tryRule);
    connect(m_preview, &RuleApplyController::progress, this, [this](int examined, int total) {
        m_tryResult->setText(tr("Looking at %1 of %2 articles…")
                                 .arg(QLocale().toString(examined), QLocale().toString(total)));
    });
    connect(m_preview, &RuleApplyController::finished, this,
            [this](const Rules::RunResult &result, const QList<Storage::ArticleRow> &rows) {
                m_try->setEnabled(true);
                m_tryResult->setText(tr("Would match %n article(s)", nullptr, result.matchedCount));
                m_matches->clear();
                for (const Storage::ArticleRow &row : rows)
                    m_matches->addItem(tr("%1 — %2").arg(row.title, row.sourceTitle));
                m_matches->setVisible(!rows.isEmpty());
            });
    connect(m_preview, &RuleApplyController::failed, this, [this](const QString &error) {
        m_try->setEnabled(true);
        m_tryResult->setText(error);
    });

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(conditions);
    layout->addWidget(actions);
    layout->addLayout(tryRow);
    layout->addWidget(m_matches);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (const Storage::RuleCondition &condition : rule.conditions)
        this->addCondition(condition);
    if (m_conditions.empty())
        this->addCondition({});
    for (QCheckBox *box : {m_markRead, m_bookmark, m_hide, m_notify, m_tagOn, m_highlightOn})
        connect(box, &QCheckBox::toggled, this, &RuleEditDialog::updateState);
    connect(m_tag, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_tagOn->setChecked(true);
        updateState();
    });
    updateState();
}

void RuleEditDialog::addCondition(const Storage::RuleCondition &condition)
{
    ConditionRow entry;
    entry.row = new QWidget(this);
    entry.field = new QComboBox(entry.row);
    entry.field->setAccessibleName(tr("Part of the article"));
    for (const Field field : Storage::RuleFields)
        entry.field->addItem(Rules::RuleText::fieldLabel(field), int(field));
    entry.field->setCurrentIndex(entry.field->findData(int(condition.field)));
    entry.match = new QComboBox(entry.row);
    entry.match->setAccessibleName(tr("How it matches"));
    for (const Match match : Storage::RuleMatches)
        entry.match->addItem(Rules::RuleText::matchLabel(match), int(match));
    entry.match->setCurrentIndex(entry.match->findData(int(condition.match)));
    entry.pattern = new QLineEdit(condition.pattern, entry.row);
    entry.pattern->setAccessibleName(tr("Text to look for"));
    auto *remove = new QToolButton(entry.row);
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this condition"));
    auto *row = new QHBoxLayout(entry.row);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(entry.field);
    row->addWidget(entry.match);
    row->addWidget(entry.pattern, 1);
    row->addWidget(remove);
    m_conditionLayout->addWidget(entry.row);
    connect(remove, &QToolButton::clicked, this,
            [this, widget = entry.row] { removeCondition(widget); });
    connect(entry.pattern, &QLineEdit::textChanged, this, &RuleEditDialog::updateState);
    connect(entry.match, &QComboBox::currentIndexChanged, this, &RuleEditDialog::updateState);
    m_conditions.push_back(entry);
    updateState();
}

void RuleEditDialog::removeCondition(QWidget *row)
{
    const auto found = std::find_if(m_conditions.begin(), m_conditions.end(),
                                    [row](const ConditionRow &entry) { return entry.row == row; });
    if (found == m_conditions.end())
        return;
    m_conditions.erase(found);
    row->deleteLater();
    updateState();
}

void RuleEditDialog::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(m_highlight, this, tr("Highlight Colour"));
    if (!chosen.isValid())
        return;
    m_highlight = chosen;
    m_colour->setIcon(colourIcon(chosen));
    m_highlightOn->setChecked(true);
}

Storage::Rule RuleEditDialog::rule() const
{
    Storage::Rule rule;
    rule.id = m_id;
    rule.sourceId = m_sourceId;
    rule.name = m_name->text().trimmed();
    rule.enabled = m_enabled->isChecked();
    rule.matchAll = m_matchAll->currentIndex() == 1;
    for (const ConditionRow &entry : m_conditions) {
        if (entry.pattern->text().trimmed().isEmpty())
            continue;
        rule.conditions.append({static_cast<Field>(entry.field->currentData().toInt()),
                                static_cast<Match>(entry.match->currentData().toInt()),
                                entry.pattern->text()});
    }
    rule.actions.markRead = m_markRead->isChecked();
    rule.actions.bookmark = m_bookmark->isChecked();
    rule.actions.hide = m_hide->isChecked();
    rule.actions.notify = m_notify->isChecked();
    if (m_tagOn->isChecked())
        rule.actions.tag = m_tag->text().simplified();
    if (m_highlightOn->isChecked())
        rule.actions.highlight = m_highlight.name();
    if (rule.name.isEmpty() && !rule.conditions.isEmpty())
        rule.name = rule.conditions.first().pattern.trimmed();
    return rule;
}

void RuleEditDialog::tryRule()
{
    m_try->setEnabled(false);
    m_matches->hide();
    m_tryResult->setText(tr("Looking…"));
    Storage::Rule tried = rule();
    tried.enabled = true;
    m_preview->start(tried, Rules::RuleApplier::Mode::Preview, PreviewRows);
}

void RuleEditDialog::updateState()
{
    const Storage::Rule current = rule();
    QString problem;
    if (current.conditions.isEmpty())
        problem = tr("Give a condition a text to look for.");
    else if (const Rules::RuleMatcher matcher(current); !matcher.isValid())
        problem = matcher.errorText();
    else if (current.actions.isEmpty())
        problem = tr("Choose what the rule does.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_try->setEnabled(!current.conditions.isEmpty() && !m_preview->isRunning());
}

} // namespace Ui
