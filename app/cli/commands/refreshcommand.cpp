#include "cli/commands/refreshcommand.h"

#include "cli/context.h"
#include "refresh/refreshservice.h"
#include "refresh/refreshsettings.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace Cli {

QString RefreshCommand::name() const
{
    return QStringLiteral("refresh");
}

QString RefreshCommand::summary() const
{
    return tr("Fetch new articles from every source, or from the given ones");
}

void RefreshCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("source"), tr("Refresh only source ID (repeatable)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("jobs"), tr("Download at most N feeds at once (default 12)."),
                      QStringLiteral("N"), QStringLiteral("12")});
}

int RefreshCommand::run(const QCommandLineParser &parser, Context &context)
{
    QList<qint64> sourceIds;
    for (const QString &value : parser.values(QStringLiteral("source"))) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            context.err() << tr("tidings refresh: '%1' is not a source id").arg(value) << Qt::endl;
            return ExitCode::UsageError;
        }
        sourceIds.append(id);
    }
    bool jobsOk = false;
    const int jobs = parser.value(QStringLiteral("jobs")).toInt(&jobsOk);
    if (!jobsOk || jobs < 1 || jobs > 64) {
        context.err() << tr("tidings refresh: --jobs takes a number from 1 to 64") << Qt::endl;
        return ExitCode::UsageError;
    }

    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    const auto settings = library->profile().openSettings();
    Net::FetchOptions options = Refresh::fetchOptionsFrom(*settings);
    options.maxConnections = jobs;
    options.maxConnectionsPerHost = std::min(jobs, options.maxConnectionsPerHost);
    Refresh::RefreshService service(library->profile().databasePath(), &network, options,
                                    Refresh::scheduleFrom(*settings));
    service.setRetention(Refresh::retentionFrom(*settings));

    QEventLoop loop;
    Refresh::Summary summary;
    QString databaseError;
    QObject::connect(&service, &Refresh::RefreshService::sourceFinished, &loop,
                     [&context](const Refresh::SourceOutcome &outcome) {
                         if (outcome.status == Refresh::SourceOutcome::Status::Failed)
                             context.err() << tr("  %1: %2").arg(outcome.title, outcome.errorText)
                                           << Qt::endl;
                     });
    QObject::connect(&service, &Refresh::RefreshService::progress, &loop,
                     [&context](int done, int total, const QString &current) {
                         if (!current.isEmpty())
                             context.err()
                                 << QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(current)
                                 << Qt::endl;
                     });
    QObject::connect(&service, &Refresh::RefreshService::databaseError, &loop,
                     [&](const QString &message) { databaseError = message; });
    QObject::connect(&service, &Refresh::RefreshService::finished, &loop,
                     [&](const Refresh::Summary &result) {
                         summary = result;
                         loop.quit();
                     });
    if (sourceIds.isEmpty())
        service.refreshAll();
    else
        service.refreshSources(sourceIds);
    loop.exec();

    if (!databaseError.isEmpty())
        return context.fail(databaseError);
    const int total = summary.succeeded + summary.failed + summary.cancelled;
    if (total == 0 && !sourceIds.isEmpty())
        return context.fail(tr("no source with that id"));
    context.err() << tr("Refreshed %n source(s): %1 ok (%2 not modified), %3 failed; "
                        "%4 new and %5 updated articles",
                        nullptr, total)
                         .arg(summary.succeeded)
                         .arg(summary.notModified)
                         .arg(summary.failed)
                         .arg(summary.added)
                         .arg(summary.updated)
                  << Qt::endl;
    if (summary.pruned > 0)
        context.err() << tr("Removed %n old article(s) that the retention settings no longer keep",
                            nullptr, summary.pruned)
                      << Qt::endl;
    return summary.failed > 0 ? ExitCode::Failure : ExitCode::Success;
}

} // namespace Cli
