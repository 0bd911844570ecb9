#include "sync/greaderserver.h"

namespace Sync {

GReaderServer greaderServerOf(const QUrl &apiBase)
{
    const QString host = apiBase.host().toLower();
    const auto isHost = [&host](const char *domain) {
        const QLatin1String name(domain);
        return host == name || host.endsWith(QLatin1Char('.') + name);
    };
    if (isHost("inoreader.com") || isHost("innoreader.com"))
        return GReaderServer::Inoreader;
    if (isHost("theoldreader.com"))
        return GReaderServer::TheOldReader;
    if (isHost("bazqux.com"))
        return GReaderServer::BazQux;
    if (apiBase.path().contains(QLatin1String("greader.php")))
        return GReaderServer::FreshRss;
    return GReaderServer::Generic;
}

GReaderTraits greaderTraitsOf(GReaderServer server)
{
    GReaderTraits traits;
    switch (server) {
    case GReaderServer::Inoreader:
    case GReaderServer::BazQux:
        traits.idsPerPage = 1000; // Inoreader's documented maximum; BazQux follows Google.
        break;
    case GReaderServer::TheOldReader:
        traits.idsPerPage = 1000;
        traits.markAllUnitsPerSecond = 1000;
        break;
    case GReaderServer::FreshRss:
    case GReaderServer::Generic:
        break;
    }
    return traits;
}

} // namespace Sync
