#include "storage/storykeys.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

namespace Storage::StoryKeys {

namespace {

// Titles shorter than this, or with fewer words, say too little to join stories by.
constexpr int MinTitleLength = 16;
constexpr int MinTitleWords = 3;

bool isTrackingParameter(const QString &name)
{
    static const QStringList exact = {QStringLiteral("fbclid"), QStringLiteral("gclid"),
                                      QStringLiteral("mc_cid"), QStringLiteral("mc_eid"),
                                      QStringLiteral("ref"),    QStringLiteral("cmpid")};
    return name.startsWith(QLatin1String("utm_"), Qt::CaseInsensitive) ||
           exact.contains(name, Qt::CaseInsensitive);
}

// A stable 64-bit key: stored, so it must not change between runs (qHash is seeded).
qint64 keyOf(const QString &normalized)
{
    const QByteArray digest =
        QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Md5);
    return qFromLittleEndian<qint64>(digest.constData());
}

} // namespace

QString normalizedLink(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QUrlQuery query(url);
    QList<std::pair<QString, QString>> kept;
    const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (!isTrackingParameter(item.first))
            kept.append(item);
    }
    if (path.isEmpty() && kept.isEmpty())
        return {};
    QUrlQuery cleaned;
    cleaned.setQueryItems(kept);
    const QString rest =
        cleaned.isEmpty() ? QString() : QLatin1Char('?') + cleaned.query(QUrl::FullyEncoded);
    return host + path + rest;
}

QString normalizedTitle(const QString &title)
{
    // Letters and digits only, without accents, in lower case; one space between words.
    const QString decomposed = title.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            if (space && !result.isEmpty())
                result += QLatin1Char(' ');
            space = false;
            result += c.toCaseFolded();
        } else if (c.category() != QChar::Mark_NonSpacing) {
            space = true;
        }
    }
    return result;
}

std::optional<qint64> ofLink(const QString &link)
{
    const QString normalized = normalizedLink(link);
    if (normalized.isEmpty())
        return std::nullopt;
    return keyOf(normalized);
}

std::optional<qint64> ofTitle(const QString &title)
{
    const QString normalized = normalizedTitle(title);
    if (normalized.size() < MinTitleLength ||
        normalized.count(QLatin1Char(' ')) + 1 < MinTitleWords)
        return std::nullopt;
    return keyOf(normalized);
}

} // namespace Storage::StoryKeys
