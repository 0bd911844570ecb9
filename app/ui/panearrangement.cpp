#include "ui/panearrangement.h"

#include "ui/articlelistpane.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QSplitter>
#include <QTimer>

namespace Ui {

PaneArrangement::PaneArrangement(QWidget *window, QWidget *sources, ArticleListPane *list,
                                 QWidget *article, QObject *parent)
    : QObject(parent), m_window(window), m_sources(sources), m_list(list), m_article(article)
{
    m_main = new QSplitter(Qt::Horizontal, window);
    m_main->setObjectName(QStringLiteral("mainSplitter"));
    m_main->addWidget(sources);
    m_main->addWidget(list);
    m_main->addWidget(article);
    m_main->setStretchFactor(0, 0);
    m_main->setStretchFactor(1, 1);
    m_main->setStretchFactor(2, 2);
    m_main->setChildrenCollapsible(false);

    // Parked, hidden, in the window until the Wide layout takes the list and the article.
    m_wide = new QSplitter(Qt::Vertical, window);
    m_wide->setObjectName(QStringLiteral("wideSplitter"));
    m_wide->setChildrenCollapsible(false);
    m_wide->hide();
}

bool PaneArrangement::showsThreePanes() const
{
    return m_layout == PaneLayout::ThreePanes && !m_focus;
}

bool PaneArrangement::showsWide() const
{
    return m_layout == PaneLayout::Wide && !m_focus;
}

void PaneArrangement::setLayout(PaneLayout layout)
{
    if (layout != m_layout)
        arrange(layout, m_focus);
}

void PaneArrangement::setFocusMode(bool on)
{
    if (on == m_focus)
        return;
    arrange(m_layout, on);
    emit focusModeChanged(on);
}

QByteArray PaneArrangement::threePaneState() const
{
    return showsThreePanes() || m_threePaneState.isEmpty() ? m_main->saveState() : m_threePaneState;
}

QByteArray PaneArrangement::wideState() const
{
    return showsWide() ? m_wide->saveState() : m_wideState;
}

void PaneArrangement::setWideState(const QByteArray &state)
{
    m_wideState = state;
    if (showsWide())
        m_wide->restoreState(state);
}

void PaneArrangement::fitWide()
{
    // The sources keep their width; the list and the article share the rest, the article
    // taking the larger part until the person drags the handle.
    m_main->setSizes({m_sourcesWidth, std::max(1, m_main->width() - m_sourcesWidth)});
    if (!m_wideState.isEmpty() && m_wide->restoreState(m_wideState))
        return;
    const int height = std::max(2, m_wide->height());
    m_wide->setSizes({height * 2 / 5, height - height * 2 / 5});
}

void PaneArrangement::arrange(PaneLayout layout, bool focus)
{
    // Each arrangement keeps its own pane sizes: note them before they change.
    if (showsThreePanes())
        m_threePaneState = m_main->saveState();
    if (showsWide())
        m_wideState = m_wide->saveState();
    const bool wasFocus = m_focus;
    const bool listHadFocus = m_list->isAncestorOf(QApplication::focusWidget());
    m_layout = layout;
    m_focus = focus;

    if (layout == PaneLayout::Wide) {
        if (m_wide->indexOf(m_list) < 0) {
            // Before the window shows, its splitter has no sizes yet: the default width then.
            if (m_main->isVisible())
                m_sourcesWidth = m_main->sizes().value(0, m_sourcesWidth);
            m_main->insertWidget(1, m_wide);
            m_wide->addWidget(m_list);
            m_wide->addWidget(m_article);
            m_wide->setStretchFactor(0, 2);
            m_wide->setStretchFactor(1, 3);
            m_main->setStretchFactor(1, 1);
            m_wide->show();
            // Sizes need the window's: before it shows, once it has.
            if (m_main->isVisible())
                fitWide();
            else
                QTimer::singleShot(0, this, [this] {
                    if (showsWide())
                        fitWide();
                });
        }
    } else if (m_main->indexOf(m_list) < 0) {
        m_main->insertWidget(1, m_list);
        m_main->insertWidget(2, m_article);
        m_wide->hide();
        m_wide->setParent(m_window);
    }
    m_list->setShowsCards(layout == PaneLayout::Cards);
    m_sources->setVisible(!focus);
    m_list->setVisible(!focus);
    m_article->setVisible(focus || layout != PaneLayout::Cards);

    if (focus && !wasFocus) {
        m_hiddenChrome.clear();
        for (QWidget *widget : std::as_const(m_chrome)) {
            if (widget->isVisible()) {
                m_hiddenChrome.append(widget);
                widget->hide();
            }
        }
    } else if (!focus && wasFocus) {
        for (const QPointer<QWidget> &widget : std::as_const(m_hiddenChrome)) {
            if (widget)
                widget->show();
        }
        m_hiddenChrome.clear();
    }

    if (showsThreePanes() && !m_threePaneState.isEmpty())
        m_main->restoreState(m_threePaneState);
    if (showsWide() && !m_wideState.isEmpty())
        m_wide->restoreState(m_wideState);

    if (focus)
        m_article->setFocus(Qt::OtherFocusReason);
    else if (wasFocus || listHadFocus)
        m_list->setFocus(Qt::OtherFocusReason);
}

} // namespace Ui
