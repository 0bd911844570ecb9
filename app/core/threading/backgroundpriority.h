#pragma once

/// The refresh parses, compresses and indexes on several threads for seconds at a time; on a
/// machine with few cores the window's thread then had to wait for a CPU, and froze for up to
/// 60 ms. Threads doing such work mark themselves as background work, which the operating
/// system runs when the window's thread does not want the CPU.
namespace BackgroundPriority {

/// How far below the window a thread runs.
enum class Level {
    /// Work that may take its time: refresh, preparing articles, syncs, upkeep.
    Low,
    /// Work that background work waits on and that should keep up with it: the search index,
    /// which the articles a refresh stores are only searchable once it has caught up with.
    Moderate,
};

/// Lowers the calling thread's scheduling priority (Linux: this thread alone 10 nice levels
/// below the main thread, 5 for Level::Moderate; elsewhere QThread::LowPriority), unless it is
/// the application's main thread. Cheap to call again from the same thread.
void applyToCurrentThread(Level level = Level::Low);

} // namespace BackgroundPriority
