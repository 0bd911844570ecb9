// The window tests link the reading view that the app loads as a module (ArticleViewLoader),
// and hand it over before main() so that every test's article pane gets the real web view.
#include "ui/article/articleviewloader.h"
#include "ui/webview/webarticleview.h"

#include <QtGlobal>

namespace {

void registerWebArticleView()
{
    Ui::ArticleViewLoader::setFactory(&Ui::WebArticleView::create);
}
Q_CONSTRUCTOR_FUNCTION(registerWebArticleView)

} // namespace
