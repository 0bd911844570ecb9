#include "subscriptions/subscriptionurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Subscriptions {

namespace {

class UrlParser final
{
    Q_DECLARE_TR_FUNCTIONS(Subscriptions::UrlParser)

public:
    static SubscriptionUrl parse(const QString &input, UrlInput mode)
    {
        const QString text = input.trimmed();
        if (text.isEmpty())
            return failure(tr("Enter the address of a feed or of a web site."));

        QString unwrapped;
        if (!unwrapFeedScheme(text, unwrapped))
            return failure(tr("“%1” is not a feed address that can be followed.").arg(text));

        if (mode == UrlInput::Typed && looksLikeLocalPath(unwrapped))
            return success(QUrl::fromLocalFile(localPath(unwrapped)));

        const QString scheme = schemeOf(unwrapped);
        // "feeds/news.xml" reads as a host name and a path; when a file by that name is right
        // here, it is what was meant.
        if (mode == UrlInput::Typed && scheme.isEmpty() && QFileInfo(unwrapped).isFile())
            return success(QUrl::fromLocalFile(localPath(unwrapped)));
        if (scheme.isEmpty()) {
            if (mode == UrlInput::Absolute) {
                return failure(
                    tr("“%1” is not a complete address: it lacks http:// or https://.").arg(text));
            }
            return fromBareHost(unwrapped, text);
        }
        if (scheme == QLatin1String("file")) {
            const QUrl url(unwrapped);
            if (mode == UrlInput::Typed && url.isValid() && url.isLocalFile())
                return success(url);
            return failure(tr("“%1” is not a web address.").arg(text));
        }
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
            return failure(
                tr("Addresses starting with “%1:” are not supported; use an http or https address.")
                    .arg(scheme));
        }
        return checkedWebUrl(QUrl(unwrapped, QUrl::TolerantMode), text);
    }

private:
    static SubscriptionUrl success(const QUrl &url) { return {url, {}}; }
    static SubscriptionUrl failure(const QString &error) { return {{}, error}; }

    static bool startsWith(const QString &text, QLatin1String prefix)
    {
        return text.startsWith(prefix, Qt::CaseInsensitive);
    }

    // feed://x → http://x, feeds://x → https://x, feed:http(s)://x → http(s)://x. Anything else
    // after "feed:" has no agreed meaning.
    static bool unwrapFeedScheme(const QString &text, QString &out)
    {
        if (startsWith(text, QLatin1String("feeds:"))) {
            const QString rest = text.mid(6);
            if (!rest.startsWith(QLatin1String("//")))
                return false;
            out = QLatin1String("https:") + rest;
            return true;
        }
        if (startsWith(text, QLatin1String("feed:"))) {
            const QString rest = text.mid(5);
            if (rest.startsWith(QLatin1String("//"))) {
                out = QLatin1String("http:") + rest;
                return true;
            }
            if (startsWith(rest, QLatin1String("http://")) ||
                startsWith(rest, QLatin1String("https://"))) {
                out = rest;
                return true;
            }
            return false;
        }
        out = text;
        return true;
    }

    static bool looksLikeLocalPath(const QString &text)
    {
        if (text.startsWith(QLatin1String("//")))
            return false; // scheme-relative web address
        return text.startsWith(QLatin1Char('/')) || text.startsWith(QLatin1String("~/")) ||
               text == QLatin1String("~") || text.startsWith(QLatin1String("./")) ||
               text.startsWith(QLatin1String("../"));
    }

    static QString localPath(const QString &text)
    {
        if (text.startsWith(QLatin1Char('~')))
            return QDir::cleanPath(QDir::homePath() + text.mid(1));
        return QDir::cleanPath(QDir::current().absoluteFilePath(text));
    }

    // The scheme in lower case, or empty when there is none. "localhost:8080/x" and
    // "example.com:81" are a host and a port, not a scheme.
    static QString schemeOf(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(.?)"));
        const QRegularExpressionMatch match = re.match(text);
        if (!match.hasMatch())
            return {};
        const QString next = match.captured(2);
        if (!next.isEmpty() && next.at(0).isDigit())
            return {};
        return match.captured(1).toLower();
    }

    static SubscriptionUrl fromBareHost(const QString &text, const QString &original)
    {
        const QString withScheme = text.startsWith(QLatin1String("//"))
                                       ? QLatin1String("https:") + text
                                       : QLatin1String("https://") + text;
        const QUrl url(withScheme, QUrl::TolerantMode);
        // A single word is far more likely a search term than a host on the local network.
        const QString host = url.host();
        if (url.isValid() && !host.contains(QLatin1Char('.')) &&
            host != QLatin1String("localhost") && !host.contains(QLatin1Char(':'))) {
            return failure(tr("“%1” is not a web address.").arg(original));
        }
        return checkedWebUrl(url, original);
    }

    static SubscriptionUrl checkedWebUrl(const QUrl &url, const QString &original)
    {
        if (!url.isValid() || url.host().isEmpty() || url.host().contains(QLatin1Char(' ')))
            return failure(tr("“%1” is not a valid web address.").arg(original));
        return success(url);
    }
};

} // namespace

SubscriptionUrl parseSubscriptionUrl(const QString &text, UrlInput input)
{
    return UrlParser::parse(text, input);
}

} // namespace Subscriptions
