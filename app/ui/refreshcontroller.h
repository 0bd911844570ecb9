#pragma once

#include "models/modelsfwd.h"
#include "refresh/refreshtypes.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;
class QSettings;
class QTimer;

namespace Refresh {
class RefreshService;
}

namespace Ui {

class EventLoopWatch;

/// Runs refreshes for the window: all sources (File → Refresh All, F5, r), single sources,
/// the sources that are due (checked every minute), and everything on start when the setting
/// asks for it. While a refresh runs it keeps the tree's counts and error badges current.
class RefreshController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshController)

public:
    static constexpr int DueCheckIntervalMs = 60'000;

    /// \a network is the window's one QNetworkAccessManager.
    RefreshController(const QString &databasePath, QSettings &settings,
                      QNetworkAccessManager *network, Models::DatabaseWorker *worker,
                      Models::SourceTreeModel *sources, QObject *parent = nullptr);
    ~RefreshController() override;

    /// Starts the due-source timer, and refreshes everything when the setting says so.
    void start();
    /// Takes the network, interval and retention settings for what follows. Before the first
    /// call the service runs on its defaults: the window calls it before start().
    void applySettings();
    void refreshAll();
    void refreshSources(const QList<qint64> &sourceIds);
    /// A background refresh: only due sources; it may end in a notification.
    void refreshDue();
    void cancel();
    [[nodiscard]] bool isRunning() const;

signals:
    void started();
    void progress(int done, int total, const QString &current);
    /// Articles of \a sourceId were added or changed.
    void sourceChanged(qint64 sourceId, const QList<qint64> &addedIds);
    /// \a addedBySource: new articles per source in this run; \a background: started by the
    /// timer rather than by the person.
    void finished(const Refresh::Summary &summary, const QHash<qint64, int> &addedBySource,
                  bool background);
    /// New articles of the run that a rule asked to be told about (before finished()).
    void rulesNotified(const QStringList &titles);
    /// The library could not store what was fetched (the disk is full): the run stopped.
    void storageFailed(const QString &message);

private:
    void onSourceFinished(const Refresh::SourceOutcome &outcome);
    void onFinished(const Refresh::Summary &summary);
    void updateCounts();

    QSettings &m_settings;
    Refresh::RefreshService *m_service = nullptr;
    Models::DatabaseWorker *m_worker = nullptr;
    Models::SourceTreeModel *m_sources = nullptr;
    QTimer *m_dueTimer = nullptr;
    QTimer *m_countsDelay = nullptr;
    EventLoopWatch *m_stallWatch = nullptr; ///< Only while verbose logging is on.
    QHash<qint64, int> m_added;
    QStringList m_notifyTitles;
    bool m_background = false;
    bool m_running = false;
};

} // namespace Ui
