#include "cli/commands/accountcommands.h"

#include "cli/context.h"
#include "secrets/accountpassword.h"
#include "secrets/keyring.h"
#include "storage/accountrepository.h"
#include "storage/library.h"
#include "sync/accountpresets.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Cli {

namespace {

// The first line of standard input, when it is not a terminal; a null string otherwise.
QString passwordFromStandardInput()
{
    if (isatty(STDIN_FILENO))
        return {};
    QFile input;
    if (!Context::openInput(input, QStringLiteral("-")))
        return {};
    return QString::fromUtf8(input.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

// Waits for the keyring; the message says why it failed, empty when it did not.
QString storePassword(qint64 accountId, const QString &password)
{
    Secrets::Keyring keyring;
    QEventLoop loop;
    QString error;
    QObject::connect(&keyring, &Secrets::Store::secretWritten, &loop, &QEventLoop::quit);
    QObject::connect(&keyring, &Secrets::Store::failed, &loop,
                     [&](const QString &, const QString &message) {
                         error = message;
                         loop.quit();
                     });
    keyring.write(Secrets::accountPasswordKey(accountId), password);
    loop.exec();
    return error;
}

QJsonValue optional(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject toJson(const Storage::Account &account)
{
    return {
        {QStringLiteral("id"), account.id},
        {QStringLiteral("type"), Storage::AccountRepository::typeName(account.type)},
        {QStringLiteral("title"), account.title},
        {QStringLiteral("server"), optional(account.serverUrl.toString())},
        {QStringLiteral("user"), optional(account.username)},
        {QStringLiteral("last_sync"),
         optional(account.lastSync.isValid() ? account.lastSync.toUTC().toString(Qt::ISODate)
                                             : QString())},
        {QStringLiteral("last_error"), optional(account.lastError)},
        {QStringLiteral("api_level"), account.apiLevel},
        {QStringLiteral("pending_changes"), account.pendingChanges},
    };
}

} // namespace

QString AccountCommand::name() const
{
    return QStringLiteral("account");
}

QString AccountCommand::summary() const
{
    return tr("Add a sync account (add TYPE URL --user NAME) or remove one (remove ID)");
}

void AccountCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("add|remove"),
        tr("add TYPE URL: a new account; TYPE is ttrss (Tiny Tiny RSS), greader (any Google "
           "Reader API server), freshrss, miniflux, or a hosted service whose URL may be left "
           "out: inoreader, theoldreader, bazqux. The password is read from standard input, or "
           "taken from TIDINGS_ACCOUNT_PASSWORD. remove ID: an account and its sources; its "
           "bookmarked articles stay."));
    parser.addOption(
        {QStringLiteral("user"), tr("The user name on the server."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("title"), tr("A name for the account (default: the host)."),
                      QStringLiteral("TITLE")});
}

int AccountCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("add"))
        return add(arguments.mid(1), parser, context);
    if (action == QLatin1String("remove"))
        return remove(arguments.mid(1), context);
    context.err() << tr("tidings account: say add or remove") << Qt::endl;
    return ExitCode::UsageError;
}

int AccountCommand::add(const QStringList &arguments, const QCommandLineParser &parser,
                        Context &context)
{
    const std::optional<Sync::AccountPreset> preset =
        Sync::AccountPresets::named(arguments.value(0));
    // A hosted service has its address already; any other server needs one.
    const bool addressGiven = arguments.size() == 2;
    const bool addressKnown = preset && !preset->hostedUrl.isEmpty() && arguments.size() == 1;
    if (!preset || !(addressGiven || addressKnown) || !parser.isSet(QStringLiteral("user"))) {
        context.err() << tr("tidings account add: give the server type (%1), the server's "
                            "address and --user NAME")
                             .arg(Sync::AccountPresets::names())
                      << Qt::endl;
        return ExitCode::UsageError;
    }
    const bool passwordFromEnvironment =
        !qEnvironmentVariableIsEmpty(Secrets::AccountPasswordVariable);
    const QString password = passwordFromEnvironment ? QString() : passwordFromStandardInput();
    if (!passwordFromEnvironment && password.isEmpty()) {
        context.err() << tr("tidings account add: give the password on standard input, e.g. "
                            "`secret-tool lookup ... | tidings account add ...`, or in %1")
                             .arg(QLatin1String(Secrets::AccountPasswordVariable))
                      << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    Storage::AccountRepository accounts(library->database().connection());
    Storage::AccountDraft draft;
    draft.type = preset->type;
    draft.serverUrl = preset->serverUrl(arguments.value(1));
    draft.username = parser.value(QStringLiteral("user"));
    draft.title = parser.value(QStringLiteral("title"));
    const std::optional<qint64> id = accounts.add(draft);
    if (!id)
        return context.fail(accounts.errorMessage());
    if (!passwordFromEnvironment) {
        const QString error = storePassword(*id, password);
        if (!error.isEmpty()) {
            // An account whose password is nowhere could never sync: not added.
            (void)accounts.remove(*id);
            return context.fail(
                tr("the password could not be stored in the keyring: %1").arg(error));
        }
    }
    context.out() << *id << Qt::endl;
    context.err() << tr("Added account %1; `tidings sync --account %1` fetches it.").arg(*id)
                  << Qt::endl;
    return ExitCode::Success;
}

int AccountCommand::remove(const QStringList &arguments, Context &context)
{
    bool ok = false;
    const qint64 id = arguments.size() == 1 ? arguments.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        context.err() << tr("tidings account remove: give one account id") << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    Storage::AccountRepository accounts(library->database().connection());
    if (!accounts.remove(id))
        return context.fail(accounts.errorMessage());
    // Nothing waits for the keyring: the entry may as well not exist.
    Secrets::Keyring keyring;
    QEventLoop loop;
    QObject::connect(&keyring, &Secrets::Store::secretRemoved, &loop, &QEventLoop::quit);
    QObject::connect(&keyring, &Secrets::Store::failed, &loop, &QEventLoop::quit);
    keyring.remove(Secrets::accountPasswordKey(id));
    loop.exec();
    return ExitCode::Success;
}

QString AccountsCommand::name() const
{
    return QStringLiteral("accounts");
}

QString AccountsCommand::summary() const
{
    return tr("List the accounts with their last sync and the changes waiting to be sent");
}

void AccountsCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
}

int AccountsCommand::run(const QCommandLineParser &parser, Context &context)
{
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const Storage::AccountRepository repository(library->database().connection());
    const QList<Storage::Account> accounts = repository.all();
    if (accounts.isEmpty())
        return context.fail(repository.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Storage::Account &account : accounts)
            array.append(toJson(account));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out().flush();
        return ExitCode::Success;
    }
    for (const Storage::Account &account : accounts) {
        if (!account.isRemote()) {
            context.out() << QStringLiteral("%1  %2\n").arg(account.id, 5).arg(tr("local"));
            continue;
        }
        context.out() << QStringLiteral("%1  %2  %3@%4\n")
                             .arg(account.id, 5)
                             .arg(account.title, account.username,
                                  account.serverUrl.toDisplayString());
        context.out()
            << QStringLiteral("       ")
            << (account.lastSync.isValid()
                    ? tr("last sync: %1").arg(account.lastSync.toLocalTime().toString(Qt::ISODate))
                    : tr("never synced"))
            << QStringLiteral("; ") << tr("%n change(s) waiting", nullptr, account.pendingChanges)
            << "\n";
        if (!account.lastError.isEmpty())
            context.out() << QStringLiteral("       ")
                          << tr("last error: %1").arg(account.lastError) << "\n";
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace Cli
