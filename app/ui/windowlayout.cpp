#include "ui/windowlayout.h"

#include "ui/windowsettingskeys.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace Ui {

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
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowGeometry), window.saveGeometry());
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowState), window.saveState());
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowSplitter), panes.saveState());
    m_settings.sync();
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
