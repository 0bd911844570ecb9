#pragma once

#include "net/fetchtypes.h"
#include "refresh/schedule.h"
#include "storage/articlerepository.h"

class QSettings;

namespace Refresh {

/// What the settings file says about fetching, scheduling and keeping articles, read the same
/// way by the window and the command line. Values out of range fall back to the defaults in
/// SettingsKeys.
[[nodiscard]] Net::FetchOptions fetchOptionsFrom(const QSettings &settings);
[[nodiscard]] Schedule scheduleFrom(const QSettings &settings);
[[nodiscard]] Storage::RetentionPolicy retentionFrom(const QSettings &settings);

} // namespace Refresh
