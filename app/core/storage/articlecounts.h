#pragma once

#include <QDateTime>
#include <QSqlDatabase>

namespace Storage {

/// The article counts the source tree shows beside its views and sources, one indexed count
/// query each. Works on the connection it is given, on the thread that owns it; every count is
/// -1 on failure (logged).
class ArticleCounts final
{
public:
    explicit ArticleCounts(QSqlDatabase database);

    /// Unread articles of every source.
    [[nodiscard]] int unread() const;
    /// Unread articles dated at or after \a since.
    [[nodiscard]] int unreadSince(const QDateTime &since) const;
    [[nodiscard]] int bookmarked() const;
    /// Articles of the Hidden view: hidden by a rule, or by a mute word in force.
    [[nodiscard]] int hidden() const;
    [[nodiscard]] int unreadOfSource(qint64 sourceId) const;

private:
    [[nodiscard]] int count(const QString &sql, const QVariantList &values = {}) const;

    QSqlDatabase m_database;
};

} // namespace Storage
