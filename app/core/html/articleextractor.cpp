#include "html/articleextractor.h"

#include "html/articledocument.h"
#include "html/contentscorer.h"
#include "html/contentwriter.h"
#include "html/sanitizer.h"
#include "net/weburl.h"
#include "text/encoding.h"

#include <QRegularExpression>

#include <array>

namespace Html {

namespace {

using Private::ArticleDocument;
using Private::ContentScorer;
using Private::ContentSelection;
using Private::ContentWriter;
using Private::ExtractionPass;

// Less text than this (weighted, see weightedLength) is not an article.
constexpr int kMinArticleLength = 140;
// A strict pass that finds less than this is retried with fewer rules.
constexpr int kEnoughArticleLength = 250;
// Where HTML wants a <meta charset> to be found.
constexpr qsizetype kCharsetPrescanBytes = 4096;

// The charset a page declares in <meta charset> or <meta http-equiv content="...; charset=">.
QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return meta.match(QString::fromLatin1(bytes.left(kCharsetPrescanBytes))).captured(1).toLatin1();
}

// Gumbo reads UTF-8 only. The feed decoder already knows the WHATWG labels and the recovery
// of mislabelled text; the page's own declaration takes the place of a missing HTTP charset.
QByteArray toUtf8(const QByteArray &bytes, const QByteArray &contentType)
{
    QByteArray label = Text::charsetFromContentType(contentType);
    if (label.isEmpty())
        label = declaredCharset(bytes);
    const Text::DecodedText decoded =
        Text::decodeXml(bytes, label.isEmpty() ? QByteArray() : "text/html; charset=" + label);
    return decoded.ok() ? decoded.text.toUtf8() : QString::fromUtf8(bytes).toUtf8();
}

QUrl baseUrlOf(const ArticleDocument &document, const QUrl &pageUrl)
{
    if (document.baseHref().isEmpty())
        return pageUrl;
    const QUrl declared = pageUrl.resolved(QUrl(document.baseHref(), QUrl::TolerantMode));
    return Net::isWebUrl(declared) ? declared : pageUrl;
}

// The <title> without the site's name: "Story | Site" or "Story - Site" gives "Story", unless
// that would leave a single word.
QString withoutSiteName(const QString &title)
{
    static const std::array<QLatin1String, 7> separators = {
        QLatin1String(" | "),      QLatin1String(" - "),  QLatin1String(" \u2013 "),
        QLatin1String(" \u2014 "), QLatin1String(" :: "), QLatin1String(" \u00bb "),
        QLatin1String(" \u00b7 ")};
    for (const QLatin1String separator : separators) {
        const QString sign = QString::fromUtf8(separator.data(), separator.size());
        const qsizetype at = title.lastIndexOf(sign);
        if (at <= 0)
            continue;
        const QString head = title.left(at).trimmed();
        if (head.count(QLatin1Char(' ')) >= 1 || Private::weightedLength(head) >= 8)
            return head;
    }
    return title;
}

QString titleOf(const ArticleDocument &document, const ContentWriter &writer,
                const std::vector<int> &roots)
{
    for (const QString &key : {QStringLiteral("og:title"), QStringLiteral("twitter:title")}) {
        const QString title = document.meta(key).simplified();
        if (!title.isEmpty())
            return title;
    }
    const QString pageTitle = document.title();
    int headings = 0;
    QString heading;
    for (std::size_t i = 0; i < document.nodes().size(); ++i) {
        if (document.nodes()[i].tag == GUMBO_TAG_H1 && ++headings == 1)
            heading = writer.line(int(i));
    }
    if (headings == 1 && !heading.isEmpty() &&
        (pageTitle.isEmpty() || pageTitle.contains(heading, Qt::CaseInsensitive)))
        return heading;
    if (!pageTitle.isEmpty())
        return withoutSiteName(pageTitle);
    for (const int root : roots) {
        const QString first = writer.text({root}).section(QLatin1Char('\n'), 0, 0);
        if (!first.isEmpty())
            return first;
    }
    return {};
}

// The content's own copy of the title (its first heading, when it says the same) goes: the
// reader shows the title above the article already.
void removeTitleHeading(const ArticleDocument &document, const ContentWriter &writer,
                        const QString &title, ContentSelection &selection)
{
    if (title.isEmpty())
        return;
    std::vector<int> pending(selection.roots.rbegin(), selection.roots.rend());
    while (!pending.empty()) {
        const int index = pending.back();
        pending.pop_back();
        const Private::ArticleNode &node = document.node(index);
        if (node.isText || selection.removed[std::size_t(index)])
            continue;
        if (ArticleDocument::isHeading(node.tag)) {
            if (writer.line(index).compare(title, Qt::CaseInsensitive) == 0)
                selection.removed[std::size_t(index)] = 1;
            return;
        }
        pending.insert(pending.end(), node.children.rbegin(), node.children.rend());
    }
}

QString leadImageOf(const ArticleDocument &document, const QUrl &base, const QString &content)
{
    for (const QString &key :
         {QStringLiteral("og:image"), QStringLiteral("og:image:url"),
          QStringLiteral("twitter:image"), QStringLiteral("twitter:image:src")}) {
        const QString value = document.meta(key);
        if (value.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(value, QUrl::TolerantMode));
        if (Net::isWebUrl(url))
            return url.toString(QUrl::FullyEncoded);
    }
    return firstImageUrl(content);
}

} // namespace

ExtractedArticle ArticleExtractor::extract(const QByteArray &html, const QUrl &pageUrl)
{
    return extract(html, pageUrl, {});
}

ExtractedArticle ArticleExtractor::extract(const QByteArray &html, const QUrl &pageUrl,
                                           const QByteArray &contentType)
{
    ExtractedArticle article;
    if (html.size() > MaxPageBytes) {
        article.error = tr("The page is larger than %1 MB.").arg(MaxPageBytes / (1024 * 1024));
        return article;
    }
    const ArticleDocument document(toUtf8(html, contentType));
    if (document.status() == ArticleDocument::Status::TooDeep) {
        article.error = tr("The page is nested too deeply to be read.");
        return article;
    }
    const QString noArticle = tr("No article text found on this page.");
    if (document.status() != ArticleDocument::Status::Ok) {
        article.error = noArticle;
        return article;
    }

    // From strict to lenient; the first pass that finds enough text wins, else the longest.
    const std::array<ExtractionPass, 4> passes = {
        ExtractionPass{true, true, true}, ExtractionPass{false, true, true},
        ExtractionPass{false, false, true}, ExtractionPass{false, false, false}};
    std::optional<ContentSelection> best;
    int bestLength = 0;
    for (const ExtractionPass &pass : passes) {
        std::optional<ContentSelection> selection = ContentScorer(document, pass).select();
        if (!selection)
            continue;
        const int length = Private::weightedLength(
            ContentWriter(document, selection->removed).text(selection->roots));
        if (length > bestLength) {
            best = std::move(selection);
            bestLength = length;
        }
        if (bestLength >= kEnoughArticleLength)
            break;
    }
    if (!best || bestLength < kMinArticleLength) {
        article.error = noArticle;
        return article;
    }

    const std::vector<char> nothingRemoved(document.nodes().size(), 0);
    article.title = titleOf(document, ContentWriter(document, nothingRemoved), best->roots);
    const ContentWriter writer(document, best->removed);
    removeTitleHeading(document, writer, article.title, *best);

    const QUrl base = baseUrlOf(document, pageUrl);
    article.html = sanitize(writer.html(best->roots), base);
    article.text = writer.text(best->roots);
    article.leadImageUrl = leadImageOf(document, base, article.html);
    article.ok = true;
    return article;
}

} // namespace Html
