#pragma once

#include "articlerepository.h"

#include <QString>
#include <QVariantList>

namespace Storage {

/// The condition an ArticleFilter puts on `articles AS a` (limit and offset aside), with the
/// values of its placeholders in order. Internal to ArticleRepository.
struct ArticleFilterClause
{
    QString sql = QStringLiteral("1");
    QVariantList values;

    [[nodiscard]] static ArticleFilterClause from(const ArticleFilter &filter);
};

} // namespace Storage
