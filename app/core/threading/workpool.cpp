#include "threading/workpool.h"

#include <QThread>
#include <QThreadPool>

namespace WorkPool {

namespace {

class Pool final : public QThreadPool
{
public:
    Pool() { setMaxThreadCount(QThread::idealThreadCount()); }
};
Q_GLOBAL_STATIC(Pool, pool)

} // namespace

QThreadPool *instance()
{
    return pool();
}

bool &Private::insideTask()
{
    thread_local bool inside = false;
    return inside;
}

} // namespace WorkPool
