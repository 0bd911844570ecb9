#pragma once

#include <QAbstractItemView>
#include <QModelIndex>
#include <QTreeView>

#include <type_traits>

namespace Ui {

/// \a View (QTreeView or QListView) that tells assistive technology about a new current item
/// only while it has the focus. Qt 6.4's views report every new current item as focused,
/// wherever the focus is: a screen reader read out the source tree's row when a reload
/// selected it again while the person was reading an article, and the cards view, which shares
/// the list's current article, told each one a second time, even while hidden.
/// CurrentItemFocus tells the current item when the focus comes back.
template<typename View> class FocusedItemView : public View
{
    static_assert(std::is_base_of_v<QAbstractItemView, View>);

public:
    using View::View;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        if (this->hasFocus()) {
            View::currentChanged(current, previous);
            return;
        }
        // What View's own version does besides telling: the base's, and for a tree whose
        // focus frame spans the row, repainting both rows.
        QAbstractItemView::currentChanged(current, previous);
        if constexpr (std::is_base_of_v<QTreeView, View>) {
            if (this->allColumnsShowFocus()) {
                for (const QModelIndex &index : {previous, current}) {
                    const QRect cell = this->visualRect(index);
                    if (cell.isValid())
                        this->viewport()->update(
                            QRect(0, cell.top(), this->viewport()->width(), cell.height()));
                }
            }
        }
    }
};

} // namespace Ui
