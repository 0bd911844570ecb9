#include "storage/transaction.h"

#include "base/logging.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Storage {

namespace {

bool insideTransaction(const QSqlDatabase &database)
{
    sqlite3 *handle = nativeHandle(database);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

bool hasSearchIndexAttached(const QSqlDatabase &database)
{
    sqlite3 *handle = nativeHandle(database);
    return handle && sqlite3_db_filename(handle, "search") != nullptr;
}

QString nextSavepointName()
{
    static QAtomicInt counter;
    return QStringLiteral("tidings_sp%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Transaction::Transaction(QSqlDatabase database) : m_database(std::move(database))
{
    if (insideTransaction(m_database))
        m_savepoint = nextSavepointName();
    if (!m_savepoint.isEmpty())
        m_active = run(QStringLiteral("SAVEPOINT ") + m_savepoint);
    else if (hasSearchIndexAttached(m_database))
        // BEGIN IMMEDIATE would take the write lock of the search index too (of every file
        // attached) and hold up its indexer for as long as this transaction lasts. A write
        // that changes nothing takes the library's lock alone, waiting as IMMEDIATE would.
        m_active = beginLibraryOnly();
    else
        m_active = run(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        // Undo this level's changes but keep the enclosing transaction open.
        run(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        run(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = run(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE ") + m_savepoint);
    if (ok)
        m_active = false;
    return ok;
}

bool Transaction::beginLibraryOnly()
{
    if (!run(QStringLiteral("BEGIN")))
        return false;
    if (run(QStringLiteral("UPDATE main.search_index_state SET generation = generation WHERE 0")))
        return true;
    QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK")); // keeps the error of the UPDATE
    return false;
}

bool Transaction::run(const QString &statement)
{
    QSqlQuery query(m_database);
    if (query.exec(statement))
        return true;
    m_errorMessage = query.lastError().text();
    m_diskFull = isDiskFull(query.lastError());
    qCDebug(lcStorage) << statement << "failed:" << m_errorMessage;
    return false;
}

} // namespace Storage
