#include "ui/sourceicons.h"

#include "models/imagestore.h"

#include <QPixmap>
#include <QStyle>

namespace Ui {

namespace {

QIcon themed(const char *name, const QIcon &fallback)
{
    return QIcon::fromTheme(QLatin1String(name), fallback);
}

} // namespace

QUrl faviconUrl(const Models::SourceTreeNode &node)
{
    if (node.iconUrl.isValid() && !node.iconUrl.isEmpty())
        return node.iconUrl;
    const QUrl site =
        node.siteUrl.isValid() && !node.siteUrl.host().isEmpty() ? node.siteUrl : node.feedUrl;
    if (site.scheme() != QLatin1String("http") && site.scheme() != QLatin1String("https"))
        return {};
    QUrl icon;
    icon.setScheme(site.scheme());
    icon.setHost(site.host());
    icon.setPort(site.port());
    icon.setPath(QStringLiteral("/favicon.ico"));
    return icon;
}

Models::SourceTreeModel::IconProvider sourceIcons(Models::ImageStore *favicons, const QStyle *style)
{
    using Kind = Models::SourceTreeNode::Kind;
    const QIcon all = themed("mail-folder-inbox", style->standardIcon(QStyle::SP_DirHomeIcon));
    const QIcon unread = themed("mail-unread", style->standardIcon(QStyle::SP_FileDialogInfoView));
    const QIcon today =
        themed("view-calendar-day", style->standardIcon(QStyle::SP_FileDialogDetailedView));
    const QIcon bookmarks = themed("bookmarks", style->standardIcon(QStyle::SP_DialogYesButton));
    const QIcon briefing =
        themed("view-pim-news",
               themed("view-list-bullet", style->standardIcon(QStyle::SP_FileDialogListView)));
    const QIcon hidden = themed("view-hidden", style->standardIcon(QStyle::SP_DialogDiscardButton));
    const QIcon tag = themed("tag", style->standardIcon(QStyle::SP_FileDialogContentsView));
    const QIcon folder = themed("folder", style->standardIcon(QStyle::SP_DirIcon));
    const QIcon search =
        themed("folder-saved-search",
               themed("edit-find", style->standardIcon(QStyle::SP_FileDialogContentsView)));
    const QIcon feed = themed("application-rss+xml", style->standardIcon(QStyle::SP_FileIcon));
    const QIcon warning =
        themed("dialog-warning", style->standardIcon(QStyle::SP_MessageBoxWarning));

    return [=](const Models::SourceTreeNode &node, bool errorBadge) -> QIcon {
        if (errorBadge)
            return warning;
        switch (node.kind) {
        case Kind::SmartView:
            switch (static_cast<Models::SmartView>(node.id)) {
            case Models::SmartView::All:
                return all;
            case Models::SmartView::Unread:
                return unread;
            case Models::SmartView::Today:
                return today;
            case Models::SmartView::Bookmarks:
                return bookmarks;
            case Models::SmartView::Briefing:
                return briefing;
            case Models::SmartView::Hidden:
                return hidden;
            }
            return {};
        case Kind::Tag:
            return tag;
        case Kind::Folder:
            return folder;
        case Kind::Source: {
            const QImage image = favicons ? favicons->image(faviconUrl(node)) : QImage();
            return image.isNull() ? feed : QIcon(QPixmap::fromImage(image));
        }
        case Kind::SavedSearch:
            return search;
        case Kind::TagHeading:
        case Kind::Account: // A heading, in words only.
        case Kind::Root:
            break;
        }
        return {};
    };
}

} // namespace Ui
