#pragma once

#include "storage/articlerepository.h"

#include <QTextStream>

namespace Cli {

/// Prints article rows for `tidings articles` and `tidings search`: aligned text for people,
/// or a JSON array for scripts.
void printArticles(QTextStream &out, const QList<Storage::ArticleRow> &rows, bool json);

} // namespace Cli
