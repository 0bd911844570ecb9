#include "ui/articledelegate.h"

#include "models/articlelistmodel.h"
#include "models/imagestore.h"
#include "models/relativetime.h"
#include "models/searchterms.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Ui {

namespace {

constexpr int Padding = 6;
constexpr int Gap = 2;

using Models::ArticleListModel;

QList<QTextLayout::FormatRange> highlightFormats(const QString &text, const QStringList &terms,
                                                 const QColor &background)
{
    QList<QTextLayout::FormatRange> formats;
    for (const Models::TextRange &range : Models::highlightRanges(text, terms)) {
        QTextLayout::FormatRange format;
        format.start = range.start;
        format.length = range.length;
        format.format.setBackground(background);
        formats.append(format);
    }
    return formats;
}

} // namespace

ArticleDelegate::ArticleDelegate(Models::ImageStore *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{}

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

void ArticleDelegate::drawText(QPainter *painter, const QRect &rect, const QString &text,
                               const QFont &font, const QColor &color, int maxLines,
                               const QColor &highlight) const
{
    if (text.isEmpty() || rect.width() <= 0)
        return;
    const QFontMetrics metrics(font);
    // The last line is elided; the others wrap.
    QTextLayout layout(text, font);
    QTextOption textOption;
    textOption.setWrapMode(maxLines > 1 ? QTextOption::WrapAtWordBoundaryOrAnywhere
                                        : QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    int lines = 0;
    qreal y = 0;
    int lastStart = 0;
    while (lines < maxLines - 1) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += metrics.lineSpacing();
        lastStart = line.textStart() + line.textLength();
        ++lines;
    }
    layout.endLayout();
    if (lines == maxLines - 1 && lastStart >= text.size())
        maxLines = lines; // Everything fitted before the last line.

    const QList<QTextLayout::FormatRange> formats = highlightFormats(text, m_terms, highlight);
    painter->setPen(color);
    painter->setFont(font);
    if (lines > 0)
        layout.draw(painter, rect.topLeft(), formats);
    if (lines >= maxLines)
        return;
    // The last line, elided, with the highlights that fall inside what is left.
    const QString rest = text.mid(lastStart);
    const QString elided = metrics.elidedText(rest, Qt::ElideRight, rect.width());
    QTextLayout last(elided, font);
    last.beginLayout();
    QTextLine line = last.createLine();
    line.setLineWidth(rect.width() + metrics.averageCharWidth());
    line.setPosition(QPointF(0, 0));
    last.endLayout();
    QList<QTextLayout::FormatRange> lastFormats;
    for (QTextLayout::FormatRange format : formats) {
        format.start -= lastStart;
        if (format.start < 0 || format.start >= elided.size())
            continue;
        format.length = std::min<int>(format.length, int(elided.size()) - format.start);
        lastFormats.append(format);
    }
    last.draw(painter, QPointF(rect.left(), rect.top() + y), lastFormats);
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
    QRect area = option.rect.adjusted(Padding, Padding, -Padding, -Padding);

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
    painter->drawText(QRect(area.left(), y, area.width(), metaMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metaMetrics.elidedText(meta, Qt::ElideRight, area.width()));
    y += metaMetrics.height() + Gap;
    drawText(painter, QRect(area.left(), y, area.width(), 2 * metaMetrics.lineSpacing()),
             index.data(ArticleListModel::ExcerptRole).toString(), fonts.excerpt, dim, 2,
             highlight);
    painter->restore();
}

} // namespace Ui
