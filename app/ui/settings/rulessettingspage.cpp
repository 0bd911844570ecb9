#include "ui/settings/rulessettingspage.h"

#include "models/databaseworker.h"
#include "rules/ruletext.h"
#include "ui/ruleapplycontroller.h"
#include "ui/settings/ruleeditdialog.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
// A new mute word lasts a week unless the person picks another day.
constexpr int DefaultMuteDays = 7;

struct RulesAndMutes
{
    QList<Storage::Rule> rules;
    QList<Storage::Mute> mutes;
};

} // namespace

RulesSettingsPage::RulesSettingsPage(Models::DatabaseWorker *worker, QWidget *parent)
    : SettingsPage(parent), m_worker(worker)
{
    auto *rules = new QGroupBox(tr("Rules"), this);
    auto *intro = new QLabel(tr("Rules act on new articles as they arrive. A rule you save also "
                                "runs once on the articles you already have."),
                             rules);
    intro->setWordWrap(true);
    m_ruleList = new QTreeWidget(rules);
    m_ruleList->setObjectName(QStringLiteral("ruleList"));
    m_ruleList->setAccessibleName(tr("Rules"));
    m_ruleList->setRootIsDecorated(false);
    m_ruleList->setHeaderLabels({tr("Rule"), tr("When"), tr("Then")});
    m_ruleList->header()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("&Add…"), rules);
    m_edit = new QPushButton(tr("&Edit…"), rules);
    m_remove = new QPushButton(tr("&Remove"), rules);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(m_edit);
    ruleButtons->addWidget(m_remove);
    ruleButtons->addStretch();
    auto *ruleBox = new QVBoxLayout(rules);
    ruleBox->addWidget(intro);
    ruleBox->addWidget(m_ruleList, 1);
    ruleBox->addLayout(ruleButtons);

    auto *mutes = new QGroupBox(tr("Mute words"), this);
    m_muteList = new QTreeWidget(mutes);
    m_muteList->setObjectName(QStringLiteral("muteList"));
    m_muteList->setAccessibleName(tr("Mute words"));
    m_muteList->setRootIsDecorated(false);
    m_muteList->setHeaderLabels({tr("Word"), tr("Hidden")});
    m_muteWord = new QLineEdit(mutes);
    m_muteWord->setPlaceholderText(tr("A word or phrase to hide"));
    m_muteWord->setAccessibleName(tr("Word to mute"));
    m_muteUntil = new QDateEdit(QDate::currentDate().addDays(DefaultMuteDays), mutes);
    m_muteUntil->setCalendarPopup(true);
    m_muteUntil->setMinimumDate(QDate::currentDate());
    m_muteUntil->setAccessibleName(tr("Hide until"));
    m_addMute = new QPushButton(tr("&Mute"), mutes);
    m_removeMute = new QPushButton(tr("Remo&ve"), mutes);
    auto *muteRow = new QHBoxLayout;
    muteRow->addWidget(m_muteWord, 1);
    muteRow->addWidget(new QLabel(tr("until the end of"), mutes));
    muteRow->addWidget(m_muteUntil);
    muteRow->addWidget(m_addMute);
    muteRow->addWidget(m_removeMute);
    auto *muteBox = new QVBoxLayout(mutes);
    muteBox->addWidget(m_muteList, 1);
    muteBox->addLayout(muteRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rules, 3);
    layout->addWidget(mutes, 2);

    connect(add, &QPushButton::clicked, this, [this] { editRule({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const Storage::Rule *rule = currentRule())
            editRule(*rule);
    });
    connect(m_ruleList, &QTreeWidget::itemActivated, this, [this] {
        if (const Storage::Rule *rule = currentRule())
            editRule(*rule);
    });
    connect(m_remove, &QPushButton::clicked, this, &RulesSettingsPage::removeRule);
    connect(m_ruleList, &QTreeWidget::currentItemChanged, this, &RulesSettingsPage::updateButtons);
    connect(m_ruleList, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_filling)
            setRuleEnabled(item->data(0, IdRole).toLongLong(), item->checkState(0) == Qt::Checked);
    });
    connect(m_addMute, &QPushButton::clicked, this, &RulesSettingsPage::addMute);
    connect(m_muteWord, &QLineEdit::returnPressed, this, &RulesSettingsPage::addMute);
    connect(m_muteWord, &QLineEdit::textChanged, this, &RulesSettingsPage::updateButtons);
    connect(m_removeMute, &QPushButton::clicked, this, &RulesSettingsPage::removeMute);
    connect(m_muteList, &QTreeWidget::currentItemChanged, this, &RulesSettingsPage::updateButtons);
    updateButtons();
}

QString RulesSettingsPage::title() const
{
    return tr("Rules");
}

void RulesSettingsPage::load()
{
    m_worker->run<RulesAndMutes>(
        this,
        [](const QSqlDatabase &database) {
            return RulesAndMutes{Storage::RuleRepository(database).list(),
                                 Storage::MuteRepository(database).list()};
        },
        [this](const RulesAndMutes &loaded) { fill(loaded.rules, loaded.mutes); });
}

void RulesSettingsPage::fill(const QList<Storage::Rule> &rules, const QList<Storage::Mute> &mutes)
{
    const QSignalBlocker blocker(m_ruleList);
    m_filling = true;
    const qint64 current = currentRule() ? currentRule()->id : 0;
    m_rules = rules;
    m_ruleList->clear();
    for (const Storage::Rule &rule : rules) {
        auto *item =
            new QTreeWidgetItem(m_ruleList, {rule.name.isEmpty() ? tr("(unnamed)") : rule.name,
                                             Rules::RuleText::conditions(rule),
                                             Rules::RuleText::actions(rule.actions)});
        item->setData(0, IdRole, rule.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, rule.enabled ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(1, Rules::RuleText::conditions(rule));
        if (rule.id == current)
            m_ruleList->setCurrentItem(item);
    }
    m_filling = false;

    m_muteList->clear();
    const QDateTime now = QDateTime::currentDateTime();
    const QLocale locale;
    for (const Storage::Mute &mute : mutes) {
        const QString when = locale.toString(mute.until.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QTreeWidgetItem(
            m_muteList, {mute.word, mute.isActive(now) ? tr("until %1").arg(when)
                                                       : tr("expired on %1").arg(when)});
        item->setData(0, IdRole, mute.id);
        if (!mute.isActive(now)) {
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    updateButtons();
}

const Storage::Rule *RulesSettingsPage::currentRule() const
{
    const QTreeWidgetItem *item = m_ruleList->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const Storage::Rule &rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

void RulesSettingsPage::editRule(const Storage::Rule &rule)
{
    // A rule made from a source's menu keeps its source; the page knows it by id only.
    const QString source = rule.sourceId > 0 ? tr("source %1").arg(rule.sourceId) : QString();
    auto *dialog = new RuleEditDialog(m_worker, rule, source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RuleApplyController::saveAndApply(m_worker, dialog->rule(), this, [this](qint64) {
            load();
            emit changed();
        });
    });
    dialog->open();
}

void RulesSettingsPage::removeRule()
{
    const Storage::Rule *rule = currentRule();
    if (!rule)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Rule"),
        tr("Remove the rule “%1”? What it already did to articles stays.").arg(rule->name));
    if (answer != QMessageBox::Yes)
        return;
    m_worker->run<bool>(
        this,
        [id = rule->id](const QSqlDatabase &database) {
            return Storage::RuleRepository(database).remove(id);
        },
        [this](const bool &) { load(); });
}

void RulesSettingsPage::setRuleEnabled(qint64 id, bool enabled)
{
    for (Storage::Rule &rule : m_rules) {
        if (rule.id != id)
            continue;
        rule.enabled = enabled;
        // Turning a rule on applies it, as saving a new one does.
        RuleApplyController::saveAndApply(m_worker, rule, this, [this](qint64) { load(); });
        return;
    }
}

void RulesSettingsPage::addMute()
{
    const QString word = m_muteWord->text().simplified();
    if (word.isEmpty())
        return;
    const QDateTime until(m_muteUntil->date().addDays(1), QTime(0, 0));
    m_worker->run<qint64>(
        this,
        [word, until](const QSqlDatabase &database) {
            return Storage::MuteRepository(database).add(word, until);
        },
        [this](const qint64 &) {
            m_muteWord->clear();
            load();
        });
}

void RulesSettingsPage::removeMute()
{
    const QTreeWidgetItem *item = m_muteList->currentItem();
    if (!item)
        return;
    m_worker->run<bool>(
        this,
        [id = item->data(0, IdRole).toLongLong()](const QSqlDatabase &database) {
            return Storage::MuteRepository(database).remove(id);
        },
        [this](const bool &) { load(); });
}

void RulesSettingsPage::updateButtons()
{
    m_edit->setEnabled(currentRule() != nullptr);
    m_remove->setEnabled(currentRule() != nullptr);
    m_addMute->setEnabled(!m_muteWord->text().trimmed().isEmpty());
    m_removeMute->setEnabled(m_muteList->currentItem() != nullptr);
}

} // namespace Ui
