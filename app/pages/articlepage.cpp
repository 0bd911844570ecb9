#include "pages/articlepage.h"

#include "models/relativetime.h"
#include "net/weburl.h"
#include "pages/pagetemplate.h"
#include "text/headline.h"

#include <QHash>
#include <QUrl>

namespace Pages {

namespace {

const QString &pageTemplate()
{
    static const QString text = PageTemplate::resource(QStringLiteral(":/reading/article.html"));
    return text;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString byline(const Storage::Article &article, const ArticlePageOptions &options)
{
    const Storage::ArticleRow &row = article.row;
    QStringList parts;
    if (!row.author.isEmpty())
        parts.append(ArticlePage::tr("by %1").arg(escaped(row.author)));
    if (row.date.isValid()) {
        parts.append(
            QStringLiteral("<time datetime=\"%1\">%2</time> "
                           "<span class=\"relative\">%3</span>")
                .arg(row.date.toUTC().toString(Qt::ISODate), ArticlePage::pageDate(row.date),
                     escaped(Models::relativeTime(row.date, options.now, options.locale))));
    }
    return parts.join(QStringLiteral(" · "));
}

QString heading(const Storage::ArticleRow &row)
{
    const QString title = escaped(Text::Headline::of(row.title, row.excerpt).title);
    const QUrl link(row.link);
    if (!Net::isWebUrl(link))
        return title;
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escaped(link.toString(QUrl::FullyEncoded)), title);
}

// The picture at the top: the feed's image for the item, unless the story already shows it.
QString hero(const Storage::Article &article, const QString &body,
             const ArticlePageOptions &options)
{
    QString image = article.row.imageUrl;
    if (image.isEmpty()) {
        for (const Feeds::Enclosure &enclosure : article.enclosures) {
            if (enclosure.type.startsWith(QLatin1String("image/"))) {
                image = enclosure.url;
                break;
            }
        }
    }
    const QUrl url(image);
    if (!options.loadRemoteImages || !Net::isWebUrl(url) || body.contains(image.toHtmlEscaped()) ||
        body.contains(image))
        return {};
    return QStringLiteral("<figure class=\"hero\"><img src=\"%1\" alt=\"\"></figure>")
        .arg(escaped(url.toString(QUrl::FullyEncoded)));
}

QString byteSize(qint64 bytes, const QLocale &locale)
{
    return bytes > 0 ? locale.formattedDataSize(bytes) : QString();
}

QString enclosures(const Storage::Article &article, const ArticlePageOptions &options)
{
    QString items;
    for (const Feeds::Enclosure &enclosure : article.enclosures) {
        const QUrl url(enclosure.url);
        if (!Net::isWebUrl(url))
            continue;
        const QString address = escaped(url.toString(QUrl::FullyEncoded));
        const QString name = escaped(url.fileName().isEmpty() ? url.host() : url.fileName());
        const QString size = byteSize(enclosure.length, options.locale);
        const QString download =
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(address, ArticlePage::tr("Download %1").arg(name)) +
            (size.isEmpty()
                 ? QString()
                 : QStringLiteral(" <span class=\"size\">(%1)</span>").arg(escaped(size)));
        // Players load nothing until the person presses play.
        if (enclosure.type.startsWith(QLatin1String("audio/"))) {
            items += QStringLiteral("<div class=\"enclosure\"><audio controls preload=\"none\" "
                                    "src=\"%1\"></audio><br>%2</div>")
                         .arg(address, download);
        } else if (enclosure.type.startsWith(QLatin1String("video/"))) {
            items += QStringLiteral("<div class=\"enclosure\"><video controls preload=\"none\" "
                                    "src=\"%1\"></video><br>%2</div>")
                         .arg(address, download);
        } else if (!enclosure.type.startsWith(QLatin1String("image/"))) {
            items += QStringLiteral("<div class=\"enclosure\">%1</div>").arg(download);
        }
    }
    if (items.isEmpty())
        return {};
    return QStringLiteral("<section class=\"enclosures\"><h2>%1</h2>%2</section>")
        .arg(ArticlePage::tr("Attachments"), items);
}

QString tags(const Storage::Article &article)
{
    // The person's own tags (by hand or from rules) first, then the feed's categories.
    QString items;
    for (const QString &tag : article.row.tags)
        items += QStringLiteral("<li class=\"own\" dir=\"auto\"># %1</li>").arg(escaped(tag));
    for (const QString &category : article.categories) {
        const QString tag = category.simplified();
        if (!tag.isEmpty())
            items += QStringLiteral("<li dir=\"auto\">%1</li>").arg(escaped(tag));
    }
    return items.isEmpty() ? QString() : QStringLiteral("<ul class=\"tags\">%1</ul>").arg(items);
}

QString fullArticleAction(const ArticlePageOptions &options)
{
    if (options.loadingFullArticle)
        return QStringLiteral("<p class=\"full-article muted\">%1</p>")
            .arg(ArticlePage::tr("Loading the full article…"));
    if (!options.offerFullArticle)
        return {};
    QString error;
    if (!options.fullArticleError.isEmpty())
        error = QStringLiteral(" <span class=\"muted\">%1</span>")
                    .arg(escaped(options.fullArticleError));
    return QStringLiteral("<p class=\"full-article\"><a class=\"action\" href=\"%1\">%2</a>%3</p>")
        .arg(ArticlePage::actionUrl(QStringLiteral("full-article")).toString(),
             ArticlePage::tr("Load full article"), error);
}

QString cards(const QList<Reading::ArticleCard> &list, const ArticlePageOptions &options)
{
    QString html;
    for (const Reading::ArticleCard &card : list) {
        const Text::Headline headline = Text::Headline::of(card.title, card.excerpt);
        QStringList meta;
        if (!card.sourceTitle.isEmpty())
            meta.append(escaped(card.sourceTitle));
        if (card.date.isValid())
            meta.append(escaped(Models::relativeTime(card.date, options.now, options.locale)));
        html += QStringLiteral("<li><a class=\"card\" href=\"%1\" dir=\"auto\">"
                               "<p class=\"card-title\">%2</p><p class=\"card-meta\">%3</p>"
                               "<p class=\"card-excerpt\">%4</p></a></li>")
                    .arg(ArticlePage::articleUrl(card.id).toString(), escaped(headline.title),
                         meta.join(QStringLiteral(" · ")), escaped(headline.excerpt));
    }
    return html;
}

} // namespace

QString ArticlePage::render(const Storage::Article &article, const ArticlePageOptions &options,
                            const ArticlePageExtras &extras)
{
    const Storage::ArticleRow &row = article.row;
    const QString &body = article.body();
    const QString remote = options.loadRemoteImages ? QStringLiteral(" https: http:") : QString();
    QString icon;
    if (!options.sourceIconUrl.isEmpty())
        icon = QStringLiteral("<img src=\"%1\" alt=\"\">").arg(escaped(options.sourceIconUrl));

    QHash<QString, QString> values;
    values.insert(QStringLiteral("lang"), options.locale.bcp47Name());
    values.insert(QStringLiteral("themeClass"), PageTemplate::themeClass(options.style));
    values.insert(QStringLiteral("imageSources"), QStringLiteral("tidings: data:") + remote);
    values.insert(QStringLiteral("mediaSources"), QStringLiteral("https: http:"));
    values.insert(QStringLiteral("title"), escaped(row.title));
    values.insert(QStringLiteral("themeCss"), PageTemplate::themeCss(options.style));
    values.insert(QStringLiteral("css"), ArticlePage::styleSheet());
    values.insert(QStringLiteral("ai"), options.aiCard);
    values.insert(QStringLiteral("sourceIcon"), icon);
    values.insert(QStringLiteral("source"), escaped(row.sourceTitle));
    values.insert(QStringLiteral("heading"), heading(row));
    values.insert(QStringLiteral("byline"), byline(article, options));
    values.insert(QStringLiteral("hero"), hero(article, body, options));
    values.insert(QStringLiteral("body"), body);
    values.insert(QStringLiteral("fullArticle"), fullArticleAction(options));
    values.insert(QStringLiteral("enclosures"), enclosures(article, options));
    values.insert(QStringLiteral("tags"), tags(article));
    values.insert(QStringLiteral("comments"), commentsSection(article, extras.comments, options));
    values.insert(QStringLiteral("related"), relatedSection(extras.related, options));
    values.insert(QStringLiteral("moreFromSource"),
                  moreFromSourceSection(row.sourceTitle, extras.moreFromSource, options));
    return PageTemplate::fill(pageTemplate(), values);
}

QString ArticlePage::relatedSection(const QList<Reading::ArticleCard> &list,
                                    const ArticlePageOptions &options)
{
    if (list.isEmpty())
        return {};
    // role="list": WebKit and Chromium drop list semantics from a list without bullets.
    return QStringLiteral("<h2 id=\"related-heading\">%1</h2><ul class=\"cards\" role=\"list\" "
                          "aria-labelledby=\"related-heading\">%2</ul>")
        .arg(tr("Related Articles"), cards(list, options));
}

QString ArticlePage::moreFromSourceSection(const QString &sourceTitle,
                                           const QList<Reading::ArticleCard> &list,
                                           const ArticlePageOptions &options)
{
    if (list.isEmpty())
        return {};
    const QString heading = sourceTitle.isEmpty() ? tr("More from this source")
                                                  : tr("More from %1").arg(escaped(sourceTitle));
    return QStringLiteral("<h2 id=\"more-heading\">%1</h2><ul class=\"cards\" role=\"list\" "
                          "aria-labelledby=\"more-heading\">%2</ul>")
        .arg(heading, cards(list, options));
}

QString ArticlePage::commentsSection(const Storage::Article &article, const CommentsState &comments,
                                     const ArticlePageOptions &options)
{
    const QUrl page(article.commentsUrl);
    const QString pageLink = Net::isWebUrl(page)
                                 ? QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                                       .arg(escaped(page.toString(QUrl::FullyEncoded)),
                                            tr("Read the comments on the site"))
                                 : QString();
    const bool hasFeed = Net::isWebUrl(QUrl(article.commentFeedUrl));
    const int count = article.commentCount;
    if (!hasFeed && count < 0 && pageLink.isEmpty())
        return {};

    QString heading = count > 0 ? tr("%n comment(s)", nullptr, count) : tr("Comments");
    QString content;
    switch (comments.stage) {
    case CommentsState::Stage::NotLoaded:
        if (count == 0)
            content = QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("No comments yet"));
        else if (hasFeed)
            content =
                QStringLiteral("<p><a class=\"action\" href=\"%1\">%2</a></p>")
                    .arg(actionUrl(QStringLiteral("comments")).toString(), tr("Show comments"));
        content += pageLink;
        break;
    case CommentsState::Stage::Loading:
        content = QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("Loading comments…"));
        break;
    case CommentsState::Stage::Failed:
        content =
            QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(tr("The comments could not be loaded: %1").arg(escaped(comments.error))) +
            pageLink;
        break;
    case CommentsState::Stage::Loaded:
        if (comments.comments.isEmpty())
            content = QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("No comments yet"));
        for (const Reading::Comment &comment : comments.comments) {
            const QString who =
                comment.author.isEmpty() ? tr("Anonymous") : escaped(comment.author);
            const QString when =
                comment.date.isValid()
                    ? escaped(Models::relativeTime(comment.date, options.now, options.locale))
                    : QString();
            content += QStringLiteral("<div class=\"comment\" dir=\"auto\"><span class=\"who\">"
                                      "%1</span> <span class=\"when\">%2</span>"
                                      "<div class=\"text\">%3</div></div>")
                           .arg(who, when, comment.html);
        }
        content += pageLink;
        if (count < 0)
            heading = tr("%n comment(s)", nullptr, int(comments.comments.size()));
        break;
    }
    return QStringLiteral("<h2>%1</h2>%2").arg(heading, content);
}

QUrl ArticlePage::articleUrl(qint64 articleId)
{
    QUrl url;
    url.setScheme(QLatin1String(Scheme));
    url.setHost(QStringLiteral("article"));
    url.setPath(QLatin1Char('/') + QString::number(articleId));
    return url;
}

qint64 ArticlePage::articleIdOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String(Scheme) || url.host() != QLatin1String("article"))
        return 0;
    bool ok = false;
    const qint64 id = url.path().mid(1).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QUrl ArticlePage::actionUrl(const QString &action)
{
    QUrl url;
    url.setScheme(QLatin1String(Scheme));
    url.setHost(QStringLiteral("action"));
    url.setPath(QLatin1Char('/') + action);
    return url;
}

QString ArticlePage::actionOf(const QUrl &url)
{
    if (url.scheme() != QLatin1String(Scheme) || url.host() != QLatin1String("action"))
        return {};
    return url.path().mid(1);
}

const QString &ArticlePage::styleSheet()
{
    static const QString text = PageTemplate::resource(QStringLiteral(":/reading/article.css"));
    return text;
}

QString ArticlePage::pageDate(const QDateTime &date)
{
    return date.toLocalTime().toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace Pages
