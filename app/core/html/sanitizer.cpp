#include "html/sanitizer.h"

#include "html/cleaner.h"
#include "text/htmltokenizer.h"

#include <cstdlib>

namespace Html {
namespace {

// Smaller declared images are icons, emoji or avatars rather than article pictures.
constexpr long kMinThumbnailSize = 64;

bool isSmall(const Text::HtmlAttribute *dimension)
{
    if (!dimension)
        return false;
    const long value = std::strtol(dimension->value.c_str(), nullptr, 10);
    return value > 0 && value < kMinThumbnailSize;
}

// Whether \a html holds "<img" in any case, which an image tag needs: most texts have none, and
// this spares them the conversion and the tokenizer.
bool mayHoldImage(QStringView html)
{
    for (qsizetype at = html.indexOf(u'<'); at >= 0; at = html.indexOf(u'<', at + 1)) {
        if (html.sliced(at + 1).startsWith(QLatin1String("img"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString sanitize(const QString &html, const QUrl &baseUrl)
{
    if (html.isEmpty())
        return {};
    const QByteArray utf8 = html.toUtf8();
    const std::string clean =
        Private::Cleaner(baseUrl).run(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    return QString::fromUtf8(clean.data(), qsizetype(clean.size()));
}

QString firstImageUrl(const QString &sanitizedHtml)
{
    if (!mayHoldImage(sanitizedHtml))
        return {};
    const QByteArray utf8 = sanitizedHtml.toUtf8();
    Text::HtmlTokenizer tokens(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    for (;;) {
        const Text::HtmlTokenizer::Token token = tokens.next();
        if (token == Text::HtmlTokenizer::Token::End)
            return {};
        if (token != Text::HtmlTokenizer::Token::StartTag || tokens.tagName() != "img")
            continue;
        const Text::HtmlAttribute *src = tokens.findAttribute("src");
        if (!src || isSmall(tokens.findAttribute("width")) ||
            isSmall(tokens.findAttribute("height")))
            continue;
        const QString url = QString::fromStdString(src->value);
        if (url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://")))
            return url;
    }
}

} // namespace Html
