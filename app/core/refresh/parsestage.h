#pragma once

#include "net/fetchtypes.h"
#include "refresh/ingestworker.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QThreadPool;

namespace Refresh {

/// The step between fetching and storing: parses and prepares fetched feeds (see
/// IngestWorker::parse()) one at a time on a thread of its own, so that the worker stores one
/// feed while the next is parsed. Parsed feeds take several times the memory of their bytes, so
/// the stage stays a few feeds ahead of the worker: each feed it hands over counts until
/// release() says the worker is done with it.
class ParseStage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParseStage)

public:
    explicit ParseStage(const QString &databasePath, QObject *parent = nullptr);

    /// Queues a successfully fetched feed.
    void add(const Net::FetchResult &result);
    /// The worker is done with the feed of \a sourceId, if this stage handed it over.
    void release(qint64 sourceId);

signals:
    void parsed(const Net::FetchResult &result, const Refresh::ParsedFeed &feed);

private:
    void parseNext();

    QString m_databasePath;
    QThreadPool *m_pool = nullptr;
    QList<Net::FetchResult> m_queue;
    bool m_parsing = false;
    QSet<qint64> m_handedOver;
};

} // namespace Refresh
