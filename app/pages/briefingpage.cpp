#include "pages/briefingpage.h"

#include "models/relativetime.h"
#include "pages/pagetemplate.h"
#include "text/headline.h"

#include <QRegularExpression>
#include <QSet>

namespace Pages {

namespace {

const QString &pageTemplate()
{
    static const QString text = PageTemplate::resource(QStringLiteral(":/reading/briefing.html"));
    return text;
}

const QString &briefingStyleSheet()
{
    static const QString text = PageTemplate::resource(QStringLiteral(":/reading/briefing.css"));
    return text;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString titleOf(const QString &title)
{
    return escaped(Text::Headline::of(title, {}).title);
}

QString articleLink(qint64 id, const QString &title)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(ArticlePage::articleUrl(id).toString(), titleOf(title));
}

QStringList namedSources(const Ai::Story &story)
{
    QStringList names;
    for (const QString &name : story.sourceTitles) {
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    }
    return names;
}

// The clock time of a story: the locale's short format, without the seconds some locales
// (C) keep in it.
QString clockTime(const QDateTime &date, const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(date.toLocalTime().time(), format);
}

QString storyMeta(const Ai::Story &story, const BriefingPageOptions &options)
{
    QStringList parts;
    // A story told by one source needs no count: the name says it.
    if (story.sourceTitles.size() > 1)
        parts.append(QStringLiteral("<span class=\"brief-count\">%1</span>")
                         .arg(escaped(BriefingPage::tr("%n source(s)", nullptr,
                                                       int(story.sourceTitles.size())))));
    const QStringList sources = namedSources(story);
    if (!sources.isEmpty())
        parts.append(QStringLiteral("<span class=\"brief-sources\">%1</span>")
                         .arg(escaped(sources.join(QStringLiteral(", ")))));
    if (story.latest.isValid()) {
        parts.append(
            QStringLiteral("<span class=\"brief-when\"><time datetime=\"%1\">%2</time>"
                           " <span class=\"relative\">%3</span></span>")
                .arg(story.latest.toUTC().toString(Qt::ISODate),
                     escaped(clockTime(story.latest, options.locale)),
                     escaped(Models::relativeTime(story.latest, options.now, options.locale))));
    }
    return parts.join(QLatin1Char(' '));
}

QString otherArticles(const Ai::Story &story, const BriefingContent &content)
{
    QString items;
    int listed = 0;
    int left = 0;
    for (const qint64 id : story.articleIds) {
        if (id == story.leadId)
            continue;
        const auto row = content.articles.constFind(id);
        if (row == content.articles.constEnd())
            continue;
        if (listed == BriefingPage::MaxOtherArticles) {
            ++left;
            continue;
        }
        ++listed;
        items += QStringLiteral("<li dir=\"auto\">%1")
                     .arg(articleLink(id, Text::Headline::of(row->title, row->excerpt).title));
        if (!row->sourceTitle.isEmpty())
            items += QStringLiteral(" <span class=\"brief-source\">%1</span>")
                         .arg(escaped(row->sourceTitle));
        items += QStringLiteral("</li>");
    }
    if (left > 0)
        items += QStringLiteral("<li class=\"muted\">%1</li>")
                     .arg(escaped(BriefingPage::tr("and %n more", nullptr, left)));
    return items.isEmpty() ? QString()
                           : QStringLiteral("<ul class=\"brief-more\">%1</ul>").arg(items);
}

QString storyBlock(const Ai::Story &story, int rank, const BriefingContent &content,
                   const BriefingPageOptions &options)
{
    const qint64 lead = story.leadId != 0 ? story.leadId : story.articleIds.value(0);
    QString summary;
    if (!story.summary.isEmpty())
        summary = QStringLiteral("<p class=\"brief-summary\" dir=\"auto\">%1</p>")
                      .arg(escaped(story.summary.join(QLatin1Char(' '))));
    return QStringLiteral("<article class=\"brief\"><span class=\"brief-rank\">%1</span>"
                          "<div class=\"brief-body\"><h2 class=\"brief-headline\" dir=\"auto\">%2"
                          "</h2><p class=\"brief-meta\" dir=\"auto\">%3</p>%4%5</div></article>")
        .arg(options.locale.toString(rank), articleLink(lead, story.headline),
             storyMeta(story, options), summary, otherArticles(story, content));
}

QString pageDay(const QDate &day, const QLocale &locale)
{
    return escaped(locale.toString(day, QLocale::LongFormat));
}

QHash<QString, QString> pageValues(const QDate &day, const BriefingPageOptions &options)
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("lang"), options.locale.bcp47Name());
    values.insert(QStringLiteral("themeClass"), PageTemplate::themeClass(options.style));
    values.insert(QStringLiteral("themeCss"), PageTemplate::themeCss(options.style));
    values.insert(QStringLiteral("css"), ArticlePage::styleSheet());
    values.insert(QStringLiteral("briefingCss"), briefingStyleSheet());
    values.insert(QStringLiteral("title"), escaped(BriefingPage::tr("Daily briefing")));
    values.insert(QStringLiteral("kicker"), escaped(BriefingPage::tr("Daily briefing")));
    values.insert(QStringLiteral("date"), pageDay(day, options.locale));
    return values;
}

QString overview(const BriefingContent &content)
{
    QSet<QString> sources;
    for (const Ai::Story &story : content.stories) {
        for (const QString &name : story.sourceTitles)
            sources.insert(name);
    }
    return escaped(
        QStringList{BriefingPage::tr("%n top stories", nullptr, int(content.stories.size())),
                    BriefingPage::tr("%n article(s)", nullptr, content.articleCount()),
                    BriefingPage::tr("%n source(s)", nullptr, int(sources.size()))}
            .join(QStringLiteral(" · ")));
}

} // namespace

QList<qint64> BriefingContent::articleIds() const
{
    QList<qint64> ids;
    for (const Ai::Story &story : stories) {
        if (story.leadId != 0)
            ids.append(story.leadId);
        for (const qint64 id : story.articleIds) {
            if (id != story.leadId)
                ids.append(id);
        }
    }
    return ids;
}

int BriefingContent::articleCount() const
{
    int count = 0;
    for (const Ai::Story &story : stories)
        count += int(story.articleIds.size());
    return count;
}

BriefingContent BriefingPage::load(const QSqlDatabase &db, const QDateTime &now, int maxStories)
{
    BriefingContent content;
    const QDateTime day = now.isValid() ? now.toLocalTime() : QDateTime::currentDateTime();
    content.day = day.date();
    content.stories = Ai::Briefing::build(db, day, maxStories);
    const QList<Storage::ArticleRow> rows =
        Storage::ArticleRepository(db).rows(content.articleIds());
    for (const Storage::ArticleRow &row : rows)
        content.articles.insert(row.id, row);
    return content;
}

QString BriefingPage::render(const BriefingContent &content, const BriefingPageOptions &options)
{
    QHash<QString, QString> values = pageValues(content.day, options);
    if (content.articleCount() < MinArticles) {
        values.insert(QStringLiteral("body"),
                      QStringLiteral("<div class=\"brief-empty\"><p>%1</p>"
                                     "<p><a class=\"action\" href=\"%2\">%3</a></p></div>")
                          .arg(escaped(tr("Not enough of today's articles yet to build a "
                                          "briefing — refresh or come back later.")),
                               refreshAction(), escaped(tr("Refresh now"))));
        return PageTemplate::fill(pageTemplate(), values);
    }
    QString stories;
    for (qsizetype i = 0; i < content.stories.size(); ++i)
        stories += storyBlock(content.stories[i], int(i + 1), content, options);
    values.insert(QStringLiteral("byline"), overview(content));
    values.insert(QStringLiteral("body"), stories);
    const QString madeBy = options.madeBy.isEmpty()
                               ? tr("Stories grouped and summarized on this computer.")
                               : tr("Stories grouped and summarized by: %1.").arg(options.madeBy);
    values.insert(QStringLiteral("note"),
                  escaped(madeBy + QLatin1Char(' ') +
                          tr("AI output can be wrong: check what matters against the articles.")));
    return PageTemplate::fill(pageTemplate(), values);
}

QString BriefingPage::renderPreparing(const QDate &day, const BriefingPageOptions &options)
{
    QHash<QString, QString> values = pageValues(day, options);
    values.insert(QStringLiteral("body"), QStringLiteral("<p class=\"brief-preparing\">%1</p>")
                                              .arg(escaped(tr("Preparing today's briefing…"))));
    return PageTemplate::fill(pageTemplate(), values);
}

QUrl BriefingPage::pageUrl()
{
    QUrl url;
    url.setScheme(QLatin1String(ArticlePage::Scheme));
    url.setHost(QStringLiteral("briefing"));
    url.setPath(QStringLiteral("/today"));
    return url;
}

QString BriefingPage::refreshAction()
{
    return ArticlePage::actionUrl(QStringLiteral("refresh")).toString();
}

} // namespace Pages
