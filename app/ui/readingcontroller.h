#pragma once

#include "models/modelsfwd.h"
#include "models/viewkey.h"
#include "storage/articlerepository.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

class QSettings;
class QTimer;

namespace Ui {

class SelectionController;

/// What reading changes: read and bookmark states, "mark all read" with its undo, opening
/// articles in the browser. The list and the counts change at once; the library is written on
/// the query worker, so the UI never waits behind a refresh that is storing articles.
class ReadingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingController)

public:
    ReadingController(QSettings &settings, Models::DatabaseWorker *worker,
                      Models::SourceTreeModel *sources, Models::ArticleListModel *articles,
                      SelectionController *selection, QObject *parent = nullptr);

    void toggleRead();
    void toggleBookmark();
    void openInBrowser();
    void setRead(qint64 id, bool read);
    void setBookmarked(qint64 id, bool bookmarked);
    /// Every unread article of the current view (with its search), or of \a key.
    void markAllRead();
    void markViewRead(const Models::ViewKey &key);
    void undo();
    [[nodiscard]] bool canUndo() const { return !m_undoIds.isEmpty(); }
    /// The read and bookmark state of the current article.
    [[nodiscard]] bool currentIsRead() const;
    [[nodiscard]] bool currentIsBookmarked() const;

signals:
    /// \a count articles were marked read; undo() brings them back.
    void markedAllRead(int count);
    void undoAvailable(bool available);
    void currentStateChanged();
    /// The counts of the tree were read again.
    void countsChanged();
    void openUrlRequested(const QUrl &url);

private:
    void onCurrentArticleChanged(qint64 id);
    void applyReadChange(const QList<qint64> &ids, bool read);
    /// Reading \a id: its story's other articles in the list are read too (a setting).
    void markRestOfStoryRead(qint64 id);
    void markFilterRead(const Storage::ArticleFilter &filter, const QList<qint64> &sources);
    /// Marks read what \a mark changes on the worker (it returns the ids it marked).
    void markRead(std::function<QList<qint64>(const QSqlDatabase &)> mark,
                  const QList<qint64> &sources);
    [[nodiscard]] int currentRow() const;

    QSettings &m_settings;
    Models::DatabaseWorker *m_worker = nullptr;
    Models::SourceTreeModel *m_sources = nullptr;
    Models::ArticleListModel *m_articles = nullptr;
    SelectionController *m_selection = nullptr;
    QTimer *m_markReadDelay = nullptr;
    qint64 m_markReadId = 0;
    QList<qint64> m_undoIds;
};

} // namespace Ui
