#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Storage {

/// The parts of an article that rules look at.
struct RuleSubject
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString title;
    QString author;
    QString text; ///< Plain text of the summary and content; read only when a rule needs it.
    QString link;
    QStringList categories;
    QString source; ///< The source's title.
    QString folder; ///< The title of the source's folder; empty outside folders.
};

/// Reads the library's articles for rules, a slice at a time from the newest id down, so that
/// applying a rule to a large library can report progress and stop between slices.
class RuleSubjectReader final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::RuleSubjectReader)

public:
    explicit RuleSubjectReader(QSqlDatabase database);

    /// How many articles there are (of \a sourceId only when not 0, with an id above
    /// \a aboveId); -1 on failure.
    [[nodiscard]] int count(qint64 sourceId, qint64 aboveId = 0) const;
    /// Up to \a limit articles with an id below \a beforeId (0: from the newest) and above
    /// \a aboveId, newest id first, of \a sourceId only when not 0. The text is filled in only
    /// when \a withText, since that means decompressing. nullopt on failure.
    [[nodiscard]] std::optional<QList<RuleSubject>>
    slice(qint64 beforeId, int limit, qint64 sourceId, bool withText, qint64 aboveId = 0) const;
    /// The highest article id now (0 for none): articles added later have higher ids. nullopt
    /// on failure.
    [[nodiscard]] std::optional<qint64> highestId() const;

    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
