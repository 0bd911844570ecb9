#pragma once

class QThreadPool;

/// The thread pool for the core's CPU-bound batch work: sanitizing a feed's items, preparing
/// articles for storage. Not QThreadPool::globalInstance(): Qt GUI paints large areas with
/// helpers from the global pool and waits for them, so a window that painted during a refresh
/// waited for that work too (stalls of up to 100 ms).
namespace WorkPool {

[[nodiscard]] QThreadPool *instance();

} // namespace WorkPool
