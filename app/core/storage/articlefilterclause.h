#pragma once

#include "storage/articlerepository.h"

#include <QString>
#include <QVariantList>

namespace Storage {

/// The condition an ArticleFilter puts on `articles AS a` (limit and offset aside), with the
/// values of its placeholders in order. Internal to ArticleRepository.
struct ArticleFilterClause
{
    QString sql = QStringLiteral("1");
    QVariantList values;
    /// With Search::Separately: the FTS5 MATCH expression left out of sql, for the caller to
    /// apply (empty when there is none; a search that only excludes stays in sql).
    QString match;

    enum class Search { InClause, Separately };
    [[nodiscard]] static ArticleFilterClause from(const ArticleFilter &filter,
                                                  Search search = Search::InClause);
};

} // namespace Storage
