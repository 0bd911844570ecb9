#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Storage {

/// A tag with how many shown articles carry it.
struct Tag
{
    qint64 id = 0;
    QString name;
    int count = 0;  ///< Articles carrying it, hidden ones left out.
    int unread = 0; ///< Of those, the unread ones.

    friend bool operator==(const Tag &a, const Tag &b)
    {
        return a.id == b.id && a.name == b.name && a.count == b.count && a.unread == b.unread;
    }
    friend bool operator!=(const Tag &a, const Tag &b) { return !(a == b); }
};

/// Tags that articles carry, from rules or added by hand. A tag's name is unique ignoring case.
class TagRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::TagRepository)

public:
    explicit TagRepository(QSqlDatabase database);

    /// Every tag that some article carries, by name, with counts; empty on failure.
    [[nodiscard]] QList<Tag> tags() const;
    /// The tag called \a name, made when missing; 0 on failure or for a blank name.
    [[nodiscard]] qint64 ensure(const QString &name);
    /// Adds the tag \a name to the article (made when missing).
    [[nodiscard]] bool add(qint64 articleId, const QString &name);
    [[nodiscard]] bool remove(qint64 articleId, const QString &name);
    /// The names of the tags of \a articleId, sorted.
    [[nodiscard]] QStringList tagsOf(qint64 articleId) const;

    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /// A condition on `articles AS a` with one placeholder, a tag's id: the article carries
    /// that tag. (The `tag:NAME` search operator has its own, in searchoperators.cpp.)
    [[nodiscard]] static QString taggedByIdCondition();

private:
    bool fail(const QString &message) const;

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
