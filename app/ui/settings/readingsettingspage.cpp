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

bool storedCollapseStories(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::CollapseStories), SettingsKeys::CollapseStoriesDefault)
        .toBool();
}

bool storedMarkStoryRead(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::MarkStoryRead), SettingsKeys::MarkStoryReadDefault)
        .toBool();
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
    m_collapseStories =
        new QCheckBox(tr("Show the same story from several sources as one row"), this);
    m_collapseStories->setObjectName(QStringLiteral("collapseStories"));
    m_markStoryRead =
        new QCheckBox(tr("Reading one source's article marks the other sources' read"), this);
    m_markStoryRead->setObjectName(QStringLiteral("markStoryRead"));
    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("articleFontSize"));
    m_fontSize->setRange(0, 32);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setSpecialValueText(tr("Automatic"));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Article text size"), m_fontSize);
    layout->addRow(m_loadRemoteImages);
    layout->addRow(m_collapseStories);
    layout->addRow(m_markStoryRead);

    connect(m_loadRemoteImages, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_collapseStories, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_markStoryRead, &QCheckBox::toggled, this, &SettingsPage::changed);
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
    m_collapseStories->setChecked(storedCollapseStories(settings()));
    m_markStoryRead->setChecked(storedMarkStoryRead(settings()));
}

void ReadingSettingsPage::save()
{
    settings().setValue(QLatin1String(SettingsKeys::LoadRemoteImages),
                        m_loadRemoteImages->isChecked());
    settings().setValue(QLatin1String(SettingsKeys::ArticleFontPointSize), m_fontSize->value());
    settings().setValue(QLatin1String(SettingsKeys::CollapseStories),
                        m_collapseStories->isChecked());
    settings().setValue(QLatin1String(SettingsKeys::MarkStoryRead), m_markStoryRead->isChecked());
}

bool ReadingSettingsPage::isDirty() const
{
    return m_loadRemoteImages->isChecked() != storedLoadRemoteImages(settings()) ||
           m_fontSize->value() != storedFontSize(settings()) ||
           m_collapseStories->isChecked() != storedCollapseStories(settings()) ||
           m_markStoryRead->isChecked() != storedMarkStoryRead(settings());
}

} // namespace Ui
