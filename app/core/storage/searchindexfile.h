#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// The file that holds the library's full-text index, beside the library: derived data, which
/// is why it can live apart (see 007_search_index_file.sql). Every connection of the library
/// attaches it as "search", so queries name articles_fts as if it were in the library; only
/// Storage::SearchIndexer writes it.
class SearchIndexFile final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SearchIndexFile)

public:
    /// The schema of the index file (PRAGMA user_version). The table of a file of version 1
    /// or 2 is made anew and filled again (the file is kept); a file of another is rebuilt.
    static constexpr int SchemaVersion = 3;

    /// "tidings-search.sqlite" for "tidings.sqlite".
    [[nodiscard]] static QString pathFor(const QString &libraryPath);

    /// Makes sure the index file of the library at \a libraryPath exists, can be read, and
    /// belongs to this library's history; otherwise creates it anew, empty, and queues every
    /// article of the library for indexing. For the first connection to open the library
    /// (\a library, writable), before any other attaches the index.
    [[nodiscard]] static bool prepare(const QSqlDatabase &library, const QString &libraryPath,
                                      QString *errorMessage);
    /// Attaches the index file as "search" to a connection of the library, for reading. For
    /// a read-only library without an index file, an empty index in memory stands in.
    [[nodiscard]] static bool attach(const QSqlDatabase &library, const QString &libraryPath,
                                     bool readOnlyLibrary, QString *errorMessage);
    /// Deletes the queue entries the index has applied, in a transaction of its own; see
    /// ArticleRepository::pruneSearchQueue() for why not inside the writer's.
    [[nodiscard]] static bool pruneQueue(const QSqlDatabase &library, QString *errorMessage);
    /// Deletes the index file, for instance when it is damaged; the next prepare() builds it
    /// again. Only while no connection has it open: before the library is opened.
    static void remove(const QString &libraryPath);
    /// Makes the library at \a libraryPath disown its index, through a connection of its own:
    /// for when the library's content was replaced (a backup restored) or its index was found
    /// damaged while in use. The indexer stops applying changes, and the next prepare()
    /// rebuilds the index. False with \a errorMessage on failure.
    [[nodiscard]] static bool invalidate(const QString &libraryPath, QString *errorMessage);
};

} // namespace Storage
