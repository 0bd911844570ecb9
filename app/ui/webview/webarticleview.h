#pragma once

#include "ui/article/articleview.h"

#include <QHash>

#include <memory>

class QWebEngineProfile;
class QWebEngineView;

namespace Ui {

class ArticleSchemeHandler;
class ArticleWebPage;
class ArticleWebProfile;

/// The article view on Qt WebEngine: its page runs no feed script, loads from the tidings:
/// scheme, and hands every link to linkClicked() or an app action instead of navigating.
class WebArticleView final : public ArticleView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebArticleView)

public:
    /// A view with its own profile, which keeps web data below \a webStorageDirectory (the
    /// ArticleViewLoader::Factory of the reading view module and of the tests).
    [[nodiscard]] static ArticleView *create(const QString &webStorageDirectory,
                                             QWidget *parent = nullptr);
    ~WebArticleView() override;

    void showPage(qint64 articleId, const QString &html) override;
    void showPageAt(const QUrl &url, const QString &html) override;
    void setSection(const QString &sectionId, const QString &html) override;
    [[nodiscard]] qint64 articleId() const override { return m_articleId; }
    [[nodiscard]] QPointF scrollPosition() const override;
    void scrollTo(const QPointF &position) override;
    bool scrollDown() override;
    void setZoomFactor(qreal factor) override;
    [[nodiscard]] qreal zoomFactor() const override;
    void setLoadRemoteImages(bool load) override;
    void print(QPrinter *printer) override;
    void saveAsPdf(const QString &filePath) override;
    void toPlainText(const std::function<void(const QString &)> &receiver) const override;

    [[nodiscard]] QWebEngineView *webView() const { return m_view; }

private:
    WebArticleView(const QString &webStorageDirectory, QWidget *parent);

    void load(const QUrl &url, const QString &html);
    void onLoadFinished(bool ok);
    void onLinkClicked(const QUrl &url);
    void runOwnScript(const QString &script);

    std::unique_ptr<ArticleWebProfile> m_profile; ///< Outlives the page (see the destructor).
    QWebEngineView *m_view = nullptr;
    ArticleWebPage *m_page = nullptr;
    qint64 m_articleId = 0;
    bool m_loading = false;
    QHash<QString, QString> m_pendingSections;
    QPointF m_pendingScroll;
};

} // namespace Ui
