#include "html/sanitizer.h"

#include "html/elements.h"
#include "html/tokenizer.h"

#include <limits>

namespace Html {
namespace {

using Private::Tokenizer;

bool isWordByte(unsigned char c)
{
    return c > 0x20 && c != 0x7F && c != 0xC2;
}

// Collapses whitespace (including no-break spaces) while appending text.
class PlainTextBuilder final
{
public:
    explicit PlainTextBuilder(std::size_t reserve) { m_out.reserve(reserve); }

    void append(std::string_view text)
    {
        std::size_t i = 0;
        while (i < text.size()) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                breakWord();
                ++i;
            } else if (c == 0xC2 && i + 1 < text.size() &&
                       static_cast<unsigned char>(text[i + 1]) == 0xA0) {
                breakWord(); // no-break space
                i += 2;
            } else if (c < 0x20 || c == 0x7F) {
                ++i; // control characters vanish
            } else {
                std::size_t end = i + 1;
                while (end < text.size() && isWordByte(static_cast<unsigned char>(text[end])))
                    ++end;
                if (m_pendingSpace) {
                    m_out += ' ';
                    m_pendingSpace = false;
                }
                m_out.append(text.data() + i, end - i);
                i = end;
            }
        }
    }
    void breakWord() { m_pendingSpace = !m_out.empty(); }
    [[nodiscard]] std::size_t size() const { return m_out.size(); }
    [[nodiscard]] const std::string &text() const { return m_out; }

private:
    std::string m_out;
    bool m_pendingSpace = false;
};

bool isTrailingPunctuation(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':');
}

QString cutAtWord(QString text, int maxChars)
{
    if (maxChars <= 0)
        return {};
    const int keep = maxChars - 1; // room for the ellipsis
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), keep);
    qsizetype end = space > 0 ? space : keep;
    if (end > 0 && end < text.size() && text.at(end).isLowSurrogate())
        --end; // never split a surrogate pair
    text.truncate(end);
    while (!text.isEmpty() && isTrailingPunctuation(text.back()))
        text.chop(1);
    return text + QChar(0x2026);
}

} // namespace

QString toPlainText(const QString &html, int maxChars)
{
    if (html.isEmpty() || maxChars == 0)
        return {};
    const QByteArray utf8 = html.toUtf8();
    // A UTF-16 unit takes at most 3 UTF-8 bytes, so this many bytes always hold maxChars + 1
    // characters: enough to decide whether (and where) to cut, and we can stop reading early.
    const std::size_t byteLimit =
        maxChars < 0 ? std::numeric_limits<std::size_t>::max() : 3 * (std::size_t(maxChars) + 2);
    PlainTextBuilder builder(std::min<std::size_t>(std::size_t(utf8.size()), byteLimit));
    Tokenizer tokens(std::string_view(utf8.constData(), std::size_t(utf8.size())), false);
    std::string_view skipping; // element whose content is not text (script, style, ...)
    int skipDepth = 0;
    while (builder.size() <= byteLimit) {
        const Tokenizer::Token token = tokens.next();
        if (token == Tokenizer::Token::End)
            break;
        if (token == Tokenizer::Token::Text) {
            if (skipDepth == 0)
                builder.append(tokens.text());
            continue;
        }
        const Private::ElementRule rule = Private::elementRule(tokens.tagName());
        const bool dropsContent = rule.action == Private::Action::DropContent ||
                                  rule.name == "iframe" || rule.name == "object";
        if (skipDepth > 0) {
            if (rule.name == skipping && !((rule.flags & Private::Foreign) && tokens.selfClosing()))
                skipDepth += token == Tokenizer::Token::StartTag ? 1 : -1;
            continue;
        }
        if (rule.flags & Private::Break)
            builder.breakWord();
        if (token == Tokenizer::Token::StartTag && dropsContent &&
            !((rule.flags & Private::Foreign) && tokens.selfClosing())) {
            skipping = rule.name; // points into the static rule table
            skipDepth = 1;
        }
    }

    QString text = QString::fromUtf8(builder.text().data(), qsizetype(builder.text().size()));
    if (maxChars < 0 || text.size() <= maxChars)
        return text;
    return cutAtWord(std::move(text), maxChars);
}

} // namespace Html
