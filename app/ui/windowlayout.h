#pragma once

#include "models/viewkey.h"

class QMainWindow;
class QSettings;
class QSplitter;

namespace Ui {

/// Where the window was left, kept in the settings for the next start: its geometry and tool
/// bar state, the widths of its panes, the view and the article being read. The keys are those
/// of earlier versions, so an existing profile opens as it was left.
class WindowLayout final
{
public:
    explicit WindowLayout(QSettings &settings);

    /// Geometry, state and pane widths as saved; a first start gets a default size.
    void restore(QMainWindow &window, QSplitter &panes) const;
    /// Saves what restore() reads and writes the settings file out.
    void save(const QMainWindow &window, const QSplitter &panes);

    /// The view last shown; invalid when none was saved or it cannot be read.
    [[nodiscard]] Models::ViewKey lastView() const;
    void setLastView(const Models::ViewKey &view);
    /// The article last read; 0 when none.
    [[nodiscard]] qint64 lastArticle() const;
    void setLastArticle(qint64 articleId);

private:
    QSettings &m_settings;
};

} // namespace Ui
