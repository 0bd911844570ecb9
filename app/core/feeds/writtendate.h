#pragma once

#include "feeds/datescanner.h"

namespace Feeds::DateScan {

/// RFC 822 and its relatives (RFC 850, asctime, localized and Perforce forms): a scan over words,
/// numbers, a time and a zone, in any sensible order. `end` excludes trailing spaces.
bool parseWrittenDate(const char16_t *p, const char16_t *end, Fields &f);

} // namespace Feeds::DateScan
