#include "base/logging.h"

Q_LOGGING_CATEGORY(lcApp, "tidings.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "tidings.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeeds, "tidings.feeds", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "tidings.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tidings.ui", QtInfoMsg)

namespace Logging {

void setVerbose(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("tidings.*.debug=true")
                                             : QStringLiteral("tidings.*.debug=false"));
}

} // namespace Logging
