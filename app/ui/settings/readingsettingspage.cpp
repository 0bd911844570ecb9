#include "ui/settings/readingsettingspage.h"

#include "ui/windowsettingskeys.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace Ui {

namespace {

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
    : SettingsFilePage(settings, parent)
{
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
    layout->addRow(tr("Article text size"), m_fontSize);
    layout->addRow(m_loadRemoteImages);

    connect(m_loadRemoteImages, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsPage::changed);
}

QString ReadingSettingsPage::title() const
{
    return tr("Reading");
}

void ReadingSettingsPage::load()
{
    m_loadRemoteImages->setChecked(storedLoadRemoteImages(settings()));
    m_fontSize->setValue(storedFontSize(settings()));
}

void ReadingSettingsPage::save()
{
    settings().setValue(QLatin1String(SettingsKeys::LoadRemoteImages),
                        m_loadRemoteImages->isChecked());
    settings().setValue(QLatin1String(SettingsKeys::ArticleFontPointSize), m_fontSize->value());
}

bool ReadingSettingsPage::isDirty() const
{
    return m_loadRemoteImages->isChecked() != storedLoadRemoteImages(settings()) ||
           m_fontSize->value() != storedFontSize(settings());
}

} // namespace Ui
