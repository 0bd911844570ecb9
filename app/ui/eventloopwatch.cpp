#include "ui/eventloopwatch.h"

#include <time.h>

namespace Ui {

namespace {

/// The calling thread's CPU time in microseconds, or -1 where the system has no such clock.
[[nodiscard]] qint64 threadCpuUs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1'000'000 + qint64(now.tv_nsec) / 1'000;
#endif
    return -1;
}

} // namespace

EventLoopWatch::EventLoopWatch(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(TickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopWatch::onTick);
}

void EventLoopWatch::start()
{
    m_longestStallMs = 0;
    m_longestStallEndMs = 0;
    m_longestStallCpuUs = 0;
    m_sinceStart.start();
    m_sinceLastTick.start();
    m_lastCpuUs = threadCpuUs();
    m_timer.start();
}

void EventLoopWatch::stop()
{
    m_timer.stop();
    onTick(); // a stall that is still going on counts too
}

std::optional<qint64> EventLoopWatch::longestStallCpuMs() const
{
    if (m_lastCpuUs < 0)
        return std::nullopt;
    return (m_longestStallCpuUs + 500) / 1'000;
}

QString EventLoopWatch::describeLongestStall() const
{
    const std::optional<qint64> cpuMs = longestStallCpuMs();
    const QString busy =
        cpuMs ? QStringLiteral(" (UI thread busy %1 ms of it)").arg(*cpuMs) : QString();
    return QStringLiteral("longest event-loop stall %1 ms%2, ending %3 ms into it")
        .arg(m_longestStallMs)
        .arg(busy)
        .arg(m_longestStallEndMs);
}

void EventLoopWatch::onTick()
{
    if (!m_sinceLastTick.isValid())
        return;
    const qint64 stall = m_sinceLastTick.restart() - TickMs;
    const qint64 cpuUs = m_lastCpuUs < 0 ? -1 : threadCpuUs();
    if (stall > m_longestStallMs) {
        m_longestStallMs = stall;
        m_longestStallEndMs = m_sinceStart.elapsed();
        m_longestStallCpuUs = cpuUs < 0 ? 0 : cpuUs - m_lastCpuUs;
    }
    m_lastCpuUs = cpuUs;
}

} // namespace Ui
