#include "readingsettingspage.h"

#include "settingskeys.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace Ui {

namespace {

int storedDelay(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::MarkReadDelaySeconds),
               SettingsKeys::MarkReadDelaySecondsDefault)
        .toInt();
}

bool storedKeepInTray(const QSettings &settings)
{
    return settings.value(QLatin1String(SettingsKeys::KeepInTray), SettingsKeys::KeepInTrayDefault)
        .toBool();
}

bool storedNotify(const QSettings &settings)
{
    return settings.value(QLatin1String(SettingsKeys::Notify), SettingsKeys::NotifyDefault)
        .toBool();
}

bool storedLoadRemoteImages(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::LoadRemoteImages), SettingsKeys::LoadRemoteImagesDefault)
        .toBool();
}

int storedFontSize(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::ArticleFontPointSize),
               SettingsKeys::ArticleFontPointSizeDefault)
        .toInt();
}

} // namespace

ReadingSettingsPage::ReadingSettingsPage(QSettings &settings, QWidget *parent)
    : SettingsPage(parent), m_settings(settings)
{
    m_markReadDelay = new QSpinBox(this);
    m_markReadDelay->setObjectName(QStringLiteral("markReadDelay"));
    m_markReadDelay->setRange(0, 60);
    m_markReadDelay->setSuffix(tr(" s"));
    m_markReadDelay->setSpecialValueText(tr("At once"));
    m_keepInTray =
        new QCheckBox(tr("Keep Tidings running in the tray when the window is closed"), this);
    m_keepInTray->setObjectName(QStringLiteral("keepInTray"));
    m_notify = new QCheckBox(tr("Notify about new articles found in the background"), this);
    m_notify->setObjectName(QStringLiteral("notify"));

    m_loadRemoteImages = new QCheckBox(tr("Load images from the web in articles"), this);
    m_loadRemoteImages->setObjectName(QStringLiteral("loadRemoteImages"));
    m_loadRemoteImages->setToolTip(
        tr("Images are fetched without cookies or referrer; turned off, a site cannot tell "
           "when an article is read."));
    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("articleFontSize"));
    m_fontSize->setRange(0, 32);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("Automatic"));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Mark the selected article as read"), m_markReadDelay);
    layout->addRow(tr("Article text size"), m_fontSize);
    layout->addRow(m_loadRemoteImages);
    layout->addRow(m_keepInTray);
    layout->addRow(m_notify);

    connect(m_markReadDelay, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_keepInTray, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_notify, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_loadRemoteImages, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsPage::changed);
}

QString ReadingSettingsPage::title() const
{
    return tr("Reading");
}

void ReadingSettingsPage::load()
{
    m_markReadDelay->setValue(storedDelay(m_settings));
    m_keepInTray->setChecked(storedKeepInTray(m_settings));
    m_notify->setChecked(storedNotify(m_settings));
    m_loadRemoteImages->setChecked(storedLoadRemoteImages(m_settings));
    m_fontSize->setValue(storedFontSize(m_settings));
}

void ReadingSettingsPage::save()
{
    m_settings.setValue(QLatin1String(SettingsKeys::MarkReadDelaySeconds),
                        m_markReadDelay->value());
    m_settings.setValue(QLatin1String(SettingsKeys::KeepInTray), m_keepInTray->isChecked());
    m_settings.setValue(QLatin1String(SettingsKeys::Notify), m_notify->isChecked());
    m_settings.setValue(QLatin1String(SettingsKeys::LoadRemoteImages),
                        m_loadRemoteImages->isChecked());
    m_settings.setValue(QLatin1String(SettingsKeys::ArticleFontPointSize), m_fontSize->value());
}

bool ReadingSettingsPage::isDirty() const
{
    return m_markReadDelay->value() != storedDelay(m_settings) ||
           m_keepInTray->isChecked() != storedKeepInTray(m_settings) ||
           m_notify->isChecked() != storedNotify(m_settings) ||
           m_loadRemoteImages->isChecked() != storedLoadRemoteImages(m_settings) ||
           m_fontSize->value() != storedFontSize(m_settings);
}

} // namespace Ui
