#include "models/sourcenodetext.h"

#include <QFont>

namespace Models {

using Kind = SourceTreeNode::Kind;

SourceNodeText::SourceNodeText(const SmartCounts &counts) : m_counts(counts)
{}

QString SourceNodeText::title(const SourceTreeNode &node) const
{
    if (node.kind == Kind::SmartView) {
        switch (static_cast<SmartView>(node.id)) {
        case SmartView::All:
            return tr("All articles");
        case SmartView::Unread:
            return tr("Unread");
        case SmartView::Today:
            return tr("Today");
        case SmartView::Bookmarks:
            return tr("Bookmarks");
        case SmartView::Briefing:
            return tr("Daily briefing");
        case SmartView::Hidden:
            return tr("Hidden");
        }
    }
    if (node.kind == Kind::TagHeading)
        return tr("Tags");
    if (node.kind == Kind::Source && node.title.isEmpty())
        return node.feedUrl.host().isEmpty() ? node.feedUrl.toDisplayString() : node.feedUrl.host();
    return node.title;
}

int SourceNodeText::unread(const SourceTreeNode &node) const
{
    switch (node.kind) {
    case Kind::SmartView:
        switch (static_cast<SmartView>(node.id)) {
        case SmartView::All:
        case SmartView::Unread:
            return m_counts.unread;
        case SmartView::Today:
            return m_counts.todayUnread;
        case SmartView::Bookmarks:
        case SmartView::Briefing:
        case SmartView::Hidden:
            return 0;
        }
        return 0;
    case Kind::Tag:
        return node.unread;
    case Kind::TagHeading:
        return 0;
    case Kind::Account:
    case Kind::Folder: {
        int sum = 0;
        for (const auto &child : node.children)
            sum += unread(*child);
        return sum;
    }
    case Kind::Source:
        return node.unread;
    case Kind::SavedSearch:
        return m_counts.savedSearchUnread.value(node.id);
    case Kind::Root:
        break;
    }
    return 0;
}

QVariant SourceNodeText::count(const SourceTreeNode &node) const
{
    if (node.isView(SmartView::Bookmarks))
        return m_counts.bookmarks > 0 ? QVariant(m_counts.bookmarks) : QVariant();
    // Like bookmarks, a tag and the Hidden view are collections: they count what they hold.
    if (node.isView(SmartView::Hidden))
        return m_counts.hidden > 0 ? QVariant(m_counts.hidden) : QVariant();
    if (node.kind == Kind::Tag)
        return node.total > 0 ? QVariant(node.total) : QVariant();
    const int count = unread(node);
    return count > 0 ? QVariant(count) : QVariant();
}

QString SourceNodeText::toolTip(const SourceTreeNode &node) const
{
    if (!node.lastError.isEmpty())
        return tr("%1\nLast refresh failed: %2").arg(title(node), node.lastError);
    if (node.kind == Kind::Source)
        return tr("%1\n%2").arg(title(node), node.feedUrl.toDisplayString());
    if (node.kind == Kind::SavedSearch)
        return tr("%1\nSaved search: %2").arg(title(node), node.query);
    if (node.isView(SmartView::Briefing))
        return tr("Today's main stories, grouped from all your sources");
    if (node.isView(SmartView::Hidden))
        return tr("Articles hidden by your rules and mute words");
    if (node.kind == Kind::Tag)
        return tr("%1\n%n article(s)", nullptr, node.total).arg(title(node));
    return title(node);
}

QVariant SourceNodeText::font(const SourceTreeNode &node) const
{
    if (node.isView(SmartView::Bookmarks) || node.isView(SmartView::Briefing) ||
        node.isView(SmartView::Hidden) || node.kind == Kind::Tag)
        return {};
    if (node.kind == Kind::TagHeading) {
        QFont heading;
        heading.setBold(true);
        return heading;
    }
    QFont result;
    result.setBold(unread(node) > 0);
    return result;
}

QString SourceNodeText::accessibleDescription(const SourceTreeNode &node) const
{
    if (!node.lastError.isEmpty())
        return tr("Last refresh failed: %1").arg(node.lastError);
    if (node.kind == Kind::Source)
        return node.feedUrl.toDisplayString();
    return {};
}

QString SourceNodeText::accessibleText(const SourceTreeNode &node) const
{
    QString text = title(node);
    if (node.isView(SmartView::Briefing))
        return tr("%1, today's main stories").arg(text);
    if (node.isView(SmartView::Bookmarks) || node.kind == Kind::TagHeading)
        return text;
    if (node.kind == Kind::Tag || node.isView(SmartView::Hidden))
        return tr("%1, %n article(s)", nullptr, count(node).toInt()).arg(text);
    const int count = unread(node);
    if (count > 0)
        text += QLatin1String(", ") + tr("%n unread", nullptr, count);
    if (!node.lastError.isEmpty())
        text += QLatin1String(", ") + tr("last refresh failed");
    return text;
}

QString SourceNodeText::emptyViewText(const SourceTreeNode &node) const
{
    switch (node.kind) {
    case Kind::SmartView:
        switch (static_cast<SmartView>(node.id)) {
        case SmartView::All:
            return tr("No articles yet. New ones arrive when your sources are refreshed (F5).");
        case SmartView::Unread:
            return tr("All caught up: nothing is unread.");
        case SmartView::Today:
            return tr("Nothing new today yet.");
        case SmartView::Bookmarks:
            return tr("No bookmarks yet. Bookmark an article (S) to keep it here; bookmarks are "
                      "never removed.");
        case SmartView::Briefing:
            return {};
        case SmartView::Hidden:
            return tr("No article is hidden. Articles that your rules and mute words hide are "
                      "gathered here.");
        }
        return {};
    case Kind::Folder:
        return node.children.empty()
                   ? tr("This folder has no sources. Drag sources onto it in the tree.")
                   : tr("No articles in this folder yet.");
    case Kind::Source:
        return node.lastError.isEmpty()
                   ? tr("No articles from this source yet.")
                   : tr("No articles from this source yet. Its last refresh failed: %1")
                         .arg(node.lastError);
    case Kind::SavedSearch:
        return tr("No article matches this saved search (%1).").arg(node.query);
    case Kind::Tag:
        return tr("No article is tagged “%1”.").arg(title(node));
    case Kind::Account:
    case Kind::TagHeading:
    case Kind::Root:
        break;
    }
    return {};
}

} // namespace Models
