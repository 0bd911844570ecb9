// libFuzzer harness: Html::ArticleExtractor on arbitrary bytes. Beyond crashes and sanitizer
// reports it aborts when an invariant breaks: a result is either an article or an error, and no
// script survives into the content.
#include "html/articleextractor.h"

#include <QByteArray>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QUrl page(QStringLiteral("https://example.org/news/story.html"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte varies the charset the "server" claims.
    const QByteArray contentType =
        (size > 0 && (data[0] & 1)) ? QByteArray("text/html; charset=windows-1251") : QByteArray();
    const Html::ExtractedArticle article =
        Html::ArticleExtractor::extract(bytes, page, contentType);
    if (article.ok == !article.error.isEmpty()) {
        std::fprintf(stderr, "fuzz_articleextractor: ok and error disagree\n");
        std::abort();
    }
    if (article.html.contains(QLatin1String("<script"), Qt::CaseInsensitive)) {
        std::fprintf(stderr, "fuzz_articleextractor: script survived\n%s\n",
                     article.html.toUtf8().constData());
        std::abort();
    }
    return 0;
}
