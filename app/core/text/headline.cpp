#include "text/headline.h"

#include <QCoreApplication>

namespace Text {

namespace {

const QChar Ellipsis(0x2026);

// Where the first sentence of \a text ends (the index after it), or -1 when it does not end
// within \a limit characters. A line break ends one too; CJK full stops need no space after.
qsizetype sentenceEnd(const QString &text, qsizetype limit)
{
    const qsizetype end = qMin(text.size(), limit + 1);
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            return i;
        if (c == u'\x3002' || c == u'\xff01' || c == u'\xff1f')
            return i + 1;
        const bool stop = c == u'.' || c == u'!' || c == u'?' || c == Ellipsis;
        if (stop && (i + 1 == text.size() || text.at(i + 1).isSpace()))
            return i + 1;
    }
    return -1;
}

// The last place at or before \a limit where \a text may be cut: after a space, else at the
// limit itself (text without spaces), never inside a surrogate pair.
qsizetype cutBefore(const QString &text, qsizetype limit)
{
    const qsizetype space = text.lastIndexOf(u' ', limit);
    qsizetype cut = space > 0 ? space : limit;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return cut;
}

} // namespace

Headline Headline::of(const QString &title, const QString &excerpt)
{
    if (!title.trimmed().isEmpty())
        return {title, excerpt};
    const QString text = excerpt.trimmed();
    if (text.isEmpty())
        return {QCoreApplication::translate("Text::Headline", "(untitled)"), {}};
    // A title is one line: the text's line breaks become spaces in it.
    if (text.size() <= MaxDerivedTitle)
        return {text.simplified(), {}};
    const qsizetype end = sentenceEnd(text, MaxDerivedTitle);
    if (end > 0)
        return {text.left(end).simplified(), text.mid(end).trimmed()};
    const qsizetype cut = cutBefore(text, MaxDerivedTitle);
    return {text.left(cut).simplified() + Ellipsis, Ellipsis + text.mid(cut).trimmed()};
}

} // namespace Text
