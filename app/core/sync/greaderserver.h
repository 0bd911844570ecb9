#pragma once

#include <QString>
#include <QUrl>

namespace Sync {

/// The servers that speak the Google Reader API, and what sets each apart. Which one an
/// account talks to follows from its address: the hosted services by host name, FreshRSS by
/// its entry point (…/api/greader.php); anything else (Miniflux at its root, or another
/// server) is Generic.
///
/// | server        | API base                        | differences |
/// | FreshRSS      | https://host/…/api/greader.php  | continuation is the last id sent; API
/// password set per user | | Miniflux      | https://host/ (its root)        | T token = the Auth
/// token and required on every POST; continuation is an offset; no mark-all-as-read (older versions
/// answer [] to it) | | Inoreader     | https://www.inoreader.com       | at most 1,000 ids per
/// page | | The Old Reader| https://theoldreader.com        | 24-digit hex item ids;
/// mark-all-as-read's ts in milliseconds; no ot/nt | | BazQux        | https://www.bazqux.com |
/// ClientLogin refuses with 403 Error=BadAuthentication |
enum class GReaderServer { Generic, FreshRss, Inoreader, TheOldReader, BazQux };

struct GReaderTraits
{
    int idsPerPage = 10'000;                  ///< n of stream/items/ids.
    qint64 markAllUnitsPerSecond = 1'000'000; ///< mark-all-as-read's ts: microseconds.
};

[[nodiscard]] GReaderServer greaderServerOf(const QUrl &apiBase);
[[nodiscard]] GReaderTraits greaderTraitsOf(GReaderServer server);

} // namespace Sync
