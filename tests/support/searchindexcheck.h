#pragma once

#include "storage/searchindexer.h"
#include "storage/searchindexfile.h"
#include "storage/sqliteconnection.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <tuple>

namespace TestSupport {

/// Brings the search index of the library at \a libraryPath up to date, as the window's
/// indexing thread would (none runs in tests). False, with the reason in the test log, on
/// failure.
inline bool catchUpSearchIndex(const QString &libraryPath)
{
    QString error;
    if (Storage::updateSearchIndex(libraryPath, &error))
        return true;
    qWarning().noquote() << "cannot update the search index:" << error;
    return false;
}

/// FTS5's own check of the library's search index, run on a connection to the index file: the
/// library's connections attach it read-only, and the check writes. Empty when it passes.
/// (A contentless index can only be checked for its structure: searchIndexDifferences() checks
/// that it holds the articles' texts.)
inline QString searchIndexDamage(const QString &libraryPath)
{
    Storage::SqliteConnection index(Storage::SearchIndexFile::pathFor(libraryPath),
                                    Storage::SqliteConnection::Mode::ReadWrite);
    if (index.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"))
        return {};
    return index.errorMessage();
}

/// How the search index attached to \a library differs from one built afresh from the articles
/// as they are now (with the same definition, and the values the schema's triggers index):
/// every term of every article at every position (fts5vocab 'instance'), which shows a stale
/// term an inexact delete left behind, and what a search for each of \a words finds. Empty when
/// they agree. Call it once the index caught up (Storage::updateSearchIndex()).
inline QStringList searchIndexDifferences(const QSqlDatabase &library,
                                          const QStringList &words = {})
{
    QStringList differences;
    QSqlQuery query(library);
    const auto run = [&](const QString &sql) {
        if (query.exec(sql))
            return true;
        differences.append(sql + QStringLiteral(": ") + query.lastError().text());
        return false;
    };
    const auto dropTables = [&] {
        for (const char *table : {"indexed_terms", "rebuilt_terms", "rebuilt_fts"})
            run(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table)));
    };
    dropTables();
    if (!run(QStringLiteral("SELECT sql FROM search.sqlite_schema WHERE name = 'articles_fts'")) ||
        !query.next())
        return differences << QStringLiteral("no articles_fts in the search index");
    QString definition = query.value(0).toString();
    definition.replace(QStringLiteral("CREATE VIRTUAL TABLE articles_fts"),
                       QStringLiteral("CREATE VIRTUAL TABLE temp.rebuilt_fts"));
    if (!run(definition) ||
        !run(QStringLiteral("INSERT INTO temp.rebuilt_fts (rowid, title, author, text)"
                            " SELECT id, title, author, tidings_article_text(summary, content)"
                            " FROM main.articles")) ||
        !run(QStringLiteral("CREATE VIRTUAL TABLE temp.rebuilt_terms"
                            " USING fts5vocab(temp, rebuilt_fts, 'instance')")) ||
        !run(QStringLiteral("CREATE VIRTUAL TABLE temp.indexed_terms"
                            " USING fts5vocab(search, articles_fts, 'instance')"))) {
        dropTables();
        return differences;
    }
    const QString terms = QStringLiteral("SELECT term, doc, col, offset FROM temp.%1");
    for (const auto &[label, from, without] :
         {std::tuple{"in the index only", "indexed_terms", "rebuilt_terms"},
          std::tuple{"missing from the index", "rebuilt_terms", "indexed_terms"}}) {
        if (!run(terms.arg(QLatin1String(from)) + QStringLiteral(" EXCEPT ") +
                 terms.arg(QLatin1String(without)) + QStringLiteral(" LIMIT 10")))
            break;
        while (query.next()) {
            differences.append(QStringLiteral("%1: '%2' in article %3, column %4, at %5")
                                   .arg(QLatin1String(label), query.value(0).toString(),
                                        query.value(1).toString(), query.value(2).toString(),
                                        query.value(3).toString()));
        }
    }
    for (const QString &word : words) {
        QStringList found;
        for (const char *table : {"search.articles_fts", "temp.rebuilt_fts"}) {
            query.prepare(QStringLiteral("SELECT group_concat(rowid) FROM (SELECT rowid FROM %1"
                                         " WHERE %2 MATCH ? ORDER BY rowid)")
                              .arg(QLatin1String(table),
                                   QString::fromLatin1(table).section(QLatin1Char('.'), 1)));
            query.addBindValue(word);
            found.append(query.exec() && query.next() ? query.value(0).toString()
                                                      : query.lastError().text());
        }
        if (found.first() != found.last()) {
            differences.append(QStringLiteral("'%1' finds %2 in the index, %3 afresh")
                                   .arg(word, found.first(), found.last()));
        }
    }
    query.finish();
    dropTables();
    return differences;
}

/// Everything wrong with the search index of the library \a library is connected to, one line
/// each: what FTS5's check finds, then searchIndexDifferences(). Empty when the index is sound;
/// a string, so that QCOMPARE shows it.
inline QString searchIndexFaults(const QSqlDatabase &library, const QStringList &words = {})
{
    QStringList faults = searchIndexDifferences(library, words);
    if (const QString damage = searchIndexDamage(library.databaseName()); !damage.isEmpty())
        faults.prepend(QStringLiteral("integrity-check: ") + damage);
    return faults.join(QLatin1Char('\n'));
}

} // namespace TestSupport
