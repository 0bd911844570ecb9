#include "ui/articledelegate.h"

#include "models/articlelistmodel.h"
#include "models/imagestore.h"
#include "models/relativetime.h"
#include "ui/wrappedtext.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace Ui {

namespace {

constexpr int Padding = 6;
constexpr int Gap = 2;

using Models::ArticleListModel;

} // namespace

ArticleDelegate::ArticleDelegate(Models::ImageStore *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{}

QString ArticleDelegate::metaText(const QModelIndex &index)
{
    const QString when = Models::relativeTime(index.data(ArticleListModel::DateRole).toDateTime(),
                                              QDateTime::currentDateTime());
    QString meta = index.data(ArticleListModel::SourceTitleRole).toString();
    if (!when.isEmpty())
        meta = meta.isEmpty() ? when : meta + QStringLiteral(" · ") + when;
    if (const QStringList tags = index.data(ArticleListModel::TagsRole).toStringList();
        !tags.isEmpty()) {
        //: Before an article's tags in the list, e.g. "# politics, local".
        meta += QStringLiteral(" · ") + tr("# %1").arg(tags.join(QLatin1String(", ")));
    }
    return meta;
}

void ArticleDelegate::setDensity(Density density)
{
    m_density = density;
}

void ArticleDelegate::setFontPointSize(int pointSize)
{
    m_fontPointSize = pointSize;
}

void ArticleDelegate::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
}

ArticleDelegate::Fonts ArticleDelegate::fontsFor(const QFont &base, bool unread) const
{
    Fonts fonts;
    fonts.title = base;
    if (m_fontPointSize > 0)
        fonts.title.setPointSize(m_fontPointSize);
    fonts.title.setBold(unread);
    fonts.meta = fonts.title;
    fonts.meta.setBold(false);
    fonts.meta.setPointSizeF(fonts.title.pointSizeF() * 0.88);
    fonts.excerpt = fonts.meta;
    return fonts;
}

int ArticleDelegate::thumbnailEdge(const QFont &base) const
{
    const Fonts fonts = fontsFor(base, true);
    const QFontMetrics title(fonts.title);
    const QFontMetrics small(fonts.meta);
    return title.height() + small.height() + 2 * small.lineSpacing() + 2 * Gap;
}

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const Fonts fonts = fontsFor(option.font, true);
    const QFontMetrics title(fonts.title);
    if (m_density == Density::Compact)
        return {200, title.height() + 2 * Padding};
    return {200, thumbnailEdge(option.font) + 2 * Padding};
}

QRect ArticleDelegate::contentArea(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QFontMetrics &title)
{
    QRect area = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    if (index.data(ArticleListModel::StoryMemberRole).toBool())
        area.setLeft(area.left() + title.height());
    return area;
}

QString ArticleDelegate::storyBadge(const QModelIndex &index)
{
    const int more = index.data(ArticleListModel::MoreSourcesRole).toInt();
    if (more <= 0)
        return {};
    const bool expanded = index.data(ArticleListModel::StoryExpandedRole).toBool();
    return (expanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) +
           tr("+ %n more sources", nullptr, more);
}

QRect ArticleDelegate::storyBadgeRect(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QString badge = storyBadge(index);
    if (badge.isEmpty())
        return {};
    const Fonts fonts = fontsFor(option.font, !index.data(ArticleListModel::ReadRole).toBool());
    const QFontMetrics titleMetrics(fonts.title);
    const QFontMetrics metaMetrics(fonts.meta);
    QRect area = contentArea(option, index, titleMetrics);
    area.setLeft(area.left() + (titleMetrics.height() / 3) * 2 + Gap);
    const int width = metaMetrics.horizontalAdvance(badge);
    if (m_density == Density::Compact)
        return {area.right() - width + 1, area.top(), width, area.height()};
    return {area.left(), area.top() + titleMetrics.height() + Gap, width, metaMetrics.height()};
}

bool ArticleDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            storyBadgeRect(option, index).contains(mouse->position().toPoint())) {
            emit storyToggled(index.data(ArticleListModel::IdRole).toLongLong(),
                              !index.data(ArticleListModel::StoryExpandedRole).toBool());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void ArticleDelegate::drawText(QPainter *painter, const QRect &rect, const QString &text,
                               const QFont &font, const QColor &color, int maxLines,
                               const QColor &highlight) const
{
    drawWrappedText(painter, rect, text, font, color, maxLines,
                    highlightFormats(text, m_terms, highlight));
}

void ArticleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background, selection and focus frame, without the default text.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // A rule's highlight: a tint of its colour behind the row and a bar along its left edge.
    if (const QColor colour(index.data(ArticleListModel::HighlightRole).toString());
        colour.isValid()) {
        QColor tint = colour;
        tint.setAlphaF(0.16);
        if (!(option.state & QStyle::State_Selected))
            painter->fillRect(option.rect, tint);
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                          colour);
    }

    const bool read = index.data(ArticleListModel::ReadRole).toBool();
    const bool bookmarked = index.data(ArticleListModel::BookmarkedRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(selected ? 0.85 : 0.62);
    // Search matches: a tint of the accent colour, or of the text on a selected row.
    QColor highlight =
        selected ? text : option.palette.color(QPalette::Active, QPalette::Highlight);
    highlight.setAlphaF(selected ? 0.25 : 0.3);

    const Fonts fonts = fontsFor(option.font, !read);
    const QFontMetrics titleMetrics(fonts.title);
    const QFontMetrics metaMetrics(fonts.meta);
    QRect area = contentArea(option, index, titleMetrics);

    painter->save();
    painter->setClipRect(option.rect);

    // An unread dot or a bookmark star in the left margin.
    const int marker = titleMetrics.height() / 3;
    const QRect markerRect(area.left(), area.top() + (titleMetrics.height() - marker) / 2, marker,
                           marker);
    painter->setRenderHint(QPainter::Antialiasing);
    if (bookmarked) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Active, QPalette::Link));
        painter->drawText(QRect(area.left() - 1, area.top(), marker * 3, titleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("★"));
    } else if (!read) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Active, QPalette::Highlight));
        if (selected)
            painter->setBrush(text);
        painter->drawEllipse(markerRect);
    }
    area.setLeft(area.left() + marker * 2 + Gap);

    const QString title = index.data(ArticleListModel::TitleRole).toString();
    const QString meta = metaText(index);

    // A story's lead: "+ 3 more sources", in the link colour, before the meta line.
    const QRect badgeRect = storyBadgeRect(option, index);
    if (!badgeRect.isEmpty()) {
        painter->setPen(selected ? text : option.palette.color(group, QPalette::Link));
        painter->setFont(fonts.meta);
        painter->drawText(badgeRect, Qt::AlignLeft | Qt::AlignVCenter, storyBadge(index));
        if (m_density == Density::Compact)
            area.setRight(badgeRect.left() - 3 * Gap);
    }

    if (m_density == Density::Compact) {
        const int metaWidth = std::min(metaMetrics.horizontalAdvance(meta), area.width() / 3);
        const QRect metaRect(area.right() - metaWidth, area.top(), metaWidth, area.height());
        painter->setPen(dim);
        painter->setFont(fonts.meta);
        painter->drawText(metaRect, Qt::AlignRight | Qt::AlignVCenter,
                          metaMetrics.elidedText(meta, Qt::ElideRight, metaWidth));
        drawText(painter,
                 QRect(area.left(), area.top(), area.width() - metaWidth - 2 * Padding,
                       titleMetrics.height()),
                 title, fonts.title, text, 1, highlight);
        painter->restore();
        return;
    }

    // A thumbnail on the right, when the article has one and it has arrived.
    const QString thumbnailUrl = index.data(ArticleListModel::ThumbnailUrlRole).toString();
    if (m_thumbnails && !thumbnailUrl.isEmpty()) {
        const int edge = area.height();
        const QImage image = m_thumbnails->image(QUrl(thumbnailUrl));
        if (!image.isNull()) {
            const QRect target(area.right() - edge + 1, area.top(), edge, edge);
            const QSize scaled = image.size().scaled(target.size(), Qt::KeepAspectRatioByExpanding);
            const QRect source((scaled.width() - edge) / 2, (scaled.height() - edge) / 2, edge,
                               edge);
            const qreal ratio = qreal(image.width()) / scaled.width();
            painter->drawImage(
                target, image,
                QRectF(source.x() * ratio, source.y() * ratio, edge * ratio, edge * ratio));
            area.setRight(target.left() - Padding);
        }
    }

    drawText(painter, QRect(area.left(), area.top(), area.width(), titleMetrics.height()), title,
             fonts.title, text, 1, highlight);
    int y = area.top() + titleMetrics.height() + Gap;
    painter->setPen(dim);
    painter->setFont(fonts.meta);
    const int metaLeft = badgeRect.isEmpty() ? area.left() : badgeRect.right() + 3 * Gap;
    const int metaWidth = std::max(0, area.right() - metaLeft);
    painter->drawText(QRect(metaLeft, y, metaWidth, metaMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metaMetrics.elidedText(meta, Qt::ElideRight, metaWidth));
    y += metaMetrics.height() + Gap;
    drawText(painter, QRect(area.left(), y, area.width(), 2 * metaMetrics.lineSpacing()),
             index.data(ArticleListModel::ExcerptRole).toString(), fonts.excerpt, dim, 2,
             highlight);
    painter->restore();
}

} // namespace Ui
