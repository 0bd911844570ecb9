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

namespace Private {
/// True on a thread while it runs a task of start() (or run()).
[[nodiscard]] bool &insideTask();
} // namespace Private

/// Starts \a work on \a pool (default: the shared one) at background priority and returns its
/// future, for a worker thread that collects the result later itself. Qt runs a task not yet
/// started on the thread that asks for its result.
template<typename Work> [[nodiscard]] auto start(Work work, QThreadPool *pool = instance())
{
    return QtConcurrent::run(pool, [work = std::move(work)]() mutable {
        BackgroundPriority::applyToCurrentThread();
        struct Inside
        {
            Inside() { Private::insideTask() = true; }
            ~Inside() { Private::insideTask() = false; }
        } inside;
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
/// are done. A task of the pool that calls it while no thread of the pool is free runs them in
/// turn itself: tasks that each wait for a map of their own would otherwise hold every thread
/// and wait for each other forever (two sync pages parsed at once on two cores did).
template<typename Sequence, typename Function> void map(Sequence &sequence, Function function)
{
    if (Private::insideTask() && instance()->activeThreadCount() >= instance()->maxThreadCount()) {
        for (auto &element : sequence)
            function(element);
        return;
    }
    QtConcurrent::blockingMap(instance(), sequence, [&function](auto &element) {
        BackgroundPriority::applyToCurrentThread();
        function(element);
    });
}

} // namespace WorkPool
