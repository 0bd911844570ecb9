#include "storage/muterepository.h"

#include "base/logging.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace Storage {

using SqlValues::exec;

MuteRepository::MuteRepository(QSqlDatabase database) : m_database(std::move(database))
{}

QList<Mute> MuteRepository::list() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, word, until FROM mutes ORDER BY until DESC, id"));
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the mute words: %1").arg(error));
        return {};
    }
    QList<Mute> mutes;
    while (query.next()) {
        mutes.append({query.value(0).toLongLong(), query.value(1).toString(),
                      SqlValues::toDateTime(query.value(2))});
    }
    return mutes;
}

qint64 MuteRepository::add(const QString &word, const QDateTime &until)
{
    const QString trimmed = word.simplified();
    if (trimmed.isEmpty()) {
        fail(tr("A mute needs a word."));
        return 0;
    }
    if (!until.isValid()) {
        fail(tr("A mute needs an end date."));
        return 0;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO mutes (word, until) VALUES (?, ?)"));
    query.addBindValue(trimmed);
    query.addBindValue(until.toSecsSinceEpoch());
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot add the mute word: %1").arg(error));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool MuteRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM mutes WHERE id = ?"));
    query.addBindValue(id);
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot remove the mute word: %1").arg(error));
    if (query.numRowsAffected() == 0)
        return fail(tr("There is no mute word %1.").arg(id));
    return true;
}

bool MuteRepository::fail(const QString &message) const
{
    m_errorMessage = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

} // namespace Storage
