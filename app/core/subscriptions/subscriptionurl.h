#pragma once

#include <QString>
#include <QUrl>

namespace Subscriptions {

/// Where an address comes from, which decides how much guessing is allowed.
enum class UrlInput {
    /// Typed by a person or handed over by a browser or the command line: a bare host such as
    /// "example.com/blog" gets https:// (https first: most sites serve it today, and a fetch
    /// that fails says so instead of silently going over plain http), and local paths
    /// ("/…", "~/…", "./…", file:) become file URLs for the caller to read itself.
    Typed,
    /// Written in a file (OPML xmlUrl, <link href>): must be absolute http(s) or feed:.
    Absolute,
};

/// The outcome: a fetchable URL, or a translated reason why there is none.
struct SubscriptionUrl
{
    QUrl url;
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    [[nodiscard]] bool isLocalFile() const { return url.isLocalFile(); }
};

/// Turns an address into a URL to fetch. Surrounding whitespace is ignored; the feed: forms
/// become plain ones (feed://x and feed:http://x → http://x, feeds://x and feed:https://x →
/// https://x). Other schemes (javascript:, ftp:, mailto:, data: …) and empty input are
/// refused with an error text.
[[nodiscard]] SubscriptionUrl parseSubscriptionUrl(const QString &text,
                                                   UrlInput input = UrlInput::Typed);

} // namespace Subscriptions
