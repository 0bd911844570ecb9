#include "cli/commands/summarizecommand.h"

#include "ai/aisettings.h"
#include "ai/builtinprovider.h"
#include "ai/openaiprovider.h"
#include "ai/resultcache.h"
#include "base/settingskeys.h"
#include "cli/context.h"
#include "secrets/keyring.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "text/plaintext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <memory>

namespace Cli {

namespace {

const QString ProviderOption = QStringLiteral("provider");
const QString KeyPointsOption = QStringLiteral("key-points");
const QString FreshOption = QStringLiteral("fresh");

// The longest text stored for the article: the fetched page, else the feed's content or summary.
QString articleText(const Storage::Article &article)
{
    for (const QString &html : {article.fullContent, article.content, article.summary}) {
        const QString text = Text::PlainText::fromHtml(html);
        if (!text.trimmed().isEmpty())
            return text;
    }
    return {};
}

struct ApiKey
{
    QString value;
    QString keyringError;
};

// The environment wins, so scripts and machines without a keyring can still use a key.
ApiKey readApiKey()
{
    ApiKey key;
    key.value = qEnvironmentVariable(SettingsKeys::AiApiKeyEnvironmentVariable);
    if (!key.value.isEmpty())
        return key;
    Secrets::Keyring keyring;
    QEventLoop loop;
    const QString name = QString::fromLatin1(SettingsKeys::AiApiKeyKeyringKey);
    QObject::connect(&keyring, &Secrets::Keyring::secretRead, &loop,
                     [&](const QString &, const QString &secret) {
                         key.value = secret;
                         loop.quit();
                     });
    QObject::connect(&keyring, &Secrets::Keyring::failed, &loop,
                     [&](const QString &, const QString &message) {
                         key.keyringError = message;
                         loop.quit();
                     });
    keyring.read(name);
    loop.exec();
    return key;
}

} // namespace

QString SummarizeCommand::name() const
{
    return QStringLiteral("summarize");
}

QString SummarizeCommand::summary() const
{
    return tr("Summarize an article, or list its key points");
}

void SummarizeCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The article's id, as `tidings articles` shows."));
    parser.addOption({ProviderOption,
                      tr("builtin: the summarizer on this computer; remote: the language model "
                         "server in the AI settings (default: the provider chosen there)."),
                      QStringLiteral("PROVIDER")});
    parser.addOption({KeyPointsOption, tr("List the key points instead of a summary.")});
    parser.addOption({FreshOption, tr("Ask again instead of showing the saved answer.")});
}

int SummarizeCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    bool ok = false;
    const qint64 id = arguments.size() == 1 ? arguments.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        context.err() << tr("tidings summarize: give one article id") << Qt::endl;
        return ExitCode::UsageError;
    }
    std::optional<Ai::Settings::ProviderKind> chosen;
    if (parser.isSet(ProviderOption)) {
        chosen = Ai::Settings::providerFromName(parser.value(ProviderOption));
        if (!chosen) {
            context.err() << tr("tidings summarize: --provider is builtin or remote") << Qt::endl;
            return ExitCode::UsageError;
        }
    }
    const Ai::Feature feature =
        parser.isSet(KeyPointsOption) ? Ai::Feature::KeyPoints : Ai::Feature::Summary;

    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const Ai::Settings settings = Ai::Settings::load(library->settings());
    // Asking for the built-in summarizer by name is consent enough: nothing leaves the computer.
    const bool builtinByName = chosen == Ai::Settings::ProviderKind::Builtin;
    if (!settings.enabled && !builtinByName)
        return context.fail(
            tr("AI features are turned off. Turn them on in the AI settings (%1=true in %2), or "
               "use --provider builtin for the summarizer that runs on this computer.")
                .arg(QLatin1String(SettingsKeys::AiEnabled),
                     QDir::toNativeSeparators(library->profile().settingsPath())));
    if (!settings.allows(feature) && !builtinByName)
        return context.fail(feature == Ai::Feature::KeyPoints
                                ? tr("Key points are turned off in the AI settings.")
                                : tr("Summaries are turned off in the AI settings."));
    const Ai::Settings::ProviderKind kind = chosen.value_or(settings.provider);

    Storage::ArticleRepository articles(library->database().connection());
    const std::optional<Storage::Article> article = articles.article(id);
    if (!article)
        return context.fail(tr("there is no article %1").arg(id));

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    std::unique_ptr<Ai::Provider> provider;
    ApiKey apiKey;
    if (kind == Ai::Settings::ProviderKind::Builtin) {
        provider = std::make_unique<Ai::BuiltinProvider>();
    } else {
        apiKey = readApiKey();
        provider =
            std::make_unique<Ai::OpenAiProvider>(&network, settings.openAiConfig(apiKey.value));
    }

    Ai::ResultCache cache(library->database().connection());
    const Ai::ResultKey key{id, feature, provider->id(), provider->model(), {}};
    if (!parser.isSet(FreshOption)) {
        if (const auto cached = cache.find(key)) {
            context.out() << cached->text << Qt::endl;
            return ExitCode::Success;
        }
    }

    Ai::Request request;
    request.feature = feature;
    request.title = article->row.title;
    request.text = articleText(*article);
    const std::unique_ptr<Ai::Reply> reply(provider->start(request, nullptr));

    // Print what arrives as it arrives; the answer's leading blanks are left out.
    qsizetype printed = 0;
    auto print = [&](const QString &textSoFar) {
        qsizetype start = 0;
        while (start < textSoFar.size() && textSoFar.at(start).isSpace())
            ++start;
        const QString visible = textSoFar.mid(start);
        if (visible.size() > printed) {
            context.out() << visible.mid(printed) << Qt::flush;
            printed = visible.size();
        }
    };
    QEventLoop loop;
    QString answer;
    QString error;
    QObject::connect(reply.get(), &Ai::Reply::partial, &loop, print);
    QObject::connect(reply.get(), &Ai::Reply::finished, &loop, [&](const QString &text) {
        answer = text;
        loop.quit();
    });
    QObject::connect(reply.get(), &Ai::Reply::failed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    loop.exec();

    if (!error.isEmpty()) {
        if (printed > 0)
            context.out() << Qt::endl;
        context.fail(error);
        if (!apiKey.keyringError.isEmpty())
            context.err()
                << tr("The API key could not be read from the keyring: %1").arg(apiKey.keyringError)
                << Qt::endl;
        return ExitCode::Failure;
    }
    print(answer);
    context.out() << Qt::endl;
    if (!cache.store(key, answer))
        context.err() << cache.errorMessage() << Qt::endl;
    return ExitCode::Success;
}

} // namespace Cli
