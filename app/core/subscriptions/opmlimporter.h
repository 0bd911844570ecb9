#pragma once

#include "subscriptions/importplan.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Subscriptions {

/// What an import did, row by row, for the report a person sees.
struct ImportReport
{
    QList<ImportPlanRow> plan; ///< Every feed of the file, with what happened to it.
    int added = 0;
    int skipped = 0;      ///< Duplicates, in the file or already subscribed.
    int failed = 0;       ///< Invalid addresses, or rows the database refused.
    QStringList failures; ///< "Title: reason", translated.
    QString error;        ///< Set when nothing could be imported at all.

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Adds an OPML document's feeds to the library, recreating its folders (an existing folder of
/// the same name at the same place is reused) and skipping feeds already subscribed. Everything
/// is written in one transaction. Works on the connection it is given.
class OpmlImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Subscriptions::OpmlImporter)

public:
    explicit OpmlImporter(QSqlDatabase database);

    [[nodiscard]] ImportReport import(const OpmlDocument &document, qint64 intoFolderId = 0);

private:
    [[nodiscard]] qint64 folderFor(const QStringList &path, qint64 root, QString *error);

    QSqlDatabase m_database;
    QHash<QString, qint64> m_folders; ///< "parentId/title" → folder id, filled as folders are met.
};

/// The library's folders and sources as an OPML document (folders nest as outlines).
[[nodiscard]] OpmlDocument libraryAsOpml(const QSqlDatabase &database, const QString &title);

} // namespace Subscriptions
