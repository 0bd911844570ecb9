#pragma once

#include "models/storygroups.h"
#include "storage/articlerepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace Models {

/// The articles of the current view, newest first. The model holds the view's ids only; the
/// rows a list paints are read on demand, a block at a time, through the row loader (a short
/// query by id), and kept in a bounded cache. Opening a 100,000-article view therefore costs
/// the id list and one block, however long the view.
///
/// Changes arrive without resets: updateIds() turns the old id list into the new one with row
/// removals, a reorder and row insertions, so a view keeps its selection and its place.
class ArticleListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SourceIdRole,
        SourceTitleRole,
        TitleRole, ///< The title, or a stand-in for an article without one (Headline).
        LinkRole,
        AuthorRole,
        DateRole,
        ReadRole,
        BookmarkedRole,
        ExcerptRole, ///< The start of the text, after the stand-in title if there is one.
        ThumbnailUrlRole,
        MoreSourcesRole,   ///< A story's lead: how many other articles it has in the list.
        StoryMemberRole,   ///< An expanded story's other article, shown under its lead.
        StoryExpandedRole, ///< A story's lead whose others are shown.
        HighlightRole,     ///< A rule's colour for the row (#rrggbb), or empty.
        TagsRole,          ///< The article's tags, a QStringList.
    };
    Q_ENUM(Role)

    /// Reads the rows of the given ids, in that order (ids that no longer exist are skipped).
    using RowLoader = std::function<QList<Storage::ArticleRow>(const QList<qint64> &)>;

    static constexpr int BlockSize = 64;
    static constexpr int CacheCapacity = 2048;
    /// Above this many removal and insertion runs a diff is applied as a reset.
    static constexpr int MaxDiffSteps = 256;

    explicit ArticleListModel(RowLoader loader, QObject *parent = nullptr);
    ~ArticleListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// A different view: resets the model.
    void setIds(const QList<qint64> &ids);
    /// The same view, changed: rows are removed, reordered and inserted, never reset (unless
    /// the change is so scattered that a reset is cheaper; modelReset tells the view then).
    void updateIds(const QList<qint64> &ids);
    [[nodiscard]] const QList<qint64> &ids() const { return m_ids; }

    [[nodiscard]] qint64 idAt(int row) const;
    /// -1 when the id is not in the list.
    [[nodiscard]] int rowOf(qint64 id) const;
    /// The row's values, reading them when they are not cached; nullptr outside the list.
    [[nodiscard]] const Storage::ArticleRow *rowAt(int row) const;

    /// Local state changes, shown at once (the caller writes them to the library).
    void setRead(qint64 id, bool read);
    void setBookmarked(qint64 id, bool bookmarked);
    /// Every row of the list read or unread, as after "mark all read" and its undo.
    void setReadForIds(const QList<qint64> &ids, bool read);
    /// Forgets the cached rows (their articles changed in the library) and repaints.
    void invalidateRows();

    /// How the list's articles group into stories (groups.visibleIds are set through setIds()
    /// or updateIds(), which decide between a reset and a difference).
    void setStories(const StoryGroups &groups);
    [[nodiscard]] const StoryGroups &stories() const { return m_stories; }
    /// The leads whose stories are expanded, for the next grouping.
    [[nodiscard]] const QSet<qint64> &expandedStories() const { return m_expanded; }
    /// Shows or hides the other articles of the story \a leadId leads, under it.
    void setStoryExpanded(qint64 leadId, bool expanded);
    /// The lead of \a id's story in the list (\a id itself when it leads or is alone).
    [[nodiscard]] qint64 leadOf(qint64 id) const { return m_stories.leadOf.value(id, id); }
    /// Every article of \a id's story in the list, its lead first; just \a id when alone.
    [[nodiscard]] QList<qint64> storyOf(qint64 id) const;

private:
    [[nodiscard]] const Storage::ArticleRow *cachedRow(int row) const;
    void loadBlockAround(int row) const;
    void remember(Storage::ArticleRow row) const;
    void changeRow(qint64 id, const std::function<void(Storage::ArticleRow &)> &change, int role);

    [[nodiscard]] QVariant accessibleText(const Storage::ArticleRow &row) const;

    RowLoader m_loader;
    QList<qint64> m_ids;
    mutable QHash<qint64, Storage::ArticleRow> m_cache;
    mutable QList<qint64> m_cacheOrder; ///< Oldest first, for eviction.
    StoryGroups m_stories;              ///< Without visibleIds: m_ids are the rows.
    QSet<qint64> m_expanded;
};

} // namespace Models
