#include "cli/commands/summarizetextcommand.h"

#include "ai/summarizer.h"
#include "cli/context.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Cli {

namespace {

// Larger inputs are cut: the summary only ranks a text's first few hundred sentences anyway.
constexpr qint64 MaxInputBytes = 16 * 1024 * 1024;

} // namespace

QString SummarizeTextCommand::name() const
{
    return QStringLiteral("summarize-text");
}

QString SummarizeTextCommand::summary() const
{
    return tr("Summarize a plain-text file (or - for standard input) offline");
}

void SummarizeTextCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("key-points"),
                      tr("Print the key points, most important first, instead of a summary.")});
    parser.addOption({QStringLiteral("sentences"),
                      tr("Use at most <n> sentences (default 4, or 5 key points)."),
                      QStringLiteral("n")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("A UTF-8 text file, or - for standard input."));
}

int SummarizeTextCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.fail(tr("summarize-text needs exactly one FILE (or -)"));
        return ExitCode::UsageError;
    }
    const bool keyPoints = parser.isSet(QStringLiteral("key-points"));
    int count = keyPoints ? 5 : 4;
    if (parser.isSet(QStringLiteral("sentences"))) {
        bool ok = false;
        count = parser.value(QStringLiteral("sentences")).toInt(&ok);
        if (!ok || count < 1 || count > 100) {
            context.fail(tr("--sentences needs a number between 1 and 100"));
            return ExitCode::UsageError;
        }
    }

    const QString path = files.constFirst();
    QFile input;
    if (!Context::openInput(input, path))
        return context.fail(tr("cannot read %1: %2").arg(path, input.errorString()));
    const QString text = QString::fromUtf8(input.read(MaxInputBytes));

    const QStringList sentences =
        keyPoints ? Ai::keyPoints(text, count) : Ai::summarize(text, count);
    for (const QString &sentence : sentences)
        context.out() << (keyPoints ? QStringLiteral("- ") : QString()) << sentence << "\n";
    context.out().flush();
    return ExitCode::Success;
}

} // namespace Cli
