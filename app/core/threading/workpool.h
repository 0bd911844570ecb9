#pragma once

#include "threading/backgroundpriority.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

class QThreadPool;

/// The thread pool for the core's CPU-bound work: decoding, parsing a page or a comment feed,
/// sanitizing a feed's items, preparing articles for storage, scaling images, summarizing.
/// Not QThreadPool::globalInstance(): Qt GUI paints large areas with helpers from the global
/// pool and waits for them, so a window that painted during a refresh waited for that work too
/// (stalls of up to 100 ms). Every task runs at background priority.
namespace WorkPool {

[[nodiscard]] QThreadPool *instance();

/// Starts \a work on \a pool (default: the shared one) at background priority and returns its
/// future, for a worker thread that collects the result later itself. Qt runs a task not yet
/// started on the thread that asks for its result.
template<typename Work> [[nodiscard]] auto start(Work work, QThreadPool *pool = instance())
{
    return QtConcurrent::run(pool, [work = std::move(work)]() mutable {
        BackgroundPriority::applyToCurrentThread();
        return work();
    });
}

/// Runs \a work on \a pool, then \a done with its result on \a context's thread. Nothing is
/// delivered once \a context is destroyed; the work itself is not interrupted.
template<typename Work, typename Done>
void run(QObject *context, QThreadPool *pool, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(start(std::move(work), pool));
}

/// run() on the shared pool.
template<typename Work, typename Done> void run(QObject *context, Work work, Done done)
{
    run(context, instance(), std::move(work), std::move(done));
}

/// Calls \a function for each element of \a sequence on the shared pool and returns when all
/// are done. The calling thread takes part, so a pool thread may call it too.
template<typename Sequence, typename Function> void map(Sequence &sequence, Function function)
{
    QtConcurrent::blockingMap(instance(), sequence, [&function](auto &element) {
        BackgroundPriority::applyToCurrentThread();
        function(element);
    });
}

} // namespace WorkPool
