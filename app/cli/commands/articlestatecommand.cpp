#include "cli/commands/articlestatecommand.h"

#include "cli/context.h"
#include "storage/articlerepository.h"
#include "storage/library.h"

#include <QCommandLineParser>

namespace Cli {

QString ArticleStateCommand::name() const
{
    return m_flag == Flag::Read ? QStringLiteral("read") : QStringLiteral("bookmark");
}

QString ArticleStateCommand::summary() const
{
    return m_flag == Flag::Read ? tr("Mark an article as read (or unread)")
                                : tr("Bookmark an article (or remove the bookmark)");
}

QString ArticleStateCommand::undoOption() const
{
    return m_flag == Flag::Read ? QStringLiteral("unread") : QStringLiteral("remove");
}

void ArticleStateCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The article's id, as `tidings articles` shows."));
    parser.addOption({undoOption(), m_flag == Flag::Read ? tr("Mark it as unread instead.")
                                                         : tr("Remove the bookmark instead.")});
}

int ArticleStateCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    bool ok = false;
    const qint64 id = arguments.size() == 1 ? arguments.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        context.err() << tr("tidings %1: give one article id").arg(name()) << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    Storage::ArticleRepository articles(library->database().connection());
    if (!articles.article(id))
        return context.fail(tr("there is no article %1").arg(id));
    const bool on = !parser.isSet(undoOption());
    const bool done =
        m_flag == Flag::Read ? articles.setRead(id, on) : articles.setBookmarked(id, on);
    if (!done)
        return context.fail(articles.errorMessage());
    return ExitCode::Success;
}

} // namespace Cli
