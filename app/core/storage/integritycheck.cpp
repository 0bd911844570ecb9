#include "storage/integritycheck.h"

#include "storage/sqliteconnection.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace Storage {

namespace {

constexpr int MaxProblems = 50;

} // namespace

IntegrityReport checkIntegrity(const QString &filePath)
{
    IntegrityReport report;
    if (!QFileInfo::exists(filePath)) {
        report.verdict = IntegrityReport::Verdict::Missing;
        return report;
    }
    // A read-only connection leaves the -wal and -shm it opened behind: where the library may
    // be written, a connection that cannot write by query (query_only) is used instead, and
    // removes them as the last one to close.
    const QFileInfo file(filePath);
    const bool writable = file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
    SqliteConnection connection(filePath, writable ? SqliteConnection::Mode::ReadWrite
                                                   : SqliteConnection::Mode::ReadOnly);
    connection.execute("PRAGMA query_only = ON");
    if (!connection.isOpen()) {
        report.verdict = IntegrityReport::Verdict::Damaged;
        report.problems.append(connection.errorMessage());
        return report;
    }
    SqliteStatement check(connection,
                          "PRAGMA integrity_check(" + QByteArray::number(MaxProblems) + ")");
    int status = SQLITE_ROW;
    while ((status = check.step()) == SQLITE_ROW) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            report.problems.append(line);
    }
    if (status != SQLITE_DONE)
        report.problems.append(connection.errorMessage());
    if (!report.problems.isEmpty())
        report.verdict = IntegrityReport::Verdict::Damaged;
    return report;
}

} // namespace Storage
