// libFuzzer harness: Feeds::parseFeed on arbitrary bytes, with sanitizing on, so the XML/JSON
// readers, the encoding detection and the HTML sanitizer are exercised together. Beyond crashes
// and sanitizer reports it aborts when a parse claims success without a feed or leaves a script
// element in item content.
#include "feeds/feedparser.h"
#include "html/sanitizer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_feedparser: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Feeds::ParseOptions options;
    options.htmlFilter = {&Html::sanitize, &Html::firstImageUrl};
    options.documentUrl = QUrl(QStringLiteral("https://example.org/feeds/main.xml"));
    // The first byte picks a declared content type, so charset handling is covered too.
    static const QByteArray kContentTypes[] = {
        QByteArray(), QByteArrayLiteral("application/rss+xml; charset=utf-8"),
        QByteArrayLiteral("text/xml; charset=iso-8859-1"), QByteArrayLiteral("application/json")};
    if (size > 0)
        options.contentType = kContentTypes[data[0] % 4];

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Feeds::ParseResult result = Feeds::parseFeed(bytes, options);
    if (!result.ok())
        return 0;
    for (const Feeds::Item &item : result.feed.items) {
        if (item.content.contains(QLatin1String("<script"), Qt::CaseInsensitive) ||
            item.summary.contains(QLatin1String("<script"), Qt::CaseInsensitive))
            fail("script survived in item", item.content + item.summary);
    }
    return 0;
}
