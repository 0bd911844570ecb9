#include "ui/selectioncontroller.h"

#include "base/logging.h"
#include "models/articlelistmodel.h"
#include "models/databaseworker.h"
#include "models/idlistdiff.h"
#include "models/sourcetreemodel.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/storyrepository.h"
#include "ui/article/articledisplay.h"
#include "ui/briefingcontroller.h"

#include <QItemSelectionModel>
#include <QSet>
#include <QTimer>
#include <QTreeView>

namespace Ui {

namespace {

constexpr int ReloadDelayMs = 400;

} // namespace

SelectionController::SelectionController(Storage::Library &library, Models::DatabaseWorker *worker,
                                         Models::SourceTreeModel *sources, QTreeView *sourceView,
                                         Models::ArticleListModel *articles, QTreeView *articleView,
                                         ArticleDisplay *display, QObject *parent)
    : QObject(parent), m_library(library), m_worker(worker), m_sources(sources),
      m_sourceView(sourceView), m_articles(articles), m_articleView(articleView), m_display(display)
{
    m_reloadDelay = new QTimer(this);
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(ReloadDelayMs);
    connect(m_reloadDelay, &QTimer::timeout, this, [this] { load(LoadMode::Reload); });

    connect(m_sourceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SelectionController::onTreeCurrentChanged);
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SelectionController::onListCurrentChanged);
    // A saved search's text comes with the tree: a view restored before it was filled loads
    // again once it is.
    connect(m_sources, &QAbstractItemModel::modelReset, this, [this] {
        if (m_view.kind == Models::ViewKey::Kind::Search)
            load(LoadMode::Reload);
    });
}

void SelectionController::setBriefing(BriefingController *briefing)
{
    m_briefing = briefing;
    connect(m_briefing, &BriefingController::ready, this, [this] {
        if (isBriefingView())
            applyBriefing(LoadMode::Reload);
    });
    // A click on the briefing while reading one of its articles brings the briefing back.
    connect(m_sourceView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (isBriefingView() && m_sources->keyOf(index) == m_view &&
            !m_display->isShowingBriefing())
            showBriefingPage();
    });
}

bool SelectionController::isBriefingView() const
{
    return m_briefing && m_view.isSmart(Models::SmartView::Briefing);
}

void SelectionController::showBriefingPage()
{
    m_pendingArticle = 0;
    m_articleView->selectionModel()->clearSelection();
    m_articleView->selectionModel()->clearCurrentIndex();
    if (m_articleId != 0) {
        m_articleId = 0;
        emit currentArticleChanged(0);
    }
    m_briefing->show();
}

void SelectionController::loadBriefing(LoadMode mode)
{
    if (mode == LoadMode::NewView) {
        m_articles->setIds({});
        showBriefingPage();
    }
    if (m_briefing->isReady())
        applyBriefing(mode);
    else
        m_briefing->request(); // ready() fills the list.
}

void SelectionController::applyBriefing(LoadMode mode)
{
    const QList<qint64> ids = m_briefing->content().articleIds();
    if (m_search.isEmpty()) {
        applyIds(Models::StoryGroups::ungrouped(ids), mode);
        return;
    }
    const quint64 generation = ++m_generation;
    const Storage::ArticleFilter filter = m_sources->filterOf(m_view, m_search);
    m_worker->run<QList<qint64>>(
        this,
        [filter, ids](const QSqlDatabase &database) {
            const QList<qint64> found = Storage::ArticleRepository(database).ids(filter);
            const QSet<qint64> matching(found.cbegin(), found.cend());
            QList<qint64> result;
            for (const qint64 id : ids) {
                if (matching.contains(id))
                    result.append(id);
            }
            return result;
        },
        [this, generation, mode](const QList<qint64> &found) {
            if (generation == m_generation)
                applyIds(Models::StoryGroups::ungrouped(found), mode);
        });
}

void SelectionController::showView(const Models::ViewKey &key)
{
    const QModelIndex index = m_sources->indexOf(key);
    if (index.isValid()) {
        m_sourceView->setCurrentIndex(index);
        m_sourceView->scrollTo(index);
    }
    // The tree may not be filled yet; the view loads all the same.
    if (key != m_view) {
        m_view = key;
        load(LoadMode::NewView);
        emit viewChanged(m_view);
    }
}

void SelectionController::onTreeCurrentChanged(const QModelIndex &current)
{
    const Models::ViewKey key = m_sources->keyOf(current);
    if (!key.isValid() || key == m_view)
        return;
    m_view = key;
    load(LoadMode::NewView);
    emit viewChanged(m_view);
}

void SelectionController::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    load(LoadMode::Search);
}

void SelectionController::reloadView()
{
    m_reloadDelay->start();
}

void SelectionController::load(LoadMode mode)
{
    m_reloadDelay->stop();
    const quint64 generation = ++m_generation;
    m_loading = true;
    if (isBriefingView()) {
        loadBriefing(mode);
        return;
    }
    const Storage::ArticleFilter filter = m_sources->filterOf(m_view, m_search);
    if (mode == LoadMode::NewView) {
        // Leaving the briefing: its page goes with it.
        if (m_display->isShowingBriefing())
            m_display->clear();
        QList<qint64> ids;
        // The first screenful at once (an indexed query with a small limit); a search may be
        // slow, so it goes to the worker only.
        if (filter.search.isEmpty() && m_view.isValid()) {
            Storage::ArticleFilter firstPage = filter;
            firstPage.limit = FirstPageSize;
            const QSqlDatabase database = m_library.database().connection();
            ids = Storage::ArticleRepository(database).ids(firstPage);
            // A story's lead is its newest article, so the page's own groups are the list's.
            const std::optional<QHash<qint64, qint64>> joined =
                m_collapseStories ? Storage::StoryRepository(database).joinedArticles(ids)
                                  : std::nullopt;
            const Models::StoryGroups groups =
                Models::StoryGroups::group(ids, joined.value_or(QHash<qint64, qint64>()));
            m_articles->setIds(groups.visibleIds);
            m_articles->setStories(groups);
        } else {
            m_articles->setIds(ids);
        }
        selectPending();
        if (filter.search.isEmpty() && ids.size() < FirstPageSize) {
            m_loading = false;
            emit viewLoaded(int(m_articles->rowCount()));
            return;
        }
    }
    // After a refresh, stories keep their rows and their expansion (see StoryGroups::group).
    Models::StoryGroups previous;
    if (mode == LoadMode::Reload) {
        previous = m_articles->stories();
        previous.visibleIds = m_articles->ids();
    }
    const QSet<qint64> expanded = m_articles->expandedStories();
    const bool collapse = m_collapseStories;
    m_worker->run<Models::StoryGroups>(
        this,
        [filter, collapse, previous, expanded](const QSqlDatabase &database) {
            const QList<qint64> ids = Storage::ArticleRepository(database).ids(filter);
            if (!collapse)
                return Models::StoryGroups::ungrouped(ids);
            const std::optional<QHash<qint64, qint64>> joined =
                Storage::StoryRepository(database).joinedArticles();
            return Models::StoryGroups::group(ids, joined.value_or(QHash<qint64, qint64>()),
                                              previous, expanded);
        },
        [this, generation, mode](const Models::StoryGroups &groups) {
            if (generation == m_generation)
                applyIds(groups, mode);
        });
}

void SelectionController::setCollapseStories(bool collapse)
{
    if (collapse == m_collapseStories)
        return;
    m_collapseStories = collapse;
    if (m_view.isValid())
        load(LoadMode::NewView);
}

void SelectionController::applyIds(const Models::StoryGroups &groups, LoadMode mode)
{
    const QList<qint64> &ids = groups.visibleIds;
    // After a refresh the article being read stays even if the view no longer selects it
    // (the Unread view, once it has been read).
    QSet<qint64> sticky;
    if (mode == LoadMode::Reload && m_articles->rowOf(m_articleId) >= 0)
        sticky.insert(m_articleId);
    // A large change resets the model; selectPending() puts the selection back.
    m_articles->updateIds(Models::withStickyIds(m_articles->ids(), ids, sticky));
    m_articles->setStories(groups);
    selectPending();
    m_loading = false;
    emit viewLoaded(int(m_articles->rowCount()));
}

void SelectionController::selectArticle(qint64 id)
{
    const int row = m_articles->rowOf(id);
    if (row >= 0) {
        selectRow(row);
        m_articleView->scrollTo(m_articles->index(row), QAbstractItemView::PositionAtCenter);
        return;
    }
    m_pendingArticle = id;
}

void SelectionController::openArticle(qint64 id)
{
    if (m_articles->rowOf(id) >= 0) {
        selectArticle(id);
        return;
    }
    m_articleView->selectionModel()->clearCurrentIndex();
    m_articleId = id;
    showArticle(id);
    emit currentArticleChanged(id);
}

void SelectionController::selectPending()
{
    // The article being read stays selected when the new list has it too.
    if (!m_articleView->currentIndex().isValid() && m_articleId != 0 && m_pendingArticle == 0) {
        const int row = m_articles->rowOf(m_articleId);
        if (row >= 0)
            selectRow(row);
    }
    if (m_pendingArticle != 0) {
        const int row = m_articles->rowOf(m_pendingArticle);
        if (row >= 0) {
            m_pendingArticle = 0;
            selectRow(row);
            m_articleView->scrollTo(m_articles->index(row), QAbstractItemView::PositionAtCenter);
        }
    }
    if (m_pendingFirstUnread) {
        const int end = std::min(m_articles->rowCount(), UnreadScanLimit);
        for (int row = 0; row < end; ++row) {
            const Storage::ArticleRow *values = m_articles->rowAt(row);
            if (values && !values->read) {
                m_pendingFirstUnread = false;
                selectRow(row);
                break;
            }
        }
        if (!m_loading)
            m_pendingFirstUnread = false;
    }
}

int SelectionController::currentRow() const
{
    const QModelIndex current = m_articleView->currentIndex();
    return current.isValid() ? current.row() : m_articles->rowOf(m_articleId);
}

void SelectionController::selectRow(int row)
{
    const QModelIndex index = m_articles->index(row);
    if (!index.isValid())
        return;
    m_selectionTimer.start();
    m_articleView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    m_articleView->scrollTo(index);
}

bool SelectionController::next()
{
    const int row = currentRow() + 1;
    if (row >= m_articles->rowCount())
        return false;
    selectRow(row);
    return true;
}

bool SelectionController::previous()
{
    const int row = currentRow();
    if (row == 0 || m_articles->rowCount() == 0)
        return false;
    // Nothing selected yet: start at the top.
    selectRow(row < 0 ? 0 : row - 1);
    return true;
}

bool SelectionController::nextUnread()
{
    const int current = currentRow();
    const int end = std::min(m_articles->rowCount(), current + 1 + UnreadScanLimit);
    for (int row = current + 1; row < end; ++row) {
        const Storage::ArticleRow *values = m_articles->rowAt(row);
        if (values && !values->read) {
            selectRow(row);
            return true;
        }
    }
    // On to the next source (in tree order, wrapping around) that has unread articles.
    const QList<qint64> order = m_sources->sourceOrder();
    if (order.isEmpty())
        return false;
    const qsizetype start =
        m_view.kind == Models::ViewKey::Kind::Source ? order.indexOf(m_view.id) : -1;
    for (qsizetype step = 1; step <= order.size(); ++step) {
        const qint64 candidate = order.at((start + step) % order.size());
        const Models::ViewKey key = Models::ViewKey::source(candidate);
        if (key == m_view || m_sources->unreadOf(key) <= 0)
            continue;
        m_pendingFirstUnread = true;
        showView(key);
        selectPending();
        return true;
    }
    return false;
}

void SelectionController::onListCurrentChanged(const QModelIndex &current)
{
    // A view change empties the list; the pane keeps showing what is being read.
    if (!current.isValid())
        return;
    const qint64 id = m_articles->idAt(current.row());
    if (id == 0 || id == m_articleId)
        return;
    m_articleId = id;
    showArticle(id);
    emit currentArticleChanged(id);
}

void SelectionController::showArticle(qint64 id)
{
    if (!m_selectionTimer.isValid())
        m_selectionTimer.start(); // Selected with the mouse.
    const std::optional<Storage::Article> article =
        Storage::ArticleRepository(m_library.database().connection()).article(id);
    if (!article) {
        m_display->clear();
        return;
    }
    m_display->showArticle(*article);
    // tests/bench reads this: selection to the pane loading, the target is 30 ms.
    qCDebug(lcUi) << "article" << id << "loading" << m_selectionTimer.nsecsElapsed() / 1000
                  << "us after it was selected";
    m_selectionTimer.invalidate();
}

} // namespace Ui
