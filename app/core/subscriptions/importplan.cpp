#include "subscriptions/importplan.h"

#include "subscriptions/subscriptionurl.h"

#include <QSet>

namespace Subscriptions {

namespace {

class PlanBuilder final
{
public:
    explicit PlanBuilder(const QList<QUrl> &subscribed)
    {
        for (const QUrl &url : subscribed) {
            const QString key = feedUrlKey(url);
            if (!key.isEmpty())
                m_library.insert(key);
        }
    }

    void add(const QList<Outline> &outlines, const QStringList &path)
    {
        for (const Outline &outline : outlines) {
            if (!outline.feedUrl.isEmpty())
                addFeed(outline, path);
            if (!outline.children.isEmpty())
                add(outline.children, QStringList(path) << outline.title);
        }
    }

    QList<ImportPlanRow> rows;

private:
    void addFeed(const Outline &outline, const QStringList &path)
    {
        ImportPlanRow row;
        row.folderPath = path;
        row.title = outline.title;
        row.feedUrl = outline.feedUrl;
        row.siteUrl = outline.siteUrl;
        const SubscriptionUrl parsed = parseSubscriptionUrl(outline.feedUrl, UrlInput::Absolute);
        const QString key = parsed.ok() ? feedUrlKey(parsed.url) : QString();
        if (key.isEmpty()) {
            row.status = ImportPlanRow::Status::InvalidUrl;
        } else {
            row.url = parsed.url;
            if (m_library.contains(key))
                row.status = ImportPlanRow::Status::DuplicateInLibrary;
            else if (m_inFile.contains(key))
                row.status = ImportPlanRow::Status::DuplicateInFile;
            m_inFile.insert(key);
        }
        rows.append(row);
    }

    QSet<QString> m_library;
    QSet<QString> m_inFile;
};

} // namespace

QString feedUrlKey(const QUrl &input)
{
    QUrl url = input;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("feed") || scheme == QLatin1String("feeds")) {
        const SubscriptionUrl parsed =
            parseSubscriptionUrl(input.toString(QUrl::FullyEncoded), UrlInput::Absolute);
        if (!parsed.ok())
            return {};
        url = parsed.url;
    }
    if (!url.isValid() || url.host().isEmpty())
        return {};
    url.setScheme(url.scheme().toLower());
    const bool http = url.scheme() == QLatin1String("http");
    const bool https = url.scheme() == QLatin1String("https");
    if (!http && !https)
        return {};
    url.setHost(url.host().toLower());
    if ((http && url.port() == 80) || (https && url.port() == 443))
        url.setPort(-1);
    url.setFragment(QString());
    return url.toString(QUrl::FullyEncoded);
}

QList<ImportPlanRow> buildImportPlan(const OpmlDocument &document, const QList<QUrl> &subscribed)
{
    PlanBuilder builder(subscribed);
    builder.add(document.outlines, {});
    return builder.rows;
}

} // namespace Subscriptions
