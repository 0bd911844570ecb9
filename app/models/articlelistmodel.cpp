#include "models/articlelistmodel.h"

#include "models/idlistdiff.h"
#include "models/relativetime.h"
#include "text/headline.h"

#include <QFont>
#include <QSet>

#include <algorithm>

namespace Models {

namespace {

// No stored article has it (0 is a source that was removed, whose bookmarks stay).
constexpr qint64 MissingSourceId = -1;

// Rows that no longer exist in the library get a placeholder, so they are not read again and
// again while the view still lists them. It stays blank until the next update removes it.
Storage::ArticleRow missingRow(qint64 id)
{
    Storage::ArticleRow row;
    row.id = id;
    row.sourceId = MissingSourceId;
    row.read = true;
    return row;
}

Text::Headline headlineOf(const Storage::ArticleRow &row)
{
    const bool missing = row.sourceId == MissingSourceId;
    return missing ? Text::Headline() : Text::Headline::of(row.title, row.excerpt);
}

} // namespace

ArticleListModel::ArticleListModel(RowLoader loader, QObject *parent)
    : QAbstractListModel(parent), m_loader(std::move(loader))
{}

ArticleListModel::~ArticleListModel() = default;

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    const Storage::ArticleRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
    case Qt::ToolTipRole:
        return headlineOf(*row).title;
    case Qt::AccessibleTextRole:
        return accessibleText(*row);
    case Qt::AccessibleDescriptionRole:
    case ExcerptRole:
        return headlineOf(*row).excerpt;
    case Qt::FontRole: {
        QFont font;
        font.setBold(!row->read);
        return font;
    }
    case SourceIdRole:
        return row->sourceId;
    case SourceTitleRole:
        return row->sourceTitle;
    case LinkRole:
        return row->link;
    case AuthorRole:
        return row->author;
    case DateRole:
        return row->date;
    case ReadRole:
        return row->read;
    case BookmarkedRole:
        return row->bookmarked;
    case ThumbnailUrlRole:
        return row->imageUrl;
    case MoreSourcesRole:
        return int(m_stories.others.value(row->id).size());
    case StoryMemberRole:
        return m_stories.leadOf.contains(row->id);
    case StoryExpandedRole:
        return m_expanded.contains(row->id);
    case HighlightRole:
        return row->highlight;
    case TagsRole:
        return row->tags;
    default:
        return {};
    }
}

QVariant ArticleListModel::accessibleText(const Storage::ArticleRow &row) const
{
    QString text = headlineOf(row).title;
    if (!row.sourceTitle.isEmpty())
        text += QLatin1String(", ") + row.sourceTitle;
    if (row.date.isValid())
        text += QLatin1String(", ") + relativeTime(row.date, QDateTime::currentDateTime());
    if (!row.read)
        text += QLatin1String(", ") + tr("unread");
    if (row.bookmarked)
        text += QLatin1String(", ") + tr("bookmarked");
    if (const qsizetype more = m_stories.others.value(row.id).size(); more > 0)
        text += QLatin1String(", ") + tr("and %n more sources", nullptr, int(more));
    if (!row.tags.isEmpty())
        text += QLatin1String(", ") + tr("tagged %1").arg(row.tags.join(QLatin1String(", ")));
    return text;
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(SourceIdRole, "sourceId");
    names.insert(SourceTitleRole, "sourceTitle");
    names.insert(TitleRole, "title");
    names.insert(LinkRole, "link");
    names.insert(AuthorRole, "author");
    names.insert(DateRole, "date");
    names.insert(ReadRole, "read");
    names.insert(BookmarkedRole, "bookmarked");
    names.insert(ExcerptRole, "excerpt");
    names.insert(ThumbnailUrlRole, "thumbnailUrl");
    names.insert(MoreSourcesRole, "moreSources");
    names.insert(StoryMemberRole, "storyMember");
    names.insert(StoryExpandedRole, "storyExpanded");
    names.insert(HighlightRole, "highlight");
    names.insert(TagsRole, "tags");
    return names;
}

void ArticleListModel::setIds(const QList<qint64> &ids)
{
    beginResetModel();
    m_ids = ids;
    m_stories = {};
    m_expanded.clear();
    m_cache.clear();
    m_cacheOrder.clear();
    endResetModel();
}

void ArticleListModel::updateIds(const QList<qint64> &ids)
{
    IdListDiff diff = IdListDiff::compute(m_ids, ids);
    if (diff.isEmpty())
        return;
    if (diff.stepCount() > MaxDiffSteps) {
        // Thousands of scattered runs cost the view more than one reset; the caller restores
        // the selection by id on modelReset.
        beginResetModel();
        m_ids = ids;
        endResetModel();
        return;
    }
    for (const IdListDiff::Removal &removal : std::as_const(diff.removals)) {
        beginRemoveRows({}, removal.first, removal.first + removal.count - 1);
        m_ids.remove(removal.first, removal.count);
        endRemoveRows();
    }
    if (diff.reordered) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> beforeIds;
        beforeIds.reserve(before.size());
        for (const QModelIndex &index : before)
            beforeIds.append(m_ids.at(index.row()));
        m_ids = diff.order;
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i)
            after.append(index(rowOf(beforeIds.at(i)), before.at(i).column()));
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    for (const IdListDiff::Insertion &insertion : std::as_const(diff.insertions)) {
        beginInsertRows({}, insertion.position, insertion.position + int(insertion.ids.size()) - 1);
        for (qsizetype i = 0; i < insertion.ids.size(); ++i)
            m_ids.insert(insertion.position + i, insertion.ids.at(i));
        endInsertRows();
    }
}

qint64 ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ArticleListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

const Storage::ArticleRow *ArticleListModel::cachedRow(int row) const
{
    const auto it = m_cache.constFind(m_ids.at(row));
    return it == m_cache.cend() ? nullptr : &*it;
}

const Storage::ArticleRow *ArticleListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    if (const Storage::ArticleRow *found = cachedRow(row))
        return found;
    loadBlockAround(row);
    return cachedRow(row);
}

void ArticleListModel::loadBlockAround(int row) const
{
    // Mostly ahead of the row: lists are read downwards.
    const int first = std::max(0, row - BlockSize / 4);
    const int last = std::min(int(m_ids.size()), first + BlockSize) - 1;
    QList<qint64> wanted;
    for (int i = first; i <= last; ++i) {
        if (!m_cache.contains(m_ids.at(i)))
            wanted.append(m_ids.at(i));
    }
    const QList<Storage::ArticleRow> rows =
        m_loader ? m_loader(wanted) : QList<Storage::ArticleRow>();
    QSet<qint64> found;
    for (const Storage::ArticleRow &loaded : rows) {
        found.insert(loaded.id);
        remember(loaded);
    }
    for (const qint64 id : std::as_const(wanted)) {
        if (!found.contains(id))
            remember(missingRow(id));
    }
}

void ArticleListModel::remember(Storage::ArticleRow row) const
{
    const qint64 id = row.id;
    if (!m_cache.contains(id))
        m_cacheOrder.append(id);
    m_cache.insert(id, std::move(row));
    while (m_cacheOrder.size() > CacheCapacity)
        m_cache.remove(m_cacheOrder.takeFirst());
}

void ArticleListModel::changeRow(qint64 id,
                                 const std::function<void(Storage::ArticleRow &)> &change, int role)
{
    const auto it = m_cache.find(id);
    if (it == m_cache.end())
        return; // Read fresh from the library when next shown.
    change(*it);
    const int row = rowOf(id);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed, {role, Qt::FontRole, Qt::AccessibleTextRole});
    }
}

void ArticleListModel::setRead(qint64 id, bool read)
{
    changeRow(
        id, [read](Storage::ArticleRow &row) { row.read = read; }, ReadRole);
}

void ArticleListModel::setBookmarked(qint64 id, bool bookmarked)
{
    changeRow(
        id, [bookmarked](Storage::ArticleRow &row) { row.bookmarked = bookmarked; },
        BookmarkedRole);
}

void ArticleListModel::setReadForIds(const QList<qint64> &ids, bool read)
{
    for (const qint64 id : ids) {
        const auto it = m_cache.find(id);
        if (it != m_cache.end())
            it->read = read;
    }
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(int(m_ids.size()) - 1),
                         {ReadRole, Qt::FontRole, Qt::AccessibleTextRole});
}

void ArticleListModel::invalidateRows()
{
    m_cache.clear();
    m_cacheOrder.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(int(m_ids.size()) - 1));
}

} // namespace Models

namespace Models {

void ArticleListModel::setStories(const StoryGroups &groups)
{
    m_stories.others = groups.others;
    m_stories.leadOf = groups.leadOf;
    // Leads that no longer lead a story (their others went) are no longer expanded.
    for (auto it = m_expanded.begin(); it != m_expanded.end();) {
        if (m_stories.others.contains(*it))
            ++it;
        else
            it = m_expanded.erase(it);
    }
    if (!m_ids.isEmpty())
        emit dataChanged(
            index(0), index(int(m_ids.size()) - 1),
            {MoreSourcesRole, StoryMemberRole, StoryExpandedRole, Qt::AccessibleTextRole});
}

void ArticleListModel::setStoryExpanded(qint64 leadId, bool expanded)
{
    const int leadRow = rowOf(leadId);
    const auto others = m_stories.others.constFind(leadId);
    if (leadRow < 0 || others == m_stories.others.cend() || m_expanded.contains(leadId) == expanded)
        return;
    // The others sit right under their lead while expanded.
    int shown = 0;
    while (leadRow + 1 + shown < m_ids.size() &&
           m_stories.leadOf.value(m_ids.at(leadRow + 1 + shown)) == leadId)
        ++shown;
    if (expanded) {
        m_expanded.insert(leadId);
        if (shown == 0 && !others->isEmpty()) {
            beginInsertRows({}, leadRow + 1, leadRow + int(others->size()));
            for (qsizetype i = 0; i < others->size(); ++i)
                m_ids.insert(leadRow + 1 + i, others->at(i));
            endInsertRows();
        }
    } else {
        m_expanded.remove(leadId);
        if (shown > 0) {
            beginRemoveRows({}, leadRow + 1, leadRow + shown);
            m_ids.remove(leadRow + 1, shown);
            endRemoveRows();
        }
    }
    const QModelIndex lead = index(leadRow);
    emit dataChanged(lead, lead, {StoryExpandedRole});
}

QList<qint64> ArticleListModel::storyOf(qint64 id) const
{
    const qint64 lead = leadOf(id);
    QList<qint64> story{lead};
    story.append(m_stories.others.value(lead));
    return story;
}

} // namespace Models
