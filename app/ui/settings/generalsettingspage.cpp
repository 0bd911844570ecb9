#include "generalsettingspage.h"

#include "i18n/translations.h"
#include "settingskeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace Ui {

namespace {

bool storedRefreshOnStart(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::RefreshOnStart), SettingsKeys::RefreshOnStartDefault)
        .toBool();
}

int storedRefreshInterval(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::RefreshIntervalMinutes),
               SettingsKeys::RefreshIntervalMinutesDefault)
        .toInt();
}

} // namespace

GeneralSettingsPage::GeneralSettingsPage(QSettings &settings, QWidget *parent)
    : SettingsPage(parent), m_settings(settings)
{
    m_refreshOnStart = new QCheckBox(tr("Refresh all sources when Tidings starts"), this);
    m_refreshOnStart->setObjectName(QStringLiteral("refreshOnStart"));
    m_refreshInterval = new QSpinBox(this);
    m_refreshInterval->setObjectName(QStringLiteral("refreshInterval"));
    m_refreshInterval->setRange(5, 24 * 60);
    m_refreshInterval->setSingleStep(5);
    m_refreshInterval->setSuffix(tr(" min"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const I18n::Language &language : I18n::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    auto *languageNote = new QLabel(tr("A new language takes effect when Tidings restarts."), this);
    languageNote->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->addRow(m_refreshOnStart);
    layout->addRow(tr("Check for new articles every"), m_refreshInterval);
    layout->addRow(tr("&Language:"), m_language);
    layout->addRow(QString(), languageNote);

    connect(m_refreshOnStart, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_refreshInterval, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
}

QString GeneralSettingsPage::title() const
{
    return tr("General");
}

void GeneralSettingsPage::load()
{
    m_refreshOnStart->setChecked(storedRefreshOnStart(m_settings));
    m_refreshInterval->setValue(storedRefreshInterval(m_settings));
    m_language->setCurrentIndex(m_language->findData(I18n::configuredLanguage(m_settings)));
}

void GeneralSettingsPage::save()
{
    m_settings.setValue(QLatin1String(SettingsKeys::RefreshOnStart), m_refreshOnStart->isChecked());
    m_settings.setValue(QLatin1String(SettingsKeys::RefreshIntervalMinutes),
                        m_refreshInterval->value());
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        m_settings.remove(QLatin1String(SettingsKeys::InterfaceLanguage));
    else
        m_settings.setValue(QLatin1String(SettingsKeys::InterfaceLanguage), language);
}

bool GeneralSettingsPage::isDirty() const
{
    return m_refreshOnStart->isChecked() != storedRefreshOnStart(m_settings) ||
           m_refreshInterval->value() != storedRefreshInterval(m_settings) ||
           m_language->currentData().toString() != I18n::configuredLanguage(m_settings);
}

} // namespace Ui
