#include "cli/commands/addcommand.h"

#include "cli/context.h"
#include "refresh/refreshservice.h"
#include "storage/folderrepository.h"
#include "storage/library.h"
#include "storage/sourcerepository.h"
#include "subscriptions/feeddiscoverer.h"
#include "subscriptions/subscriptionurl.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace Cli {

namespace {

// The folder named \a title: an existing one anywhere in the tree, else a new top-level one.
std::optional<qint64> folderNamed(const QSqlDatabase &db, const QString &title, QString *error)
{
    Storage::FolderRepository folders(db);
    for (const Storage::Folder &folder : folders.all()) {
        if (folder.title.compare(title, Qt::CaseInsensitive) == 0)
            return folder.id;
    }
    const std::optional<qint64> created = folders.add(title);
    if (!created)
        *error = folders.errorMessage();
    return created;
}

Subscriptions::DiscoveryResult discover(QNetworkAccessManager &network, const QUrl &url)
{
    Subscriptions::FeedDiscoverer discoverer(&network);
    Subscriptions::DiscoveryResult result;
    QEventLoop loop;
    QObject::connect(&discoverer, &Subscriptions::FeedDiscoverer::finished, &loop,
                     [&](const Subscriptions::DiscoveryResult &found) {
                         result = found;
                         loop.quit();
                     });
    discoverer.discover(url);
    loop.exec();
    return result;
}

Refresh::SourceOutcome fetchOnce(QNetworkAccessManager &network, const QString &databasePath,
                                 qint64 sourceId)
{
    Refresh::RefreshService service(databasePath, &network);
    Refresh::SourceOutcome outcome;
    QEventLoop loop;
    QObject::connect(&service, &Refresh::RefreshService::sourceFinished, &loop,
                     [&](const Refresh::SourceOutcome &result) { outcome = result; });
    QObject::connect(&service, &Refresh::RefreshService::finished, &loop, &QEventLoop::quit);
    service.refreshSources({sourceId});
    loop.exec();
    return outcome;
}

} // namespace

QString AddCommand::name() const
{
    return QStringLiteral("add");
}

QString AddCommand::summary() const
{
    return tr("Subscribe to a feed, or to the feed of a website");
}

void AddCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 tr("A feed or website address, a feed: link or a local file."));
    parser.addOption({QStringLiteral("folder"),
                      tr("Put the source in folder NAME (made if missing)."),
                      QStringLiteral("NAME")});
}

int AddCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err() << tr("tidings add: give one address") << Qt::endl;
        return ExitCode::UsageError;
    }
    const Subscriptions::SubscriptionUrl address =
        Subscriptions::parseSubscriptionUrl(parser.positionalArguments().constFirst());
    if (!address.ok())
        return context.fail(address.error);

    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const QSqlDatabase db = library->database().connection();

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    QUrl feedUrl = address.url;
    QString title;
    if (!address.isLocalFile()) {
        const Subscriptions::DiscoveryResult found = discover(network, address.url);
        if (!found.ok())
            return context.fail(found.error);
        if (found.feeds.size() > 1) {
            context.err() << tr("tidings: %1 offers %2 feeds; add one of them by its address:")
                                 .arg(address.url.toDisplayString())
                                 .arg(found.feeds.size())
                          << Qt::endl;
            for (const Subscriptions::FeedCandidate &candidate : found.feeds)
                context.err() << "  " << candidate.url.toDisplayString() << "  " << candidate.title
                              << Qt::endl;
            return ExitCode::Failure;
        }
        feedUrl = found.feeds.constFirst().url;
        title = found.feeds.constFirst().title;
    }

    qint64 folderId = 0;
    if (parser.isSet(QStringLiteral("folder"))) {
        QString error;
        const std::optional<qint64> folder =
            folderNamed(db, parser.value(QStringLiteral("folder")), &error);
        if (!folder)
            return context.fail(error);
        folderId = *folder;
    }
    Storage::SourceRepository sources(db);
    const Storage::SourceRepository::AddResult added = sources.add({feedUrl, title, {}, folderId});
    if (added.id == 0)
        return context.fail(sources.errorMessage());
    if (added.alreadyExists) {
        context.out() << tr("Already subscribed to %1 (source %2)")
                             .arg(feedUrl.toDisplayString())
                             .arg(added.id)
                      << Qt::endl;
        return ExitCode::Success;
    }

    const Refresh::SourceOutcome outcome =
        fetchOnce(network, library->profile().databasePath(), added.id);
    const auto source = sources.find(added.id);
    const QString name =
        source && !source->title.isEmpty() ? source->title : feedUrl.toDisplayString();
    if (outcome.status == Refresh::SourceOutcome::Status::Failed) {
        context.out() << tr("Added %1 (source %2)").arg(name).arg(added.id) << Qt::endl;
        return context.fail(tr("the first fetch failed: %1").arg(outcome.errorText));
    }
    context.out() << tr("Added %1 (source %2) with %n article(s)", nullptr, outcome.added)
                         .arg(name)
                         .arg(added.id)
                  << Qt::endl;
    return ExitCode::Success;
}

} // namespace Cli
