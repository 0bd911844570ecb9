#include "ui/windowlayout.h"

#include "ui/windowsettingskeys.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace Ui {

namespace {

struct LayoutName
{
    PaneLayout layout;
    const char *name;
};
// As the settings file writes them; the first is the default.
constexpr LayoutName LayoutNames[] = {
    {PaneLayout::ThreePanes, "threePanes"},
    {PaneLayout::Cards, "cards"},
    {PaneLayout::Wide, "wide"},
};

QString layoutKey(const Models::ViewKey &view)
{
    return QLatin1String(SettingsKeys::ViewLayoutsGroup) + QLatin1Char('/') + view.toString();
}

} // namespace

WindowLayout::WindowLayout(QSettings &settings) : m_settings(settings)
{}

void WindowLayout::restore(QMainWindow &window, QSplitter &panes) const
{
    if (!window.restoreGeometry(
            m_settings.value(QLatin1String(SettingsKeys::MainWindowGeometry)).toByteArray()))
        window.resize(1200, 760);
    window.restoreState(
        m_settings.value(QLatin1String(SettingsKeys::MainWindowState)).toByteArray());
    if (!panes.restoreState(
            m_settings.value(QLatin1String(SettingsKeys::MainWindowSplitter)).toByteArray()))
        panes.setSizes({240, 400, 560});
}

void WindowLayout::save(const QMainWindow &window, const QSplitter &panes)
{
    save(window, panes.saveState());
}

void WindowLayout::save(const QMainWindow &window, const QByteArray &panesState)
{
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowGeometry), window.saveGeometry());
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowState), window.saveState());
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowSplitter), panesState);
    m_settings.sync();
}

QByteArray WindowLayout::wideState() const
{
    return m_settings.value(QLatin1String(SettingsKeys::MainWindowWideSplitter)).toByteArray();
}

void WindowLayout::setWideState(const QByteArray &state)
{
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowWideSplitter), state);
}

PaneLayout WindowLayout::layoutFor(const Models::ViewKey &view) const
{
    const QString name =
        m_settings.value(layoutKey(view), QLatin1String(LayoutNames[0].name)).toString();
    for (const auto &[layout, candidate] : LayoutNames) {
        if (name == QLatin1String(candidate))
            return layout;
    }
    return PaneLayout::ThreePanes;
}

void WindowLayout::setLayoutFor(const Models::ViewKey &view, PaneLayout layout)
{
    if (!view.isValid())
        return;
    // Three panes is what every view shows unless told otherwise: nothing to keep.
    if (layout == PaneLayout::ThreePanes) {
        m_settings.remove(layoutKey(view));
        return;
    }
    for (const auto &[candidate, name] : LayoutNames) {
        if (candidate == layout)
            m_settings.setValue(layoutKey(view), QLatin1String(name));
    }
}

Models::ViewKey WindowLayout::lastView() const
{
    return Models::ViewKey::fromString(
        m_settings.value(QLatin1String(SettingsKeys::MainWindowLastView)).toString());
}

void WindowLayout::setLastView(const Models::ViewKey &view)
{
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowLastView), view.toString());
}

qint64 WindowLayout::lastArticle() const
{
    return m_settings.value(QLatin1String(SettingsKeys::MainWindowLastArticle)).toLongLong();
}

void WindowLayout::setLastArticle(qint64 articleId)
{
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowLastArticle), articleId);
}

} // namespace Ui
