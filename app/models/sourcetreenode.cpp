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
    node->setSource(source);
    return node;
}

void SourceTreeNode::setSource(const Storage::Source &source)
{
    title = source.title;
    unread = source.unreadCount;
    total = source.totalCount;
    lastError = source.lastError;
    feedUrl = source.feedUrl;
    siteUrl = source.siteUrl;
    iconUrl = source.iconUrl;
}

SourceTreeNode *SourceTreeNode::adopt(std::unique_ptr<SourceTreeNode> child)
{
    child->parent = this;
    children.push_back(std::move(child));
    return children.back().get();
}

std::unique_ptr<SourceTreeNode> SourceTreeNode::fromFolder(const Storage::Folder &folder)
{
    auto node = std::make_unique<SourceTreeNode>();
    node->kind = Kind::Folder;
    node->id = folder.id;
    node->title = folder.title;
    return node;
}

std::unique_ptr<SourceTreeNode> SourceTreeNode::fromSavedSearch(const Storage::SavedSearch &search)
{
    auto node = std::make_unique<SourceTreeNode>();
    node->kind = Kind::SavedSearch;
    node->id = search.id;
    node->title = search.name;
    node->query = search.query;
    return node;
}

} // namespace Models
