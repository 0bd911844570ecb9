#pragma once

#include "models/modelsfwd.h"

#include <QPersistentModelIndex>
#include <QStackedWidget>

class QAbstractItemView;
class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Ui {

class ArticleDelegate;
class CardsView;
class EmptyStateWidget;

/// The middle pane: a search field over the article list (or the same articles as cards), or
/// the first-run page while the library has no sources. When rows are inserted above the visible
/// ones (a refresh), the list keeps showing what it showed, instead of jumping.
class ArticleListPane final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListPane)

public:
    ArticleListPane(Models::ArticleListModel *model, Models::ImageStore *thumbnails,
                    QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *list() const { return m_list; }
    /// The articles as cards: the list's model and selection, shown instead of the list.
    [[nodiscard]] CardsView *cards() const { return m_cards; }
    /// The list, or the cards while they are shown.
    [[nodiscard]] QAbstractItemView *currentView() const;
    void setShowsCards(bool cards);
    [[nodiscard]] bool showsCards() const;
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] EmptyStateWidget *emptyState() const { return m_emptyState; }
    [[nodiscard]] ArticleDelegate *delegate() const { return m_delegate; }
    /// Marks the words of a search in the rows and on the cards.
    void setHighlightTerms(const QStringList &terms);

    void showEmptyState(bool empty);
    [[nodiscard]] bool isShowingEmptyState() const;
    void focusSearch();
    /// Clears the search field without a searchChanged() signal.
    void clearSearch();
    /// Says why the search cannot be run (a malformed operator); empty: hides the message.
    void setSearchError(const QString &message);
    /// Says why the list is empty: the search \a search found no article in the view (unless
    /// setSearchError() said why it cannot be run), or without a search \a viewText, what the
    /// view would hold. Both empty: hides the note. The list's accessible description says it
    /// too, while it shows.
    void setEmptyNote(const QString &search, const QString &viewText = {});

signals:
    /// The search text, once typing has paused.
    void searchChanged(const QString &text);
    /// "Save this search", from the search field.
    void saveSearchRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rememberTopRow();
    /// Right and Left open and close a story's other sources under its lead.
    bool toggleStoryByKey(int key);
    void restoreTopRow();

    Models::ArticleListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_saveSearch = nullptr;
    QLabel *m_searchError = nullptr;
    QLabel *m_emptyNote = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTreeView *m_list = nullptr;
    CardsView *m_cards = nullptr;
    QStackedWidget *m_views = nullptr;
    ArticleDelegate *m_delegate = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_listPage = nullptr;
    QPersistentModelIndex m_topRow;
    int m_topOffset = 0;
    bool m_rowsPainted = false;
};

} // namespace Ui
