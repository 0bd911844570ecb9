#include "cli/commands/extractcommand.h"

#include "cli/context.h"
#include "html/articleextractor.h"
#include "net/feedfetcher.h"
#include "net/weburl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace Cli {

namespace {

Net::FetchResult download(const QUrl &url)
{
    QNetworkAccessManager network;
    Net::FetchOptions options;
    options.maxBodyBytes = Html::ArticleExtractor::MaxPageBytes;
    Net::FeedFetcher fetcher(&network, options);
    Net::FetchResult result;
    QEventLoop loop;
    QObject::connect(&fetcher, &Net::FeedFetcher::finished, &loop,
                     [&](const Net::FetchResult &done) {
                         result = done;
                         loop.quit();
                     });
    fetcher.fetch({0, url, {}, {}, {}, {}});
    loop.exec();
    return result;
}

} // namespace

QString ExtractCommand::name() const
{
    return QStringLiteral("extract");
}

QString ExtractCommand::summary() const
{
    return tr("Print the article text of a web page (a file or an http(s) URL)");
}

void ExtractCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("html"), tr("Print the sanitized HTML instead of text.")});
    parser.addPositionalArgument(QStringLiteral("page"),
                                 tr("The web page: a file, or an http(s) URL."));
}

int ExtractCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        context.fail(tr("extract needs exactly one FILE or URL"));
        return ExitCode::UsageError;
    }
    const QString argument = arguments.constFirst();
    QByteArray page;
    QUrl pageUrl;
    QByteArray contentType;
    if (Net::isWebUrl(QUrl(argument))) {
        const Net::FetchResult result = download(QUrl(argument));
        if (!result.ok())
            return context.fail(result.errorText);
        page = result.body;
        pageUrl = result.finalUrl;
        contentType = result.contentType;
    } else {
        QFile file(argument);
        if (file.size() > Html::ArticleExtractor::MaxPageBytes)
            return context.fail(tr("%1 is larger than %2 MB")
                                    .arg(argument)
                                    .arg(Html::ArticleExtractor::MaxPageBytes / (1024 * 1024)));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(tr("cannot read %1: %2").arg(argument, file.errorString()));
        page = file.readAll();
        pageUrl = QUrl::fromLocalFile(QFileInfo(argument).absoluteFilePath());
    }

    const Html::ExtractedArticle article =
        Html::ArticleExtractor::extract(page, pageUrl, contentType);
    if (!article.ok)
        return context.fail(article.error);
    context.out() << (parser.isSet(QStringLiteral("html")) ? article.html : article.text) << '\n';
    context.out().flush();
    return ExitCode::Success;
}

} // namespace Cli
