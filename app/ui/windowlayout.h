#pragma once

#include "models/viewkey.h"

#include <QByteArray>

class QMainWindow;
class QSettings;
class QSplitter;

namespace Ui {

/// How the window arranges its panes (View menu), chosen per view.
enum class PaneLayout {
    ThreePanes, ///< Sources, the article list and the article side by side.
    Cards,      ///< Sources and a grid of article cards; an article opens in focus mode.
    Wide,       ///< Sources beside the list, with the article below the list.
};

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
    /// The same, with the three panes' splitter state given (another layout may be showing).
    void save(const QMainWindow &window, const QByteArray &panesState);

    /// The state of the Wide layout's splitter (the list's and the article's heights); empty
    /// when none was saved.
    [[nodiscard]] QByteArray wideState() const;
    void setWideState(const QByteArray &state);

    /// The layout chosen for \a view; three panes unless another was chosen.
    [[nodiscard]] PaneLayout layoutFor(const Models::ViewKey &view) const;
    void setLayoutFor(const Models::ViewKey &view, PaneLayout layout);

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
