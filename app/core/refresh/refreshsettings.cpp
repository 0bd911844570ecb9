#include "refresh/refreshsettings.h"

#include "base/settingskeys.h"

#include <QSettings>

namespace Refresh {

namespace {

int storedInt(const QSettings &settings, const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

} // namespace

Net::FetchOptions fetchOptionsFrom(const QSettings &settings)
{
    Net::FetchOptions options;
    options.timeoutMs = 1000 * storedInt(settings, SettingsKeys::NetworkTimeoutSeconds,
                                         SettingsKeys::NetworkTimeoutSecondsDefault,
                                         SettingsKeys::NetworkTimeoutSecondsMin,
                                         SettingsKeys::NetworkTimeoutSecondsMax);
    options.userAgent =
        settings.value(QLatin1String(SettingsKeys::NetworkUserAgent)).toString().trimmed().toUtf8();
    return options;
}

Schedule scheduleFrom(const QSettings &settings)
{
    const int minutes = storedInt(settings, SettingsKeys::RefreshIntervalMinutes,
                                  SettingsKeys::RefreshIntervalMinutesDefault, 1, 7 * 24 * 60);
    return Schedule(minutes * 60);
}

Storage::RetentionPolicy retentionFrom(const QSettings &settings)
{
    Storage::RetentionPolicy policy;
    policy.maxAgeDays = storedInt(settings, SettingsKeys::RetentionDays,
                                  SettingsKeys::RetentionDaysDefault, 0, 100 * 365);
    policy.perSourceCap = storedInt(settings, SettingsKeys::RetentionPerSourceCap,
                                    SettingsKeys::RetentionPerSourceCapDefault, 0, 10'000'000);
    return policy;
}

} // namespace Refresh
