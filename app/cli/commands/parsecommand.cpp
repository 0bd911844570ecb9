#include "cli/commands/parsecommand.h"

#include "cli/context.h"
#include "feeds/feedjsonwriter.h"
#include "feeds/feedparser.h"
#include "html/sanitizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Cli {

QString ParseCommand::name() const
{
    return QStringLiteral("parse");
}

QString ParseCommand::summary() const
{
    return tr("Parse a feed file (or - for standard input) and print it as JSON");
}

void ParseCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("base-url"),
                      tr("Resolve relative links against <url> (the feed's address)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("content-type"),
                      tr("The HTTP Content-Type the document came with (for its charset)."),
                      QStringLiteral("type")});
    parser.addOption({QStringLiteral("max-size"),
                      tr("Refuse documents larger than <mib> MiB (default 32)."),
                      QStringLiteral("mib")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The feed document, or - for standard input."));
}

int ParseCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.fail(tr("parse needs exactly one FILE (or -)"));
        return ExitCode::UsageError;
    }
    Feeds::ParseOptions options;
    options.htmlFilter = {&Html::sanitize, &Html::firstImageUrl};
    if (parser.isSet(QStringLiteral("base-url"))) {
        options.documentUrl = QUrl(parser.value(QStringLiteral("base-url")));
        if (!options.documentUrl.isValid() || options.documentUrl.isRelative()) {
            context.fail(tr("--base-url needs an absolute URL"));
            return ExitCode::UsageError;
        }
    }
    options.contentType = parser.value(QStringLiteral("content-type")).toLatin1();
    if (parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double mib = parser.value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || mib <= 0 || mib > 4096) {
            context.fail(tr("--max-size needs a number of MiB between 0 and 4096"));
            return ExitCode::UsageError;
        }
        options.maxBytes = qint64(mib * 1024 * 1024);
    }

    const QString path = files.constFirst();
    QFile input;
    if (!Context::openInput(input, path))
        return context.fail(tr("cannot read %1: %2").arg(path, input.errorString()));
    // A file is read at its exact size (no over-allocation for a 50 MB feed); standard input up
    // to one byte past the limit, enough to know the document is too large.
    const qint64 size =
        input.isSequential() ? options.maxBytes + 1 : std::min(input.size(), options.maxBytes + 1);
    QByteArray bytes =
        input.isSequential() ? input.read(size) : QByteArray(size, Qt::Uninitialized);
    if (!input.isSequential() && input.read(bytes.data(), size) != size)
        return context.fail(tr("cannot read %1: %2").arg(path, input.errorString()));
    input.close();

    const Feeds::ParseResult result = Feeds::parseFeed(std::move(bytes), options);
    if (!result.ok())
        return context.fail(result.error);

    context.out().flush();
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return context.fail(tr("cannot write to standard output"));
    Feeds::FeedJsonWriter writer(output);
    if (!writer.write(result))
        return context.fail(tr("cannot write to standard output"));
    output.flush();
    return ExitCode::Success;
}

} // namespace Cli
