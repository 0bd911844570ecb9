#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Storage {

/// A search kept as a view in the source tree.
struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query; ///< The search text, operators and all (see SearchQuery).
    int position = 0;
};

/// The saved searches. Works on the connection it is given, on the thread that owns it.
class SavedSearchRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SavedSearchRepository)

public:
    explicit SavedSearchRepository(QSqlDatabase database);

    /// Saves \a query under \a name, after the others; nothing when either is empty.
    [[nodiscard]] std::optional<qint64> add(const QString &name, const QString &query);
    [[nodiscard]] bool rename(qint64 id, const QString &name);
    [[nodiscard]] bool remove(qint64 id);
    /// Every saved search, in position order.
    [[nodiscard]] std::optional<QList<SavedSearch>> all() const;

    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(const QString &message) const;

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
