#include "storage/libraryrecovery.h"

#include "base/logging.h"
#include "storage/articletext.h"
#include "storage/database.h"
#include "storage/sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <optional>

namespace Storage {

namespace {

struct SchemaEntry
{
    QByteArray type;
    QByteArray name;
    QByteArray sql;

    [[nodiscard]] bool isVirtualTable() const
    {
        return sql.trimmed().toUpper().startsWith("CREATE VIRTUAL TABLE");
    }
    [[nodiscard]] bool isWithoutRowid() const
    {
        static const QRegularExpression withoutRowid(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID"),
                                                     QRegularExpression::CaseInsensitiveOption);
        return withoutRowid.match(QString::fromUtf8(sql)).hasMatch();
    }
};

QByteArray quoted(const QByteArray &identifier)
{
    return '"' + QByteArray(identifier).replace('"', "\"\"") + '"';
}

bool isWriteFailure(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

bool isPageSize(qint64 size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

bool startsLikeBtreePage(QFile &file, qint64 offset)
{
    char type = 0;
    return file.seek(offset) && file.getChar(&type) &&
           (type == 2 || type == 5 || type == 10 || type == 13);
}

// The page size of a file whose header lost it. The header's page count (bytes 28-31) tells it
// when the file's size divides into that many pages. Otherwise: SQLite's default of 4 KB if the
// second, third and fourth 4 KB of the file each begin as a b-tree page does (in a file of
// larger pages they are inside the first page), else the size a new library has.
int guessPageSize(QFile &file, const QByteArray &header)
{
    const qint64 pages = qFromBigEndian<quint32>(header.constData() + 28);
    if (pages > 0 && file.size() % pages == 0 && isPageSize(file.size() / pages))
        return int(file.size() / pages);
    constexpr int Default = 4096;
    for (int page = 1; page < 4; ++page) {
        if (!startsLikeBtreePage(file, page * Default))
            return LibraryPageSize;
    }
    return Default;
}

// Puts back the header bytes that are the same in every library, so that a file whose first
// bytes were overwritten is recognised as a database again.
void repairHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
    QByteArray header = file.read(100);
    if (header.size() < 100)
        return;
    const QByteArray original = header;
    header.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    const int pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    if (pageSize != 1 && !isPageSize(pageSize)) {
        const int guess = guessPageSize(file, header);
        const int stored = guess == 65536 ? 1 : guess; // how the header writes 64 KB
        header[16] = char(stored >> 8);
        header[17] = char(stored & 0xff);
    }
    for (const int versionByte : {18, 19}) {
        if (header[versionByte] != 1 && header[versionByte] != 2)
            header[versionByte] = 1;
    }
    // No bytes reserved at the end of each page: Tidings uses no extension that would.
    header[20] = 0;
    header[21] = 64;
    header[22] = 32;
    header[23] = 32;
    if (header != original) {
        file.seek(0);
        file.write(header);
    }
}

class Copier final
{
public:
    Copier(SqliteConnection &source, SqliteConnection &target, RecoveryReport &report)
        : m_source(source), m_target(target), m_report(report)
    {}

    /// Copies a table's readable rows; false when the new file cannot be written.
    bool copy(const SchemaEntry &table, const QByteArray &conflict = "OR IGNORE")
    {
        const QByteArray columns = insertableColumns(table.name);
        if (columns.isEmpty())
            return true;
        const int columnCount = int(columns.count(',')) + 1;
        QByteArray placeholders = "?";
        for (int i = 1; i < columnCount; ++i)
            placeholders += ",?";
        SqliteStatement insert(m_target, "INSERT " + conflict + " INTO " + quoted(table.name) +
                                             '(' + columns + ") VALUES(" + placeholders + ')');
        if (!insert.isValid()) {
            ++m_report.unreadableParts;
            return true;
        }
        const QByteArray select =
            table.isWithoutRowid()
                ? QByteArray("SELECT 0, " + columns + " FROM " + quoted(table.name))
                : QByteArray("SELECT rowid, " + columns + " FROM " + quoted(table.name) +
                             " WHERE rowid > ?1 ORDER BY rowid");
        qint64 after = 0; // the library's rowids are positive
        for (;;) {
            SqliteStatement rows(m_source, select);
            rows.bind(1, after);
            int status = SQLITE_ROW;
            while ((status = rows.step()) == SQLITE_ROW) {
                after = rows.integer(0);
                for (int i = 0; i < columnCount; ++i)
                    insert.bindColumnOf(i + 1, rows, i + 1);
                const int inserted = insert.step();
                insert.reset();
                if (inserted == SQLITE_DONE)
                    m_report.rowsByTable[QString::fromUtf8(table.name)] +=
                        sqlite3_changes(m_target.handle());
                else if (isWriteFailure(m_target.errorCode()))
                    return false;
            }
            if (status == SQLITE_DONE)
                return true;
            ++m_report.unreadableParts;
            qCDebug(lcStorage) << "recovery: cannot read" << table.name << "after row" << after
                               << m_source.errorMessage();
            if (table.isWithoutRowid())
                return true;
            const std::optional<qint64> next = nextReadable(select, after);
            if (!next)
                return true;
            after = *next;
        }
    }

private:
    // The names of the columns an INSERT may set (generated columns are left out).
    QByteArray insertableColumns(const QByteArray &table)
    {
        QByteArray columns;
        SqliteStatement info(m_target, "PRAGMA table_xinfo(" + quoted(table) + ')');
        while (info.step() == SQLITE_ROW) {
            if (info.integer(6) != 0) // hidden: a generated column
                continue;
            if (!columns.isEmpty())
                columns += ',';
            columns += quoted(info.text(1).toUtf8());
        }
        return columns;
    }

    // The damaged part of a table covers a range of rowids. Reading from a rowid past it
    // works again: find the first such rowid by doubling the jump, then halving it.
    std::optional<qint64> nextReadable(const QByteArray &select, qint64 failedAfter)
    {
        const auto readable = [&](qint64 after) {
            SqliteStatement probe(m_source, select + " LIMIT 1");
            probe.bind(1, after);
            const int status = probe.step();
            return status == SQLITE_ROW || status == SQLITE_DONE;
        };
        qint64 failed = failedAfter;
        // Jumps stop short of doubling past the largest rowid (signed overflow is undefined).
        for (qint64 jump = 1; jump <= std::numeric_limits<qint64>::max() / 2; jump *= 2) {
            if (failedAfter > std::numeric_limits<qint64>::max() - jump)
                return std::nullopt;
            qint64 works = failedAfter + jump;
            if (!readable(works)) {
                failed = works;
                continue;
            }
            while (works - failed > 1) {
                const qint64 middle = failed + (works - failed) / 2;
                if (readable(middle))
                    works = middle;
                else
                    failed = middle;
            }
            return works;
        }
        return std::nullopt;
    }

    SqliteConnection &m_source;
    SqliteConnection &m_target;
    RecoveryReport &m_report;
};

QList<SchemaEntry> readSchema(SqliteConnection &source, RecoveryReport &report)
{
    QList<SchemaEntry> schema;
    SqliteStatement rows(source, "SELECT type, name, sql FROM sqlite_schema");
    int status = SQLITE_ROW;
    while ((status = rows.step()) == SQLITE_ROW) {
        if (!rows.isNull(2))
            schema.append({rows.text(0).toUtf8(), rows.text(1).toUtf8(), rows.text(2).toUtf8()});
    }
    if (status != SQLITE_DONE) {
        ++report.unreadableParts;
        qCDebug(lcStorage) << "recovery: the schema is damaged:" << source.errorMessage();
    }
    return schema;
}

int readUserVersion(SqliteConnection &source)
{
    SqliteStatement version(source, "PRAGMA user_version");
    return version.step() == SQLITE_ROW ? int(version.integer(0)) : 0;
}

// Rows that point at rows that were lost get what deleting those rows would have given them:
// ON DELETE SET NULL clears the reference (an article keeps its text without its source), any
// other action removes the row. Repeated, since a removed row may leave others dangling.
qint64 resolveDanglingReferences(SqliteConnection &target)
{
    QList<QByteArray> tables;
    {
        SqliteStatement names(target, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%'");
        while (names.step() == SQLITE_ROW)
            tables.append(names.text(0).toUtf8());
    }
    QList<QByteArray> repairs;
    for (const QByteArray &table : std::as_const(tables)) {
        SqliteStatement keys(target, "PRAGMA foreign_key_list(" + quoted(table) + ')');
        while (keys.step() == SQLITE_ROW) {
            const QByteArray column = quoted(keys.text(3).toUtf8());
            const QByteArray parentColumn =
                keys.isNull(4) ? QByteArray("rowid") : quoted(keys.text(4).toUtf8());
            const QByteArray dangling = column + " IS NOT NULL AND " + column + " NOT IN (SELECT " +
                                        parentColumn + " FROM " + quoted(keys.text(2).toUtf8()) +
                                        ')';
            repairs.append(keys.text(6) == QLatin1String("SET NULL")
                               ? QByteArray("UPDATE " + quoted(table) + " SET " + column +
                                            " = NULL WHERE " + dangling)
                               : QByteArray("DELETE FROM " + quoted(table) + " WHERE " + dangling));
        }
    }
    qint64 changed = 0;
    for (int round = 0; round < 4; ++round) {
        qint64 changedThisRound = 0;
        for (const QByteArray &repair : std::as_const(repairs)) {
            if (target.execute(repair))
                changedThisRound += sqlite3_changes(target.handle());
        }
        changed += changedThisRound;
        if (changedThisRound == 0)
            break;
    }
    return changed;
}

} // namespace

bool LibraryRecovery::recover(const QString &damagedPath, const QString &newPath)
{
    m_report = {};
    m_errorMessage.clear();
    const QString nativeNewPath = QDir::toNativeSeparators(newPath);

    // The damaged file is read from a copy: reading may replay its WAL and the header may
    // need mending, and neither may change the file kept for the person.
    QTemporaryDir work(QFileInfo(newPath).dir().filePath(QStringLiteral(".recovery-XXXXXX")));
    const QString workPath = work.filePath(QStringLiteral("damaged.sqlite"));
    if (!work.isValid() || !QFile::copy(damagedPath, workPath)) {
        m_errorMessage = tr("Cannot make a working copy of %1 next to %2.")
                             .arg(QDir::toNativeSeparators(damagedPath), nativeNewPath);
        return false;
    }
    QFile::copy(damagedPath + QStringLiteral("-wal"), workPath + QStringLiteral("-wal"));
    repairHeader(workPath);

    SqliteConnection source(workPath, SqliteConnection::Mode::ReadWrite);
    // writable_schema makes SQLite read a file shorter than its header says (truncated) and
    // a schema with damaged entries, instead of refusing it; nothing is written to the copy.
    source.execute("PRAGMA cell_size_check = ON; PRAGMA writable_schema = ON");
    SqliteConnection target(newPath, SqliteConnection::Mode::Create);
    QString functionError;
    if (!target.isOpen() || !ArticleText::registerFunctions(target.handle(), &functionError) ||
        !target.execute("PRAGMA page_size = " + QByteArray::number(LibraryPageSize) +
                        "; PRAGMA foreign_keys = OFF; BEGIN")) {
        m_errorMessage = tr("Cannot create the recovered library %1: %2")
                             .arg(nativeNewPath,
                                  functionError.isEmpty() ? target.errorMessage() : functionError);
        return false;
    }

    QList<SchemaEntry> schema = readSchema(source, m_report);
    // Without its main tables the schema is no use: the new library starts empty and is
    // created afresh by the migrations when it opens.
    const bool usable = std::any_of(schema.cbegin(), schema.cend(), [](const SchemaEntry &entry) {
        return entry.type == "table" && entry.name == "articles";
    });
    if (!usable)
        schema.clear();
    m_report.libraryFound = usable;
    QList<QByteArray> virtualTables;
    for (const SchemaEntry &entry : schema) {
        if (entry.type == "table" && entry.isVirtualTable())
            virtualTables.append(entry.name);
    }
    const auto isShadowTable = [&](const QByteArray &name) {
        for (const QByteArray &virtualTable : std::as_const(virtualTables)) {
            if (name.startsWith(QByteArray(virtualTable + '_')))
                return true;
        }
        return false;
    };
    const auto create = [&](const QByteArray &type) {
        for (const SchemaEntry &entry : schema) {
            if (entry.type != type || entry.name.startsWith("sqlite_") || isShadowTable(entry.name))
                continue;
            if (!target.execute(entry.sql)) {
                ++m_report.unreadableParts;
                qCDebug(lcStorage)
                    << "recovery: cannot create" << entry.name << target.errorMessage();
            }
        }
    };

    // Indexes come before the rows, so that a damaged row cannot break a unique index;
    // triggers after them, so that copying fires none.
    create("table");
    create("index");
    Copier copier(source, target, m_report);
    for (const SchemaEntry &entry : schema) {
        if (entry.type != "table" || entry.isVirtualTable())
            continue;
        const bool sequence = entry.name == "sqlite_sequence";
        if ((entry.name.startsWith("sqlite_") && !sequence) ||
            (isShadowTable(entry.name) && !entry.name.endsWith("_config")))
            continue;
        // The index's own settings (its _config table) are kept; the index is rebuilt.
        if (!copier.copy(entry,
                         sequence || isShadowTable(entry.name) ? "OR REPLACE" : "OR IGNORE")) {
            m_errorMessage = tr("Cannot write the recovered library %1: %2")
                                 .arg(nativeNewPath, target.errorMessage());
            return false;
        }
    }
    m_report.orphansDropped = resolveDanglingReferences(target);
    if (virtualTables.contains("articles_fts") &&
        !target.execute("INSERT INTO articles_fts(rowid, title, author, text) "
                        "SELECT id, title, author, tidings_article_text(summary, content) "
                        "FROM articles")) {
        qCDebug(lcStorage) << "recovery: cannot rebuild the search index" << target.errorMessage();
        ++m_report.unreadableParts;
    }
    {
        SqliteStatement bookmarks(target, "SELECT count(*) FROM articles WHERE bookmarked = 1");
        if (bookmarks.step() == SQLITE_ROW)
            m_report.bookmarks = bookmarks.integer(0);
    }
    create("trigger");
    create("view");
    const int version = usable ? readUserVersion(source) : 0;
    if (!target.execute("PRAGMA user_version = " + QByteArray::number(version)) ||
        !target.execute("COMMIT")) {
        m_errorMessage = tr("Cannot write the recovered library %1: %2")
                             .arg(nativeNewPath, target.errorMessage());
        return false;
    }
    return true;
}

} // namespace Storage
