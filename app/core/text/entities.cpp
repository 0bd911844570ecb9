#include "text/entities.h"

#include "text/ascii.h"
#include "text/utf8.h"

#include <array>
#include <iterator>

namespace Text {
namespace {

struct NamedReference
{
    std::string_view name;
    char32_t codePoint;
    bool worksWithoutSemicolon; // the legacy Latin-1 set of HTML 4
};

// The HTML 4 entities plus the HTML 5 names of ASCII punctuation (obfuscated URLs use those,
// e.g. "javascript&colon;"), sorted by name in byte order for binary search.
constexpr NamedReference kReferences[] = {
    {"AElig", 0xC6, true},
    {"AMP", 0x26, true},
    {"Aacute", 0xC1, true},
    {"Acirc", 0xC2, true},
    {"Agrave", 0xC0, true},
    {"Alpha", 0x391, false},
    {"Aring", 0xC5, true},
    {"Atilde", 0xC3, true},
    {"Auml", 0xC4, true},
    {"Beta", 0x392, false},
    {"Ccedil", 0xC7, true},
    {"Chi", 0x3A7, false},
    {"Dagger", 0x2021, false},
    {"Delta", 0x394, false},
    {"DiacriticalGrave", 0x60, false},
    {"ETH", 0xD0, true},
    {"Eacute", 0xC9, true},
    {"Ecirc", 0xCA, true},
    {"Egrave", 0xC8, true},
    {"Epsilon", 0x395, false},
    {"Eta", 0x397, false},
    {"Euml", 0xCB, true},
    {"GT", 0x3E, true},
    {"Gamma", 0x393, false},
    {"Hat", 0x5E, false},
    {"Iacute", 0xCD, true},
    {"Icirc", 0xCE, true},
    {"Igrave", 0xCC, true},
    {"Iota", 0x399, false},
    {"Iuml", 0xCF, true},
    {"Kappa", 0x39A, false},
    {"LT", 0x3C, true},
    {"Lambda", 0x39B, false},
    {"Mu", 0x39C, false},
    {"NewLine", 0xA, false},
    {"Ntilde", 0xD1, true},
    {"Nu", 0x39D, false},
    {"OElig", 0x152, false},
    {"Oacute", 0xD3, true},
    {"Ocirc", 0xD4, true},
    {"Ograve", 0xD2, true},
    {"Omega", 0x3A9, false},
    {"Omicron", 0x39F, false},
    {"Oslash", 0xD8, true},
    {"Otilde", 0xD5, true},
    {"Ouml", 0xD6, true},
    {"Phi", 0x3A6, false},
    {"Pi", 0x3A0, false},
    {"Prime", 0x2033, false},
    {"Psi", 0x3A8, false},
    {"QUOT", 0x22, true},
    {"Rho", 0x3A1, false},
    {"Scaron", 0x160, false},
    {"Sigma", 0x3A3, false},
    {"THORN", 0xDE, true},
    {"Tab", 0x9, false},
    {"Tau", 0x3A4, false},
    {"Theta", 0x398, false},
    {"Uacute", 0xDA, true},
    {"Ucirc", 0xDB, true},
    {"Ugrave", 0xD9, true},
    {"UnderBar", 0x5F, false},
    {"Upsilon", 0x3A5, false},
    {"Uuml", 0xDC, true},
    {"VerticalLine", 0x7C, false},
    {"Xi", 0x39E, false},
    {"Yacute", 0xDD, true},
    {"Yuml", 0x178, false},
    {"Zeta", 0x396, false},
    {"aacute", 0xE1, true},
    {"acirc", 0xE2, true},
    {"acute", 0xB4, true},
    {"aelig", 0xE6, true},
    {"agrave", 0xE0, true},
    {"alefsym", 0x2135, false},
    {"alpha", 0x3B1, false},
    {"amp", 0x26, true},
    {"and", 0x2227, false},
    {"ang", 0x2220, false},
    {"apos", 0x27, false},
    {"aring", 0xE5, true},
    {"ast", 0x2A, false},
    {"asymp", 0x2248, false},
    {"atilde", 0xE3, true},
    {"auml", 0xE4, true},
    {"bdquo", 0x201E, false},
    {"beta", 0x3B2, false},
    {"brvbar", 0xA6, true},
    {"bsol", 0x5C, false},
    {"bull", 0x2022, false},
    {"cap", 0x2229, false},
    {"ccedil", 0xE7, true},
    {"cedil", 0xB8, true},
    {"cent", 0xA2, true},
    {"chi", 0x3C7, false},
    {"circ", 0x2C6, false},
    {"clubs", 0x2663, false},
    {"colon", 0x3A, false},
    {"comma", 0x2C, false},
    {"commat", 0x40, false},
    {"cong", 0x2245, false},
    {"copy", 0xA9, true},
    {"crarr", 0x21B5, false},
    {"cup", 0x222A, false},
    {"curren", 0xA4, true},
    {"dArr", 0x21D3, false},
    {"dagger", 0x2020, false},
    {"darr", 0x2193, false},
    {"deg", 0xB0, true},
    {"delta", 0x3B4, false},
    {"diams", 0x2666, false},
    {"divide", 0xF7, true},
    {"dollar", 0x24, false},
    {"eacute", 0xE9, true},
    {"ecirc", 0xEA, true},
    {"egrave", 0xE8, true},
    {"empty", 0x2205, false},
    {"emsp", 0x2003, false},
    {"ensp", 0x2002, false},
    {"epsilon", 0x3B5, false},
    {"equals", 0x3D, false},
    {"equiv", 0x2261, false},
    {"eta", 0x3B7, false},
    {"eth", 0xF0, true},
    {"euml", 0xEB, true},
    {"euro", 0x20AC, false},
    {"excl", 0x21, false},
    {"exist", 0x2203, false},
    {"fnof", 0x192, false},
    {"forall", 0x2200, false},
    {"frac12", 0xBD, true},
    {"frac14", 0xBC, true},
    {"frac34", 0xBE, true},
    {"frasl", 0x2044, false},
    {"gamma", 0x3B3, false},
    {"ge", 0x2265, false},
    {"grave", 0x60, false},
    {"gt", 0x3E, true},
    {"hArr", 0x21D4, false},
    {"harr", 0x2194, false},
    {"hearts", 0x2665, false},
    {"hellip", 0x2026, false},
    {"iacute", 0xED, true},
    {"icirc", 0xEE, true},
    {"iexcl", 0xA1, true},
    {"igrave", 0xEC, true},
    {"image", 0x2111, false},
    {"infin", 0x221E, false},
    {"int", 0x222B, false},
    {"iota", 0x3B9, false},
    {"iquest", 0xBF, true},
    {"isin", 0x2208, false},
    {"iuml", 0xEF, true},
    {"kappa", 0x3BA, false},
    {"lArr", 0x21D0, false},
    {"lambda", 0x3BB, false},
    {"lang", 0x2329, false},
    {"laquo", 0xAB, true},
    {"larr", 0x2190, false},
    {"lbrace", 0x7B, false},
    {"lbrack", 0x5B, false},
    {"lceil", 0x2308, false},
    {"lcub", 0x7B, false},
    {"ldquo", 0x201C, false},
    {"le", 0x2264, false},
    {"lfloor", 0x230A, false},
    {"lowast", 0x2217, false},
    {"lowbar", 0x5F, false},
    {"loz", 0x25CA, false},
    {"lpar", 0x28, false},
    {"lrm", 0x200E, false},
    {"lsaquo", 0x2039, false},
    {"lsqb", 0x5B, false},
    {"lsquo", 0x2018, false},
    {"lt", 0x3C, true},
    {"macr", 0xAF, true},
    {"mdash", 0x2014, false},
    {"micro", 0xB5, true},
    {"midast", 0x2A, false},
    {"middot", 0xB7, true},
    {"minus", 0x2212, false},
    {"mu", 0x3BC, false},
    {"nabla", 0x2207, false},
    {"nbsp", 0xA0, true},
    {"ndash", 0x2013, false},
    {"ne", 0x2260, false},
    {"ni", 0x220B, false},
    {"not", 0xAC, true},
    {"notin", 0x2209, false},
    {"nsub", 0x2284, false},
    {"ntilde", 0xF1, true},
    {"nu", 0x3BD, false},
    {"num", 0x23, false},
    {"oacute", 0xF3, true},
    {"ocirc", 0xF4, true},
    {"oelig", 0x153, false},
    {"ograve", 0xF2, true},
    {"oline", 0x203E, false},
    {"omega", 0x3C9, false},
    {"omicron", 0x3BF, false},
    {"oplus", 0x2295, false},
    {"or", 0x2228, false},
    {"ordf", 0xAA, true},
    {"ordm", 0xBA, true},
    {"oslash", 0xF8, true},
    {"otilde", 0xF5, true},
    {"otimes", 0x2297, false},
    {"ouml", 0xF6, true},
    {"para", 0xB6, true},
    {"part", 0x2202, false},
    {"percnt", 0x25, false},
    {"period", 0x2E, false},
    {"permil", 0x2030, false},
    {"perp", 0x22A5, false},
    {"phi", 0x3C6, false},
    {"pi", 0x3C0, false},
    {"piv", 0x3D6, false},
    {"plus", 0x2B, false},
    {"plusmn", 0xB1, true},
    {"pound", 0xA3, true},
    {"prime", 0x2032, false},
    {"prod", 0x220F, false},
    {"prop", 0x221D, false},
    {"psi", 0x3C8, false},
    {"quest", 0x3F, false},
    {"quot", 0x22, true},
    {"rArr", 0x21D2, false},
    {"radic", 0x221A, false},
    {"rang", 0x232A, false},
    {"raquo", 0xBB, true},
    {"rarr", 0x2192, false},
    {"rbrace", 0x7D, false},
    {"rbrack", 0x5D, false},
    {"rceil", 0x2309, false},
    {"rcub", 0x7D, false},
    {"rdquo", 0x201D, false},
    {"real", 0x211C, false},
    {"reg", 0xAE, true},
    {"rfloor", 0x230B, false},
    {"rho", 0x3C1, false},
    {"rlm", 0x200F, false},
    {"rpar", 0x29, false},
    {"rsaquo", 0x203A, false},
    {"rsqb", 0x5D, false},
    {"rsquo", 0x2019, false},
    {"sbquo", 0x201A, false},
    {"scaron", 0x161, false},
    {"sdot", 0x22C5, false},
    {"sect", 0xA7, true},
    {"semi", 0x3B, false},
    {"shy", 0xAD, true},
    {"sigma", 0x3C3, false},
    {"sigmaf", 0x3C2, false},
    {"sim", 0x223C, false},
    {"sol", 0x2F, false},
    {"spades", 0x2660, false},
    {"sub", 0x2282, false},
    {"sube", 0x2286, false},
    {"sum", 0x2211, false},
    {"sup", 0x2283, false},
    {"sup1", 0xB9, true},
    {"sup2", 0xB2, true},
    {"sup3", 0xB3, true},
    {"supe", 0x2287, false},
    {"szlig", 0xDF, true},
    {"tau", 0x3C4, false},
    {"there4", 0x2234, false},
    {"theta", 0x3B8, false},
    {"thetasym", 0x3D1, false},
    {"thinsp", 0x2009, false},
    {"thorn", 0xFE, true},
    {"tilde", 0x2DC, false},
    {"times", 0xD7, true},
    {"trade", 0x2122, false},
    {"uArr", 0x21D1, false},
    {"uacute", 0xFA, true},
    {"uarr", 0x2191, false},
    {"ucirc", 0xFB, true},
    {"ugrave", 0xF9, true},
    {"uml", 0xA8, true},
    {"upsih", 0x3D2, false},
    {"upsilon", 0x3C5, false},
    {"uuml", 0xFC, true},
    {"verbar", 0x7C, false},
    {"vert", 0x7C, false},
    {"weierp", 0x2118, false},
    {"xi", 0x3BE, false},
    {"yacute", 0xFD, true},
    {"yen", 0xA5, true},
    {"yuml", 0xFF, true},
    {"zeta", 0x3B6, false},
    {"zwj", 0x200D, false},
    {"zwnj", 0x200C, false},
};

constexpr std::size_t kLongestName = 16;

// Numeric references to 0x80–0x9F mean Windows-1252, as browsers decode them.
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

struct LetterRange
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

constexpr std::size_t kLetterCount = 'z' - 'A' + 1;

// Entries by first letter (the table is sorted, so they are adjacent): most letters have only a
// handful, and references are looked up for every '&' in feed text.
constexpr std::array<LetterRange, kLetterCount> makeLetterIndex()
{
    std::array<LetterRange, kLetterCount> index{};
    for (std::size_t i = 0; i < std::size(kReferences); ++i) {
        LetterRange &range = index[std::size_t(kReferences[i].name.front() - 'A')];
        if (range.begin == range.end)
            range.begin = i;
        range.end = i + 1;
    }
    return index;
}

constexpr std::array<LetterRange, kLetterCount> kLetterIndex = makeLetterIndex();

const NamedReference *findReference(std::string_view name)
{
    if (name.empty() || name.front() < 'A' || name.front() > 'z')
        return nullptr;
    const LetterRange range = kLetterIndex[std::size_t(name.front() - 'A')];
    for (std::size_t i = range.begin; i < range.end; ++i) {
        if (kReferences[i].name == name)
            return &kReferences[i];
    }
    return nullptr;
}

std::size_t decodeNumeric(std::string_view input, std::size_t pos, std::string &out)
{
    // input[pos] == '&', input[pos + 1] == '#'
    std::size_t i = pos + 2;
    const bool hex = i < input.size() && (input[i] == 'x' || input[i] == 'X');
    if (hex)
        ++i;
    const std::size_t digitsStart = i;
    char32_t value = 0;
    bool overflow = false;
    for (; i < input.size(); ++i) {
        const int digit =
            hex ? Ascii::hexValue(input[i]) : (Ascii::isDigit(input[i]) ? input[i] - '0' : -1);
        if (digit < 0)
            break;
        value = value * (hex ? 16 : 10) + char32_t(digit);
        if (value > 0x10FFFF) {
            overflow = true;
            value = 0x110000; // keeps the multiplication from wrapping
        }
    }
    if (i == digitsStart)
        return 0;
    if (i < input.size() && input[i] == ';')
        ++i;
    if (overflow || value == 0)
        value = 0xFFFD;
    else if (value >= 0x80 && value <= 0x9F)
        value = kWindows1252[value - 0x80];
    appendUtf8(out, value);
    return i - pos;
}

} // namespace

char32_t namedReference(std::string_view name)
{
    const NamedReference *ref = findReference(name);
    return ref ? ref->codePoint : 0;
}

std::size_t decodeReference(std::string_view input, std::size_t pos, ReferenceContext context,
                            std::string &out)
{
    if (pos + 1 >= input.size())
        return 0;
    if (input[pos + 1] == '#')
        return decodeNumeric(input, pos, out);
    if (!Ascii::isAlpha(input[pos + 1]))
        return 0;

    std::size_t end = pos + 1;
    while (end < input.size() && end - pos - 1 < kLongestName &&
           (Ascii::isAlpha(input[end]) || Ascii::isDigit(input[end])))
        ++end;
    const std::string_view name = input.substr(pos + 1, end - pos - 1);
    if (end < input.size() && input[end] == ';') {
        if (const NamedReference *ref = findReference(name)) {
            appendUtf8(out, ref->codePoint);
            return end + 1 - pos;
        }
    }
    // Without ';' only the legacy names count, and the longest one that prefixes the text wins.
    for (std::size_t length = name.size(); length >= 2; --length) {
        const NamedReference *ref = findReference(name.substr(0, length));
        if (!ref || !ref->worksWithoutSemicolon)
            continue;
        const std::size_t next = pos + 1 + length;
        if (context == ReferenceContext::Attribute && next < input.size() &&
            (input[next] == '=' || Ascii::isAlpha(input[next]) || Ascii::isDigit(input[next])))
            return 0;
        appendUtf8(out, ref->codePoint);
        return length + 1;
    }
    return 0;
}

void appendDecoded(std::string_view input, ReferenceContext context, std::string &out)
{
    std::size_t start = 0;
    for (;;) {
        const std::size_t amp = input.find('&', start);
        if (amp == std::string_view::npos) {
            out.append(input.substr(start));
            return;
        }
        out.append(input.substr(start, amp - start));
        const std::size_t used = decodeReference(input, amp, context, out);
        if (used == 0) {
            out += '&';
            start = amp + 1;
        } else {
            start = amp + used;
        }
    }
}

} // namespace Text
