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

} // namespace WorkPool
