#include "ui/openrequest.h"

#include "feeds/formatsniffer.h"
#include "subscriptions/feedtitle.h"
#include "subscriptions/opml.h"
#include "subscriptions/subscriptionurl.h"

#include <QFile>
#include <QFileInfo>

namespace Ui {

namespace {

int countFeeds(const QList<Subscriptions::Outline> &outlines)
{
    int count = 0;
    for (const Subscriptions::Outline &outline : outlines)
        count += outline.isFolder() ? countFeeds(outline.children) : 1;
    return count;
}

} // namespace

OpenRequest OpenRequest::classify(const QString &target)
{
    OpenRequest request;
    request.target = target;

    QString path;
    if (QFileInfo(target).isAbsolute()) {
        path = target;
    } else {
        const Subscriptions::SubscriptionUrl url = Subscriptions::parseSubscriptionUrl(target);
        if (!url.ok()) {
            request.error = url.error;
            return request;
        }
        if (!url.isLocalFile()) {
            request.kind = Kind::Subscribe;
            request.feedUrl = url.url;
            return request;
        }
        path = url.url.toLocalFile();
    }

    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        request.error = tr("“%1” cannot be read.").arg(path);
        return request;
    }
    if (file.size() > MaxFileBytes) {
        request.error = tr("“%1” is too large to be a feed or a subscription list.").arg(path);
        return request;
    }
    const QByteArray bytes = file.readAll();

    if (const Feeds::Format format = Feeds::FormatSniffer::sniff(bytes);
        format != Feeds::Format::Unknown) {
        request.kind = Kind::Subscribe;
        request.feedUrl = QUrl::fromLocalFile(path);
        request.title = Subscriptions::feedTitle(bytes, format);
        return request;
    }
    const Subscriptions::OpmlReadResult opml = Subscriptions::readOpml(bytes);
    if (opml.ok()) {
        request.kind = Kind::ImportOpml;
        request.opmlPath = path;
        request.sourceCount = countFeeds(opml.document.outlines);
        return request;
    }
    request.error = tr("“%1” is neither a feed nor an OPML subscription list.").arg(path);
    return request;
}

} // namespace Ui
