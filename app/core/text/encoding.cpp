#include "text/encoding.h"

#include "text/charsets.h"

#include <QCoreApplication>

#include <cstring>

namespace Text {

namespace {

using Charsets::Charset;

// The context of this file's messages. A class that declares it, rather than a function
// named tr(), so that lupdate files the messages under the context the code looks up.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Text::Encoding)
};

// --- byte order marks and byte patterns --------------------------------------------------------

struct Bom
{
    const Charset *charset = nullptr;
    int length = 0;
};

Bom detectBom(const QByteArray &bytes)
{
    const auto starts = [&bytes](const char *prefix, int n) {
        return bytes.size() >= n && std::memcmp(bytes.constData(), prefix, size_t(n)) == 0;
    };
    if (starts("\xEF\xBB\xBF", 3))
        return {Charsets::utf8(), 3};
    if (starts("\xFF\xFE\x00\x00", 4))
        return {Charsets::utf32LE(), 4};
    if (starts("\x00\x00\xFE\xFF", 4))
        return {Charsets::utf32BE(), 4};
    if (starts("\xFF\xFE", 2))
        return {Charsets::utf16LE(), 2};
    if (starts("\xFE\xFF", 2))
        return {Charsets::utf16BE(), 2};
    return {};
}

// UTF-16/32 without a BOM, from where the NUL bytes sit among the first four bytes. An XML
// document starts with '<' and a JSON text with an ASCII character, so both fit this pattern.
const Charset *detectWideFromNuls(QByteArrayView bytes)
{
    if (bytes.size() < 4)
        return nullptr;
    const auto *b = reinterpret_cast<const uchar *>(bytes.data());
    if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0)
        return Charsets::utf32BE();
    if (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
        return Charsets::utf32LE();
    if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0)
        return Charsets::utf16BE();
    if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0)
        return Charsets::utf16LE();
    return nullptr;
}

// "UTF-16" or "UTF-32" named without byte order and without a BOM: look at the bytes; when they
// say nothing, big-endian as RFC 2781 prescribes.
const Charset *resolveByteOrder(const Charset *charset, QByteArrayView bytes)
{
    const Charset *wide = detectWideFromNuls(bytes);
    if (charset->kind == Charsets::Kind::Utf16) {
        if (wide &&
            (wide->kind == Charsets::Kind::Utf16LE || wide->kind == Charsets::Kind::Utf16BE))
            return wide;
        return Charsets::utf16BE();
    }
    if (charset->kind == Charsets::Kind::Utf32) {
        if (wide &&
            (wide->kind == Charsets::Kind::Utf32LE || wide->kind == Charsets::Kind::Utf32BE))
            return wide;
        return Charsets::utf32BE();
    }
    return charset;
}

// --- the XML declaration -----------------------------------------------------------------------

struct PseudoAttribute
{
    qsizetype begin = -1; // of the name
    qsizetype end = -1;   // past the closing quote
    qsizetype valueBegin = -1;
    qsizetype valueEnd = -1;
};

inline bool isXmlSpace(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Finds encoding="..." in "<?xml ...?>" at the start of `text` (any 8- or 16-bit code units).
template<typename Unit> PseudoAttribute findEncodingAttribute(const Unit *text, qsizetype size)
{
    const char prolog[] = "<?xml";
    if (size < 6)
        return {};
    for (int i = 0; i < 5; ++i) {
        if (char16_t(text[i]) != char16_t(prolog[i]))
            return {};
    }
    if (!isXmlSpace(char16_t(text[5])))
        return {};
    qsizetype i = 5;
    const auto at = [&](qsizetype k) { return k < size ? char16_t(text[k]) : char16_t(0); };
    for (;;) {
        while (isXmlSpace(at(i)))
            ++i;
        const qsizetype nameBegin = i;
        while ((at(i) >= 'a' && at(i) <= 'z') || (at(i) >= 'A' && at(i) <= 'Z'))
            ++i;
        const qsizetype nameEnd = i;
        if (nameEnd == nameBegin)
            return {}; // "?>", end of input or something malformed
        while (isXmlSpace(at(i)))
            ++i;
        if (at(i) != '=')
            return {};
        ++i;
        while (isXmlSpace(at(i)))
            ++i;
        const char16_t quote = at(i);
        if (quote != '"' && quote != '\'')
            return {};
        const qsizetype valueBegin = ++i;
        while (i < size && at(i) != quote && at(i) != '<' && at(i) != '>')
            ++i;
        if (at(i) != quote)
            return {};
        ++i;
        const char name[] = "encoding";
        bool isEncoding = nameEnd - nameBegin == 8;
        for (int k = 0; isEncoding && k < 8; ++k)
            isEncoding = char16_t(text[nameBegin + k]) == char16_t(name[k]);
        if (isEncoding)
            return {nameBegin, i, valueBegin, i - 1};
    }
}

// Blanks encoding="..." so that a QXmlStreamReader given the QString takes it as it is.
void blankDeclaredEncoding(QString &text)
{
    const qsizetype window = qMin<qsizetype>(text.size(), 256);
    const PseudoAttribute attribute =
        findEncodingAttribute(reinterpret_cast<const char16_t *>(text.constData()), window);
    if (attribute.begin < 0)
        return;
    QChar *chars = text.data();
    for (qsizetype i = attribute.begin; i < attribute.end; ++i)
        chars[i] = QLatin1Char(' ');
}

enum class LabelSource { HttpHeader, XmlDeclaration };

void warnUnknownLabel(const QByteArray &label, LabelSource source, DecodedText &result)
{
    const QString name = QString::fromLatin1(label.left(64));
    result.warnings
        << (source == LabelSource::HttpHeader
                ? Messages::tr("The HTTP header names an unknown character encoding, \"%1\"; "
                               "it was ignored.")
                : Messages::tr("The XML declaration names an unknown character encoding, "
                               "\"%1\"; it was ignored."))
               .arg(name);
}

// The charset of the HTTP header, unless it is unknown or plainly contradicted by the bytes
// (UTF-16/32 bytes labelled as an ASCII charset, or the reverse); warns in both cases.
const Charset *fromHttpHeader(const QByteArray &contentType, const QByteArray &bytes,
                              const Charset *wide, DecodedText &result)
{
    const QByteArray label = charsetFromContentType(contentType);
    if (label.isEmpty())
        return nullptr;
    const Charset *charset = Charsets::find(label);
    if (!charset) {
        warnUnknownLabel(label, LabelSource::HttpHeader, result);
        return nullptr;
    }
    const bool labelledWide = !Charsets::isAsciiCompatible(charset);
    if (wide && !labelledWide) {
        result.warnings << Messages::tr("The document is %1, not %2 as labelled.")
                               .arg(QLatin1String(wide->name), QLatin1String(charset->name));
        return nullptr;
    }
    if (!wide && labelledWide && bytes.size() >= 4) {
        result.warnings << Messages::tr("The document is not %1 as labelled.")
                               .arg(QLatin1String(charset->name));
        return nullptr;
    }
    return charset;
}

} // namespace

QByteArray canonicalEncodingName(const QByteArray &label)
{
    const Charset *charset = Charsets::find(label);
    return charset ? QByteArray(charset->name) : QByteArray();
}

QByteArray charsetFromContentType(const QByteArray &contentType)
{
    // Parameters follow the media type: ; name=value or ; name="quoted value"
    qsizetype i = contentType.indexOf(';');
    while (i >= 0 && i < contentType.size()) {
        ++i;
        const qsizetype next = contentType.indexOf(';', i);
        const QByteArray parameter = contentType.mid(i, next < 0 ? -1 : next - i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals > 0 && parameter.left(equals).trimmed().toLower() == "charset") {
            QByteArray value = parameter.mid(equals + 1).trimmed();
            if (value.size() >= 1 && (value.front() == '"' || value.front() == '\'')) {
                const char quote = value.front();
                value.remove(0, 1);
                const qsizetype close = value.indexOf(quote);
                if (close >= 0)
                    value.truncate(close);
                value.replace('\\', QByteArray());
            }
            return value.trimmed().toLower();
        }
        i = next;
    }
    return {};
}

QByteArray encodingFromXmlDeclaration(const QByteArray &bytes)
{
    const Bom bom = detectBom(bytes);
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom.length);
    const Charset *wide = bom.charset && !Charsets::isAsciiCompatible(bom.charset)
                              ? bom.charset
                              : detectWideFromNuls(body);
    int unit = 1;
    int offset = 0; // of the significant byte inside a unit
    if (wide) {
        const bool utf32 =
            wide->kind == Charsets::Kind::Utf32LE || wide->kind == Charsets::Kind::Utf32BE;
        const bool bigEndian =
            wide->kind == Charsets::Kind::Utf16BE || wide->kind == Charsets::Kind::Utf32BE;
        unit = utf32 ? 4 : 2;
        offset = bigEndian ? unit - 1 : 0;
    }
    // Narrow the prolog to ASCII; a non-ASCII unit ends it.
    char prolog[200];
    qsizetype length = 0;
    for (qsizetype i = 0; i + unit <= body.size() && length < qsizetype(sizeof prolog); i += unit) {
        bool ascii = uchar(body[i + offset]) < 0x80;
        for (int k = 0; ascii && k < unit; ++k)
            ascii = k == offset || body[i + k] == 0;
        if (!ascii)
            break;
        prolog[length++] = body[i + offset];
    }
    const PseudoAttribute attribute = findEncodingAttribute(prolog, length);
    if (attribute.begin < 0)
        return {};
    return QByteArray(prolog + attribute.valueBegin, attribute.valueEnd - attribute.valueBegin)
        .trimmed()
        .toLower();
}

DecodedText decodeXml(const QByteArray &bytes, const QByteArray &httpContentType)
{
    DecodedText result;
    const Bom bom = detectBom(bytes);
    const Charset *charset = bom.charset;
    if (!charset) {
        const Charset *wide = detectWideFromNuls(bytes);
        const QByteArray declaredLabel = encodingFromXmlDeclaration(bytes);
        const Charset *declared = declaredLabel.isEmpty() ? nullptr : Charsets::find(declaredLabel);
        const Charset *http = fromHttpHeader(httpContentType, bytes, wide, result);
        if (http) {
            charset = http;
            if (declared && std::strcmp(declared->name, http->name) != 0)
                result.warnings << Messages::tr(
                                       "The HTTP header says %1 and the XML declaration says "
                                       "%2; the header wins.")
                                       .arg(QLatin1String(http->name),
                                            QLatin1String(declared->name));
        } else if (wide) {
            charset = wide; // the declaration could only confirm it
        } else if (declared) {
            // A declaration readable as ASCII cannot truly be UTF-16/32 (XML 1.0 Appendix F).
            charset = Charsets::isAsciiCompatible(declared) ? declared : Charsets::utf8();
        } else {
            if (!declaredLabel.isEmpty())
                warnUnknownLabel(declaredLabel, LabelSource::XmlDeclaration, result);
            charset = Charsets::utf8();
        }
        charset = resolveByteOrder(charset, bytes);
    }
    Charsets::decode(charset, bytes.constData() + bom.length, bytes.size() - bom.length, result);
    if (result.ok())
        blankDeclaredEncoding(result.text);
    return result;
}

DecodedText decodeJson(const QByteArray &bytes, const QByteArray &httpContentType)
{
    DecodedText result;
    const Bom bom = detectBom(bytes);
    const Charset *charset = bom.charset;
    if (!charset) {
        const Charset *wide = detectWideFromNuls(bytes);
        charset = fromHttpHeader(httpContentType, bytes, wide, result);
        if (!charset)
            charset = wide ? wide : Charsets::utf8();
        charset = resolveByteOrder(charset, bytes);
    }
    Charsets::decode(charset, bytes.constData() + bom.length, bytes.size() - bom.length, result);
    return result;
}

} // namespace Text
