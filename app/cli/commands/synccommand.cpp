#include "cli/commands/synccommand.h"

#include "cli/context.h"
#include "refresh/refreshsettings.h"
#include "secrets/keyring.h"
#include "storage/library.h"
#include "sync/databaserunner.h"
#include "sync/syncservice.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace Cli {

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return tr("Send the changes waiting and fetch what is new on the sync servers");
}

void SyncCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("account"),
                      tr("Sync only account ID, as `tidings accounts` shows (default: all)."),
                      QStringLiteral("ID")});
}

int SyncCommand::run(const QCommandLineParser &parser, Context &context)
{
    qint64 only = 0;
    if (parser.isSet(QStringLiteral("account"))) {
        bool ok = false;
        only = parser.value(QStringLiteral("account")).toLongLong(&ok);
        if (!ok || only <= 0) {
            context.err() << tr("tidings sync: '%1' is not an account id")
                                 .arg(parser.value(QStringLiteral("account")))
                          << Qt::endl;
            return ExitCode::UsageError;
        }
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const QSqlDatabase database = library->database().connection();
    QList<Storage::Account> accounts;
    for (const Storage::Account &account : Storage::AccountRepository(database).all()) {
        if (account.isRemote() && (only == 0 || account.id == only))
            accounts.append(account);
    }
    if (accounts.isEmpty())
        return context.fail(only == 0 ? tr("there is no sync account; add one with `tidings "
                                           "account add`")
                                      : tr("there is no sync account %1").arg(only));

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    Secrets::Keyring keyring;
    Sync::DirectDatabaseRunner runner(database);
    Sync::SyncService::Options options;
    options.timeoutMs = Refresh::fetchOptionsFrom(*library->profile().openSettings()).timeoutMs;
    Sync::SyncService service(&runner, &network, &keyring, options);

    QEventLoop loop;
    QString title;
    Sync::SyncSummary summary;
    QObject::connect(&service, &Sync::SyncService::progress, &loop,
                     [&](qint64, const QString &message) {
                         context.err() << QStringLiteral("[%1] %2").arg(title, message) << Qt::endl;
                     });
    QObject::connect(&service, &Sync::SyncService::finished, &loop,
                     [&](const Sync::SyncSummary &result) {
                         summary = result;
                         loop.quit();
                     });
    int failed = 0;
    for (const Storage::Account &account : std::as_const(accounts)) {
        title = account.title;
        service.sync(account);
        loop.exec();
        context.err() << tr("%1: sent %n change(s), %2 folders, %3 sources, %4 new and %5 "
                            "updated articles",
                            nullptr, summary.sent)
                             .arg(account.title)
                             .arg(summary.folders)
                             .arg(summary.sources)
                             .arg(summary.added)
                             .arg(summary.updated)
                      << Qt::endl;
        if (!summary.ok()) {
            ++failed;
            context.fail(tr("%1: %2").arg(account.title, summary.error));
        }
    }
    return failed > 0 ? ExitCode::Failure : ExitCode::Success;
}

} // namespace Cli
