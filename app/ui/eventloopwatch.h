#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace Ui {

/// Measures how long the event loop goes without turning, with a short timer that notes how
/// late each of its ticks comes. Used while a refresh runs, when verbose logging asks for it,
/// to show that fetching, parsing and storing never hold up the window. Where the system has a
/// per-thread CPU clock (POSIX), it also notes how much of the longest stall this thread spent
/// working: a stall with little CPU time is the thread waiting (for a lock, or for a CPU other
/// threads and processes hold), not the thread doing too much.
class EventLoopWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopWatch)

public:
    static constexpr int TickMs = 10;

    explicit EventLoopWatch(QObject *parent = nullptr);

    /// Starts (again) from a longest stall of zero.
    void start();
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }
    /// The longest time between two ticks beyond the tick interval, in milliseconds.
    [[nodiscard]] qint64 longestStallMs() const { return m_longestStallMs; }
    /// When the longest stall ended, in milliseconds after start().
    [[nodiscard]] qint64 longestStallEndMs() const { return m_longestStallEndMs; }
    /// The CPU time the watch's thread used between the two ticks around the longest stall, in
    /// milliseconds; nothing where the system cannot tell.
    [[nodiscard]] std::optional<qint64> longestStallCpuMs() const;
    /// "longest event-loop stall 90 ms (UI thread busy 4 ms of it), ending 10700 ms into it",
    /// for the verbose log the benchmarks read.
    [[nodiscard]] QString describeLongestStall() const;

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceLastTick;
    qint64 m_lastCpuUs = -1; ///< The thread's CPU clock at the last tick; -1: no such clock.
    qint64 m_longestStallMs = 0;
    qint64 m_longestStallEndMs = 0;
    qint64 m_longestStallCpuUs = 0;
};

} // namespace Ui
