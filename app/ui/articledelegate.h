#pragma once

#include "models/modelsfwd.h"

#include <QStringList>
#include <QStyledItemDelegate>

namespace Ui {

/// Paints an article row: the title (bold while unread), "Source · an hour ago", a two-line
/// excerpt and an optional thumbnail, with the search's words highlighted. Every row has the
/// same height, so the view can lay out 100,000 rows without asking each one.
class ArticleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDelegate)

public:
    enum class Density { Comfortable, Compact };

    /// \a thumbnails may be null: no thumbnails then.
    explicit ArticleDelegate(Models::ImageStore *thumbnails, QObject *parent = nullptr);

    /// "Source · an hour ago", as rows and cards show it.
    [[nodiscard]] static QString metaText(const QModelIndex &index);

    void setDensity(Density density);
    [[nodiscard]] Density density() const { return m_density; }
    /// 0: the view's font size.
    void setFontPointSize(int pointSize);
    void setHighlightTerms(const QStringList &terms);
    [[nodiscard]] QStringList highlightTerms() const { return m_terms; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    /// Where a story's lead shows its "+ 3 more sources" disclosure; empty on other rows.
    [[nodiscard]] QRect storyBadgeRect(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const;

signals:
    /// The disclosure of the story \a leadId leads was clicked.
    void storyToggled(qint64 leadId, bool expand);

private:
    struct Fonts
    {
        QFont title;
        QFont meta;
        QFont excerpt;
    };
    [[nodiscard]] Fonts fontsFor(const QFont &base, bool unread) const;
    [[nodiscard]] int thumbnailEdge(const QFont &base) const;
    /// The row's content, right of its unread marker (and indented under a story's lead).
    [[nodiscard]] static QRect contentArea(const QStyleOptionViewItem &option,
                                           const QModelIndex &index, const QFontMetrics &title);
    [[nodiscard]] static QString storyBadge(const QModelIndex &index);
    void drawText(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
                  const QColor &color, int maxLines, const QColor &highlight) const;

    Models::ImageStore *m_thumbnails = nullptr;
    Density m_density = Density::Comfortable;
    int m_fontPointSize = 0;
    QStringList m_terms;
};

} // namespace Ui
