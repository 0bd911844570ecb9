#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// A word (or phrase) that hides the articles whose title or text holds it, until a moment.
struct Mute
{
    qint64 id = 0;
    QString word;
    QDateTime until;

    [[nodiscard]] bool isActive(const QDateTime &now) const { return until > now; }
};

/// The mute words. Matching happens where lists are read (see ArticleVisibility), so a mute
/// that expired stops hiding without anything being rewritten.
class MuteRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::MuteRepository)

public:
    explicit MuteRepository(QSqlDatabase database);

    /// Every mute, expired ones too (the newest end first); empty on failure.
    [[nodiscard]] QList<Mute> list() const;
    /// Returns the new mute's id, 0 on failure. A blank word is refused.
    [[nodiscard]] qint64 add(const QString &word, const QDateTime &until);
    [[nodiscard]] bool remove(qint64 id);

    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(const QString &message) const;

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
