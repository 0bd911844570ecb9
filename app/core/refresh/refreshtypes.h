#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Refresh {

/// How refreshing one source ended.
struct SourceOutcome
{
    enum class Status { Updated, NotModified, Failed, Cancelled };

    qint64 sourceId = 0;
    QString title;
    Status status = Status::Failed;
    int added = 0;
    int updated = 0;
    QList<qint64> addedIds;
    QString errorText; ///< Stored as the source's last error, in words for people.
    QStringList warnings;
    QStringList notifyTitles; ///< New articles a rule asked to be told about.
};

/// Totals of one refresh run.
struct Summary
{
    int succeeded = 0; ///< Including "not modified".
    int notModified = 0;
    int failed = 0;
    int cancelled = 0;
    int added = 0;
    int updated = 0;
    int pruned = 0; ///< Articles removed by the retention policy after the fetches.
};

} // namespace Refresh

Q_DECLARE_METATYPE(Refresh::SourceOutcome)
Q_DECLARE_METATYPE(Refresh::Summary)
