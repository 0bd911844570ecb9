#include "ui/eventloopwatch.h"

namespace Ui {

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
    m_sinceStart.start();
    m_sinceLastTick.start();
    m_timer.start();
}

void EventLoopWatch::stop()
{
    m_timer.stop();
    onTick(); // a stall that is still going on counts too
}

void EventLoopWatch::onTick()
{
    if (!m_sinceLastTick.isValid())
        return;
    const qint64 stall = m_sinceLastTick.restart() - TickMs;
    if (stall > m_longestStallMs) {
        m_longestStallMs = stall;
        m_longestStallEndMs = m_sinceStart.elapsed();
    }
}

} // namespace Ui
