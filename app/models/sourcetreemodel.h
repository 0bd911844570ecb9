#pragma once

#include "models/librarycounts.h"
#include "models/sourcetreenode.h"
#include "models/viewkey.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <functional>
#include <memory>

namespace Models {

/// The left-hand tree: the smart views (All articles, Unread, Today, the Daily briefing when AI
/// features allow it, Bookmarks, and Hidden while rules or mute words hide articles), the saved
/// searches, then the folders with their sources, then the sources outside any folder, each with
/// its unread count; last the "Tags" section while articles carry tags.
/// The model only shows values it is given; the window writes changes to the library and then
/// tells the model (counts, renames, moves) so that the view keeps its selection and expansion.
class SourceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTreeModel)

public:
    enum Column { TitleColumn, UnreadColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< SourceTreeNode::Kind as int.
        IdRole,
        ViewKeyRole, ///< ViewKey::toString().
        UnreadCountRole,
        LastErrorRole,
        FeedUrlRole,
        SiteUrlRole,
        EmptyViewTextRole, ///< What the article list says while the view is empty.
    };
    Q_ENUM(Role)

    static constexpr const char *MimeType = "application/x-tidings-tree-items";

    /// The icon of a node (favicons, folder and view icons come from the window), or with
    /// \a errorBadge the badge beside the count of a source whose last refresh failed.
    using IconProvider = std::function<QIcon(const SourceTreeNode &, bool errorBadge)>;

    explicit SourceTreeModel(QObject *parent = nullptr);
    ~SourceTreeModel() override;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;
    [[nodiscard]] bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    void setIconProvider(IconProvider provider);
    /// Icons changed (a favicon arrived): the sources' icons are asked for again.
    void iconsChanged();

    /// Replaces folders and sources (a reset; use the calls below for single changes).
    void setSnapshot(const LibrarySnapshot &snapshot);
    /// Also shows or drops the Hidden view and the Tags section, as \a counts say.
    void setSmartCounts(const SmartCounts &counts);
    /// Shows or hides the Daily briefing view (after Today); hidden at first.
    void setBriefingVisible(bool visible);
    [[nodiscard]] bool isBriefingVisible() const { return m_briefingVisible; }
    [[nodiscard]] SmartCounts smartCounts() const { return m_counts; }
    /// New unread counts of some sources.
    void setUnreadCounts(const QHash<qint64, int> &unreadBySource);
    /// One article of a source changed its read state (+1: became unread).
    void adjustUnread(qint64 sourceId, int delta);
    /// A source's title, addresses and error state changed.
    void updateSource(const Storage::Source &source);

    void addSource(const Storage::Source &source);
    void addFolder(const Storage::Folder &folder);
    /// A new saved search, after the others, with its unread count.
    void addSavedSearch(const Storage::SavedSearch &search, int unread);
    void removeNode(const ViewKey &key);
    void renameNode(const ViewKey &key, const QString &title);
    /// Moves a source or folder to the end of \a folderId's children (0: the top level).
    void moveNode(const ViewKey &key, qint64 folderId);

    [[nodiscard]] QModelIndex indexOf(const ViewKey &key, int column = TitleColumn) const;
    [[nodiscard]] ViewKey keyOf(const QModelIndex &index) const;
    /// The storage filter of a view, narrowed by \a search: ViewKey::filter(), and a saved
    /// search's own text (a saved search that is gone selects nothing).
    [[nodiscard]] Storage::ArticleFilter filterOf(const ViewKey &key,
                                                  const QString &search = {}) const;
    [[nodiscard]] const SourceTreeNode *nodeOf(const ViewKey &key) const;
    /// Source ids of a view: the source itself, a folder's sources at any depth, or every
    /// source for a smart view.
    [[nodiscard]] QList<qint64> sourceIdsOf(const ViewKey &key) const;
    /// Unread articles of a view as the tree counts them.
    [[nodiscard]] int unreadOf(const ViewKey &key) const;
    /// Sources in tree order (depth first), for "next unread" across sources.
    [[nodiscard]] QList<qint64> sourceOrder() const;
    [[nodiscard]] int sourceCount() const { return int(m_sources.size()); }

signals:
    /// The person renamed a folder or source in place; the window stores it and calls
    /// renameNode() when that worked.
    void renameRequested(const Models::ViewKey &key, const QString &title);
    /// Items dragged onto a folder (0: the top level); the window stores and calls moveNode().
    void moveRequested(const QList<Models::ViewKey> &keys, qint64 folderId);

private:
    [[nodiscard]] SourceTreeNode *nodeAt(const QModelIndex &index) const;
    [[nodiscard]] SourceTreeNode *find(const ViewKey &key) const;
    [[nodiscard]] QModelIndex indexOfNode(const SourceTreeNode *node, int column = 0) const;
    /// The folder, else the top of \a accountId's sources (the root while accounts have no
    /// headings).
    [[nodiscard]] SourceTreeNode *folderNode(qint64 folderId,
                                             qint64 accountId = Storage::LocalAccountId) const;
    /// The account heading above \a node, or the root.
    [[nodiscard]] SourceTreeNode *topOf(const SourceTreeNode *node) const;
    void addAccountNodes(const QList<Storage::Account> &accounts);
    /// Where new top-level folders go: after the smart views and the other folders.
    [[nodiscard]] int insertionRow(const SourceTreeNode &parent, SourceTreeNode::Kind kind) const;
    void emitChangedUpwards(SourceTreeNode *node);
    void emitSmartViewsChanged();
    void setHiddenVisible(bool visible);
    void setTags(const QList<Storage::Tag> &tags);
    [[nodiscard]] SourceTreeNode *tagHeading() const;
    [[nodiscard]] std::unique_ptr<SourceTreeNode> tagHeadingFor(const QList<Storage::Tag> &tags);
    [[nodiscard]] int smartViewCount() const;
    /// Rows of the smart views and the saved searches after them.
    [[nodiscard]] int viewRowCount() const;
    void insertNode(SourceTreeNode *parent, std::unique_ptr<SourceTreeNode> node);
    void collectSources(const SourceTreeNode &node, QList<qint64> *ids) const;
    void forget(const SourceTreeNode &node);

    [[nodiscard]] QVariant decoration(const SourceTreeNode &node, int column) const;

    std::unique_ptr<SourceTreeNode> m_root;
    QHash<qint64, SourceTreeNode *> m_folders;
    QHash<qint64, SourceTreeNode *> m_sources;
    QHash<qint64, SourceTreeNode *> m_accounts; ///< Headings; none while only the local one.
    QHash<qint64, SourceTreeNode *> m_savedSearches;
    SmartCounts m_counts;
    IconProvider m_iconProvider;
    bool m_briefingVisible = false;
    bool m_hiddenVisible = false;
};

} // namespace Models

Q_DECLARE_METATYPE(Models::ViewKey)
