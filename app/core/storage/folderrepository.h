#pragma once

#include "storage/accountrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Storage {

/// A folder of sources. Folders nest; parentId 0 means the top level.
struct Folder
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString title;
    int position = 0; ///< Order among the folder's siblings.
    qint64 accountId = LocalAccountId;
};

/// The folder tree. Works on the connection it is given, on the thread that owns it; holds no
/// state beyond the last error, so one can be made wherever it is needed.
class FolderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::FolderRepository)

public:
    explicit FolderRepository(QSqlDatabase database);

    /// Adds a folder at the end of \a parentId's children (0: top level). Returns its id, or
    /// nothing when the title is empty or the parent does not exist.
    [[nodiscard]] std::optional<qint64> add(const QString &title, qint64 parentId = 0);
    [[nodiscard]] bool rename(qint64 id, const QString &title);
    /// Moves a folder, with everything inside it, to the end of \a parentId's children.
    /// Refuses to move a folder into itself or into one of its own subfolders.
    [[nodiscard]] bool move(qint64 id, qint64 parentId);
    /// Removes a folder. Its sources and subfolders move up to its parent (or the top level);
    /// nothing else is removed.
    [[nodiscard]] bool remove(qint64 id);

    [[nodiscard]] std::optional<Folder> find(qint64 id) const;
    /// Every folder, parents before children, siblings in position order.
    [[nodiscard]] QList<Folder> all() const;
    /// \a id followed by all its subfolders, at any depth.
    [[nodiscard]] QList<qint64> subtree(qint64 id) const;

    /// What went wrong in the last call that failed.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(const QString &message) const;
    [[nodiscard]] bool exists(qint64 id) const;
    [[nodiscard]] int nextPosition(qint64 parentId) const;

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
