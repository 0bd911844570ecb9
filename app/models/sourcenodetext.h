#pragma once

#include "models/librarycounts.h"
#include "models/sourcetreenode.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace Models {

/// How a row of the source tree reads: its title, its count, its tool tip and spoken text,
/// and whether it is bold. The smart views' counts come from \a counts, a folder adds up its
/// sources. The texts keep the tree model's translation context, where they were written.
class SourceNodeText final
{
    Q_DECLARE_TR_FUNCTIONS(Models::SourceTreeModel)

public:
    explicit SourceNodeText(const SmartCounts &counts);

    /// The node's own title; a source without one is named after its feed's host.
    [[nodiscard]] QString title(const SourceTreeNode &node) const;
    /// Unread articles as the tree counts them.
    [[nodiscard]] int unread(const SourceTreeNode &node) const;
    /// The number beside the title: unread articles, or the bookmarks; none when 0.
    [[nodiscard]] QVariant count(const SourceTreeNode &node) const;
    [[nodiscard]] QString toolTip(const SourceTreeNode &node) const;
    [[nodiscard]] QString accessibleText(const SourceTreeNode &node) const;
    /// What the name leaves out: a source's last error or its feed address.
    [[nodiscard]] QString accessibleDescription(const SourceTreeNode &node) const;
    /// Bold while something is unread; none for views without an unread count.
    [[nodiscard]] QVariant font(const SourceTreeNode &node) const;
    /// What the article list says while the node's view holds no article: why, and what
    /// would fill it. Empty for rows that are not views and for the Daily briefing, whose
    /// page says it itself.
    [[nodiscard]] QString emptyViewText(const SourceTreeNode &node) const;

private:
    const SmartCounts &m_counts;
};

} // namespace Models
