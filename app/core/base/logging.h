#pragma once

#include <QLoggingCategory>

// One category per subsystem, all under "tidings.*" so that --verbose can turn them on together.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcFeeds)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace Logging {

// Debug output of the tidings.* categories is off unless the user asks for it.
void setVerbose(bool verbose);

} // namespace Logging
