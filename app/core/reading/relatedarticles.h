#pragma once

#include "reading/articlecard.h"

#include <QList>
#include <QSqlDatabase>

namespace Reading {

/// Other articles of the library worth reading after one article.
class RelatedArticles final
{
public:
    /// The articles of the whole library most related to \a articleId, best first, at most
    /// \a limit. The article's most distinctive words (TF-IDF: counted in its title and text,
    /// weighed by how few articles of the library hold them) are searched for in the full-text
    /// index, the matches ranked by bm25 with the title counting more, then re-ranked so that
    /// of two equally related articles the newer one comes first. Neither the article itself
    /// nor a near-duplicate of it or of a card already chosen (the same title, or nearly the
    /// same words in title and excerpt) is returned. Empty for an unknown article, one without
    /// words, or on a database error (logged).
    [[nodiscard]] static QList<ArticleCard> find(const QSqlDatabase &db, qint64 articleId,
                                                 int limit = 6);

    /// The newest other articles of the same source as \a articleId, newest first, at most
    /// \a limit. Empty for an unknown article or one whose source was removed.
    [[nodiscard]] static QList<ArticleCard> moreFromSource(const QSqlDatabase &db, qint64 articleId,
                                                           int limit = 4);
};

} // namespace Reading
