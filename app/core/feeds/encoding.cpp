#include "feeds/encoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace Feeds {

namespace {

const char *const kContext = "Feeds::Encoding";

enum class Kind {
    Utf8,
    Utf16, // byte order from a BOM or from the bytes
    Utf16LE,
    Utf16BE,
    Utf32, // byte order from a BOM or from the bytes
    Utf32LE,
    Utf32BE,
    Windows1252, // decoded here: also the recovery for broken UTF-8
    Iconv,
};

struct Charset
{
    const char *name;      // canonical (WHATWG) name reported in DecodedText::encoding
    const char *iconvName; // glibc converter, for Kind::Iconv
    Kind kind;
};

// Index constants for the table below, used where the code needs a specific charset.
enum CharsetId { Utf8Id, Utf16Id, Utf16LEId, Utf16BEId, Utf32Id, Utf32LEId, Utf32BEId, W1252Id };

const Charset kCharsets[] = {
    {"UTF-8", nullptr, Kind::Utf8},
    {"UTF-16", nullptr, Kind::Utf16},
    {"UTF-16LE", nullptr, Kind::Utf16LE},
    {"UTF-16BE", nullptr, Kind::Utf16BE},
    {"UTF-32", nullptr, Kind::Utf32},
    {"UTF-32LE", nullptr, Kind::Utf32LE},
    {"UTF-32BE", nullptr, Kind::Utf32BE},
    {"windows-1252", nullptr, Kind::Windows1252},
    {"windows-1250", "CP1250", Kind::Iconv},
    {"windows-1251", "CP1251", Kind::Iconv},
    {"windows-1253", "CP1253", Kind::Iconv},
    {"windows-1254", "CP1254", Kind::Iconv},
    {"windows-1255", "CP1255", Kind::Iconv},
    {"windows-1256", "CP1256", Kind::Iconv},
    {"windows-1257", "CP1257", Kind::Iconv},
    {"windows-1258", "CP1258", Kind::Iconv},
    {"windows-874", "CP874", Kind::Iconv},
    {"ISO-8859-2", "ISO-8859-2", Kind::Iconv},
    {"ISO-8859-3", "ISO-8859-3", Kind::Iconv},
    {"ISO-8859-4", "ISO-8859-4", Kind::Iconv},
    {"ISO-8859-5", "ISO-8859-5", Kind::Iconv},
    {"ISO-8859-6", "ISO-8859-6", Kind::Iconv},
    {"ISO-8859-7", "ISO-8859-7", Kind::Iconv},
    {"ISO-8859-8", "ISO-8859-8", Kind::Iconv},
    {"ISO-8859-10", "ISO-8859-10", Kind::Iconv},
    {"ISO-8859-13", "ISO-8859-13", Kind::Iconv},
    {"ISO-8859-14", "ISO-8859-14", Kind::Iconv},
    {"ISO-8859-15", "ISO-8859-15", Kind::Iconv},
    {"ISO-8859-16", "ISO-8859-16", Kind::Iconv},
    {"KOI8-R", "KOI8-R", Kind::Iconv},
    {"KOI8-U", "KOI8-U", Kind::Iconv},
    {"IBM866", "CP866", Kind::Iconv},
    {"macintosh", "MACINTOSH", Kind::Iconv},
    {"GBK", "GB18030", Kind::Iconv}, // WHATWG decodes GBK and GB2312 with the gb18030 decoder
    {"gb18030", "GB18030", Kind::Iconv},
    {"Big5", "BIG5-HKSCS", Kind::Iconv},
    {"Shift_JIS", "CP932", Kind::Iconv},
    {"EUC-JP", "EUC-JP", Kind::Iconv},
    {"ISO-2022-JP", "ISO-2022-JP", Kind::Iconv},
    {"EUC-KR", "CP949", Kind::Iconv}, // windows-949, a superset of EUC-KR
};

// Labels normalised by normaliseLabel(): lower-case ASCII letters and digits only.
struct Alias
{
    const char *key;
    const char *canonical;
};

const Alias kAliases[] = {
    {"utf8", "UTF-8"},
    {"unicode11utf8", "UTF-8"},
    {"unicode20utf8", "UTF-8"},
    {"xunicode20utf8", "UTF-8"},
    {"utf16", "UTF-16"},
    {"unicode", "UTF-16"},
    {"ucs2", "UTF-16"},
    {"iso10646ucs2", "UTF-16"},
    {"csunicode", "UTF-16"},
    {"utf16le", "UTF-16LE"},
    {"unicodefeff", "UTF-16LE"},
    {"utf16be", "UTF-16BE"},
    {"unicodefffe", "UTF-16BE"},
    {"utf32", "UTF-32"},
    {"ucs4", "UTF-32"},
    {"iso10646ucs4", "UTF-32"},
    {"utf32le", "UTF-32LE"},
    {"utf32be", "UTF-32BE"},
    // ISO-8859-1 and US-ASCII labels mean windows-1252 in practice (WHATWG).
    {"windows1252", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"xcp1252", "windows-1252"},
    {"iso88591", "windows-1252"},
    {"iso885911987", "windows-1252"},
    {"isoir100", "windows-1252"},
    {"latin1", "windows-1252"},
    {"l1", "windows-1252"},
    {"csisolatin1", "windows-1252"},
    {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"},
    {"usascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"us", "windows-1252"},
    {"iso646us", "windows-1252"},
    {"csascii", "windows-1252"},
    {"ansix341968", "windows-1252"},
    {"ansix341986", "windows-1252"},
    {"windows1250", "windows-1250"},
    {"cp1250", "windows-1250"},
    {"xcp1250", "windows-1250"},
    {"windows1251", "windows-1251"},
    {"cp1251", "windows-1251"},
    {"xcp1251", "windows-1251"},
    {"windows1253", "windows-1253"},
    {"cp1253", "windows-1253"},
    {"xcp1253", "windows-1253"},
    {"windows1254", "windows-1254"},
    {"cp1254", "windows-1254"},
    {"xcp1254", "windows-1254"},
    {"iso88599", "windows-1254"},
    {"iso885991989", "windows-1254"},
    {"isoir148", "windows-1254"},
    {"latin5", "windows-1254"},
    {"l5", "windows-1254"},
    {"csisolatin5", "windows-1254"},
    {"windows1255", "windows-1255"},
    {"cp1255", "windows-1255"},
    {"xcp1255", "windows-1255"},
    {"windows1256", "windows-1256"},
    {"cp1256", "windows-1256"},
    {"xcp1256", "windows-1256"},
    {"windows1257", "windows-1257"},
    {"cp1257", "windows-1257"},
    {"xcp1257", "windows-1257"},
    {"windows1258", "windows-1258"},
    {"cp1258", "windows-1258"},
    {"xcp1258", "windows-1258"},
    {"windows874", "windows-874"},
    {"cp874", "windows-874"},
    {"dos874", "windows-874"},
    {"tis620", "windows-874"},
    {"iso885911", "windows-874"},
    {"iso88592", "ISO-8859-2"},
    {"iso885921987", "ISO-8859-2"},
    {"isoir101", "ISO-8859-2"},
    {"latin2", "ISO-8859-2"},
    {"l2", "ISO-8859-2"},
    {"csisolatin2", "ISO-8859-2"},
    {"iso88593", "ISO-8859-3"},
    {"iso885931988", "ISO-8859-3"},
    {"isoir109", "ISO-8859-3"},
    {"latin3", "ISO-8859-3"},
    {"l3", "ISO-8859-3"},
    {"csisolatin3", "ISO-8859-3"},
    {"iso88594", "ISO-8859-4"},
    {"iso885941988", "ISO-8859-4"},
    {"isoir110", "ISO-8859-4"},
    {"latin4", "ISO-8859-4"},
    {"l4", "ISO-8859-4"},
    {"csisolatin4", "ISO-8859-4"},
    {"iso88595", "ISO-8859-5"},
    {"iso885951988", "ISO-8859-5"},
    {"isoir144", "ISO-8859-5"},
    {"cyrillic", "ISO-8859-5"},
    {"csisolatincyrillic", "ISO-8859-5"},
    {"iso88596", "ISO-8859-6"},
    {"iso885961987", "ISO-8859-6"},
    {"isoir127", "ISO-8859-6"},
    {"arabic", "ISO-8859-6"},
    {"asmo708", "ISO-8859-6"},
    {"ecma114", "ISO-8859-6"},
    {"csisolatinarabic", "ISO-8859-6"},
    {"iso88597", "ISO-8859-7"},
    {"iso885971987", "ISO-8859-7"},
    {"isoir126", "ISO-8859-7"},
    {"greek", "ISO-8859-7"},
    {"greek8", "ISO-8859-7"},
    {"elot928", "ISO-8859-7"},
    {"ecma118", "ISO-8859-7"},
    {"csisolatingreek", "ISO-8859-7"},
    {"iso88598", "ISO-8859-8"},
    {"iso885981988", "ISO-8859-8"},
    {"isoir138", "ISO-8859-8"},
    {"hebrew", "ISO-8859-8"},
    {"visual", "ISO-8859-8"},
    {"csisolatinhebrew", "ISO-8859-8"},
    {"iso88598i", "ISO-8859-8"},
    {"logical", "ISO-8859-8"},
    {"iso885910", "ISO-8859-10"},
    {"isoir157", "ISO-8859-10"},
    {"latin6", "ISO-8859-10"},
    {"l6", "ISO-8859-10"},
    {"csisolatin6", "ISO-8859-10"},
    {"iso885913", "ISO-8859-13"},
    {"latin7", "ISO-8859-13"},
    {"iso885914", "ISO-8859-14"},
    {"latin8", "ISO-8859-14"},
    {"iso885915", "ISO-8859-15"},
    {"latin9", "ISO-8859-15"},
    {"l9", "ISO-8859-15"},
    {"csisolatin9", "ISO-8859-15"},
    {"iso885916", "ISO-8859-16"},
    {"latin10", "ISO-8859-16"},
    {"l10", "ISO-8859-16"},
    {"koi8r", "KOI8-R"},
    {"koi8", "KOI8-R"},
    {"koi", "KOI8-R"},
    {"cskoi8r", "KOI8-R"},
    {"koi8u", "KOI8-U"},
    {"koi8ru", "KOI8-U"},
    {"ibm866", "IBM866"},
    {"cp866", "IBM866"},
    {"866", "IBM866"},
    {"csibm866", "IBM866"},
    {"macintosh", "macintosh"},
    {"mac", "macintosh"},
    {"xmacroman", "macintosh"},
    {"csmacintosh", "macintosh"},
    {"gbk", "GBK"},
    {"xgbk", "GBK"},
    {"gb2312", "GBK"},
    {"gb231280", "GBK"},
    {"euccn", "GBK"},
    {"chinese", "GBK"},
    {"csgb2312", "GBK"},
    {"isoir58", "GBK"},
    {"csiso58gb231280", "GBK"},
    {"cp936", "GBK"},
    {"gb18030", "gb18030"},
    {"big5", "Big5"},
    {"big5hkscs", "Big5"},
    {"cnbig5", "Big5"},
    {"csbig5", "Big5"},
    {"xxbig5", "Big5"},
    {"cp950", "Big5"},
    {"shiftjis", "Shift_JIS"},
    {"sjis", "Shift_JIS"},
    {"xsjis", "Shift_JIS"},
    {"mskanji", "Shift_JIS"},
    {"csshiftjis", "Shift_JIS"},
    {"windows31j", "Shift_JIS"},
    {"ms932", "Shift_JIS"},
    {"cp932", "Shift_JIS"},
    {"eucjp", "EUC-JP"},
    {"xeucjp", "EUC-JP"},
    {"cseucpkdfmtjapanese", "EUC-JP"},
    {"iso2022jp", "ISO-2022-JP"},
    {"csiso2022jp", "ISO-2022-JP"},
    {"euckr", "EUC-KR"},
    {"cseuckr", "EUC-KR"},
    {"ksc56011987", "EUC-KR"},
    {"ksc5601", "EUC-KR"},
    {"isoir149", "EUC-KR"},
    {"korean", "EUC-KR"},
    {"windows949", "EUC-KR"},
    {"cp949", "EUC-KR"},
    {"uhc", "EUC-KR"},
    {"csksc56011987", "EUC-KR"},
};

QByteArray normaliseLabel(const QByteArray &label)
{
    QByteArray key;
    key.reserve(label.size());
    for (const char c : label) {
        if (c >= 'A' && c <= 'Z')
            key.append(char(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            key.append(c);
    }
    return key;
}

const Charset *findCharset(const QByteArray &label)
{
    static const QHash<QByteArray, const Charset *> table = [] {
        QHash<QByteArray, const Charset *> byKey;
        for (const Alias &alias : kAliases) {
            for (const Charset &charset : kCharsets) {
                if (std::strcmp(charset.name, alias.canonical) == 0)
                    byKey.insert(QByteArray(alias.key), &charset);
            }
        }
        return byKey;
    }();
    const QByteArray key = normaliseLabel(label);
    return key.isEmpty() ? nullptr : table.value(key, nullptr);
}

bool isAsciiCompatible(const Charset *charset)
{
    switch (charset->kind) {
    case Kind::Utf16:
    case Kind::Utf16LE:
    case Kind::Utf16BE:
    case Kind::Utf32:
    case Kind::Utf32LE:
    case Kind::Utf32BE:
        return false;
    default:
        return true;
    }
}

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate(kContext, text, nullptr, n);
}

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
        return {&kCharsets[Utf8Id], 3};
    if (starts("\xFF\xFE\x00\x00", 4))
        return {&kCharsets[Utf32LEId], 4};
    if (starts("\x00\x00\xFE\xFF", 4))
        return {&kCharsets[Utf32BEId], 4};
    if (starts("\xFF\xFE", 2))
        return {&kCharsets[Utf16LEId], 2};
    if (starts("\xFE\xFF", 2))
        return {&kCharsets[Utf16BEId], 2};
    return {};
}

// UTF-16/32 without a BOM, from where the NUL bytes sit among the first four bytes. An XML
// document starts with '<' and a JSON text with an ASCII character, so both fit this pattern.
const Charset *detectWideFromNuls(const QByteArray &bytes)
{
    if (bytes.size() < 4)
        return nullptr;
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0)
        return &kCharsets[Utf32BEId];
    if (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
        return &kCharsets[Utf32LEId];
    if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0)
        return &kCharsets[Utf16BEId];
    if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0)
        return &kCharsets[Utf16LEId];
    return nullptr;
}

// "UTF-16" or "UTF-32" named without byte order and without a BOM: look at the bytes; when they
// say nothing, big-endian as RFC 2781 prescribes.
const Charset *resolveByteOrder(const Charset *charset, const QByteArray &bytes)
{
    const Charset *wide = detectWideFromNuls(bytes);
    if (charset->kind == Kind::Utf16) {
        if (wide && (wide->kind == Kind::Utf16LE || wide->kind == Kind::Utf16BE))
            return wide;
        return &kCharsets[Utf16BEId];
    }
    if (charset->kind == Kind::Utf32) {
        if (wide && (wide->kind == Kind::Utf32LE || wide->kind == Kind::Utf32BE))
            return wide;
        return &kCharsets[Utf32BEId];
    }
    return charset;
}

// --- decoders ----------------------------------------------------------------------------------

// 0x80-0x9F of windows-1252; the five holes map to the C1 control of the same value (WHATWG).
const char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

inline char16_t windows1252Char(uchar byte)
{
    return (byte >= 0x80 && byte < 0xA0) ? kWindows1252High[byte - 0x80] : char16_t(byte);
}

QString decodeWindows1252(const char *data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    auto *dst = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < size; ++i)
        dst[i] = windows1252Char(uchar(data[i]));
    return out;
}

// Length of the well-formed UTF-8 sequence at p: 1-4, 0 when ill-formed, -1 when cut off by end.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = *p;
    if (c < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        high = c == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -1;
        const uchar b = p[i];
        if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

// The slow path for bytes that Qt's decoder found invalid: decide whether the document is
// windows-1252 as a whole or UTF-8 with a few stray bytes.
void recoverUtf8(const char *data, qsizetype size, DecodedText &result)
{
    const auto *begin = reinterpret_cast<const uchar *>(data);
    const auto *end = begin + size;
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
    bool truncatedTail = false;
    for (const uchar *p = begin; p < end;) {
        const int length = utf8SequenceLength(p, end);
        if (length < 0) {
            truncatedTail = true;
            break;
        }
        if (length == 0) {
            ++invalid;
            ++p;
            continue;
        }
        validMultiByte += length > 1 ? 1 : 0;
        p += length;
    }

    if (invalid > 0 && (validMultiByte == 0 || invalid > validMultiByte)) {
        result.text = decodeWindows1252(data, size);
        result.encoding = kCharsets[W1252Id].name;
        result.warnings << tr("The document is not valid UTF-8; it was read as windows-1252.");
        return;
    }

    QString text;
    text.reserve(size);
    const uchar *runStart = begin;
    const uchar *p = begin;
    while (p < end) {
        const int length = utf8SequenceLength(p, end);
        if (length > 0) {
            p += length;
            continue;
        }
        text += QString::fromUtf8(reinterpret_cast<const char *>(runStart), p - runStart);
        if (length < 0) { // cut off at the end: what is missing cannot be guessed
            text += QChar::ReplacementCharacter;
            p = end;
        } else {
            text += QChar(windows1252Char(*p));
            ++p;
        }
        runStart = p;
    }
    text += QString::fromUtf8(reinterpret_cast<const char *>(runStart), p - runStart);
    result.text = text;
    result.encoding = kCharsets[Utf8Id].name;
    if (invalid > 0)
        result.warnings << tr("%n byte(s) that are not valid UTF-8 were read as windows-1252.",
                              int(qMin<qsizetype>(invalid, INT_MAX)));
    if (truncatedTail)
        result.warnings << tr("The document ends in the middle of a character.");
}

void decodeUtf8(const char *data, qsizetype size, DecodedText &result)
{
    // One pass: Qt's decoder both converts and notices invalid input.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(data, size));
    if (!decoder.hasError()) {
        result.text = std::move(text);
        result.encoding = kCharsets[Utf8Id].name;
        return;
    }
    recoverUtf8(data, size, result);
}

void decodeWithQt(QStringConverter::Encoding encoding, int unit, const char *data, qsizetype size,
                  DecodedText &result)
{
    const qsizetype whole = size - size % unit;
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    result.text = decoder.decode(QByteArrayView(data, whole));
    if (decoder.hasError())
        result.warnings << tr("Invalid characters were replaced by U+FFFD.");
    if (whole != size) {
        result.text += QChar::ReplacementCharacter;
        result.warnings << tr("The document ends in the middle of a character.");
    }
}

// Qt 6.4's UTF-32 decoder lets code points above U+10FFFF through as garbage, so: by hand.
void decodeUtf32(bool bigEndian, const char *data, qsizetype size, DecodedText &result)
{
    const qsizetype units = size / 4;
    QString out(units * 2, Qt::Uninitialized);
    auto *dst = reinterpret_cast<char16_t *>(out.data());
    qsizetype used = 0;
    qsizetype replaced = 0;
    const auto *b = reinterpret_cast<const uchar *>(data);
    for (qsizetype i = 0; i < units; ++i, b += 4) {
        const char32_t c = bigEndian
                               ? char32_t(b[0]) << 24 | char32_t(b[1]) << 16 | b[2] << 8 | b[3]
                               : char32_t(b[3]) << 24 | char32_t(b[2]) << 16 | b[1] << 8 | b[0];
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            dst[used++] = QChar::ReplacementCharacter;
            ++replaced;
        } else if (QChar::requiresSurrogates(c)) {
            dst[used++] = QChar::highSurrogate(c);
            dst[used++] = QChar::lowSurrogate(c);
        } else {
            dst[used++] = char16_t(c);
        }
    }
    out.truncate(used);
    result.text = std::move(out);
    if (replaced > 0)
        result.warnings << tr("Invalid characters were replaced by U+FFFD.");
    if (size % 4 != 0) {
        result.text += QChar::ReplacementCharacter;
        result.warnings << tr("The document ends in the middle of a character.");
    }
}

class IconvHandle final
{
public:
    explicit IconvHandle(const char *from)
        : m_handle(iconv_open(Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? "UTF-16LE" : "UTF-16BE", from))
    {}
    ~IconvHandle()
    {
        if (isValid())
            iconv_close(m_handle);
    }
    Q_DISABLE_COPY_MOVE(IconvHandle)

    [[nodiscard]] bool isValid() const { return m_handle != reinterpret_cast<iconv_t>(-1); }
    [[nodiscard]] iconv_t get() const { return m_handle; }

private:
    iconv_t m_handle;
};

void decodeWithIconv(const Charset *charset, const char *data, qsizetype size, DecodedText &result)
{
    IconvHandle converter(charset->iconvName);
    if (!converter.isValid()) {
        result.error = tr("This system cannot convert from %1.").arg(QLatin1String(charset->name));
        return;
    }
    // One byte never yields more than one UTF-16 unit in these charsets; grow if one does.
    QString out(size + 16, Qt::Uninitialized);
    qsizetype used = 0; // in UTF-16 units
    qsizetype replaced = 0;
    bool truncated = false;
    char *in = const_cast<char *>(data);
    size_t inLeft = size_t(size);
    const auto ensureRoom = [&out, &used](qsizetype units) {
        if (out.size() - used < units)
            out.resize(qMax(out.size() + out.size() / 2, used + units + 16));
    };
    const auto appendReplacement = [&] {
        ensureRoom(1);
        out[used++] = QChar::ReplacementCharacter;
        ++replaced;
    };
    bool flushing = false;
    for (;;) {
        char *outPtr = reinterpret_cast<char *>(out.data() + used);
        size_t outLeft = size_t(out.size() - used) * sizeof(char16_t);
        const size_t rc = flushing ? iconv(converter.get(), nullptr, nullptr, &outPtr, &outLeft)
                                   : iconv(converter.get(), &in, &inLeft, &outPtr, &outLeft);
        used = reinterpret_cast<char16_t *>(outPtr) - reinterpret_cast<char16_t *>(out.data());
        if (rc != size_t(-1)) {
            if (flushing)
                break;
            flushing = true; // emit what a stateful charset (ISO-2022-JP) still holds
            continue;
        }
        if (errno == E2BIG) {
            ensureRoom(qMax<qsizetype>(16, out.size() / 2));
        } else if (errno == EILSEQ && !flushing) {
            appendReplacement();
            ++in;
            --inLeft;
        } else if (errno == EINVAL && !flushing) {
            appendReplacement();
            truncated = true;
            inLeft = 0;
        } else {
            break;
        }
    }
    out.truncate(used);
    result.text = std::move(out);
    if (truncated) {
        --replaced;
        result.warnings << tr("The document ends in the middle of a character.");
    }
    if (replaced > 0)
        result.warnings << tr("%n invalid byte sequence(s) replaced by U+FFFD.",
                              int(qMin<qsizetype>(replaced, INT_MAX)));
}

void decodeAs(const Charset *charset, const char *data, qsizetype size, DecodedText &result)
{
    result.encoding = charset->name;
    switch (charset->kind) {
    case Kind::Utf8:
        decodeUtf8(data, size, result);
        return;
    case Kind::Utf16:
    case Kind::Utf16LE:
        decodeWithQt(QStringConverter::Utf16LE, 2, data, size, result);
        return;
    case Kind::Utf16BE:
        decodeWithQt(QStringConverter::Utf16BE, 2, data, size, result);
        return;
    case Kind::Utf32:
    case Kind::Utf32LE:
        decodeUtf32(false, data, size, result);
        return;
    case Kind::Utf32BE:
        decodeUtf32(true, data, size, result);
        return;
    case Kind::Windows1252:
        result.text = decodeWindows1252(data, size);
        return;
    case Kind::Iconv:
        decodeWithIconv(charset, data, size, result);
        return;
    }
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

void warnUnknownLabel(const QByteArray &label, const char *where, DecodedText &result)
{
    result.warnings << tr("Unknown character encoding \"%1\" in the %2 was ignored.")
                           .arg(QString::fromLatin1(label.left(64)), tr(where));
}

} // namespace

QByteArray canonicalEncodingName(const QByteArray &label)
{
    const Charset *charset = findCharset(label);
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
    const QByteArray body = bom.length > 0 ? bytes.mid(bom.length) : bytes;
    const Charset *wide =
        bom.charset && !isAsciiCompatible(bom.charset) ? bom.charset : detectWideFromNuls(body);
    int unit = 1;
    int offset = 0; // of the significant byte inside a unit
    if (wide) {
        const bool utf32 = wide->kind == Kind::Utf32LE || wide->kind == Kind::Utf32BE;
        const bool bigEndian = wide->kind == Kind::Utf16BE || wide->kind == Kind::Utf32BE;
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
    const Charset *sniffed = bom.charset ? nullptr : detectWideFromNuls(bytes);
    const QByteArray declaredLabel = encodingFromXmlDeclaration(bytes);
    const Charset *declared = declaredLabel.isEmpty() ? nullptr : findCharset(declaredLabel);

    if (!charset) {
        const QByteArray httpLabel = charsetFromContentType(httpContentType);
        if (!httpLabel.isEmpty()) {
            charset = findCharset(httpLabel);
            if (!charset)
                warnUnknownLabel(httpLabel, QT_TRANSLATE_NOOP("Feeds::Encoding", "HTTP header"),
                                 result);
            else if (declared && std::strcmp(declared->name, charset->name) != 0 &&
                     !(sniffed && isAsciiCompatible(charset)))
                result.warnings << tr("The HTTP header says %1 and the XML declaration says "
                                      "%2; the header wins.")
                                       .arg(QLatin1String(charset->name),
                                            QLatin1String(declared->name));
        }
    }
    if (!charset && !declaredLabel.isEmpty() && !declared)
        warnUnknownLabel(declaredLabel, QT_TRANSLATE_NOOP("Feeds::Encoding", "XML declaration"),
                         result);
    if (!charset && !sniffed && declared) {
        // A declaration we could read as ASCII cannot truly be UTF-16/32 (XML 1.0 Appendix F).
        charset = isAsciiCompatible(declared) ? declared : &kCharsets[Utf8Id];
    }
    if (charset && sniffed && isAsciiCompatible(charset)) {
        result.warnings << tr("The document is %1, not %2 as labelled.")
                               .arg(QLatin1String(sniffed->name), QLatin1String(charset->name));
        charset = sniffed;
    }
    if (!charset)
        charset = sniffed ? sniffed : &kCharsets[Utf8Id];
    charset = resolveByteOrder(charset, bytes);

    decodeAs(charset, bytes.constData() + bom.length, bytes.size() - bom.length, result);
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
        const QByteArray httpLabel = charsetFromContentType(httpContentType);
        if (!httpLabel.isEmpty()) {
            charset = findCharset(httpLabel);
            if (!charset)
                warnUnknownLabel(httpLabel, QT_TRANSLATE_NOOP("Feeds::Encoding", "HTTP header"),
                                 result);
        }
    }
    if (!charset)
        charset = detectWideFromNuls(bytes);
    if (!charset)
        charset = &kCharsets[Utf8Id];
    charset = resolveByteOrder(charset, bytes);
    decodeAs(charset, bytes.constData() + bom.length, bytes.size() - bom.length, result);
    return result;
}

} // namespace Feeds
