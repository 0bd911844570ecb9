// The reading view module's entry point (see ArticleViewLoader).
#include "ui/article/articleviewloader.h"
#include "ui/webview/webarticleview.h"

#include <string_view>

extern "C" Q_DECL_EXPORT Ui::ArticleView *
tidings_create_article_view(const QString &webStorageDirectory, QWidget *parent)
{
    return Ui::WebArticleView::create(webStorageDirectory, parent);
}

// The exported name and the type the loader casts to must not drift apart.
static_assert(std::string_view(Ui::ArticleViewLoader::symbolName) == "tidings_create_article_view");
[[maybe_unused]] static constexpr Ui::ArticleViewLoader::Factory checkedSignature =
    &tidings_create_article_view;
