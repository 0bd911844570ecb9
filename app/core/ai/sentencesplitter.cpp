// Ai::splitSentences() of summarizer.h: rule-based sentence boundaries.
#include "ai/summarizer.h"

#include <QSet>

#include <algorithm>

namespace Ai {

namespace {

// Longest word looked at before a full stop: abbreviations are short.
constexpr qsizetype MaxAbbreviationLength = 24;

bool isLatinTerminator(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u'\u2026': // …
    case u'\u203C': // ‼
    case u'\u2047': // ⁇
    case u'\u2048': // ⁈
    case u'\u2049': // ⁉
    case u'\u061F': // Arabic question mark
    case u'\u0964': // Devanagari danda
        return true;
    default:
        return false;
    }
}

// Full stops of Chinese and Japanese: a sentence ends there without a following space.
bool isCjkTerminator(QChar c)
{
    switch (c.unicode()) {
    case u'\u3002': // 。
    case u'\uFF01': // ！
    case u'\uFF1F': // ？
    case u'\uFF61': // ｡ (half-width)
        return true;
    default:
        return false;
    }
}

// What may follow the stop and still belong to the sentence: closing quotes and brackets.
bool isCloser(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'}':
    case u'\u00BB': // »
    case u'\u201D': // ”
    case u'\u2019': // ’
    case u'\u203A': // ›
    case u'\u300D': // 」
    case u'\u300F': // 』
    case u'\uFF09': // ）
    case u'\u3011': // 】
    case u'\u300B': // 》
    case u'\u3009': // 〉
    case u'\uFF02': // ＂
        return true;
    default:
        return false;
    }
}

// Never the end of a sentence: titles and abbreviations always followed by more.
const QSet<QString> &boundAbbreviations()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QStringList list = QString::fromUtf8(
                                     // English
                                     "mr mrs ms dr prof rev hon st mt ft gen sen rep gov pres "
                                     "capt col lt sgt cmdr adm fig figs nos vol vols pp ch vs "
                                     "cf approx dept e.g i.e jan feb apr jun jul aug sep sept "
                                     "oct nov dec tue thu fri "
                                     // Russian
                                     "т.е т.к т.н т.ч ул пр кв проф акад рис стр напр св гл "
                                     // German
                                     "z.b d.h u.a bzw ca nr hr fr str evtl ggf vgl inkl "
                                     // French and Spanish
                                     "mme mlle av p.ex sra srta dra ud uds p.ej pág")
                                     .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : list)
            set.insert(word);
        return set;
    }();
    return words;
}

// Abbreviations that can also end a sentence ("... in the U.S. The next year").
const QSet<QString> &openAbbreviations()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QStringList list = QString::fromUtf8("etc inc ltd co corp jr sr bros llc plc "
                                                   "a.m p.m u.s u.k u.n e.u "
                                                   "т.д т.п г гг млн млрд тыс руб коп "
                                                   "usw mio mrd no им см ст д")
                                     .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : list)
            set.insert(word);
        return set;
    }();
    return words;
}

// Words that start sentences far more often than they follow an abbreviation mid-sentence.
const QSet<QString> &sentenceStarters()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QStringList list =
            QString::fromUtf8(
                "the a an this that these those it its he she they we i you his her their our "
                "there here in on at after before but and or so yet if when while as since "
                "however then now today yesterday meanwhile also still for by with from of to "
                "он она оно они мы я вы это этот эта в на но и а по после однако также тогда "
                "der die das ein eine er sie es wir ich aber und im am nach dann heute "
                "le la les il elle ils nous mais et en après ce cette "
                "el la los las ella ellos pero y en después este esta")
                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : list)
            set.insert(word);
        return set;
    }();
    return words;
}

const QSet<QString> &germanMonths()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QStringList list = QString::fromUtf8("januar februar märz april mai juni juli "
                                                   "august september oktober november dezember")
                                     .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : list)
            set.insert(word);
        return set;
    }();
    return words;
}

bool isOpener(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'(':
    case u'[':
    case u'{':
    case u'\u00AB': // «
    case u'\u201C': // “
    case u'\u201E': // „
    case u'\u2018': // ‘
    case u'\u2039': // ‹
    case u'\u300C': // 「
    case u'\u300E': // 『
        return true;
    default:
        return false;
    }
}

// "U.S", "e.g", "т.е", "Ph.D": letters in groups of one or two, joined by full stops.
bool isDottedAbbreviation(const QString &word)
{
    if (!word.contains(QLatin1Char('.')))
        return false;
    const QStringList parts = word.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 2)
            return false;
        for (const QChar c : part) {
            if (!c.isLetter())
                return false;
        }
    }
    return true;
}

bool isAllDigits(const QString &word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// The word that ends at \a dot (exclusive), without opening quotes or brackets.
QString wordBefore(const QString &text, qsizetype dot)
{
    qsizetype begin = dot;
    while (begin > 0 && dot - begin < MaxAbbreviationLength && !text.at(begin - 1).isSpace())
        --begin;
    while (begin < dot && isOpener(text.at(begin)))
        ++begin;
    return text.mid(begin, dot - begin);
}

// The word that starts at \a from, without opening quotes or brackets.
QString wordAfter(const QString &text, qsizetype from)
{
    while (from < text.size() && isOpener(text.at(from)))
        ++from;
    qsizetype end = from;
    while (end < text.size() && end - from < MaxAbbreviationLength && text.at(end).isLetter())
        ++end;
    return text.mid(from, end - from);
}

// Whether a single full stop at \a dot, followed by white space and then \a next, ends a sentence.
bool fullStopEnds(const QString &text, qsizetype dot, qsizetype next)
{
    const QChar first = text.at(next);
    if (first.isLower())
        return false;
    const QString before = wordBefore(text, dot);
    const QString lowerBefore = before.toLower();
    if (boundAbbreviations().contains(lowerBefore))
        return false;
    const QString after = wordAfter(text, next);
    const QString lowerAfter = after.toLower();
    // German ordinals: "am 3. Oktober".
    if (isAllDigits(before) && before.size() <= 2 && germanMonths().contains(lowerAfter))
        return false;
    const bool initial = before.size() == 1 && before.at(0).isUpper();
    if (initial || openAbbreviations().contains(lowerBefore) || isDottedAbbreviation(before)) {
        // After an abbreviation or an initial only a word that typically opens a sentence,
        // or a quotation starts a new one: "U.S. The", not "U.S. Senate", "J. Smith", "No. 5".
        if (after.isEmpty())
            return isOpener(first);
        // Another initial follows: "И. В. Соколова", "J. R. R. Tolkien".
        if (after.size() == 1 && text.mid(next, 2).endsWith(QLatin1Char('.')))
            return false;
        return sentenceStarters().contains(lowerAfter);
    }
    return true;
}

void append(const QString &text, qsizetype begin, qsizetype end, QStringList *sentences)
{
    const QString sentence = text.mid(begin, end - begin).simplified();
    for (const QChar c : sentence) {
        if (c.isLetterOrNumber()) {
            sentences->append(sentence);
            return;
        }
    }
}

// After a quotation closed by a CJK stop, a short attribution such as “……。”他说。 belongs
// to the same sentence. Returns where the sentence ends: after the attribution, or \a from.
qsizetype attributionEnd(const QString &text, qsizetype from)
{
    constexpr qsizetype MaxAttributionLength = 8;
    static const QStringList speechVerbs = {
        QStringLiteral("说"),   QStringLiteral("道"),   QStringLiteral("称"),
        QStringLiteral("问"),   QStringLiteral("表示"), QStringLiteral("指出"),
        QStringLiteral("介绍"), QStringLiteral("强调"), QStringLiteral("回答"),
        QStringLiteral("透露"), QStringLiteral("补充"), QStringLiteral("言った")};
    for (qsizetype i = from; i < text.size() && i - from <= MaxAttributionLength; ++i) {
        const QChar c = text.at(i);
        if (isCjkTerminator(c)) {
            const QStringView tail = QStringView(text).mid(from, i - from);
            const bool attribution =
                std::any_of(speechVerbs.cbegin(), speechVerbs.cend(),
                            [&tail](const QString &verb) { return tail.endsWith(verb); });
            return attribution ? i + 1 : from;
        }
        if (!c.isLetter())
            return from;
    }
    return from;
}

qsizetype skipClosers(const QString &text, qsizetype i)
{
    while (i < text.size() && isCloser(text.at(i)))
        ++i;
    return i;
}

} // namespace

QStringList splitSentences(const QString &text)
{
    QStringList sentences;
    const qsizetype size = text.size();
    qsizetype begin = 0;
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            // A blank line ends a paragraph, and with it any sentence without a stop (headings).
            qsizetype j = i + 1;
            while (j < size && text.at(j).isSpace() && text.at(j) != QLatin1Char('\n'))
                ++j;
            if (j < size && text.at(j) == QLatin1Char('\n')) {
                append(text, begin, i, &sentences);
                begin = j;
            }
            i = j;
            continue;
        }
        if (isCjkTerminator(c)) {
            qsizetype end = i + 1;
            while (end < size && (isCjkTerminator(text.at(end)) || isLatinTerminator(text.at(end))))
                ++end;
            const qsizetype closed = skipClosers(text, end);
            end = closed > end ? attributionEnd(text, closed) : closed;
            append(text, begin, end, &sentences);
            begin = i = end;
            continue;
        }
        if (!isLatinTerminator(c)) {
            ++i;
            continue;
        }

        qsizetype runEnd = i + 1;
        bool question = c != QLatin1Char('.') && c != QChar(u'\u2026');
        bool ellipsis = c == QChar(u'\u2026');
        while (runEnd < size &&
               (isLatinTerminator(text.at(runEnd)) || isCjkTerminator(text.at(runEnd)))) {
            const QChar d = text.at(runEnd);
            if (d == QLatin1Char('.') || d == QChar(u'\u2026'))
                ellipsis = true;
            else
                question = true;
            ++runEnd;
        }
        const qsizetype end = skipClosers(text, runEnd);
        // "3.14", "example.com", "U.S.-based": a stop inside a word ends nothing.
        if (end < size && !text.at(end).isSpace()) {
            i = end;
            continue;
        }
        qsizetype next = end;
        while (next < size && text.at(next).isSpace())
            ++next;
        bool ends = true;
        if (next < size) {
            if (question || ellipsis)
                ends = !text.at(next).isLower(); // "“Why?” she asked", "and so... on"
            else
                ends = fullStopEnds(text, i, next);
        }
        if (ends) {
            append(text, begin, end, &sentences);
            begin = end;
        }
        i = end;
    }
    append(text, begin, size, &sentences);
    return sentences;
}

} // namespace Ai
