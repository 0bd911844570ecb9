#pragma once

#include "feeds/feed.h"
#include "storage/recentindextexts.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace Storage {

/// What storing a feed item needs worked out from the item alone. Nothing here touches the
/// database, so any thread can do it ahead of the one thread that writes.
struct PreparedArticle
{
    QString identity;       ///< Unique within the source, see ArticleRepository.
    qint64 contentHash = 0; ///< Of everything stored; unchanged means nothing to write.
    QString text;           ///< For the full-text index; see ArticleText::plainText().
    QString image;
    QVariant summary; ///< Compressed, see ArticleText::compress().
    QVariant content;
    /// The title, author and text as the search index takes them, its tokenizing done here
    /// (SearchTokenizer::pretokenized()).
    IndexValues index;
    /// text, image, summary, content and index are filled in: only new and changed items pay
    /// for them.
    bool ready = false;

    /// The identity and content hash of \a item, not yet ready().
    [[nodiscard]] static PreparedArticle identify(const Feeds::Item &item);
    /// The guid, else the link, else a hash of title and text; long ones hashed.
    [[nodiscard]] static QString identityOf(const Feeds::Item &item);
    /// Fills in the slow part: plain text, image, compression, tokens.
    void prepare(const Feeds::Item &item);
};

/// Stored content hashes by identity, of the items a feed lists (see
/// ArticleRepository::storedHashes()).
using StoredHashes = QHash<QString, qint64>;

/// Where prepareArticles() does the slow part.
enum class Preparation { OnWorkPool, OnThisThread };

/// Every item of \a items identified, and prepared when \a stored lacks it or holds other
/// content. OnWorkPool: the slow part runs on the work pool and this thread.
[[nodiscard]] QList<PreparedArticle>
prepareArticles(const QList<Feeds::Item> &items, const StoredHashes &stored,
                Preparation preparation = Preparation::OnWorkPool);

} // namespace Storage
