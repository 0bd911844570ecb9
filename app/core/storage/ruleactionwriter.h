#pragma once

#include "storage/rulerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace Storage {

/// Does what rules decided to articles, with its statements prepared once. Writes inside the
/// transaction the caller holds (the ingest batch, a slice of an apply), opening none itself.
class RuleActionWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::RuleActionWriter)

public:
    explicit RuleActionWriter(const QSqlDatabase &database);

    [[nodiscard]] bool isValid() const { return m_valid; }
    /// Marks, bookmarks, hides, highlights and tags the article as \a actions say; notify is
    /// the caller's business. Never undoes: a rule does not mark an article unread.
    [[nodiscard]] bool apply(qint64 articleId, const RuleActions &actions);
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool prepare(QSqlQuery &query, const QString &sql);
    bool exec(QSqlQuery &query);
    /// The id of the tag \a name, made when missing; 0 on failure.
    qint64 tagId(const QString &name);

    QSqlQuery m_markRead;
    QSqlQuery m_bookmark;
    QSqlQuery m_hide;
    QSqlQuery m_highlight;
    QSqlQuery m_ensureTag;
    QSqlQuery m_tag;
    QHash<QString, qint64> m_tagIds; ///< By name folded to lower case.
    QString m_errorMessage;
    bool m_valid = true;
};

} // namespace Storage
