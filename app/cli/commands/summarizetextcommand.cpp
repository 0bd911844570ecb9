#include "summarizetextcommand.h"

#include "ai/summarizer.h"
#include "context.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Cli {

namespace {

// Larger inputs are cut: the summary only ranks a text's first few hundred sentences anyway.
constexpr qint64 MaxInputBytes = 16 * 1024 * 1024;

// The context of this file's messages. A class that declares it, rather than a function
// named tr(), so that lupdate files the messages under the context the code looks up.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SummarizeTextCommand)
};

} // namespace

QString SummarizeTextCommand::name() const
{
    return QStringLiteral("summarize-text");
}

QString SummarizeTextCommand::summary() const
{
    return Messages::tr("Summarize a plain-text file (or - for standard input) offline");
}

void SummarizeTextCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("key-points"),
         Messages::tr("Print the key points, most important first, instead of a summary.")});
    parser.addOption({QStringLiteral("sentences"),
                      Messages::tr("Use at most <n> sentences (default 4, or 5 key points)."),
                      QStringLiteral("n")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Messages::tr("A UTF-8 text file, or - for standard input."));
}

int SummarizeTextCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.fail(Messages::tr("summarize-text needs exactly one FILE (or -)"));
        return ExitCode::UsageError;
    }
    const bool keyPoints = parser.isSet(QStringLiteral("key-points"));
    int count = keyPoints ? 5 : 4;
    if (parser.isSet(QStringLiteral("sentences"))) {
        bool ok = false;
        count = parser.value(QStringLiteral("sentences")).toInt(&ok);
        if (!ok || count < 1 || count > 100) {
            context.fail(Messages::tr("--sentences needs a number between 1 and 100"));
            return ExitCode::UsageError;
        }
    }

    const QString path = files.constFirst();
    QFile input;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = input.open(stdin, QIODevice::ReadOnly);
    } else {
        input.setFileName(path);
        opened = input.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return context.fail(Messages::tr("cannot read %1: %2").arg(path, input.errorString()));
    const QString text = QString::fromUtf8(input.read(MaxInputBytes));

    const QStringList sentences =
        keyPoints ? Ai::keyPoints(text, count) : Ai::summarize(text, count);
    for (const QString &sentence : sentences)
        context.out() << (keyPoints ? QStringLiteral("- ") : QString()) << sentence << "\n";
    context.out().flush();
    return ExitCode::Success;
}

} // namespace Cli
