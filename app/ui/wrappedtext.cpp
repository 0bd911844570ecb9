#include "ui/wrappedtext.h"

#include "models/searchterms.h"

#include <QColor>
#include <QFontMetrics>
#include <QPainter>

namespace Ui {

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

int drawWrappedText(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
                    const QColor &color, int maxLines,
                    const QList<QTextLayout::FormatRange> &formats)
{
    if (text.isEmpty() || rect.width() <= 0)
        return 0;
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

    painter->setPen(color);
    painter->setFont(font);
    if (lines > 0)
        layout.draw(painter, rect.topLeft(), formats);
    if (lines >= maxLines)
        return lines;
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
    return lines + 1;
}

} // namespace Ui
