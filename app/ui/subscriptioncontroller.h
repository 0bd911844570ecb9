#pragma once

#include "models/modelsfwd.h"
#include "models/starterfeeds.h"

#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QWidget;

namespace Storage {
class Library;
struct SourceDraft;
} // namespace Storage
namespace Subscriptions {
struct OpmlDocument;
}

namespace Ui {

/// Subscribing and the files around it: the "Add a source" dialog, the starter feeds, OPML
/// import and export, and exporting bookmarks. Dialogs open without blocking the event loop.
class SubscriptionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionController)

public:
    SubscriptionController(Storage::Library &library, QNetworkAccessManager *network,
                           Models::DatabaseWorker *worker, Models::SourceTreeModel *sources,
                           QWidget *window);

    /// Opens the dialog; \a folderId preselects a folder.
    void addSource(qint64 folderId = 0);
    /// Subscribes without asking (the dialog's result, the starter list, tests).
    void subscribe(const QList<Storage::SourceDraft> &drafts);
    void subscribeStarterFeeds(const QList<Models::StarterFeed> &feeds);
    void importOpml();
    void importOpmlFile(const QString &path);
    void exportOpml();
    /// Writes every subscription as OPML to \a path.
    void exportOpmlTo(const QString &path);
    void exportBookmarks();
    /// Writes the bookmarks as HTML, or JSON when the name ends in .json.
    void exportBookmarksTo(const QString &path);

signals:
    /// New sources are in the library (and in the tree); \a ids to refresh, the first to show.
    void sourcesAdded(const QList<qint64> &ids);
    /// An import changed the library: the tree must be read again, then refreshed.
    void libraryImported(int added);
    void message(const QString &text);

private:
    void importOpmlDocument(const Subscriptions::OpmlDocument &document);

    Storage::Library &m_library;
    QNetworkAccessManager *m_network = nullptr;
    Models::DatabaseWorker *m_worker = nullptr;
    Models::SourceTreeModel *m_sources = nullptr;
    QWidget *m_window = nullptr;
};

} // namespace Ui
