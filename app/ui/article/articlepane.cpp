#include "ui/article/articlepane.h"

#include "base/logging.h"
#include "net/weburl.h"
#include "text/plaintext.h"
#include "ui/article/articleview.h"
#include "ui/article/articleviewloader.h"

#include <QBuffer>
#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace Ui {

namespace {

constexpr qreal MinZoom = 0.5;
constexpr qreal MaxZoom = 3.0;
constexpr qreal ZoomStep = 1.1;
// Below this much text a feed has probably given a teaser, and the page is worth fetching.
constexpr qsizetype ShortArticleCharacters = 700;

QString iconDataUrl(const QIcon &icon)
{
    if (icon.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    icon.pixmap(32, 32).save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

ArticlePane::ArticlePane(const QString &webStorageDirectory, QWidget *parent)
    : QStackedWidget(parent), m_webStorageDirectory(webStorageDirectory)
{
    m_placeholder = new QLabel(tr("Select an article to read it here."), this);
    m_placeholder->setObjectName(QStringLiteral("articlePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    addWidget(m_placeholder);
    m_placeholder->installEventFilter(this);
}

ArticlePane::~ArticlePane()
{
    // The view calls back into the pane while its page closes: it goes first.
    delete m_view;
}

bool ArticlePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_placeholder && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (hasPage())
            scheduleView();
    }
    return QStackedWidget::eventFilter(watched, event);
}

void ArticlePane::scheduleView()
{
    if (m_viewScheduled)
        return;
    m_viewScheduled = true;
    // After the current events: the list shows the selection before WebEngine starts.
    QTimer::singleShot(0, this, &ArticlePane::createView);
}

void ArticlePane::createView()
{
    QString error;
    m_view = ArticleViewLoader::create(m_webStorageDirectory, this, &error);
    if (!m_view) {
        qCWarning(lcUi).noquote() << "no reading view:" << error;
        m_placeholder->setText(tr("Tidings cannot show articles: %1").arg(error));
        return;
    }
    m_view->setLoadRemoteImages(m_loadRemoteImages);
    m_view->setObjectName(QStringLiteral("articleView"));
    m_view->setZoomFactor(m_zoom);
    connect(m_view, &ArticleView::linkClicked, this, &ArticlePane::linkClicked);
    connect(m_view, &ArticleView::articleRequested, this, &ArticlePane::articleRequested);
    connect(m_view, &ArticleView::actionRequested, this, &ArticlePane::onAction);
    addWidget(m_view);
    qCDebug(lcUi) << "article view created";
    emit webViewReady();
    if (hasPage())
        render();
}

void ArticlePane::showArticle(const Storage::Article &article)
{
    rememberScroll();
    m_showingBriefing = false;
    m_article = article;
    m_extras = {};
    m_aiCard.clear();
    m_loadingFullArticle = false;
    m_fullArticleError.clear();
    if (m_view) {
        render();
        return;
    }
    // Shown once the view exists; the page is ready before that.
    m_html = Pages::ArticlePage::render(m_article, pageOptions(), m_extras);
    if (m_painted)
        scheduleView();
}

Pages::ArticlePageOptions ArticlePane::pageOptions() const
{
    Pages::ArticlePageOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    options.locale = locale();
    options.style = m_style;
    options.loadRemoteImages = m_loadRemoteImages;
    if (m_iconProvider && m_article.row.sourceId != 0)
        options.sourceIconUrl = iconDataUrl(m_iconProvider(m_article.row.sourceId));
    const QString &text = m_article.content.isEmpty() ? m_article.summary : m_article.content;
    options.offerFullArticle = m_article.fullContent.isEmpty() &&
                               Net::isWebUrl(QUrl(m_article.row.link)) &&
                               Text::PlainText::fromHtml(text).size() < ShortArticleCharacters;
    options.loadingFullArticle = m_loadingFullArticle;
    options.fullArticleError = m_fullArticleError;
    options.aiCard = m_aiCard;
    return options;
}

void ArticlePane::render()
{
    if (m_showingBriefing) {
        renderBriefing();
        return;
    }
    m_html = Pages::ArticlePage::render(m_article, pageOptions(), m_extras);
    m_view->showPage(articleId(), m_html);
    if (const auto scroll = m_scrollPositions.constFind(articleId());
        scroll != m_scrollPositions.constEnd())
        m_view->scrollTo(*scroll);
    setCurrentWidget(m_view);
    emit loadStarted(articleId());
}

void ArticlePane::showBriefingPreparing(const QDate &day)
{
    m_briefing = {};
    m_briefing.day = day;
    m_briefingReady = false;
    m_briefingMadeBy.clear();
    renderBriefing();
}

void ArticlePane::showBriefing(const Pages::BriefingContent &content, const QString &madeBy)
{
    m_briefing = content;
    m_briefingReady = true;
    m_briefingMadeBy = madeBy;
    renderBriefing();
}

void ArticlePane::renderBriefing()
{
    rememberScroll();
    m_showingBriefing = true;
    m_article = {};
    m_extras = {};
    m_aiCard.clear();
    Pages::BriefingPageOptions options;
    options.now = QDateTime::currentDateTime();
    options.locale = locale();
    options.style = m_style;
    options.madeBy = m_briefingMadeBy;
    m_html = m_briefingReady ? Pages::BriefingPage::render(m_briefing, options)
                             : Pages::BriefingPage::renderPreparing(m_briefing.day, options);
    if (!m_view) {
        if (m_painted)
            scheduleView();
        return;
    }
    m_view->showPageAt(Pages::BriefingPage::pageUrl(), m_html);
    setCurrentWidget(m_view);
    emit loadStarted(0);
}

bool ArticlePane::isShowing(qint64 articleId) const
{
    return articleId != 0 && articleId == this->articleId();
}

void ArticlePane::rememberScroll()
{
    if (m_view && articleId() != 0 && m_view->articleId() == articleId())
        m_scrollPositions.insert(articleId(), m_view->scrollPosition());
}

void ArticlePane::clear()
{
    rememberScroll();
    m_showingBriefing = false;
    m_article = {};
    m_extras = {};
    m_html.clear();
    setCurrentWidget(m_placeholder);
}

void ArticlePane::setRelated(qint64 articleId, const QList<Reading::ArticleCard> &related,
                             const QList<Reading::ArticleCard> &moreFromSource)
{
    if (!isShowing(articleId))
        return;
    m_extras.related = related;
    m_extras.moreFromSource = moreFromSource;
    const Pages::ArticlePageOptions options = pageOptions();
    if (m_view) {
        m_view->setSection(QStringLiteral("related"),
                           Pages::ArticlePage::relatedSection(related, options));
        m_view->setSection(QStringLiteral("more-from-source"),
                           Pages::ArticlePage::moreFromSourceSection(m_article.row.sourceTitle,
                                                                     moreFromSource, options));
    }
    m_html = Pages::ArticlePage::render(m_article, options, m_extras);
}

void ArticlePane::setComments(qint64 articleId, const Pages::CommentsState &comments)
{
    if (!isShowing(articleId))
        return;
    m_extras.comments = comments;
    const Pages::ArticlePageOptions options = pageOptions();
    if (m_view)
        m_view->setSection(QStringLiteral("comments"),
                           Pages::ArticlePage::commentsSection(m_article, comments, options));
    m_html = Pages::ArticlePage::render(m_article, options, m_extras);
}

void ArticlePane::setFullArticleLoading(qint64 articleId)
{
    if (!isShowing(articleId))
        return;
    m_loadingFullArticle = true;
    m_fullArticleError.clear();
    if (m_view)
        render();
}

void ArticlePane::setFullArticle(qint64 articleId, const QString &html)
{
    if (!isShowing(articleId))
        return;
    m_loadingFullArticle = false;
    m_article.fullContent = html;
    if (m_view)
        render();
}

void ArticlePane::setFullArticleFailed(qint64 articleId, const QString &message)
{
    if (!isShowing(articleId))
        return;
    m_loadingFullArticle = false;
    m_fullArticleError = message;
    if (m_view)
        render();
}

void ArticlePane::setAiCard(qint64 articleId, const QString &html)
{
    if (!isShowing(articleId))
        return;
    m_aiCard = html;
    if (m_view)
        m_view->setSection(QStringLiteral("ai"), html);
    m_html = Pages::ArticlePage::render(m_article, pageOptions(), m_extras);
}

void ArticlePane::setStyle(const Pages::ArticlePageStyle &style)
{
    m_style = style;
    if (m_view && hasPage()) {
        rememberScroll();
        render();
    }
}

void ArticlePane::setLoadRemoteImages(bool load)
{
    m_loadRemoteImages = load;
    if (m_view)
        m_view->setLoadRemoteImages(load);
}

void ArticlePane::setSourceIconProvider(std::function<QIcon(qint64)> provider)
{
    m_iconProvider = std::move(provider);
}

void ArticlePane::onAction(const QString &action)
{
    if (action == QLatin1String("comments"))
        emit commentsRequested(articleId());
    else if (action == QLatin1String("full-article"))
        requestFullArticle();
    else
        emit pageAction(action);
}

void ArticlePane::requestFullArticle()
{
    if (articleId() != 0 && Net::isWebUrl(QUrl(m_article.row.link)) && !m_loadingFullArticle)
        emit fullArticleRequested(articleId());
}

bool ArticlePane::scrollDown()
{
    if (!m_view || currentWidget() != m_view)
        return false;
    return m_view->scrollDown();
}

void ArticlePane::setZoomFactor(qreal factor)
{
    const qreal bounded = std::clamp(factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(bounded, m_zoom))
        return;
    m_zoom = bounded;
    if (m_view)
        m_view->setZoomFactor(m_zoom);
    emit zoomChanged(m_zoom);
}

void ArticlePane::zoomIn()
{
    setZoomFactor(m_zoom * ZoomStep);
}

void ArticlePane::zoomOut()
{
    setZoomFactor(m_zoom / ZoomStep);
}

void ArticlePane::resetZoom()
{
    setZoomFactor(1.0);
}

} // namespace Ui
