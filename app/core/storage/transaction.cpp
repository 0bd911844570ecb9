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
    m_active = run(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                         : QStringLiteral("SAVEPOINT ") + m_savepoint);
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
