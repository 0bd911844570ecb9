#pragma once

#include "storage/articlefilterclause.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Storage::ArticleSearch {

/// The ids of the articles that match \a clause's full-text search (clause.match) and its other
/// conditions, newest first, from \a offset, at most \a limit (-1: all). Internal to
/// ArticleRepository.
///
/// Sorting every match by date is what makes a search for a common word slow. Instead the
/// matches come from FTS5 newest id first, which it does without sorting, and each article's
/// first_seen_max bounds the date of every article stored before it: once that bound falls
/// below the date of the last result needed, no later match can enter, and the walk stops.
/// When arrival order says little about dates (a whole library imported at once), the walk
/// gives up after a budget and the date index is scanned instead, probing the set of matches.
[[nodiscard]] std::optional<QList<qint64>> newestMatches(const QSqlDatabase &database,
                                                         const ArticleFilterClause &clause,
                                                         int offset, int limit, QString *error);

/// How many articles match \a clause's search and conditions; -1 on failure.
[[nodiscard]] int countMatches(const QSqlDatabase &database, const ArticleFilterClause &clause,
                               QString *error);

} // namespace Storage::ArticleSearch
