#pragma once

#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/sourcerepository.h"
#include "temporarylibrary.h"

#include <QSqlQuery>

namespace TestSupport {

/// Fills a library with \a sources sources of \a perSource articles each, every article's text
/// holding the word "harbour", and bookmarks every tenth article. True when all was stored.
inline bool fillLibrary(const QSqlDatabase &connection, int sources, int perSource,
                        const QString &prefix = QStringLiteral("s"))
{
    Storage::SourceRepository sourceRepository(connection);
    Storage::ArticleRepository articles(connection);
    const QDateTime fetched(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    for (int s = 0; s < sources; ++s) {
        const qint64 sourceId =
            sourceRepository
                .add({QUrl(QStringLiteral("https://example.org/%1%2.xml").arg(prefix).arg(s)),
                      QStringLiteral("Source %1%2").arg(prefix).arg(s),
                      {},
                      0})
                .id;
        if (sourceId == 0)
            return false;
        QList<Feeds::Item> items;
        for (int a = 0; a < perSource; ++a) {
            QString body =
                QStringLiteral("<p>The harbour report number %1 of %2.</p>").arg(a).arg(s);
            for (int line = 0; line < 12; ++line)
                body += QStringLiteral("<p>Ferries, tides and cargo line %1 word%2x%3.</p>")
                            .arg(line)
                            .arg(a)
                            .arg(s);
            items.append(makeItem(QStringLiteral("%1-%2-%3").arg(prefix).arg(s).arg(a), {},
                                  QStringLiteral("Article %1 of %2").arg(a).arg(s), body));
        }
        if (!articles.store(sourceId, makeFeed(items), fetched))
            return false;
    }
    QSqlQuery bookmark(connection);
    return bookmark.exec(QStringLiteral("UPDATE articles SET bookmarked = 1 WHERE id % 10 = 0"));
}

} // namespace TestSupport
