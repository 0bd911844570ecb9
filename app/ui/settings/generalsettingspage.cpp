#include "ui/settings/generalsettingspage.h"

#include "base/settingskeys.h"
#include "i18n/translations.h"
#include "refresh/refreshsettings.h"
#include "ui/windowsettingskeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace Ui {

namespace {

bool storedBool(const QSettings &settings, const char *key, bool fallback)
{
    return settings.value(QLatin1String(key), fallback).toBool();
}

int storedRefreshInterval(const QSettings &settings)
{
    return Refresh::scheduleFrom(settings).intervalSeconds(0, 0) / 60;
}

int storedDelay(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::MarkReadDelaySeconds),
               SettingsKeys::MarkReadDelaySecondsDefault)
        .toInt();
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

GeneralSettingsPage::GeneralSettingsPage(QSettings &settings, QWidget *parent)
    : SettingsFilePage(settings, parent)
{
    m_refreshOnStart = new QCheckBox(tr("Refresh all sources when Tidings starts"), this);
    m_refreshOnStart->setObjectName(QStringLiteral("refreshOnStart"));
    m_refreshInterval = new QSpinBox(this);
    m_refreshInterval->setObjectName(QStringLiteral("refreshInterval"));
    m_refreshInterval->setRange(5, 24 * 60);
    m_refreshInterval->setSingleStep(5);
    m_refreshInterval->setSuffix(tr(" min"));

    m_markReadDelay = new QSpinBox(this);
    m_markReadDelay->setObjectName(QStringLiteral("markReadDelay"));
    m_markReadDelay->setRange(0, 60);
    m_markReadDelay->setSuffix(tr(" s"));
    m_markReadDelay->setSpecialValueText(tr("At once"));

    m_retentionDays = new QSpinBox(this);
    m_retentionDays->setObjectName(QStringLiteral("retentionDays"));
    m_retentionDays->setRange(0, 10 * 365);
    m_retentionDays->setSingleStep(30);
    m_retentionDays->setSuffix(tr(" days"));
    m_retentionDays->setSpecialValueText(tr("Forever"));
    m_perSourceCap = new QSpinBox(this);
    m_perSourceCap->setObjectName(QStringLiteral("perSourceCap"));
    m_perSourceCap->setRange(0, 100'000);
    m_perSourceCap->setSingleStep(100);
    m_perSourceCap->setSuffix(tr(" articles"));
    m_perSourceCap->setSpecialValueText(tr("No limit"));

    m_keepInTray =
        new QCheckBox(tr("Keep Tidings running in the tray when the window is closed"), this);
    m_keepInTray->setObjectName(QStringLiteral("keepInTray"));
    m_notify = new QCheckBox(tr("Notify about new articles found in the background"), this);
    m_notify->setObjectName(QStringLiteral("notify"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const I18n::Language &language : I18n::availableLanguages())
        m_language->addItem(language.nativeName, language.code);

    auto *layout = new QFormLayout(this);
    layout->addRow(m_refreshOnStart);
    layout->addRow(tr("Check for new articles every"), m_refreshInterval);
    layout->addRow(tr("Mark the selected article as read"), m_markReadDelay);
    layout->addRow(tr("Remove read articles after"), m_retentionDays);
    layout->addRow(tr("Keep per source at most"), m_perSourceCap);
    layout->addRow(QString(),
                   noteLabel(tr("Bookmarked articles are always kept, whatever their age."), this));
    layout->addRow(m_keepInTray);
    layout->addRow(m_notify);
    layout->addRow(tr("&Language:"), m_language);
    layout->addRow(QString(),
                   noteLabel(tr("A new language takes effect when Tidings restarts."), this));

    for (QCheckBox *box : {m_refreshOnStart, m_keepInTray, m_notify})
        connect(box, &QCheckBox::toggled, this, &SettingsPage::changed);
    for (QSpinBox *box : {m_refreshInterval, m_markReadDelay, m_retentionDays, m_perSourceCap})
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
}

QString GeneralSettingsPage::title() const
{
    return tr("General");
}

void GeneralSettingsPage::load()
{
    m_refreshOnStart->setChecked(
        storedBool(settings(), SettingsKeys::RefreshOnStart, SettingsKeys::RefreshOnStartDefault));
    m_refreshInterval->setValue(storedRefreshInterval(settings()));
    m_markReadDelay->setValue(storedDelay(settings()));
    const Storage::RetentionPolicy retention = Refresh::retentionFrom(settings());
    m_retentionDays->setValue(retention.maxAgeDays);
    m_perSourceCap->setValue(retention.perSourceCap);
    m_keepInTray->setChecked(
        storedBool(settings(), SettingsKeys::KeepInTray, SettingsKeys::KeepInTrayDefault));
    m_notify->setChecked(storedBool(settings(), SettingsKeys::Notify, SettingsKeys::NotifyDefault));
    m_language->setCurrentIndex(m_language->findData(I18n::configuredLanguage(settings())));
}

void GeneralSettingsPage::save()
{
    settings().setValue(QLatin1String(SettingsKeys::RefreshOnStart), m_refreshOnStart->isChecked());
    settings().setValue(QLatin1String(SettingsKeys::RefreshIntervalMinutes),
                        m_refreshInterval->value());
    settings().setValue(QLatin1String(SettingsKeys::MarkReadDelaySeconds),
                        m_markReadDelay->value());
    settings().setValue(QLatin1String(SettingsKeys::RetentionDays), m_retentionDays->value());
    settings().setValue(QLatin1String(SettingsKeys::RetentionPerSourceCap),
                        m_perSourceCap->value());
    settings().setValue(QLatin1String(SettingsKeys::KeepInTray), m_keepInTray->isChecked());
    settings().setValue(QLatin1String(SettingsKeys::Notify), m_notify->isChecked());
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings().remove(QLatin1String(SettingsKeys::InterfaceLanguage));
    else
        settings().setValue(QLatin1String(SettingsKeys::InterfaceLanguage), language);
}

bool GeneralSettingsPage::isDirty() const
{
    const Storage::RetentionPolicy retention = Refresh::retentionFrom(settings());
    return m_refreshOnStart->isChecked() != storedBool(settings(), SettingsKeys::RefreshOnStart,
                                                       SettingsKeys::RefreshOnStartDefault) ||
           m_refreshInterval->value() != storedRefreshInterval(settings()) ||
           m_markReadDelay->value() != storedDelay(settings()) ||
           m_retentionDays->value() != retention.maxAgeDays ||
           m_perSourceCap->value() != retention.perSourceCap ||
           m_keepInTray->isChecked() !=
               storedBool(settings(), SettingsKeys::KeepInTray, SettingsKeys::KeepInTrayDefault) ||
           m_notify->isChecked() !=
               storedBool(settings(), SettingsKeys::Notify, SettingsKeys::NotifyDefault) ||
           m_language->currentData().toString() != I18n::configuredLanguage(settings());
}

} // namespace Ui
