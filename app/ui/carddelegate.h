#pragma once

#include "models/modelsfwd.h"

#include <QColor>
#include <QStringList>
#include <QStyledItemDelegate>

namespace Ui {

/// Paints an article as a card, as the reading pane's Related Articles cards look: a picture
/// band (the thumbnail, or the source's initial on a quiet tint while there is none), the
/// title (bold while unread, with an unread dot), "Source · an hour ago" and a short excerpt.
/// Every card has the same size, set by the view for the width it has.
class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardDelegate)

public:
    /// \a thumbnails may be null: no pictures then, only the tint.
    explicit CardDelegate(Models::ImageStore *thumbnails, QObject *parent = nullptr);

    /// The narrowest a card may be for a font; the view fits as many as it can.
    [[nodiscard]] static int minimumWidth(const QFont &font);
    /// The height of a card \a width pixels wide.
    [[nodiscard]] static int heightFor(const QFont &font, int width);

    /// The size of the cell each card sits in (its margin included).
    void setCellSize(const QSize &size) { m_cellSize = size; }
    /// The card's face and outline, those of the reading page's cards.
    void setColors(const QColor &face, const QColor &outline);
    /// Words of the search to mark in titles and excerpts, as the list marks them.
    void setHighlightTerms(const QStringList &terms) { m_terms = terms; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

private:
    void paintPicture(QPainter *painter, const QRect &band, const QModelIndex &index,
                      const QColor &text) const;

    Models::ImageStore *m_thumbnails = nullptr;
    QSize m_cellSize{280, 300};
    QColor m_face;
    QColor m_outline;
    QStringList m_terms;
};

} // namespace Ui
