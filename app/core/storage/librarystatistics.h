#pragma once

#include <QSqlDatabase>

namespace Storage {

/// What the library holds, in totals: for "tidings info", the welcome page and the weighing of
/// words by how many articles hold them. Works on the connection it is given, on the thread
/// that owns it; failures are logged.
class LibraryStatistics final
{
public:
    explicit LibraryStatistics(QSqlDatabase database);

    /// The schema version (PRAGMA user_version); -1 on failure.
    [[nodiscard]] qint64 schemaVersion() const;
    /// -1 on failure.
    [[nodiscard]] qint64 sourceCount() const;
    /// -1 on failure.
    [[nodiscard]] qint64 articleCount() const;
    /// Whether there is at least one source; false on failure.
    [[nodiscard]] bool hasSources() const;

private:
    [[nodiscard]] qint64 scalar(const QString &sql) const;

    QSqlDatabase m_database;
};

} // namespace Storage
