#include "refresh/parsestage.h"

#include "threading/workpool.h"

#include <QThreadPool>

namespace Refresh {

namespace {

// Parsed feeds handed to the worker and not yet stored, at most.
constexpr int MaxAhead = 2;

} // namespace

ParseStage::ParseStage(const QString &databasePath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_pool(new QThreadPool(this))
{
    // A lane of its own, not the shared pool: parsing and preparing wait there for their own
    // parallel work, and a pool whose every thread waits would wait for ever.
    m_pool->setMaxThreadCount(1);
}

void ParseStage::add(const Net::FetchResult &result)
{
    m_queue.append(result);
    parseNext();
}

void ParseStage::release(qint64 sourceId)
{
    if (m_handedOver.remove(sourceId))
        parseNext();
}

void ParseStage::parseNext()
{
    if (m_parsing || m_queue.isEmpty() || m_handedOver.size() >= MaxAhead)
        return;
    m_parsing = true;
    const Net::FetchResult result = m_queue.takeFirst();
    WorkPool::run(
        this, m_pool,
        [result, databasePath = m_databasePath] {
            return IngestWorker::parse(result, databasePath);
        },
        [this, result](const ParsedFeed &feed) {
            m_parsing = false;
            m_handedOver.insert(result.sourceId);
            emit parsed(result, feed);
            parseNext();
        });
}

} // namespace Refresh
