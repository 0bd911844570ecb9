#pragma once

#include "ui/windowlayout.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QSplitter;
class QWidget;

namespace Ui {

class ArticleListPane;

/// Places the three panes for the layout chosen (PaneLayout) and for focus mode, which shows
/// only the article. The panes stay the same widgets in every layout: only their splitters
/// and visibility change, so every view and controller keeps working whatever is shown.
class PaneArrangement final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneArrangement)

public:
    /// Builds the splitters in \a window (not owned); the panes become their children.
    PaneArrangement(QWidget *window, QWidget *sources, ArticleListPane *list, QWidget *article,
                    QObject *parent = nullptr);

    /// Sources, list and article from left to right; the window's central widget.
    [[nodiscard]] QSplitter *mainSplitter() const { return m_main; }
    /// The list above the article, in the Wide layout.
    [[nodiscard]] QSplitter *wideSplitter() const { return m_wide; }

    [[nodiscard]] PaneLayout layout() const { return m_layout; }
    void setLayout(PaneLayout layout);
    [[nodiscard]] bool isFocusMode() const { return m_focus; }
    void setFocusMode(bool on);
    /// What focus mode hides besides the panes (the tool bar, the status bar).
    void setChrome(const QList<QWidget *> &widgets) { m_chrome = widgets; }

    /// The three-pane splitter's state, as it was when three panes last showed.
    [[nodiscard]] QByteArray threePaneState() const;
    /// The Wide layout's splitter, as it was when it last showed.
    [[nodiscard]] QByteArray wideState() const;
    void setWideState(const QByteArray &state);

signals:
    void focusModeChanged(bool on);

private:
    [[nodiscard]] bool showsThreePanes() const;
    [[nodiscard]] bool showsWide() const;
    void arrange(PaneLayout layout, bool focus);
    /// The Wide layout's sizes: as saved, else the article the larger part.
    void fitWide();

    QWidget *m_window = nullptr;
    QWidget *m_sources = nullptr;
    ArticleListPane *m_list = nullptr;
    QWidget *m_article = nullptr;
    QSplitter *m_main = nullptr;
    QSplitter *m_wide = nullptr;
    QList<QWidget *> m_chrome;
    QList<QPointer<QWidget>> m_hiddenChrome;
    PaneLayout m_layout = PaneLayout::ThreePanes;
    bool m_focus = false;
    int m_sourcesWidth = 240;
    QByteArray m_threePaneState;
    QByteArray m_wideState;
};

} // namespace Ui
