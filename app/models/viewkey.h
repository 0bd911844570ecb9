#pragma once

#include "storage/articlerepository.h"

#include <QString>

namespace Models {

/// The views above the folders, which gather articles from every source. The values are
/// stored (tree node ids): new views go at the end, whatever their place in the tree.
enum class SmartView { All, Unread, Today, Bookmarks, Briefing, Hidden };

/// What the article list shows: a smart view, a saved search, a folder (with its subfolders)
/// or one source.
/// Also the key under which the window remembers the last view.
struct ViewKey
{
    enum class Kind { None, Smart, Folder, Source, Search, Tag };

    Kind kind = Kind::None;
    qint64 id = 0; ///< The folder, source, saved search or tag id, or the SmartView value.

    [[nodiscard]] static ViewKey smart(SmartView view);
    [[nodiscard]] static ViewKey folder(qint64 id);
    [[nodiscard]] static ViewKey source(qint64 id);
    [[nodiscard]] static ViewKey search(qint64 id);
    [[nodiscard]] static ViewKey tag(qint64 id);

    [[nodiscard]] bool isValid() const { return kind != Kind::None; }
    [[nodiscard]] bool isSmart(SmartView view) const;

    /// "all", "unread", "today", "bookmarks", "briefing", "hidden", "folder:3", "source:12",
    /// "search:2", "tag:4".
    [[nodiscard]] QString toString() const;
    /// The inverse of toString(); an invalid key for anything else.
    [[nodiscard]] static ViewKey fromString(const QString &text);

    /// The storage filter of this view, narrowed by a search text. The daily briefing's
    /// articles are today's ones that its stories picked: its filter is the day's. A saved
    /// search's own text is not known here: see SourceTreeModel::filterOf().
    [[nodiscard]] Storage::ArticleFilter filter(const QString &search = {}) const;

    friend bool operator==(const ViewKey &a, const ViewKey &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
    friend bool operator!=(const ViewKey &a, const ViewKey &b) { return !(a == b); }
};

} // namespace Models
