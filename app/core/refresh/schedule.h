#pragma once

#include <QDateTime>

namespace Refresh {

/// When to fetch a source again.
class Schedule final
{
public:
    static constexpr int DefaultIntervalSeconds = 30 * 60;
    static constexpr int MaxBackoffSeconds = 24 * 60 * 60;

    explicit Schedule(int defaultIntervalSeconds = DefaultIntervalSeconds)
        : m_defaultIntervalSeconds(defaultIntervalSeconds)
    {}

    /// The source's own interval, else the application's; never more often than the feed's
    /// <ttl> or sy:updatePeriod asks.
    [[nodiscard]] int intervalSeconds(int sourceIntervalSeconds, int feedTtlMinutes) const;

    [[nodiscard]] QDateTime afterSuccess(const QDateTime &now, int sourceIntervalSeconds,
                                         int feedTtlMinutes) const;
    /// Backs off exponentially with the failures in a row, up to a day, and never earlier than
    /// the server's Retry-After.
    [[nodiscard]] QDateTime afterFailure(const QDateTime &now, int sourceIntervalSeconds,
                                         int failuresInARow, int retryAfterSeconds) const;

private:
    int m_defaultIntervalSeconds;
};

} // namespace Refresh
