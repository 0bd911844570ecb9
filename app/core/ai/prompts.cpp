#include "ai/prompts.h"

#include <QFile>

namespace Ai::Prompts {

namespace {

const QString Ellipsis = QStringLiteral(" […]");

QString resourceFor(Feature feature)
{
    switch (feature) {
    case Feature::Summary:
        return QStringLiteral(":/prompts/summary.txt");
    case Feature::KeyPoints:
        return QStringLiteral(":/prompts/key-points.txt");
    case Feature::Translate:
        return QStringLiteral(":/prompts/translate.txt");
    }
    return {};
}

// Full-width stops (。！？) end a sentence by themselves; the others when a space follows.
bool endsSentenceAt(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F))
        return true;
    const bool stop = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
                      c == QChar(0x2026);
    return stop && (i + 1 >= text.size() || text.at(i + 1).isSpace());
}

} // namespace

QString system(Feature feature, const QString &targetLanguage)
{
    QFile file(resourceFor(feature));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString prompt = QString::fromUtf8(file.readAll()).trimmed();
    prompt.replace(QLatin1String("{language}"),
                   targetLanguage.isEmpty() ? QStringLiteral("English") : targetLanguage);
    return prompt;
}

QString user(const Request &request, int budgetChars)
{
    const QString title = request.title.simplified();
    const QString text = fitToBudget(request.text.trimmed(), budgetChars);
    return title.isEmpty() ? text : title + QLatin1String("\n\n") + text;
}

QString fitToBudget(const QString &text, int budgetChars)
{
    if (budgetChars <= 0 || text.size() <= budgetChars)
        return text;
    const qsizetype room = qMax<qsizetype>(0, budgetChars - Ellipsis.size());
    qsizetype cut = -1;
    // A sentence end counts when a space or the end of the room follows it, and when it keeps
    // at least half of the room: a cut after the first sentence of a long text wastes the rest.
    for (qsizetype i = room - 1; i >= room / 2; --i) {
        if (endsSentenceAt(text, i)) {
            cut = i + 1;
            break;
        }
    }
    if (cut < 0) {
        for (qsizetype i = room; i > 0; --i) {
            if (text.at(i).isSpace()) {
                cut = i;
                break;
            }
        }
    }
    if (cut <= 0) {
        cut = room;
        if (cut > 0 && text.at(cut - 1).isHighSurrogate())
            --cut;
    }
    return text.left(cut).trimmed() + Ellipsis;
}

} // namespace Ai::Prompts
