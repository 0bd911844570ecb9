#include "cli/commands/articlescommand.h"

#include "cli/articleoutput.h"
#include "cli/context.h"
#include "storage/library.h"
#include "storage/searchquery.h"

#include <QCommandLineParser>

namespace Cli {

QString ArticlesCommand::name() const
{
    return m_mode == Mode::Search ? QStringLiteral("search") : QStringLiteral("articles");
}

QString ArticlesCommand::summary() const
{
    return m_mode == Mode::Search ? tr("Search articles by title, author and text")
                                  : tr("List articles, newest first");
}

void ArticlesCommand::configure(QCommandLineParser &parser) const
{
    if (m_mode == Mode::Search) {
        parser.addPositionalArgument(
            QStringLiteral("QUERY"),
            tr("Words (prefix matched), \"exact phrases\", -excluded, and operators: title:,"
               " author:, source:, is:unread, is:read, is:bookmarked, before:DATE, after:DATE"));
    } else {
        parser.addOption({QStringLiteral("search"),
                          tr("Only articles matching QUERY: words, \"phrases\", -excluded, and"
                             " operators (title:, author:, source:, is:unread, is:read,"
                             " is:bookmarked, before:DATE, after:DATE)."),
                          QStringLiteral("QUERY")});
    }
    parser.addOption(
        {QStringLiteral("source"), tr("Only articles of source ID."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("unread"), tr("Only unread articles.")});
    parser.addOption({QStringLiteral("bookmarked"), tr("Only bookmarked articles.")});
    parser.addOption({QStringLiteral("limit"), tr("At most N articles (default 50; 0: all)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
}

int ArticlesCommand::run(const QCommandLineParser &parser, Context &context)
{
    Storage::ArticleFilter filter;
    if (m_mode == Mode::Search) {
        filter.search = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
        if (filter.search.isEmpty()) {
            context.err() << tr("tidings search: give the words to search for") << Qt::endl;
            return ExitCode::UsageError;
        }
    } else {
        filter.search = parser.value(QStringLiteral("search"));
    }
    // A malformed operator would find nothing; say why instead.
    if (const QString error = Storage::SearchQuery(filter.search).errorMessage();
        !error.isEmpty()) {
        context.err() << tr("tidings %1: %2").arg(name(), error) << Qt::endl;
        return ExitCode::UsageError;
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("source")))
        filter.sourceId = parser.value(QStringLiteral("source")).toLongLong(&ok);
    if (!ok || filter.sourceId < 0) {
        context.err() << tr("tidings %1: --source takes a source id").arg(name()) << Qt::endl;
        return ExitCode::UsageError;
    }
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0) {
        context.err() << tr("tidings %1: --limit takes a number").arg(name()) << Qt::endl;
        return ExitCode::UsageError;
    }
    filter.limit = limit == 0 ? -1 : limit;
    filter.unreadOnly = parser.isSet(QStringLiteral("unread"));
    filter.bookmarkedOnly = parser.isSet(QStringLiteral("bookmarked"));

    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const Storage::ArticleRepository articles(library->database().connection());
    const QList<Storage::ArticleRow> rows = articles.list(filter);
    if (rows.isEmpty() && !articles.errorMessage().isEmpty())
        return context.fail(articles.errorMessage());
    printArticles(context.out(), rows, parser.isSet(QStringLiteral("json")));
    return ExitCode::Success;
}

} // namespace Cli
