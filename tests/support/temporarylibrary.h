#pragma once

#include "feeds/feed.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

namespace TestSupport {

/// A fresh, migrated library database in a throw-away folder, for one test.
class TemporaryLibrary final
{
public:
    TemporaryLibrary()
    {
        if (m_dir.isValid()) {
            m_database =
                std::make_unique<Storage::Database>(m_dir.filePath(QStringLiteral("library.db")));
            m_open = m_database->open();
        }
    }

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QSqlDatabase connection() const { return m_database->connection(); }
    [[nodiscard]] QString filePath() const { return m_database->filePath(); }

    /// The first column of the first row of \a sql, or an invalid QVariant.
    [[nodiscard]] QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    /// Adds a source with the given feed URL and title, returning its id (0 on failure).
    qint64 addSource(const QString &feedUrl, const QString &title = {}, qint64 folderId = 0)
    {
        Storage::SourceRepository sources(connection());
        return sources.add({QUrl(feedUrl), title, {}, folderId}).id;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_database;
    bool m_open = false;
};

/// A feed item with the fields identity depends on; the rest stays empty.
inline Feeds::Item makeItem(const QString &guid, const QString &link, const QString &title,
                            const QString &content = {})
{
    Feeds::Item item;
    item.id = guid;
    item.link = link;
    item.title = title;
    item.content = content;
    return item;
}

inline Feeds::Feed makeFeed(const QList<Feeds::Item> &items)
{
    Feeds::Feed feed;
    feed.format = Feeds::Format::Rss20;
    feed.items = items;
    return feed;
}

} // namespace TestSupport
