#include "storage/rulesubjects.h"

#include "storage/articletext.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace Storage {

using SqlValues::exec;

RuleSubjectReader::RuleSubjectReader(QSqlDatabase database) : m_database(std::move(database))
{}

int RuleSubjectReader::count(qint64 sourceId, qint64 aboveId) const
{
    QSqlQuery query(m_database);
    query.prepare(sourceId > 0 ? QStringLiteral("SELECT count(*) FROM articles"
                                                " WHERE source_id = ? AND id > ?")
                               : QStringLiteral("SELECT count(*) FROM articles"
                                                " WHERE ? = 0 AND id > ?"));
    query.addBindValue(sourceId);
    query.addBindValue(aboveId);
    QString error;
    if (!exec(query, &error) || !query.next()) {
        m_errorMessage = tr("Cannot count the articles: %1").arg(error);
        return -1;
    }
    return query.value(0).toInt();
}

std::optional<QList<RuleSubject>> RuleSubjectReader::slice(qint64 beforeId, int limit,
                                                           qint64 sourceId, bool withText,
                                                           qint64 aboveId) const
{
    QString where = QStringLiteral(" WHERE 1");
    QVariantList values;
    if (beforeId > 0) {
        where += QStringLiteral(" AND a.id < ?");
        values.append(beforeId);
    }
    if (aboveId > 0) {
        where += QStringLiteral(" AND a.id > ?");
        values.append(aboveId);
    }
    if (sourceId > 0) {
        where += QStringLiteral(" AND a.source_id = ?");
        values.append(sourceId);
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // The long texts are selected only when needed: reading them walks overflow pages.
    query.prepare(
        QStringLiteral("SELECT a.id, coalesce(a.source_id, 0), a.title,"
                       " coalesce(a.author, ''), coalesce(a.link, ''),"
                       " coalesce(a.categories, ''),"
                       " coalesce(s.title, a.source_title, ''), coalesce(f.title, ''),") +
        (withText ? QStringLiteral(" a.summary, a.content") : QStringLiteral(" NULL, NULL")) +
        QStringLiteral(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                       " LEFT JOIN folders f ON f.id = s.folder_id") +
        where + QStringLiteral(" ORDER BY a.id DESC LIMIT ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    QString error;
    if (!exec(query, &error)) {
        m_errorMessage = tr("Cannot read the articles: %1").arg(error);
        return std::nullopt;
    }
    QList<RuleSubject> subjects;
    while (query.next()) {
        RuleSubject subject;
        subject.id = query.value(0).toLongLong();
        subject.sourceId = query.value(1).toLongLong();
        subject.title = query.value(2).toString();
        subject.author = query.value(3).toString();
        subject.link = query.value(4).toString();
        subject.categories = query.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
        subject.source = query.value(6).toString();
        subject.folder = query.value(7).toString();
        if (withText) {
            subject.text = ArticleText::plainText(ArticleText::decompress(query.value(8)),
                                                  ArticleText::decompress(query.value(9)));
        }
        subjects.append(std::move(subject));
    }
    return subjects;
}

std::optional<qint64> RuleSubjectReader::highestId() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM articles"));
    QString error;
    if (!exec(query, &error) || !query.next()) {
        m_errorMessage = tr("Cannot read the articles: %1").arg(error);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace Storage
