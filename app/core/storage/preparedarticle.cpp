#include "storage/preparedarticle.h"

#include "html/sanitizer.h"
#include "storage/articletext.h"
#include "storage/searchtokenizer.h"
#include "threading/workpool.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QtEndian>

#include <algorithm>

namespace Storage {

namespace {

// Longer identities (some feeds put whole URLs with tracking junk in their guids) are stored
// as a hash so that the unique index stays small.
constexpr qsizetype MaxIdentityLength = 256;

void addField(QCryptographicHash &hash, QStringView text)
{
    // The length first, so that ("ab", "c") and ("a", "bc") differ.
    const qint64 length = text.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.data()),
                                text.size() * qsizetype(sizeof(QChar))));
}

void addField(QCryptographicHash &hash, qint64 number)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&number), sizeof number));
}

QString hashText(QCryptographicHash &hash)
{
    return QString::fromLatin1(
        hash.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Everything of the item that is stored, so that an unchanged hash means an unchanged article.
// The updated date is left out: a feed that only bumps it has not changed the article.
qint64 contentHashOf(const Feeds::Item &item)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const QString *field :
         {&item.id, &item.link, &item.title, &item.author, &item.summary, &item.content,
          &item.image, &item.commentsUrl, &item.commentFeedUrl})
        addField(hash, *field);
    addField(hash, item.published.isValid() ? item.published.toSecsSinceEpoch() : -1);
    addField(hash, item.commentCount);
    for (const QString &category : item.categories)
        addField(hash, category);
    for (const Feeds::Enclosure &enclosure : item.enclosures) {
        addField(hash, enclosure.url);
        addField(hash, enclosure.type);
        addField(hash, enclosure.length);
    }
    return qFromLittleEndian<qint64>(hash.result().constData());
}

bool looksLikeImage(const Feeds::Enclosure &enclosure)
{
    if (!enclosure.type.isEmpty())
        return enclosure.type.startsWith(QLatin1String("image/"), Qt::CaseInsensitive);
    const QString path = QUrl(enclosure.url).path().toLower();
    for (const char *suffix : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"}) {
        if (path.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

QString imageOf(const Feeds::Item &item)
{
    if (!item.image.isEmpty())
        return item.image;
    for (const Feeds::Enclosure &enclosure : item.enclosures) {
        if (!enclosure.url.isEmpty() && looksLikeImage(enclosure))
            return enclosure.url;
    }
    return Html::firstImageUrl(item.content.isEmpty() ? item.summary : item.content);
}

} // namespace

PreparedArticle PreparedArticle::identify(const Feeds::Item &item)
{
    PreparedArticle article;
    article.identity = identityOf(item);
    article.contentHash = contentHashOf(item);
    return article;
}

QString PreparedArticle::identityOf(const Feeds::Item &item)
{
    QString identity;
    if (const QString guid = item.id.trimmed(); !guid.isEmpty()) {
        identity = QLatin1String("g:") + guid;
    } else if (const QString link = item.link.trimmed(); !link.isEmpty()) {
        identity = QLatin1String("l:") + link;
    } else {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        addField(hash, item.title);
        addField(hash, item.summary);
        addField(hash, item.content);
        return QLatin1String("h:") + hashText(hash);
    }
    if (identity.size() <= MaxIdentityLength)
        return identity;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    addField(hash, identity);
    return identity.left(1) + QLatin1String("#:") + hashText(hash);
}

void PreparedArticle::prepare(const Feeds::Item &item)
{
    text = ArticleText::plainText(item.summary, item.content);
    image = imageOf(item);
    summary = ArticleText::compress(item.summary);
    content = ArticleText::compress(item.content);
    index = {SearchTokenizer::pretokenized(item.title), SearchTokenizer::pretokenized(item.author),
             SearchTokenizer::pretokenized(text)};
    ready = true;
}

QList<PreparedArticle> prepareArticles(const QList<Feeds::Item> &items, const StoredHashes &stored,
                                       Preparation preparation)
{
    QList<PreparedArticle> prepared;
    prepared.reserve(items.size());
    QList<qsizetype> toPrepare;
    for (qsizetype i = 0; i < items.size(); ++i) {
        prepared.append(PreparedArticle::identify(items.at(i)));
        const auto known = stored.constFind(prepared.last().identity);
        if (known == stored.cend() || *known != prepared.last().contentHash)
            toPrepare.append(i);
    }
    PreparedArticle *const articles = prepared.data();
    const auto prepareOne = [&items, articles](qsizetype i) { articles[i].prepare(items.at(i)); };
    if (preparation == Preparation::OnWorkPool && toPrepare.size() > 1)
        WorkPool::map(toPrepare, prepareOne);
    else
        std::for_each(toPrepare.cbegin(), toPrepare.cend(), prepareOne);
    return prepared;
}

} // namespace Storage
