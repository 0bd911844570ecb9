#include "models/sourcetreenode.h"

namespace Models {

std::unique_ptr<SourceTreeNode> SourceTreeNode::smartView(SmartView view, SourceTreeNode *parent)
{
    auto node = std::make_unique<SourceTreeNode>();
    node->kind = Kind::SmartView;
    node->id = static_cast<qint64>(view);
    node->parent = parent;
    return node;
}

std::unique_ptr<SourceTreeNode> SourceTreeNode::fromSource(const Storage::Source &source)
{
    auto node = std::make_unique<SourceTreeNode>();
    node->kind = Kind::Source;
    node->id = source.id;
    node->title = source.title;
    node->unread = source.unreadCount;
    node->total = source.totalCount;
    node->lastError = source.lastError;
    node->feedUrl = source.feedUrl;
    node->siteUrl = source.siteUrl;
    node->iconUrl = source.iconUrl;
    return node;
}

std::unique_ptr<SourceTreeNode> SourceTreeNode::fromFolder(const Storage::Folder &folder)
{
    auto node = std::make_unique<SourceTreeNode>();
    node->kind = Kind::Folder;
    node->id = folder.id;
    node->title = folder.title;
    return node;
}

} // namespace Models
