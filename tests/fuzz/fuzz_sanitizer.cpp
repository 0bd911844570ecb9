// libFuzzer harness: Html::sanitize, Text::PlainText::fromHtml and Html::firstImageUrl on
// arbitrary bytes read as UTF-8. Beyond crashes and sanitizer reports it aborts when an
// invariant breaks: sanitizing must be idempotent, leave no script element and respect the
// excerpt length.
#include "html/sanitizer.h"
#include "text/plaintext.h"

#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "fuzz_sanitizer: %s\ninput:  %s\noutput: %s\n", what,
                 input.toUtf8().constData(), output.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QUrl base(QStringLiteral("https://example.org/feed/item.html"));
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte varies the base: with one, and without (relative URLs stay relative).
    const QUrl itemBase = (size > 0 && (data[0] & 1)) ? QUrl() : base;

    const QString clean = Html::sanitize(html, itemBase);
    if (clean.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        fail("script survived", html, clean);
    const QString again = Html::sanitize(clean, itemBase);
    if (again != clean)
        fail("not idempotent", clean, again);

    const int maxChars = int(size % 97) - 1;
    const QString excerpt = Text::PlainText::fromHtml(html, {maxChars});
    if (maxChars >= 0 && excerpt.size() > maxChars)
        fail("excerpt too long", html, excerpt);

    (void)Html::firstImageUrl(clean);
    return 0;
}
