#include "sync/syncengine.h"

#include "rules/ruleapplier.h"
#include "storage/accountmirror.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/rulerepository.h"
#include "storage/rulesubjects.h"
#include "storage/transaction.h"
#include "sync/accountclient.h"
#include "sync/databaserunner.h"

#include <QDateTime>

#include <algorithm>

namespace Sync {

using Storage::ChangeKind;
using Storage::PendingChange;

struct SyncEngine::State
{
    SyncSummary summary;
    QList<PendingChange> pending;
    QList<PendingChange> states; ///< The read and bookmark changes of pending.
    qint64 sinceId = 0;
    qint64 highestId = 0;
    qint64 highestArticleBefore = 0; ///< The library's highest article id before the sync.
    QDateTime lastSync;              ///< The account's last successful sync.
    // Article pages: several are asked for at once once the first proves the list long.
    int pageSize = 0;
    int nextOffset = 0;
    int pagesAsked = 0;   ///< Asked for, not yet here.
    int pagesStoring = 0; ///< Here, not yet stored.
    bool lastPageSeen = false;
    QString unsentError; ///< A structure change the server refused; the sync went on.
    bool finished = false;
};

namespace {

bool isArticleState(const PendingChange &change)
{
    return change.kind == ChangeKind::Read || change.kind == ChangeKind::Bookmark;
}

} // namespace

SyncEngine::SyncEngine(qint64 accountId, AccountClient *client, DatabaseRunner *database,
                       QObject *parent)
    : QObject(parent), m_accountId(accountId), m_client(client), m_database(database),
      m_state(std::make_shared<State>())
{
    m_state->summary.accountId = accountId;
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::store(std::function<bool(const QSqlDatabase &, QString *)> job,
                       std::function<void()> next)
{
    auto error = std::make_shared<QString>();
    m_database->run(
        this,
        [job = std::move(job), error](const QSqlDatabase &database) {
            if (!database.isValid())
                *error = tr("The library cannot be opened.");
            else if (!job(database, error.get()) && error->isEmpty())
                *error = tr("The library could not be updated.");
        },
        [this, error, next = std::move(next)] {
            if (m_state->finished)
                return;
            if (!error->isEmpty())
                finish(*error);
            else
                next();
        });
}

void SyncEngine::start()
{
    const std::shared_ptr<State> state = m_state;
    const qint64 accountId = m_accountId;
    store(
        [state, accountId](const QSqlDatabase &database, QString *error) {
            Storage::AccountRepository accounts(database);
            const std::optional<Storage::Account> account = accounts.find(accountId);
            if (!account || !account->isRemote()) {
                *error = tr("There is no account %1 to sync.").arg(accountId);
                return false;
            }
            state->sinceId = account->lastArticleId;
            state->lastSync = account->lastSync;
            // A first sync stores thousands of articles, as a refresh does (see finish()).
            Storage::useBulkWriteCache(database, true);
            // The articles this sync adds get higher ids: the rules run on those.
            const Storage::RuleSubjectReader articles(database);
            const std::optional<qint64> highest = articles.highestId();
            if (!highest) {
                *error = articles.errorMessage();
                return false;
            }
            state->highestArticleBefore = *highest;
            Storage::PendingChangeRepository queue(database);
            const auto pending = queue.forAccount(accountId);
            if (!pending)
                *error = queue.errorMessage();
            state->pending = pending.value_or(QList<PendingChange>());
            return pending.has_value();
        },
        [this] {
            emit progress(tr("Logging in"));
            m_client->logIn([this](const QString &error) {
                if (!error.isEmpty()) {
                    finish(error);
                    return;
                }
                const int level = m_client->apiLevel();
                store(
                    [accountId = m_accountId, level](const QSqlDatabase &database, QString *) {
                        return Storage::AccountRepository(database).setApiLevel(accountId, level);
                    },
                    [this] { sendChanges(); });
            });
        });
}

void SyncEngine::sendChanges()
{
    QList<PendingChange> structure;
    for (const PendingChange &change : std::as_const(m_state->pending))
        (isArticleState(change) ? m_state->states : structure).append(change);
    if (!m_state->pending.isEmpty())
        emit progress(tr("Sending %n change(s)", nullptr, int(m_state->pending.size())));
    // Structure first: a feed subscribed offline exists before its articles are fetched.
    sendStructureChanges(structure);
}

void SyncEngine::sendStructureChanges(QList<PendingChange> changes)
{
    if (changes.isEmpty()) {
        sendArticleStates(m_state->states);
        return;
    }
    const PendingChange change = changes.takeFirst();
    auto next = [this, changes] { sendStructureChanges(changes); };
    auto done = [this, change, next](const QString &error) { sent({change}, error, next); };
    const QString folder = change.payload.value(QLatin1String("folder")).toString();
    switch (change.kind) {
    case ChangeKind::Subscribe:
        m_client->subscribe(QUrl(change.payload.value(QLatin1String("url")).toString()), folder,
                            [done](const QString &error, const QString &) { done(error); });
        return;
    case ChangeKind::Unsubscribe:
        m_client->unsubscribe(change.item, done);
        return;
    case ChangeKind::Move:
        m_client->move(change.item, folder, done);
        return;
    case ChangeKind::Rename:
        m_client->rename(change.item, change.payload.value(QLatin1String("title")).toString(),
                         done);
        return;
    case ChangeKind::Read:
    case ChangeKind::Bookmark:
        break;
    }
    next();
}

void SyncEngine::sendArticleStates(QList<PendingChange> changes)
{
    if (changes.isEmpty()) {
        syncStructure();
        return;
    }
    // One call (in batches) per state and value: every "read" together, and so on.
    const ChangeKind kind = changes.first().kind;
    const bool value = changes.first().value;
    QList<PendingChange> group;
    QStringList ids;
    const auto sameWish = [kind, value](const PendingChange &change) {
        return change.kind == kind && change.value == value;
    };
    for (const PendingChange &change : std::as_const(changes)) {
        if (sameWish(change)) {
            group.append(change);
            ids.append(change.item);
        }
    }
    changes.removeIf(sameWish);
    m_client->setArticleStates(kind, value, ids, [this, group, changes](const QString &error) {
        sent(group, error, [this, changes] { sendArticleStates(changes); });
    });
}

void SyncEngine::sent(const QList<PendingChange> &changes, const QString &error,
                      std::function<void()> next)
{
    const qint64 accountId = m_accountId;
    if (error.isEmpty()) {
        m_state->summary.sent += int(changes.size());
        store(
            [accountId, changes](const QSqlDatabase &database, QString *message) {
                Storage::PendingChangeRepository queue(database);
                const bool ok = queue.confirm(accountId, changes);
                *message = ok ? QString() : queue.errorMessage();
                return ok;
            },
            std::move(next));
        return;
    }
    m_state->summary.notSent += int(changes.size());
    // The changes stay queued. A refused structure change (a feed the server cannot read)
    // must not hold up the rest; a refused article state means the server is not taking any.
    const bool goOn = !changes.isEmpty() && !isArticleState(changes.first());
    if (goOn)
        m_state->unsentError = error;
    store(
        [changes, error](const QSqlDatabase &database, QString *) {
            return Storage::PendingChangeRepository(database).recordFailure(changes, error);
        },
        [this, goOn, error, next = std::move(next)] {
            if (goOn)
                next();
            else
                finish(error);
        });
}

void SyncEngine::syncStructure()
{
    emit progress(tr("Reading folders and sources"));
    m_client->folders([this](const QString &error, const QList<Storage::RemoteFolder> &folders) {
        if (!error.isEmpty()) {
            finish(error);
            return;
        }
        m_client->sources(
            [this, folders](const QString &error, const QList<Storage::RemoteSource> &sources) {
                if (!error.isEmpty()) {
                    finish(error);
                    return;
                }
                m_state->summary.folders = int(folders.size());
                m_state->summary.sources = int(sources.size());
                store(
                    [accountId = m_accountId, folders, sources](const QSqlDatabase &database,
                                                                QString *error) {
                        Storage::AccountMirror mirror(database);
                        Storage::Transaction transaction(database);
                        const bool ok =
                            transaction.isActive() && mirror.replaceFolders(accountId, folders) &&
                            mirror.replaceSources(accountId, sources) && transaction.commit();
                        if (!ok)
                            *error = mirror.errorMessage().isEmpty() ? transaction.errorMessage()
                                                                     : mirror.errorMessage();
                        return ok;
                    },
                    [this] { fetchNewArticles(); });
            });
    });
}

void SyncEngine::fetchNewArticles()
{
    if (!m_client->wantsStoredIds()) {
        fetchArticles();
        return;
    }
    auto stored = std::make_shared<QSet<QString>>();
    store(
        [accountId = m_accountId, stored](const QSqlDatabase &database, QString *error) {
            Storage::AccountMirror mirror(database);
            std::optional<QSet<QString>> ids = mirror.remoteArticleIds(accountId);
            if (!ids)
                *error = mirror.errorMessage();
            *stored = std::move(ids).value_or(QSet<QString>());
            return error->isEmpty();
        },
        [this, stored] {
            m_client->setStoredIds(std::move(*stored));
            fetchArticles();
        });
}

void SyncEngine::fetchArticles()
{
    // Once the first page proves the list long, a few at once (as the client allows): a page
    // beyond the end comes back empty, which costs little.
    const int parallel = std::max(1, m_client->parallelPages());
    const int window = m_state->pageSize > 0 ? parallel : 1;
    // Pages wait for the database no more than a few at a time: memory stays bounded.
    while (!m_state->lastPageSeen && !m_state->finished && m_state->pagesAsked < window &&
           m_state->pagesStoring <= parallel) {
        fetchPage(m_state->nextOffset);
        m_state->nextOffset += m_state->pageSize; // 0 until the first page tells the size
    }
    if (m_state->pagesAsked == 0 && m_state->pagesStoring == 0 && !m_state->finished)
        articlesStored();
}

void SyncEngine::fetchPage(int offset)
{
    emit progress(tr("Fetching new articles (%1 so far)").arg(m_state->summary.added));
    ++m_state->pagesAsked;
    m_client->articles(
        m_state->sinceId, offset, [this, offset](const QString &error, const ArticlePage &page) {
            if (m_state->finished)
                return;
            if (!error.isEmpty()) {
                finish(error);
                return;
            }
            --m_state->pagesAsked;
            ++m_state->pagesStoring;
            if (!page.more)
                m_state->lastPageSeen = true;
            else if (m_client->parallelPages() <= 1)
                m_state->nextOffset = offset + page.received; // one after the other
            else if (offset == 0)
                m_state->pageSize = m_state->nextOffset = page.received;
            for (const Storage::RemoteArticle &article : page.articles)
                m_state->highestId = std::max(m_state->highestId, article.id.toLongLong());
            // The server prepares the next pages while this one is stored.
            fetchArticles();
            auto stored = std::make_shared<Storage::StoreResult>();
            store(
                [accountId = m_accountId, stored,
                 articles = page.articles](const QSqlDatabase &database, QString *error) {
                    Storage::AccountMirror mirror(database);
                    const auto result =
                        mirror.storeArticles(accountId, articles, QDateTime::currentDateTimeUtc());
                    if (!result) {
                        *error = mirror.errorMessage();
                        return false;
                    }
                    *stored = *result;
                    return true;
                },
                [this, stored] {
                    m_state->summary.added += stored->added;
                    m_state->summary.updated += stored->updated;
                    --m_state->pagesStoring;
                    fetchArticles();
                });
        });
}

void SyncEngine::articlesStored()
{
    // Only now: a sync stopped halfway fetches the same articles again.
    store(
        [accountId = m_accountId, highest = m_state->highestId](const QSqlDatabase &database,
                                                                QString *error) {
            Storage::AccountRepository accounts(database);
            const bool ok = accounts.raiseLastArticleId(accountId, highest);
            *error = ok ? QString() : accounts.errorMessage();
            return ok;
        },
        [this] { applyRules(); });
}

void SyncEngine::applyRules()
{
    if (m_state->summary.added == 0) {
        syncStates();
        return;
    }
    // Before the state pass: a rule's "read" is a local change waiting to be sent, which the
    // server's state does not overwrite, and the pending_changes triggers queue it for the
    // server. Apply mode leaves notifying out: a sync brings articles the person may have
    // seen on another device, often many at once. Articles a feed refresh added meanwhile lie
    // above the mark too; the rules already ran on them, and every action is idempotent.
    store(
        [above = m_state->highestArticleBefore](const QSqlDatabase &database, QString *error) {
            const Storage::RuleRepository repository(database);
            const QList<Storage::Rule> rules = repository.list();
            if (rules.isEmpty() && !repository.errorMessage().isEmpty()) {
                *error = repository.errorMessage();
                return false;
            }
            const Rules::RuleSet enabled = Rules::RuleSet::enabled(rules);
            if (enabled.isEmpty())
                return true;
            const Rules::RuleApplier applier(enabled, Rules::RuleApplier::Mode::Apply, above);
            return applier.runAll(database, 0, {}, error).has_value();
        },
        [this] { syncStates(); });
}

void SyncEngine::syncStates()
{
    // A first sync fetched every article with its states just now (from a server that lists
    // them so).
    if (m_state->sinceId == 0 && m_client->listsEveryArticleWithStates()) {
        finish({});
        return;
    }
    emit progress(tr("Reading read and bookmark states"));
    auto known = std::make_shared<KnownStates>();
    known->lastSync = m_state->lastSync;
    store(
        [accountId = m_accountId, known](const QSqlDatabase &database, QString *error) {
            Storage::AccountMirror mirror(database);
            const auto unread = mirror.confirmedUnread(accountId);
            if (!unread) {
                *error = mirror.errorMessage();
                return false;
            }
            known->unread.reserve(unread->size());
            for (const Storage::AccountMirror::ConfirmedUnread &article : *unread) {
                known->unread.insert(article.articleId);
                ++known->unreadBySource[article.sourceId];
            }
            return true;
        },
        [this, known] {
            m_client->changedStates(
                *known, [this](const QString &error, const ArticleStates &states) {
                    if (!error.isEmpty()) {
                        finish(error);
                        return;
                    }
                    store(
                        [accountId = m_accountId, states](const QSqlDatabase &database,
                                                          QString *error) {
                            Storage::AccountMirror mirror(database);
                            const QDateTime now = QDateTime::currentDateTimeUtc();
                            const bool ok = states.complete
                                                ? mirror.applyStates(accountId, states.unread,
                                                                     states.bookmarked, now)
                                                : mirror.applyPartialStates(
                                                      accountId, states.read, states.unreadSources,
                                                      states.unread, states.bookmarked, now);
                            *error = ok ? QString() : mirror.errorMessage();
                            return ok;
                        },
                        [this] { finish({}); });
                });
        });
}

void SyncEngine::finish(const QString &error)
{
    if (m_state->finished)
        return;
    m_state->finished = true;
    SyncSummary &summary = m_state->summary;
    summary.error = error.isEmpty() ? m_state->unsentError : error;
    const std::shared_ptr<State> state = m_state;
    m_database->run(
        this,
        [accountId = m_accountId, message = summary.error](const QSqlDatabase &database) {
            if (!database.isValid())
                return;
            Storage::useBulkWriteCache(database, false);
            Storage::AccountRepository accounts(database);
            const bool recorded =
                message.isEmpty()
                    ? accounts.recordSyncSuccess(accountId, QDateTime::currentDateTimeUtc())
                    : accounts.recordSyncError(accountId, message);
            Q_UNUSED(recorded); // The summary carries the outcome either way.
        },
        [this, state] { emit finished(state->summary); });
}

} // namespace Sync
