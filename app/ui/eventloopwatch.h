#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Ui {

/// Measures how long the event loop goes without turning, with a short timer that notes how
/// late each of its ticks comes. Used while a refresh runs, when verbose logging asks for it,
/// to show that fetching, parsing and storing never hold up the window.
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

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceLastTick;
    qint64 m_longestStallMs = 0;
    qint64 m_longestStallEndMs = 0;
};

} // namespace Ui
