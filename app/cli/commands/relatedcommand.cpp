#include "cli/commands/relatedcommand.h"

#include "cli/context.h"
#include "reading/relatedarticles.h"
#include "storage/articlerepository.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

constexpr int DefaultLimit = 6;

QJsonObject toJson(const Reading::ArticleCard &card)
{
    return {
        {QStringLiteral("id"), card.id},
        {QStringLiteral("title"), card.title},
        {QStringLiteral("source"), card.sourceTitle},
        {QStringLiteral("published"),
         card.date.isValid() ? QJsonValue(card.date.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("excerpt"), card.excerpt},
        {QStringLiteral("image"), card.imageUrl},
    };
}

void printCards(QTextStream &out, const QList<Reading::ArticleCard> &cards, bool json)
{
    if (json) {
        QJsonArray array;
        for (const Reading::ArticleCard &card : cards)
            array.append(toJson(card));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out.flush();
        return;
    }
    // The layout of `tidings articles`, without its flags.
    for (const Reading::ArticleCard &card : cards) {
        out << QStringLiteral("%1  %2  %3 — %4\n")
                   .arg(card.id, 7)
                   .arg(card.date.isValid()
                            ? card.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            : QStringLiteral("                "))
                   .arg(card.sourceTitle, card.title);
    }
    out.flush();
}

} // namespace

QString RelatedCommand::name() const
{
    return QStringLiteral("related");
}

QString RelatedCommand::summary() const
{
    return tr("List the articles most related to an article");
}

void RelatedCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ARTICLE_ID"),
                                 tr("The article's id, as `tidings articles` shows."));
    parser.addOption({QStringLiteral("limit"),
                      tr("At most N articles (default %1).").arg(DefaultLimit), QStringLiteral("N"),
                      QString::number(DefaultLimit)});
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
}

int RelatedCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    bool ok = false;
    const qint64 id = arguments.size() == 1 ? arguments.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        context.err() << tr("tidings related: give one article id") << Qt::endl;
        return ExitCode::UsageError;
    }
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0) {
        context.err() << tr("tidings related: --limit takes a number above 0") << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const QSqlDatabase db = library->database().connection();
    if (Storage::ArticleRepository(db).rows({id}).isEmpty())
        return context.fail(tr("there is no article %1").arg(id));
    printCards(context.out(), Reading::RelatedArticles::find(db, id, limit),
               parser.isSet(QStringLiteral("json")));
    return ExitCode::Success;
}

} // namespace Cli
