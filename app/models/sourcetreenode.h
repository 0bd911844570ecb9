#pragma once

#include "models/viewkey.h"
#include "storage/folderrepository.h"
#include "storage/savedsearchrepository.h"
#include "storage/sourcerepository.h"

#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

namespace Models {

/// One row of the source tree: a smart view, a saved search, an account (while there is more
/// than one), a folder or a source.
struct SourceTreeNode
{
    enum class Kind { Root, SmartView, Folder, Source, Account, SavedSearch, TagHeading, Tag };

    Kind kind = Kind::Root;
    qint64 id = 0; ///< Folder, source, account, saved search or tag id, or the SmartView value.
    QString title;
    int unread = 0; ///< Sources and smart views; a folder adds up its children.
    int total = 0;
    QString lastError;
    QUrl feedUrl;
    QUrl siteUrl;
    QUrl iconUrl;
    QString query; ///< A saved search's text.
    SourceTreeNode *parent = nullptr;
    std::vector<std::unique_ptr<SourceTreeNode>> children;

    [[nodiscard]] static std::unique_ptr<SourceTreeNode> smartView(SmartView view,
                                                                   SourceTreeNode *parent);
    [[nodiscard]] static std::unique_ptr<SourceTreeNode> fromSource(const Storage::Source &source);
    [[nodiscard]] static std::unique_ptr<SourceTreeNode> fromFolder(const Storage::Folder &folder);
    [[nodiscard]] static std::unique_ptr<SourceTreeNode>
    fromSavedSearch(const Storage::SavedSearch &search);

    /// Takes what a source row shows from \a source.
    void setSource(const Storage::Source &source);
    /// Appends \a child as the last child; returns it.
    SourceTreeNode *adopt(std::unique_ptr<SourceTreeNode> child);

    [[nodiscard]] ViewKey key() const
    {
        switch (kind) {
        case Kind::SmartView:
            return {ViewKey::Kind::Smart, id};
        case Kind::Folder:
            return ViewKey::folder(id);
        case Kind::Source:
            return ViewKey::source(id);
        case Kind::SavedSearch:
            return ViewKey::search(id);
        case Kind::Tag:
            return ViewKey::tag(id);
        case Kind::TagHeading:
        case Kind::Account: // A heading, not a view.
        case Kind::Root:
            break;
        }
        return {};
    }

    /// Whether this is the smart view \a view.
    [[nodiscard]] bool isView(SmartView view) const
    {
        return kind == Kind::SmartView && id == static_cast<qint64>(view);
    }

    [[nodiscard]] int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

} // namespace Models
