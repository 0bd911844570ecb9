#pragma once

#include "feeds/datescanner.h"

namespace Feeds::DateScan {

/// W3C-DTF, ISO 8601 and RFC 3339, with the forms feeds really write: two-digit and left-out
/// centuries ("03-12-31", "031231", "-03-12"), ordinal days ("2003-335", "03335"), Google's
/// three-digit month ("2003-012-31"), month names ("2004-július-13T9:15-05:00"), and the Korean
/// blog hosts' local times ("2004-05-25 오후 11:23:17", "2004년 05월 28일 01:31:15", +09:00).
/// `p` starts at a digit or a '-'; `end` excludes trailing spaces.
bool parseIsoDate(const char16_t *p, const char16_t *end, Fields &f);

} // namespace Feeds::DateScan
