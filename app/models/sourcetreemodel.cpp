#include "models/sourcetreemodel.h"

#include "models/sourcenodetext.h"

#include <QMimeData>

namespace Models {

namespace {

using Kind = SourceTreeNode::Kind;

// The views always shown; the daily briefing comes after Today when it is switched on.
constexpr SmartView SmartViews[] = {SmartView::All, SmartView::Unread, SmartView::Today,
                                    SmartView::Bookmarks};
constexpr int BriefingRow = 3;

QStringList keysFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(QLatin1String(SourceTreeModel::MimeType)))
        return {};
    return QString::fromUtf8(data->data(QLatin1String(SourceTreeModel::MimeType)))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool isInside(const SourceTreeNode *node, const SourceTreeNode *ancestor)
{
    for (; node; node = node->parent) {
        if (node == ancestor)
            return true;
    }
    return false;
}

} // namespace

SourceTreeModel::SourceTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<SourceTreeNode>())
{
    for (const SmartView view : SmartViews)
        m_root->children.push_back(SourceTreeNode::smartView(view, m_root.get()));
}

SourceTreeModel::~SourceTreeModel() = default;

SourceTreeNode *SourceTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<SourceTreeNode *>(index.internalPointer()) : m_root.get();
}

QModelIndex SourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const SourceTreeNode *parentNode = nodeAt(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex SourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const SourceTreeNode *node = nodeAt(child);
    if (!node->parent || node->parent == m_root.get())
        return {};
    return indexOfNode(node->parent);
}

QModelIndex SourceTreeModel::indexOfNode(const SourceTreeNode *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<SourceTreeNode *>(node));
}

int SourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int SourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags SourceTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::ItemIsDropEnabled; // The empty space: the top level.
    const SourceTreeNode *node = nodeAt(index);
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (node->kind) {
    case Kind::Source:
        result |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
        if (index.column() == TitleColumn)
            result |= Qt::ItemIsEditable;
        break;
    case Kind::Folder:
        result |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() == TitleColumn)
            result |= Qt::ItemIsEditable;
        break;
    case Kind::SmartView:
        result |= Qt::ItemNeverHasChildren;
        break;
    case Kind::SavedSearch:
        result |= Qt::ItemNeverHasChildren;
        if (index.column() == TitleColumn)
            result |= Qt::ItemIsEditable;
        break;
    case Kind::Tag:
        result |= Qt::ItemNeverHasChildren;
        break;
    case Kind::TagHeading:
    case Kind::Account: // A heading: nothing to select, drag or drop on.
        return Qt::ItemIsEnabled;
    case Kind::Root:
        break;
    }
    return result;
}

QVariant SourceTreeModel::decoration(const SourceTreeNode &node, int column) const
{
    if (!m_iconProvider)
        return {};
    // The error badge sits beside the count; the title keeps the source's own icon.
    if (column == UnreadColumn)
        return node.lastError.isEmpty() ? QVariant() : QVariant(m_iconProvider(node, true));
    return m_iconProvider(node, false);
}

QVariant SourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SourceTreeNode &node = *nodeAt(index);
    const SourceNodeText text(m_counts);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? QVariant(text.title(node)) : text.count(node);
    case Qt::EditRole:
        return index.column() == TitleColumn ? QVariant(node.title) : QVariant();
    case Qt::ToolTipRole:
        return text.toolTip(node);
    case Qt::DecorationRole:
        return decoration(node, index.column());
    case Qt::FontRole:
        return text.font(node);
    case Qt::TextAlignmentRole:
        return index.column() == UnreadColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    case Qt::AccessibleTextRole:
        return text.accessibleText(node);
    case Qt::AccessibleDescriptionRole:
        return index.column() == TitleColumn ? QVariant(text.accessibleDescription(node))
                                             : QVariant();
    case KindRole:
        return static_cast<int>(node.kind);
    case IdRole:
        return node.id;
    case ViewKeyRole:
        return node.key().toString();
    case UnreadCountRole:
        return text.unread(node);
    case LastErrorRole:
        return node.lastError;
    case FeedUrlRole:
        return node.feedUrl;
    case SiteUrlRole:
        return node.siteUrl;
    case EmptyViewTextRole:
        return text.emptyViewText(node);
    default:
        return {};
    }
}

bool SourceTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString title = value.toString().trimmed();
    const SourceTreeNode *node = nodeAt(index);
    if (title.isEmpty() || title == node->title)
        return false;
    emit renameRequested(node->key(), title);
    return true;
}

QStringList SourceTreeModel::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData *SourceTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList keys;
    for (const QModelIndex &index : indexes) {
        if (index.column() != TitleColumn)
            continue;
        const SourceTreeNode *node = nodeAt(index);
        if (node->kind == Kind::Source || node->kind == Kind::Folder)
            keys.append(node->key().toString());
    }
    if (keys.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(MimeType), keys.join(QLatin1Char('\n')).toUtf8());
    return data;
}

Qt::DropActions SourceTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SourceTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool SourceTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const QStringList keys = keysFromMime(data);
    if (keys.isEmpty())
        return false;
    const SourceTreeNode *target = nodeAt(parent);
    if (target->kind == Kind::SmartView || target->kind == Kind::SavedSearch)
        return false;
    if (target->kind == Kind::Source)
        target = target->parent;
    // Empty space means the top of the item's own account; anything else must be in it: a
    // source never moves to another account by a drop.
    const SourceTreeNode *targetAccount = target == m_root.get() ? nullptr : topOf(target);
    for (const QString &text : keys) {
        const SourceTreeNode *moved = find(ViewKey::fromString(text));
        if (!moved || (moved->kind == Kind::Folder && isInside(target, moved)) ||
            (targetAccount && topOf(moved) != targetAccount))
            return false;
    }
    return true;
}

bool SourceTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const SourceTreeNode *target = nodeAt(parent);
    if (target->kind == Kind::Source)
        target = target->parent;
    const qint64 folderId = target->kind == Kind::Folder ? target->id : 0;
    QList<ViewKey> keys;
    for (const QString &text : keysFromMime(data))
        keys.append(ViewKey::fromString(text));
    emit moveRequested(keys, folderId);
    // The window moves the rows itself once the library agreed; nothing for the view to remove.
    return false;
}

void SourceTreeModel::setIconProvider(IconProvider provider)
{
    m_iconProvider = std::move(provider);
}

void SourceTreeModel::iconsChanged()
{
    for (SourceTreeNode *node : std::as_const(m_sources)) {
        const QModelIndex changed = indexOfNode(node);
        emit dataChanged(changed, changed, {Qt::DecorationRole});
    }
}

void SourceTreeModel::setSnapshot(const LibrarySnapshot &snapshot)
{
    beginResetModel();
    m_root->children.resize(size_t(smartViewCount() - (m_hiddenVisible ? 1 : 0)));
    m_hiddenVisible = snapshot.counts.hidden > 0;
    if (m_hiddenVisible)
        m_root->adopt(SourceTreeNode::smartView(SmartView::Hidden, m_root.get()));
    m_folders.clear();
    m_sources.clear();
    m_accounts.clear();
    m_savedSearches.clear();
    m_counts = snapshot.counts;
    for (const Storage::SavedSearch &search : snapshot.savedSearches)
        m_savedSearches.insert(search.id, m_root->adopt(SourceTreeNode::fromSavedSearch(search)));
    addAccountNodes(snapshot.accounts);
    // Folders come parents first; a folder whose parent is unknown goes to the top level.
    for (const Storage::Folder &folder : snapshot.folders)
        m_folders.insert(folder.id, folderNode(folder.parentId, folder.accountId)
                                        ->adopt(SourceTreeNode::fromFolder(folder)));
    for (const Storage::Source &source : snapshot.sources)
        m_sources.insert(source.id, folderNode(source.folderId, source.accountId)
                                        ->adopt(SourceTreeNode::fromSource(source)));
    if (!snapshot.counts.tags.isEmpty())
        m_root->adopt(tagHeadingFor(snapshot.counts.tags));
    endResetModel();
}

void SourceTreeModel::emitSmartViewsChanged()
{
    emit dataChanged(index(0, 0), index(viewRowCount() - 1, ColumnCount - 1));
}

int SourceTreeModel::viewRowCount() const
{
    return smartViewCount() + int(m_savedSearches.size());
}

void SourceTreeModel::addSavedSearch(const Storage::SavedSearch &search, int unread)
{
    if (m_savedSearches.contains(search.id))
        return;
    const int row = viewRowCount();
    beginInsertRows({}, row, row);
    auto node = SourceTreeNode::fromSavedSearch(search);
    node->parent = m_root.get();
    m_savedSearches.insert(search.id, node.get());
    m_root->children.insert(m_root->children.begin() + row, std::move(node));
    m_counts.savedSearchUnread.insert(search.id, unread);
    endInsertRows();
}

Storage::ArticleFilter SourceTreeModel::filterOf(const ViewKey &key, const QString &search) const
{
    if (key.kind != ViewKey::Kind::Search)
        return key.filter(search);
    const SourceTreeNode *node = m_savedSearches.value(key.id);
    if (!node)
        return ViewKey().filter();
    return key.filter(search.isEmpty() ? node->query : node->query + QLatin1Char(' ') + search);
}

int SourceTreeModel::smartViewCount() const
{
    return int(std::size(SmartViews)) + (m_briefingVisible ? 1 : 0) + (m_hiddenVisible ? 1 : 0);
}

void SourceTreeModel::setHiddenVisible(bool visible)
{
    if (visible == m_hiddenVisible)
        return;
    // The Hidden view is the last smart view: its row is the count of the others.
    const int row = smartViewCount() - (m_hiddenVisible ? 1 : 0);
    if (visible) {
        beginInsertRows({}, row, row);
        m_root->children.insert(m_root->children.begin() + row,
                                SourceTreeNode::smartView(SmartView::Hidden, m_root.get()));
        m_hiddenVisible = true;
        endInsertRows();
    } else {
        beginRemoveRows({}, row, row);
        m_root->children.erase(m_root->children.begin() + row);
        m_hiddenVisible = false;
        endRemoveRows();
    }
}

SourceTreeNode *SourceTreeModel::tagHeading() const
{
    if (m_root->children.empty() || m_root->children.back()->kind != Kind::TagHeading)
        return nullptr;
    return m_root->children.back().get();
}

std::unique_ptr<SourceTreeNode> SourceTreeModel::tagHeadingFor(const QList<Storage::Tag> &tags)
{
    auto heading = std::make_unique<SourceTreeNode>();
    heading->kind = Kind::TagHeading;
    heading->parent = m_root.get();
    for (const Storage::Tag &tag : tags) {
        auto node = std::make_unique<SourceTreeNode>();
        node->kind = Kind::Tag;
        node->id = tag.id;
        node->title = tag.name;
        node->unread = tag.unread;
        node->total = tag.count;
        heading->adopt(std::move(node));
    }
    return heading;
}

void SourceTreeModel::setTags(const QList<Storage::Tag> &tags)
{
    SourceTreeNode *heading = tagHeading();
    // The same tags as before: only their counts change, and a selected tag stays selected.
    if (heading && heading->children.size() == size_t(tags.size())) {
        bool same = true;
        for (qsizetype i = 0; same && i < tags.size(); ++i)
            same = heading->children[size_t(i)]->id == tags.at(i).id;
        if (same) {
            for (qsizetype i = 0; i < tags.size(); ++i) {
                SourceTreeNode *node = heading->children[size_t(i)].get();
                node->title = tags.at(i).name;
                node->unread = tags.at(i).unread;
                node->total = tags.at(i).count;
            }
            emit dataChanged(indexOfNode(heading->children.front().get(), 0),
                             indexOfNode(heading->children.back().get(), ColumnCount - 1));
            return;
        }
    }
    if (heading) {
        const int row = heading->row();
        beginRemoveRows({}, row, row);
        m_root->children.erase(m_root->children.begin() + row);
        endRemoveRows();
    }
    if (tags.isEmpty())
        return;
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    m_root->adopt(tagHeadingFor(tags));
    endInsertRows();
}

void SourceTreeModel::setBriefingVisible(bool visible)
{
    if (visible == m_briefingVisible)
        return;
    if (visible) {
        beginInsertRows({}, BriefingRow, BriefingRow);
        m_root->children.insert(m_root->children.begin() + BriefingRow,
                                SourceTreeNode::smartView(SmartView::Briefing, m_root.get()));
        m_briefingVisible = true;
        endInsertRows();
    } else {
        beginRemoveRows({}, BriefingRow, BriefingRow);
        m_root->children.erase(m_root->children.begin() + BriefingRow);
        m_briefingVisible = false;
        endRemoveRows();
    }
}

void SourceTreeModel::setSmartCounts(const SmartCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    setHiddenVisible(counts.hidden > 0);
    setTags(counts.tags);
    emitSmartViewsChanged();
}

void SourceTreeModel::emitChangedUpwards(SourceTreeNode *node)
{
    for (; node && node != m_root.get(); node = node->parent)
        emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

void SourceTreeModel::setUnreadCounts(const QHash<qint64, int> &unreadBySource)
{
    for (auto it = unreadBySource.cbegin(); it != unreadBySource.cend(); ++it) {
        SourceTreeNode *node = m_sources.value(it.key());
        if (!node || node->unread == it.value())
            continue;
        node->unread = it.value();
        emitChangedUpwards(node);
    }
}

void SourceTreeModel::adjustUnread(qint64 sourceId, int delta)
{
    if (SourceTreeNode *node = m_sources.value(sourceId)) {
        node->unread = std::max(0, node->unread + delta);
        emitChangedUpwards(node);
    }
}

void SourceTreeModel::updateSource(const Storage::Source &source)
{
    SourceTreeNode *node = m_sources.value(source.id);
    if (!node)
        return;
    node->setSource(source);
    emitChangedUpwards(node);
}

int SourceTreeModel::insertionRow(const SourceTreeNode &parent, Kind kind) const
{
    // Folders before sources; smart views always first, the Tags section always last.
    int row = int(parent.children.size());
    if (row > 0 && parent.children.back()->kind == Kind::TagHeading)
        --row;
    if (kind == Kind::Folder) {
        const int end = row;
        row = 0;
        while (row < end && parent.children[size_t(row)]->kind != Kind::Source)
            ++row;
    }
    return row;
}

void SourceTreeModel::insertNode(SourceTreeNode *parent, std::unique_ptr<SourceTreeNode> node)
{
    const int row = insertionRow(*parent, node->kind);
    beginInsertRows(indexOfNode(parent), row, row);
    node->parent = parent;
    parent->children.insert(parent->children.begin() + row, std::move(node));
    endInsertRows();
}

void SourceTreeModel::addAccountNodes(const QList<Storage::Account> &accounts)
{
    // While the local account is the only one, the tree looks as it did before accounts.
    if (accounts.size() < 2)
        return;
    for (const Storage::Account &account : accounts) {
        auto node = std::make_unique<SourceTreeNode>();
        node->kind = Kind::Account;
        node->id = account.id;
        node->title = account.isRemote() ? account.name() : tr("On this computer");
        m_accounts.insert(account.id, m_root->adopt(std::move(node)));
    }
}

SourceTreeNode *SourceTreeModel::folderNode(qint64 folderId, qint64 accountId) const
{
    SourceTreeNode *folder = folderId > 0 ? m_folders.value(folderId) : nullptr;
    if (folder)
        return folder;
    SourceTreeNode *account = m_accounts.value(accountId);
    return account ? account : m_root.get();
}

SourceTreeNode *SourceTreeModel::topOf(const SourceTreeNode *node) const
{
    for (; node; node = node->parent) {
        if (node->kind == Kind::Account)
            return m_accounts.value(node->id);
    }
    return m_root.get();
}

void SourceTreeModel::addSource(const Storage::Source &source)
{
    if (m_sources.contains(source.id)) {
        updateSource(source);
        return;
    }
    auto node = SourceTreeNode::fromSource(source);
    m_sources.insert(source.id, node.get());
    SourceTreeNode *parent = folderNode(source.folderId, source.accountId);
    insertNode(parent, std::move(node));
    emitChangedUpwards(parent);
}

void SourceTreeModel::addFolder(const Storage::Folder &folder)
{
    if (m_folders.contains(folder.id))
        return;
    auto node = SourceTreeNode::fromFolder(folder);
    m_folders.insert(folder.id, node.get());
    insertNode(folderNode(folder.parentId, folder.accountId), std::move(node));
}

void SourceTreeModel::forget(const SourceTreeNode &node)
{
    if (node.kind == Kind::Folder)
        m_folders.remove(node.id);
    else if (node.kind == Kind::Source)
        m_sources.remove(node.id);
    else if (node.kind == Kind::SavedSearch)
        m_savedSearches.remove(node.id);
    for (const auto &child : node.children)
        forget(*child);
}

void SourceTreeModel::removeNode(const ViewKey &key)
{
    SourceTreeNode *node = find(key);
    if (!node || node->kind == Kind::SmartView || node->kind == Kind::Tag)
        return;
    // A removed folder's children move up to its parent first, as the library does.
    if (node->kind == Kind::Folder) {
        while (!node->children.empty())
            moveNode(node->children.back()->key(),
                     node->parent->kind == Kind::Folder ? node->parent->id : 0);
    }
    SourceTreeNode *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOfNode(parent), row, row);
    forget(*node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    emitChangedUpwards(parent);
}

void SourceTreeModel::renameNode(const ViewKey &key, const QString &title)
{
    SourceTreeNode *node = find(key);
    if (!node || node->kind == Kind::SmartView || node->title == title)
        return;
    node->title = title;
    emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

void SourceTreeModel::moveNode(const ViewKey &key, qint64 folderId)
{
    SourceTreeNode *node = find(key);
    if (!node)
        return;
    SourceTreeNode *target = folderId > 0 ? folderNode(folderId) : topOf(node);
    if (node->kind == Kind::SmartView || node->parent == target || isInside(target, node))
        return;
    SourceTreeNode *from = node->parent;
    const int fromRow = node->row();
    const int toRow = insertionRow(*target, node->kind);
    if (!beginMoveRows(indexOfNode(from), fromRow, fromRow, indexOfNode(target), toRow))
        return;
    std::unique_ptr<SourceTreeNode> owned = std::move(from->children[size_t(fromRow)]);
    from->children.erase(from->children.begin() + fromRow);
    owned->parent = target;
    // The source row may sit before the target row under the same parent (never here: the
    // parents differ), so toRow needs no adjustment.
    target->children.insert(target->children.begin() + toRow, std::move(owned));
    endMoveRows();
    emitChangedUpwards(from);
    emitChangedUpwards(target);
}

SourceTreeNode *SourceTreeModel::find(const ViewKey &key) const
{
    switch (key.kind) {
    case ViewKey::Kind::Smart:
        for (const auto &child : m_root->children) {
            if (child->kind == Kind::SmartView && child->id == key.id)
                return child.get();
        }
        return nullptr;
    case ViewKey::Kind::Folder:
        return m_folders.value(key.id);
    case ViewKey::Kind::Source:
        return m_sources.value(key.id);
    case ViewKey::Kind::Search:
        return m_savedSearches.value(key.id);
    case ViewKey::Kind::Tag:
        if (const SourceTreeNode *heading = tagHeading()) {
            for (const auto &child : heading->children) {
                if (child->id == key.id)
                    return child.get();
            }
        }
        return nullptr;
    case ViewKey::Kind::None:
        break;
    }
    return nullptr;
}

const SourceTreeNode *SourceTreeModel::nodeOf(const ViewKey &key) const
{
    return find(key);
}

QModelIndex SourceTreeModel::indexOf(const ViewKey &key, int column) const
{
    return indexOfNode(find(key), column);
}

ViewKey SourceTreeModel::keyOf(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->key() : ViewKey();
}

void SourceTreeModel::collectSources(const SourceTreeNode &node, QList<qint64> *ids) const
{
    if (node.kind == Kind::Source)
        ids->append(node.id);
    for (const auto &child : node.children)
        collectSources(*child, ids);
}

QList<qint64> SourceTreeModel::sourceIdsOf(const ViewKey &key) const
{
    QList<qint64> ids;
    // Smart views, saved searches and tags gather articles from every source.
    const SourceTreeNode *node = key.kind == ViewKey::Kind::Smart ||
                                         key.kind == ViewKey::Kind::Search ||
                                         key.kind == ViewKey::Kind::Tag
                                     ? m_root.get()
                                     : find(key);
    if (node)
        collectSources(*node, &ids);
    return ids;
}

int SourceTreeModel::unreadOf(const ViewKey &key) const
{
    const SourceTreeNode *node = find(key);
    return node ? SourceNodeText(m_counts).unread(*node) : 0;
}

QList<qint64> SourceTreeModel::sourceOrder() const
{
    QList<qint64> ids;
    collectSources(*m_root, &ids);
    return ids;
}

} // namespace Models
