#pragma once

#include <QList>
#include <QStringList>
#include <QTextLayout>

class QColor;
class QFont;
class QPainter;
class QRect;
class QString;

namespace Ui {

/// Search matches in \a text as background ranges of \a background.
[[nodiscard]] QList<QTextLayout::FormatRange>
highlightFormats(const QString &text, const QStringList &terms, const QColor &background);

/// Draws \a text in \a rect, wrapped at word boundaries into at most \a maxLines lines, the
/// last one elided; \a formats (highlights) follow the text onto the line they fall on.
/// Returns the number of lines drawn.
int drawWrappedText(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
                    const QColor &color, int maxLines,
                    const QList<QTextLayout::FormatRange> &formats = {});

} // namespace Ui
