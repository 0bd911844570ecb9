#pragma once

#include "html/fasturlresolver.h"

#include <QString>
#include <QUrl>

#include <string>
#include <string_view>

namespace Html::Private {

enum class UrlUse {
    Link,     // <a href>: http, https, mailto
    Resource, // src, poster, cite, srcset: http, https
    Image,    // <img src>: http, https and data:image/(png|jpeg|gif|webp)
};

struct VideoLink
{
    QString url;  // the watch page, e.g. https://www.youtube.com/watch?v=ID
    QString site; // "YouTube", "Vimeo", "Dailymotion"
};

// Decides which URLs survive and how they are written: relative ones resolved against the base,
// everything percent-encoded, anything but the allowed schemes rejected. Attribute values reach
// it with character references already decoded, so "jav&#x09;ascript:" arrives as
// "jav\tascript:" and is caught like the browser would read it.
class UrlPolicy final
{
public:
    explicit UrlPolicy(const QUrl &baseUrl);

    // The URL to write (UTF-8, fully encoded); empty when it is not allowed.
    [[nodiscard]] std::string clean(std::string_view raw, UrlUse use) const;
    // A srcset with each candidate URL cleaned; empty when no candidate survives.
    [[nodiscard]] std::string cleanSrcset(std::string_view raw) const;
    // The watch page for an embedded player of a known video host; empty url otherwise.
    [[nodiscard]] VideoLink videoLink(std::string_view raw) const;
    // Well-known tracking pixels and feed-flare beacons, by host and path.
    [[nodiscard]] static bool isTracker(std::string_view cleanedUrl);

private:
    QUrl m_base;
    FastUrlResolver m_fast;
    bool m_hasBase = false;
};

} // namespace Html::Private
