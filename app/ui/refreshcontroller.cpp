#include "ui/refreshcontroller.h"

#include "base/logging.h"
#include "models/databaseworker.h"
#include "models/librarycounts.h"
#include "models/sourcetreemodel.h"
#include "refresh/refreshservice.h"
#include "refresh/refreshsettings.h"
#include "storage/sourcerepository.h"
#include "ui/eventloopwatch.h"
#include "ui/windowsettingskeys.h"

#include <QSettings>
#include <QTimer>

namespace Ui {

namespace {

constexpr int CountsDelayMs = 300;

} // namespace

RefreshController::RefreshController(const QString &databasePath, QSettings &settings,
                                     QNetworkAccessManager *network, Models::DatabaseWorker *worker,
                                     Models::SourceTreeModel *sources, QObject *parent)
    : QObject(parent), m_settings(settings),
      m_service(new Refresh::RefreshService(databasePath, network, {}, Refresh::Schedule(), this)),
      m_worker(worker), m_sources(sources)
{
    m_dueTimer = new QTimer(this);
    m_dueTimer->setInterval(DueCheckIntervalMs);
    connect(m_dueTimer, &QTimer::timeout, this, &RefreshController::refreshDue);
    m_countsDelay = new QTimer(this);
    m_countsDelay->setSingleShot(true);
    m_countsDelay->setInterval(CountsDelayMs);
    connect(m_countsDelay, &QTimer::timeout, this, &RefreshController::updateCounts);

    connect(m_service, &Refresh::RefreshService::started, this, [this] {
        m_running = true;
        m_added.clear();
        m_notifyTitles.clear();
        // Verbose runs measure the window's responsiveness
        // (tests/bench/refresh-stall-benchmark.py).
        if (lcUi().isDebugEnabled()) {
            if (!m_stallWatch)
                m_stallWatch = new EventLoopWatch(this);
            m_stallWatch->start();
        }
        emit started();
    });
    connect(m_service, &Refresh::RefreshService::progress, this, &RefreshController::progress);
    connect(m_service, &Refresh::RefreshService::sourceFinished, this,
            &RefreshController::onSourceFinished);
    connect(m_service, &Refresh::RefreshService::finished, this, &RefreshController::onFinished);
    connect(m_service, &Refresh::RefreshService::databaseError, this,
            &RefreshController::storageFailed);
}

RefreshController::~RefreshController() = default;

void RefreshController::applySettings()
{
    m_service->setFetchOptions(Refresh::fetchOptionsFrom(m_settings));
    m_service->setSchedule(Refresh::scheduleFrom(m_settings));
    m_service->setRetention(Refresh::retentionFrom(m_settings));
}

void RefreshController::start()
{
    m_dueTimer->start();
    if (m_settings
            .value(QLatin1String(SettingsKeys::RefreshOnStart), SettingsKeys::RefreshOnStartDefault)
            .toBool())
        refreshAll();
}

void RefreshController::refreshAll()
{
    if (!m_running)
        m_background = false;
    m_service->refreshAll();
}

void RefreshController::refreshSources(const QList<qint64> &sourceIds)
{
    if (!m_running)
        m_background = false;
    m_service->refreshSources(sourceIds);
}

void RefreshController::refreshDue()
{
    // Joining a refresh the person started keeps it theirs.
    if (!m_running)
        m_background = true;
    m_service->refreshDue();
}

void RefreshController::cancel()
{
    m_service->cancel();
}

bool RefreshController::isRunning() const
{
    return m_running;
}

void RefreshController::onSourceFinished(const Refresh::SourceOutcome &outcome)
{
    if (outcome.added > 0)
        m_added[outcome.sourceId] += outcome.added;
    m_notifyTitles += outcome.notifyTitles;
    // The source's title, error badge and counts, read on the worker (counting walks articles).
    const qint64 id = outcome.sourceId;
    m_worker->run<std::optional<Storage::Source>>(
        this,
        [id](const QSqlDatabase &database) { return Storage::SourceRepository(database).find(id); },
        [this](const std::optional<Storage::Source> &source) {
            if (source)
                m_sources->updateSource(*source);
        });
    if (outcome.added > 0 || outcome.updated > 0) {
        m_countsDelay->start();
        emit sourceChanged(outcome.sourceId, outcome.addedIds);
    }
}

void RefreshController::updateCounts()
{
    m_worker->run<Models::SmartCounts>(
        this,
        [](const QSqlDatabase &database) {
            return Models::loadSmartCounts(database, QDateTime::currentDateTime());
        },
        [this](const Models::SmartCounts &counts) { m_sources->setSmartCounts(counts); });
}

void RefreshController::onFinished(const Refresh::Summary &summary)
{
    m_running = false;
    if (m_stallWatch && m_stallWatch->isActive()) {
        m_stallWatch->stop();
        qCDebug(lcUi).nospace() << "refresh finished: " << summary.succeeded << " sources ok, "
                                << summary.failed << " failed, " << summary.added
                                << " new articles; "
                                << qPrintable(m_stallWatch->describeLongestStall());
    }
    if (m_countsDelay->isActive()) {
        m_countsDelay->stop();
        updateCounts();
    }
    if (!m_notifyTitles.isEmpty())
        emit rulesNotified(std::exchange(m_notifyTitles, {}));
    emit finished(summary, m_added, m_background);
    m_background = false;
}

} // namespace Ui
