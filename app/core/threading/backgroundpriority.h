#pragma once

/// The refresh parses, compresses and indexes on several threads for seconds at a time; on a
/// machine with few cores the window's thread then had to wait for a CPU, and froze for up to
/// 60 ms. Threads doing such work mark themselves as background work, which the operating
/// system runs when the window's thread does not want the CPU.
namespace BackgroundPriority {

/// Lowers the calling thread's scheduling priority (Linux: this thread alone 10 nice levels
/// below the main thread; elsewhere QThread::LowPriority), unless it is the application's main
/// thread. Cheap to call
/// again from the same thread.
void applyToCurrentThread();

} // namespace BackgroundPriority
