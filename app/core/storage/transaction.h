#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// A write transaction on one connection that rolls back unless committed. Outside a
/// transaction it begins with BEGIN IMMEDIATE, so that a second writer (the fetcher's
/// connection) waits for the busy timeout at the start instead of failing halfway through;
/// inside one it nests as a savepoint, so repository calls compose.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when the transaction could not begin; errorMessage() says why.
    [[nodiscard]] bool isActive() const { return m_active; }
    /// Commits (or releases the savepoint). False, with errorMessage(), when that fails.
    [[nodiscard]] bool commit();
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    /// The last failure was the disk refusing a write (full, or the file may grow no further).
    [[nodiscard]] bool failedOnFullDisk() const { return m_diskFull; }

private:
    bool beginLibraryOnly();
    bool run(const QString &statement);

    QSqlDatabase m_database;
    QString m_savepoint;
    QString m_errorMessage;
    bool m_active = false;
    bool m_diskFull = false;
};

} // namespace Storage
