#include "ui/settings/settingsdialog.h"

#include "ui/settings/aisettingspage.h"
#include "ui/settings/appearancesettingspage.h"
#include "ui/settings/generalsettingspage.h"
#include "ui/settings/networksettingspage.h"
#include "ui/settings/readingsettingspage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent,
                               const SourcesSettingsPage::Services *sources)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setMaximumWidth(180);
    m_pageStack = new QStackedWidget(this);
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_pageList);
    pages->addWidget(m_pageStack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages);
    layout->addWidget(m_buttons);

    connect(m_pageList, &QListWidget::currentRowChanged, m_pageStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    addPage(new GeneralSettingsPage(settings, this));
    if (sources != nullptr)
        addPage(new SourcesSettingsPage(*sources, this));
    addPage(new ReadingSettingsPage(settings, this));
    addPage(new AppearanceSettingsPage(settings, this));
    addPage(new NetworkSettingsPage(settings, this));
    addPage(new AiSettingsPage(settings, this));
    m_pageList->setCurrentRow(0);
    // The Sources page needs room for its tree beside the details of a source.
    resize(sources != nullptr ? QSize(720, 560) : QSize(640, 420));
}

void SettingsDialog::addPage(SettingsPage *page)
{
    page->load();
    m_pages.push_back(page);
    m_pageList->addItem(page->title());
    m_pageStack->addWidget(page);
    connect(page, &SettingsPage::changed, this, &SettingsDialog::updateApplyButton);
    updateApplyButton();
}

bool SettingsDialog::isDirty() const
{
    return std::any_of(m_pages.begin(), m_pages.end(),
                       [](const SettingsPage *page) { return page->isDirty(); });
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

void SettingsDialog::apply()
{
    bool saved = false;
    for (SettingsPage *page : m_pages) {
        if (page->isDirty()) {
            page->save();
            saved = true;
        }
    }
    updateApplyButton();
    if (saved)
        emit applied();
}

void SettingsDialog::updateApplyButton()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(isDirty());
}

} // namespace Ui
