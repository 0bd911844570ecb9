#include "text/charsets.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <array>
#include <cerrno>
#include <cstring>
#include <iconv.h>
#include <vector>

namespace Text::Charsets {

namespace {

// Labels as the WHATWG Encoding Standard lists them, normalised. ISO-8859-1 and US-ASCII mean
// windows-1252 in practice, ISO-8859-9 windows-1254, ISO-8859-11 windows-874, GB2312 GBK.
const Charset kCharsets[] = {
    {"UTF-8", nullptr, Kind::Utf8, "utf8 unicode11utf8 unicode20utf8 xunicode20utf8"},
    {"UTF-16", nullptr, Kind::Utf16, "utf16 unicode ucs2 iso10646ucs2 csunicode"},
    {"UTF-16LE", nullptr, Kind::Utf16LE, "utf16le unicodefeff"},
    {"UTF-16BE", nullptr, Kind::Utf16BE, "utf16be unicodefffe"},
    {"UTF-32", nullptr, Kind::Utf32, "utf32 ucs4 iso10646ucs4"},
    {"UTF-32LE", nullptr, Kind::Utf32LE, "utf32le"},
    {"UTF-32BE", nullptr, Kind::Utf32BE, "utf32be"},
    {"windows-1252", nullptr, Kind::Windows1252,
     "windows1252 cp1252 xcp1252 iso88591 iso885911987 isoir100 latin1 l1 csisolatin1 cp819 "
     "ibm819 usascii ascii us iso646us csascii ansix341968 ansix341986"},
    {"windows-1250", "CP1250", Kind::SingleByte, "windows1250 cp1250 xcp1250"},
    {"windows-1251", "CP1251", Kind::SingleByte, "windows1251 cp1251 xcp1251"},
    {"windows-1253", "CP1253", Kind::SingleByte, "windows1253 cp1253 xcp1253"},
    {"windows-1254", "CP1254", Kind::SingleByte,
     "windows1254 cp1254 xcp1254 iso88599 iso885991989 isoir148 latin5 l5 csisolatin5"},
    {"windows-1255", "CP1255", Kind::SingleByte, "windows1255 cp1255 xcp1255"},
    {"windows-1256", "CP1256", Kind::SingleByte, "windows1256 cp1256 xcp1256"},
    {"windows-1257", "CP1257", Kind::SingleByte, "windows1257 cp1257 xcp1257"},
    {"windows-1258", "CP1258", Kind::SingleByte, "windows1258 cp1258 xcp1258"},
    {"windows-874", "CP874", Kind::SingleByte, "windows874 cp874 dos874 tis620 iso885911"},
    {"ISO-8859-2", "ISO-8859-2", Kind::SingleByte,
     "iso88592 iso885921987 isoir101 latin2 l2 csisolatin2"},
    {"ISO-8859-3", "ISO-8859-3", Kind::SingleByte,
     "iso88593 iso885931988 isoir109 latin3 l3 csisolatin3"},
    {"ISO-8859-4", "ISO-8859-4", Kind::SingleByte,
     "iso88594 iso885941988 isoir110 latin4 l4 csisolatin4"},
    {"ISO-8859-5", "ISO-8859-5", Kind::SingleByte,
     "iso88595 iso885951988 isoir144 cyrillic csisolatincyrillic"},
    {"ISO-8859-6", "ISO-8859-6", Kind::SingleByte,
     "iso88596 iso885961987 isoir127 arabic asmo708 ecma114 csisolatinarabic"},
    {"ISO-8859-7", "ISO-8859-7", Kind::SingleByte,
     "iso88597 iso885971987 isoir126 greek greek8 elot928 ecma118 csisolatingreek"},
    {"ISO-8859-8", "ISO-8859-8", Kind::SingleByte,
     "iso88598 iso885981988 isoir138 hebrew visual csisolatinhebrew iso88598i logical"},
    {"ISO-8859-10", "ISO-8859-10", Kind::SingleByte, "iso885910 isoir157 latin6 l6 csisolatin6"},
    {"ISO-8859-13", "ISO-8859-13", Kind::SingleByte, "iso885913 latin7"},
    {"ISO-8859-14", "ISO-8859-14", Kind::SingleByte, "iso885914 latin8"},
    {"ISO-8859-15", "ISO-8859-15", Kind::SingleByte, "iso885915 latin9 l9 csisolatin9"},
    {"ISO-8859-16", "ISO-8859-16", Kind::SingleByte, "iso885916 latin10 l10"},
    {"KOI8-R", "KOI8-R", Kind::SingleByte, "koi8r koi8 koi cskoi8r"},
    {"KOI8-U", "KOI8-U", Kind::SingleByte, "koi8u koi8ru"},
    {"IBM866", "CP866", Kind::SingleByte, "ibm866 cp866 866 csibm866"},
    {"macintosh", "MACINTOSH", Kind::SingleByte, "macintosh mac xmacroman csmacintosh"},
    // WHATWG decodes GBK and GB2312 with the gb18030 decoder, a superset.
    {"GBK", "GB18030", Kind::Iconv,
     "gbk xgbk gb2312 gb231280 euccn chinese csgb2312 isoir58 csiso58gb231280 cp936"},
    {"gb18030", "GB18030", Kind::Iconv, "gb18030"},
    {"Big5", "BIG5-HKSCS", Kind::Iconv, "big5 big5hkscs cnbig5 csbig5 xxbig5 cp950"},
    {"Shift_JIS", "CP932", Kind::Iconv,
     "shiftjis sjis xsjis mskanji csshiftjis windows31j ms932 cp932"},
    {"EUC-JP", "EUC-JP", Kind::Iconv, "eucjp xeucjp cseucpkdfmtjapanese"},
    {"ISO-2022-JP", "ISO-2022-JP", Kind::Iconv, "iso2022jp csiso2022jp"},
    // windows-949 (UHC), a superset of EUC-KR
    {"EUC-KR", "CP949", Kind::Iconv,
     "euckr cseuckr ksc56011987 ksc5601 isoir149 korean windows949 cp949 uhc csksc56011987"},
};

enum WellKnown {
    Utf8Index = 0,
    Utf16LEIndex = 2,
    Utf16BEIndex = 3,
    Utf32LEIndex = 5,
    Utf32BEIndex = 6,
    Windows1252Index = 7
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

// The context of this file's messages. A class that declares it, rather than a function
// named tr(), so that lupdate files the messages under the context the code looks up.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Text::Encoding)
};

// 0x80-0x9F of windows-1252; the five holes map to the C1 control of the same value (WHATWG).
const char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

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

// Skips ASCII eight bytes at a time; returns the first non-ASCII byte or `end`.
const uchar *skipAscii(const uchar *p, const uchar *end)
{
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & Q_UINT64_C(0x8080808080808080))
            break;
        p += 8;
    }
    while (p < end && *p < 0x80)
        ++p;
    return p;
}

// The slow path for bytes that Qt's decoder found invalid: decide whether the document is
// windows-1252 as a whole or UTF-8 with a few stray bytes.
void recoverUtf8(const char *data, qsizetype size, DecodedText &result)
{
    const auto *begin = reinterpret_cast<const uchar *>(data);
    const auto *end = begin + size;
    const auto scan = [begin, end](auto &&onInvalid) {
        struct Counts
        {
            qsizetype validMultiByte = 0;
            qsizetype invalid = 0;
            qsizetype validEnd = 0; // where a sequence cut off by the end starts, else size
        } counts;
        const uchar *p = skipAscii(begin, end);
        for (; p < end; p = skipAscii(p, end)) {
            const int length = utf8SequenceLength(p, end);
            if (length < 0)
                break;
            if (length == 0) {
                onInvalid(p - begin);
                ++counts.invalid;
                ++p;
            } else {
                counts.validMultiByte += length > 1 ? 1 : 0;
                p += length;
            }
        }
        counts.validEnd = p - begin;
        return counts;
    };

    // Offsets of the invalid bytes, remembered while they are few so one pass is enough.
    constexpr size_t kRemembered = 4096;
    std::vector<qsizetype> invalidAt;
    const auto counts = scan([&invalidAt](qsizetype at) {
        if (invalidAt.size() < kRemembered)
            invalidAt.push_back(at);
    });

    if (counts.invalid > 0 &&
        (counts.validMultiByte == 0 || counts.invalid > counts.validMultiByte)) {
        result.text = decodeWindows1252(data, size);
        result.encoding = kCharsets[Windows1252Index].name;
        result.warnings << Messages::tr(
            "The document is not valid UTF-8; it was read as windows-1252.");
        return;
    }
    if (qsizetype(invalidAt.size()) < counts.invalid) {
        invalidAt.clear();
        invalidAt.reserve(size_t(counts.invalid));
        scan([&invalidAt](qsizetype at) { invalidAt.push_back(at); });
    }

    // Valid runs through Qt's decoder, each invalid byte as windows-1252.
    QString text;
    text.reserve(size);
    qsizetype runStart = 0;
    for (const qsizetype at : invalidAt) {
        text += QString::fromUtf8(data + runStart, at - runStart);
        text += QChar(windows1252Char(uchar(data[at])));
        runStart = at + 1;
    }
    text += QString::fromUtf8(data + runStart, counts.validEnd - runStart);
    const bool truncatedTail = counts.validEnd < size;
    if (truncatedTail) // cut off at the end: what is missing cannot be guessed
        text += QChar::ReplacementCharacter;
    result.text = std::move(text);
    result.encoding = kCharsets[Utf8Index].name;
    if (counts.invalid > 0)
        result.warnings << Messages::tr(
            "%n byte(s) that are not valid UTF-8 were read as windows-1252.", nullptr,
            int(qMin<qsizetype>(counts.invalid, INT_MAX)));
    if (truncatedTail)
        result.warnings << Messages::tr("The document ends in the middle of a character.");
}

void decodeUtf8(const char *data, qsizetype size, DecodedText &result)
{
    // One pass: Qt's decoder both converts and notices invalid input.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(data, size));
    if (!decoder.hasError()) {
        result.text = std::move(text);
        result.encoding = kCharsets[Utf8Index].name;
        return;
    }
    recoverUtf8(data, size, result);
}

void decodeUtf16(QStringConverter::Encoding encoding, const char *data, qsizetype size,
                 DecodedText &result)
{
    const qsizetype whole = size - size % 2;
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    result.text = decoder.decode(QByteArrayView(data, whole));
    if (decoder.hasError())
        result.warnings << Messages::tr("Invalid characters were replaced by U+FFFD.");
    if (whole != size) {
        result.text += QChar::ReplacementCharacter;
        result.warnings << Messages::tr("The document ends in the middle of a character.");
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
        result.warnings << Messages::tr("Invalid characters were replaced by U+FFFD.");
    if (size % 4 != 0) {
        result.text += QChar::ReplacementCharacter;
        result.warnings << Messages::tr("The document ends in the middle of a character.");
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
        result.error =
            Messages::tr("This system cannot convert from %1.").arg(QLatin1String(charset->name));
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
        result.warnings << Messages::tr("The document ends in the middle of a character.");
    }
    if (replaced > 0)
        result.warnings << Messages::tr("%n invalid byte sequence(s) replaced by U+FFFD.", nullptr,
                                        int(qMin<qsizetype>(replaced, INT_MAX)));
}

using ByteTable = std::array<char16_t, 256>;

// The table of a single-byte charset, built once for all of them by asking iconv about every
// byte; U+FFFD marks bytes the charset leaves undefined. Null when iconv lacks the charset.
const ByteTable *singleByteTable(const Charset *charset)
{
    static const QHash<const Charset *, ByteTable> tables = [] {
        QHash<const Charset *, ByteTable> built;
        for (const Charset &entry : kCharsets) {
            if (entry.kind != Kind::SingleByte)
                continue;
            IconvHandle converter(entry.iconvName);
            if (!converter.isValid())
                continue;
            ByteTable table{};
            for (int byte = 0; byte < 256; ++byte) {
                char in = char(byte);
                char16_t out[4] = {};
                char *inPtr = &in;
                size_t inLeft = 1;
                char *outPtr = reinterpret_cast<char *>(out);
                size_t outLeft = sizeof out;
                iconv(converter.get(), nullptr, nullptr, nullptr, nullptr);
                const size_t rc = iconv(converter.get(), &inPtr, &inLeft, &outPtr, &outLeft);
                // Flush: the windows-1255/1258 converters hold a letter back to compose it.
                iconv(converter.get(), nullptr, nullptr, &outPtr, &outLeft);
                const size_t units = (sizeof out - outLeft) / sizeof(char16_t);
                table[size_t(byte)] = rc == size_t(-1) || units != 1 ? char16_t(0xFFFD) : out[0];
            }
            built.insert(&entry, table);
        }
        return built;
    }();
    const auto it = tables.constFind(charset);
    return it == tables.cend() ? nullptr : &it.value();
}

void decodeSingleByte(const ByteTable &table, const char *data, qsizetype size, DecodedText &result)
{
    QString out(size, Qt::Uninitialized);
    auto *dst = reinterpret_cast<char16_t *>(out.data());
    qsizetype replaced = 0;
    for (qsizetype i = 0; i < size; ++i) {
        dst[i] = table[uchar(data[i])];
        replaced += dst[i] == 0xFFFD ? 1 : 0;
    }
    result.text = std::move(out);
    if (replaced > 0)
        result.warnings << Messages::tr("%n invalid byte sequence(s) replaced by U+FFFD.", nullptr,
                                        int(qMin<qsizetype>(replaced, INT_MAX)));
}

} // namespace

const Charset *find(const QByteArray &label)
{
    static const QHash<QByteArray, const Charset *> byLabel = [] {
        QHash<QByteArray, const Charset *> table;
        for (const Charset &charset : kCharsets) {
            for (const QByteArray &key : QByteArray(charset.labels).split(' '))
                table.insert(key, &charset);
        }
        return table;
    }();
    const QByteArray key = normaliseLabel(label);
    return key.isEmpty() ? nullptr : byLabel.value(key, nullptr);
}

const Charset *utf8()
{
    return &kCharsets[Utf8Index];
}

const Charset *utf16LE()
{
    return &kCharsets[Utf16LEIndex];
}

const Charset *utf16BE()
{
    return &kCharsets[Utf16BEIndex];
}

const Charset *utf32LE()
{
    return &kCharsets[Utf32LEIndex];
}

const Charset *utf32BE()
{
    return &kCharsets[Utf32BEIndex];
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
    case Kind::Utf8:
    case Kind::Windows1252:
    case Kind::SingleByte:
    case Kind::Iconv:
        break;
    }
    return true;
}

void decode(const Charset *charset, const char *data, qsizetype size, DecodedText &result)
{
    result.encoding = charset->name;
    switch (charset->kind) {
    case Kind::Utf8:
        decodeUtf8(data, size, result);
        return;
    case Kind::Utf16:
    case Kind::Utf16LE:
        decodeUtf16(QStringConverter::Utf16LE, data, size, result);
        return;
    case Kind::Utf16BE:
        decodeUtf16(QStringConverter::Utf16BE, data, size, result);
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
    case Kind::SingleByte:
        if (const ByteTable *table = singleByteTable(charset))
            decodeSingleByte(*table, data, size, result);
        else
            decodeWithIconv(charset, data, size, result); // reports the missing converter
        return;
    case Kind::Iconv:
        decodeWithIconv(charset, data, size, result);
        return;
    }
}

char16_t windows1252Char(uchar byte)
{
    return (byte >= 0x80 && byte < 0xA0) ? kWindows1252High[byte - 0x80] : char16_t(byte);
}

int windows1252Byte(char32_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return int(c);
    for (int i = 0; i < 32; ++i) {
        if (kWindows1252High[i] == c)
            return 0x80 + i;
    }
    return -1;
}

} // namespace Text::Charsets
