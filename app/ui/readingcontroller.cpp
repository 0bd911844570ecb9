#include "ui/readingcontroller.h"

#include "base/logging.h"
#include "models/articlelistmodel.h"
#include "models/databaseworker.h"
#include "models/librarycounts.h"
#include "models/sourcetreemodel.h"
#include "storage/articlerepository.h"
#include "ui/selectioncontroller.h"
#include "ui/windowsettingskeys.h"

#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace Ui {

namespace {

// What a bulk change does to the counts, read again on the worker after the change.
struct BulkResult
{
    QList<qint64> ids;
    Models::SmartCounts counts;
    QHash<qint64, int> unreadBySource;
};

BulkResult recount(const QSqlDatabase &database, QList<qint64> ids, const QList<qint64> &sources)
{
    BulkResult result;
    result.ids = std::move(ids);
    result.counts = Models::loadSmartCounts(database, QDateTime::currentDateTime());
    result.unreadBySource = Models::loadUnreadCounts(database, sources);
    return result;
}

bool isToday(const QDateTime &date)
{
    return date.isValid() && date.toLocalTime().date() == QDate::currentDate();
}

} // namespace

ReadingController::ReadingController(QSettings &settings, Models::DatabaseWorker *worker,
                                     Models::SourceTreeModel *sources,
                                     Models::ArticleListModel *articles,
                                     SelectionController *selection, QObject *parent)
    : QObject(parent), m_settings(settings), m_worker(worker), m_sources(sources),
      m_articles(articles), m_selection(selection)
{
    m_markReadDelay = new QTimer(this);
    m_markReadDelay->setSingleShot(true);
    connect(m_markReadDelay, &QTimer::timeout, this, [this] {
        if (m_markReadId != 0 && m_markReadId == m_selection->currentArticleId()) {
            setRead(m_markReadId, true);
            markRestOfStoryRead(m_markReadId);
        }
    });
    connect(m_selection, &SelectionController::currentArticleChanged, this,
            &ReadingController::onCurrentArticleChanged);
}

void ReadingController::onCurrentArticleChanged(qint64 id)
{
    m_markReadDelay->stop();
    m_markReadId = id;
    emit currentStateChanged();
    if (id == 0 || currentIsRead())
        return;
    const int delaySeconds = m_settings
                                 .value(QLatin1String(SettingsKeys::MarkReadDelaySeconds),
                                        SettingsKeys::MarkReadDelaySecondsDefault)
                                 .toInt();
    if (delaySeconds <= 0) {
        setRead(id, true);
        markRestOfStoryRead(id);
    } else
        m_markReadDelay->start(delaySeconds * 1000);
}

int ReadingController::currentRow() const
{
    return m_articles->rowOf(m_selection->currentArticleId());
}

bool ReadingController::currentIsRead() const
{
    const Storage::ArticleRow *row = m_articles->rowAt(currentRow());
    return row && row->read;
}

bool ReadingController::currentIsBookmarked() const
{
    const Storage::ArticleRow *row = m_articles->rowAt(currentRow());
    return row && row->bookmarked;
}

void ReadingController::setRead(qint64 id, bool read)
{
    const Storage::ArticleRow *row = m_articles->rowAt(m_articles->rowOf(id));
    if (row && row->read == read)
        return;
    if (row) {
        const int delta = read ? -1 : 1;
        m_sources->adjustUnread(row->sourceId, delta);
        Models::SmartCounts counts = m_sources->smartCounts();
        counts.unread = std::max(0, counts.unread + delta);
        if (isToday(row->date))
            counts.todayUnread = std::max(0, counts.todayUnread + delta);
        m_sources->setSmartCounts(counts);
    }
    m_articles->setRead(id, read);
    // Which saved searches hold the article is for their queries to say: count them again.
    const bool countSearches = !m_sources->smartCounts().savedSearchUnread.isEmpty();
    using SearchCounts = std::optional<QHash<qint64, int>>;
    m_worker->run<SearchCounts>(
        this,
        [id, read, countSearches](const QSqlDatabase &database) -> SearchCounts {
            Storage::ArticleRepository repository(database);
            if (!repository.setRead(id, read)) {
                qCWarning(lcStorage) << "cannot mark read:" << repository.errorMessage();
                return std::nullopt;
            }
            if (!countSearches)
                return std::nullopt;
            return Models::loadSavedSearchUnreadCounts(database, QDateTime::currentDateTime());
        },
        [this](const SearchCounts &searches) {
            if (!searches)
                return;
            Models::SmartCounts counts = m_sources->smartCounts();
            counts.savedSearchUnread = *searches;
            m_sources->setSmartCounts(counts);
        });
    if (id == m_selection->currentArticleId())
        emit currentStateChanged();
}

void ReadingController::setBookmarked(qint64 id, bool bookmarked)
{
    m_articles->setBookmarked(id, bookmarked);
    Models::SmartCounts counts = m_sources->smartCounts();
    counts.bookmarks = std::max(0, counts.bookmarks + (bookmarked ? 1 : -1));
    m_sources->setSmartCounts(counts);
    m_worker->run<bool>(
        this,
        [id, bookmarked](const QSqlDatabase &database) {
            Storage::ArticleRepository repository(database);
            const bool ok = repository.setBookmarked(id, bookmarked);
            if (!ok)
                qCWarning(lcStorage) << "cannot bookmark:" << repository.errorMessage();
            return ok;
        },
        [](const bool &) {});
    if (id == m_selection->currentArticleId())
        emit currentStateChanged();
}

void ReadingController::toggleRead()
{
    const qint64 id = m_selection->currentArticleId();
    if (id == 0)
        return;
    m_markReadDelay->stop();
    setRead(id, !currentIsRead());
}

void ReadingController::toggleBookmark()
{
    const qint64 id = m_selection->currentArticleId();
    if (id != 0)
        setBookmarked(id, !currentIsBookmarked());
}

void ReadingController::openInBrowser()
{
    const Storage::ArticleRow *row = m_articles->rowAt(currentRow());
    if (!row)
        return;
    const QUrl url(row->link);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        emit openUrlRequested(url);
}

void ReadingController::markAllRead()
{
    const Models::ViewKey view = m_selection->currentView();
    if (!view.isSmart(Models::SmartView::Briefing)) {
        markFilterRead(m_sources->filterOf(view, m_selection->search()),
                       m_sources->sourceIdsOf(view));
        return;
    }
    // The briefing's articles are those its stories picked, not all of the day's: the list's
    // unread ones (so that undo gives back exactly those).
    QList<qint64> unread;
    for (int row = 0; row < m_articles->rowCount(); ++row) {
        const Storage::ArticleRow *values = m_articles->rowAt(row);
        if (values && !values->read)
            unread.append(values->id);
    }
    markRead(
        [unread](const QSqlDatabase &database) {
            Storage::ArticleRepository repository(database);
            if (repository.setReadForIds(unread, true))
                return unread;
            qCWarning(lcStorage) << "marking the briefing read failed:"
                                 << repository.errorMessage();
            return QList<qint64>();
        },
        m_sources->sourceIdsOf(view));
}

void ReadingController::markViewRead(const Models::ViewKey &key)
{
    if (key == m_selection->currentView())
        markAllRead();
    else
        markFilterRead(m_sources->filterOf(key), m_sources->sourceIdsOf(key));
}

void ReadingController::markFilterRead(const Storage::ArticleFilter &filter,
                                       const QList<qint64> &sources)
{
    markRead(
        [filter](const QSqlDatabase &database) {
            return Storage::ArticleRepository(database).markAllRead(filter).value_or(
                QList<qint64>());
        },
        sources);
}

void ReadingController::markRead(std::function<QList<qint64>(const QSqlDatabase &)> mark,
                                 const QList<qint64> &sources)
{
    m_worker->run<BulkResult>(
        this,
        [mark = std::move(mark), sources](const QSqlDatabase &database) {
            return recount(database, mark(database), sources);
        },
        [this](const BulkResult &result) {
            applyReadChange(result.ids, true);
            m_sources->setUnreadCounts(result.unreadBySource);
            m_sources->setSmartCounts(result.counts);
            m_undoIds = result.ids;
            emit undoAvailable(!m_undoIds.isEmpty());
            emit markedAllRead(int(result.ids.size()));
            emit countsChanged();
        });
}

void ReadingController::undo()
{
    if (m_undoIds.isEmpty())
        return;
    const QList<qint64> ids = std::exchange(m_undoIds, {});
    const QList<qint64> sources = m_sources->sourceOrder();
    emit undoAvailable(false);
    m_worker->run<BulkResult>(
        this,
        [ids, sources](const QSqlDatabase &database) {
            Storage::ArticleRepository repository(database);
            if (!repository.setReadForIds(ids, false))
                qCWarning(lcStorage) << "undo failed:" << repository.errorMessage();
            return recount(database, ids, sources);
        },
        [this](const BulkResult &result) {
            applyReadChange(result.ids, false);
            m_sources->setUnreadCounts(result.unreadBySource);
            m_sources->setSmartCounts(result.counts);
            emit countsChanged();
        });
}

void ReadingController::markRestOfStoryRead(qint64 id)
{
    if (!m_settings
             .value(QLatin1String(SettingsKeys::MarkStoryRead), SettingsKeys::MarkStoryReadDefault)
             .toBool())
        return;
    QList<qint64> rest = m_articles->storyOf(id);
    rest.removeAll(id);
    if (rest.isEmpty())
        return;
    const QList<qint64> sources = m_sources->sourceOrder();
    m_worker->run<BulkResult>(
        this,
        [rest, sources](const QSqlDatabase &database) {
            Storage::ArticleRepository repository(database);
            if (!repository.setReadForIds(rest, true))
                qCWarning(lcStorage) << "cannot mark the story read:" << repository.errorMessage();
            return recount(database, rest, sources);
        },
        [this](const BulkResult &result) {
            applyReadChange(result.ids, true);
            m_sources->setUnreadCounts(result.unreadBySource);
            m_sources->setSmartCounts(result.counts);
            emit countsChanged();
        });
}

void ReadingController::applyReadChange(const QList<qint64> &ids, bool read)
{
    m_articles->setReadForIds(ids, read);
    emit currentStateChanged();
}

} // namespace Ui
