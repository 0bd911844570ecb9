#include "refresh/schedule.h"

#include <algorithm>

namespace Refresh {

int Schedule::intervalSeconds(int sourceIntervalSeconds, int feedTtlMinutes) const
{
    const int interval =
        sourceIntervalSeconds > 0 ? sourceIntervalSeconds : m_defaultIntervalSeconds;
    const int ttl = feedTtlMinutes > 0 ? std::min(feedTtlMinutes, MaxBackoffSeconds / 60) * 60 : 0;
    return std::max(interval, ttl);
}

QDateTime Schedule::afterSuccess(const QDateTime &now, int sourceIntervalSeconds,
                                 int feedTtlMinutes) const
{
    return now.addSecs(intervalSeconds(sourceIntervalSeconds, feedTtlMinutes));
}

QDateTime Schedule::afterFailure(const QDateTime &now, int sourceIntervalSeconds,
                                 int failuresInARow, int retryAfterSeconds) const
{
    const qint64 interval = intervalSeconds(sourceIntervalSeconds, 0);
    const int doublings = std::clamp(failuresInARow - 1, 0, 16);
    const qint64 backoff = std::min<qint64>(interval << doublings, MaxBackoffSeconds);
    const qint64 retryAfter =
        std::min<qint64>(std::max(retryAfterSeconds, 0), 7 * MaxBackoffSeconds);
    return now.addSecs(std::max(backoff, retryAfter));
}

} // namespace Refresh
