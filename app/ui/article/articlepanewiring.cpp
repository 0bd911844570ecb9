#include "ui/article/articlepanewiring.h"

#include "ui/article/aicardcontroller.h"
#include "ui/article/articlecommands.h"
#include "ui/article/articleextrascontroller.h"
#include "ui/article/articlepane.h"

namespace Ui {

void connectPane(ArticlePane *pane, ArticleExtrasController *extras)
{
    QObject::connect(pane, &ArticlePane::loadStarted, extras,
                     &ArticleExtrasController::onLoadStarted);
    QObject::connect(pane, &ArticlePane::commentsRequested, extras,
                     &ArticleExtrasController::loadComments);
    QObject::connect(pane, &ArticlePane::fullArticleRequested, extras,
                     &ArticleExtrasController::loadFullArticle);
}

void connectPane(ArticlePane *pane, AiCardController *aiCard)
{
    QObject::connect(pane, &ArticlePane::loadStarted, aiCard, &AiCardController::onLoadStarted);
    QObject::connect(pane, &ArticlePane::pageAction, aiCard, &AiCardController::onAction);
}

void connectPane(ArticlePane *pane, ArticleCommands *commands)
{
    QObject::connect(pane, &ArticlePane::zoomChanged, commands, &ArticleCommands::rememberZoom);
}

} // namespace Ui
