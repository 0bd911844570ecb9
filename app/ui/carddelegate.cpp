#include "ui/carddelegate.h"

#include "models/articlelistmodel.h"
#include "models/imagestore.h"
#include "ui/articledelegate.h"
#include "ui/wrappedtext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Ui {

namespace {

using Models::ArticleListModel;

constexpr int Margin = 6;   // Half the gap between two cards.
constexpr int Padding = 12; // Inside a card, around its text.
constexpr int Gap = 4;
constexpr qreal Radius = 8;
constexpr int RuleBarWidth = 5; // Wider than the selection outline, which covers the edge.
constexpr int TitleLines = 2;
constexpr int ExcerptLines = 3;

struct Fonts
{
    QFont title;
    QFont small;
};

Fonts fontsFor(const QFont &base)
{
    Fonts fonts;
    fonts.title = base;
    fonts.title.setPointSizeF(base.pointSizeF() * 1.08);
    fonts.title.setBold(true);
    fonts.small = base;
    fonts.small.setPointSizeF(base.pointSizeF() * 0.88);
    return fonts;
}

// The picture band: a little under half as tall as the card is wide.
int pictureHeight(int cellWidth)
{
    return (cellWidth - 2 * Margin) * 9 / 20;
}

// A quiet tint per source, so cards without a picture still tell their sources apart.
QColor tintFor(qint64 sourceId, const QColor &base, bool dark)
{
    const int hue = int((sourceId * 67) % 360);
    QColor tint = QColor::fromHsl(hue, 90, dark ? 70 : 200);
    return QColor::fromRgbF(float(base.redF() * 0.6 + tint.redF() * 0.4),
                            float(base.greenF() * 0.6 + tint.greenF() * 0.4),
                            float(base.blueF() * 0.6 + tint.blueF() * 0.4));
}

} // namespace

CardDelegate::CardDelegate(Models::ImageStore *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{}

int CardDelegate::minimumWidth(const QFont &font)
{
    return QFontMetrics(font).averageCharWidth() * 34 + 2 * Margin;
}

int CardDelegate::heightFor(const QFont &font, int width)
{
    const Fonts fonts = fontsFor(font);
    const QFontMetrics title(fonts.title);
    const QFontMetrics small(fonts.small);
    return 2 * Margin + pictureHeight(width) + 2 * Padding + TitleLines * title.lineSpacing() +
           Gap + small.height() + Gap + ExcerptLines * small.lineSpacing();
}

void CardDelegate::setColors(const QColor &face, const QColor &outline)
{
    m_face = face;
    m_outline = outline;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return m_cellSize;
}

void CardDelegate::paintPicture(QPainter *painter, const QRect &band, const QModelIndex &index,
                                const QColor &text) const
{
    // The thumbnail when it has arrived, cropped to fill the band; asked for only now, so
    // only the cards on screen ever load one.
    const QString url = index.data(ArticleListModel::ThumbnailUrlRole).toString();
    if (m_thumbnails && !url.isEmpty()) {
        const QImage image = m_thumbnails->image(QUrl(url));
        if (!image.isNull()) {
            const QSizeF scaled =
                QSizeF(image.size()).scaled(QSizeF(band.size()), Qt::KeepAspectRatioByExpanding);
            const qreal ratio = image.width() / scaled.width();
            const QRectF source((scaled.width() - band.width()) / 2 * ratio,
                                (scaled.height() - band.height()) / 2 * ratio, band.width() * ratio,
                                band.height() * ratio);
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(band, image, source);
            return;
        }
    }
    const bool dark = m_face.isValid() && m_face.lightness() < 128;
    const QColor face = m_face.isValid() ? m_face : QColor(Qt::white);
    painter->fillRect(band,
                      tintFor(index.data(ArticleListModel::SourceIdRole).toLongLong(), face, dark));
    const QString source = index.data(ArticleListModel::SourceTitleRole).toString().trimmed();
    if (source.isEmpty())
        return;
    QFont initial = painter->font();
    initial.setPixelSize(std::max(12, band.height() / 3));
    initial.setBold(true);
    painter->setFont(initial);
    QColor ink = text;
    ink.setAlphaF(0.35);
    painter->setPen(ink);
    painter->drawText(band, Qt::AlignCenter, source.left(1).toUpper());
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const bool read = index.data(ArticleListModel::ReadRole).toBool();
    const bool bookmarked = index.data(ArticleListModel::BookmarkedRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QPalette &palette = option.palette;
    const QColor accent = palette.color(QPalette::Active, QPalette::Highlight);
    const QColor text = palette.color(QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.62);
    // Search matches: a tint of the accent colour, as on the list's rows.
    QColor match = accent;
    match.setAlphaF(0.3);

    const QRect card = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(outline, m_face.isValid() ? m_face : palette.color(QPalette::Base));

    painter->save();
    painter->setClipPath(outline);
    const QRect band(card.left(), card.top(), card.width(), pictureHeight(option.rect.width()));
    paintPicture(painter, band, index, text);
    // A rule's highlight, as the list shows it: a tint of its colour behind the text and a bar
    // along the left edge. The selection is the outline here, so the tint stays when selected.
    if (const QColor rule(index.data(ArticleListModel::HighlightRole).toString()); rule.isValid()) {
        QColor tint = rule;
        tint.setAlphaF(0.16);
        painter->fillRect(
            QRect(card.left(), band.bottom() + 1, card.width(), card.bottom() - band.bottom()),
            tint);
        painter->fillRect(QRect(card.left(), card.top(), RuleBarWidth, card.height()), rule);
    }
    painter->restore();

    // The selection as a thick accent outline (the picture stays visible); focus and hover
    // as a thin one.
    if (selected || focused || hovered) {
        const qreal width = selected ? 3.0 : 1.5;
        painter->setPen(QPen(accent, width));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            QRectF(card).adjusted(width / 2, width / 2, -width / 2, -width / 2), Radius, Radius);
    } else {
        painter->setPen(QPen(m_outline.isValid() ? m_outline : palette.color(QPalette::Mid), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline);
    }

    const Fonts fonts = fontsFor(option.font);
    QFont titleFont = fonts.title;
    titleFont.setBold(!read);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics smallMetrics(fonts.small);
    QRect area(card.left() + Padding, band.bottom() + 1 + Padding, card.width() - 2 * Padding,
               card.bottom() - band.bottom() - 2 * Padding);

    // Unread: an accent dot before the title, as in the list.
    if (!read) {
        const int dot = titleMetrics.height() / 3;
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(
            QRect(area.left(), area.top() + (titleMetrics.height() - dot) / 2, dot, dot));
        area.setLeft(area.left() + dot + Gap + 2);
    }
    QColor titleColor = text;
    if (read)
        titleColor.setAlphaF(0.78);
    const QString title = index.data(ArticleListModel::TitleRole).toString();
    const int titleLines =
        std::max(1, drawWrappedText(painter,
                                    QRect(area.left(), area.top(), area.width(),
                                          TitleLines * titleMetrics.lineSpacing()),
                                    title, titleFont, titleColor, TitleLines,
                                    highlightFormats(title, m_terms, match)));
    area.setLeft(card.left() + Padding);
    int y = area.top() + titleLines * titleMetrics.lineSpacing() + Gap;

    const QString meta = ArticleDelegate::metaText(index);
    int metaWidth = area.width();
    if (bookmarked) {
        const int star = smallMetrics.horizontalAdvance(QStringLiteral("★")) + Gap;
        painter->setPen(palette.color(QPalette::Active, QPalette::Link));
        painter->setFont(fonts.small);
        painter->drawText(QRect(area.right() - star, y, star, smallMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("★"));
        metaWidth -= star;
    }
    painter->setPen(dim);
    painter->setFont(fonts.small);
    painter->drawText(QRect(area.left(), y, metaWidth, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(meta, Qt::ElideRight, metaWidth));
    y += smallMetrics.height() + Gap;
    // A one-line title leaves its second line to the excerpt.
    const int excerptLines = std::max(1, (area.bottom() + 1 - y) / smallMetrics.lineSpacing());
    const QString excerpt = index.data(ArticleListModel::ExcerptRole).toString();
    drawWrappedText(
        painter, QRect(area.left(), y, area.width(), excerptLines * smallMetrics.lineSpacing()),
        excerpt, fonts.small, dim, excerptLines, highlightFormats(excerpt, m_terms, match));
    painter->restore();
}

} // namespace Ui
