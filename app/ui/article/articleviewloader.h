#pragma once

#include <QString>

class QWidget;

namespace Ui {

class ArticleView;

/// Makes the reading pane's view. The web view (Qt WebEngine) is a module of its own,
/// tidings-webview, loaded when the first article is shown, so that the window starts without
/// WebEngine in memory. Tests link the view and hand its factory over with setFactory().
class ArticleViewLoader final
{
public:
    using Factory = ArticleView *(*)(const QString &webStorageDirectory, QWidget *parent);
    /// The module's one export, of type Factory.
    static constexpr char symbolName[] = "tidings_create_article_view";

    static void setFactory(Factory factory);
    /// A new view, or nullptr with the reason in \a error when the module cannot be loaded.
    [[nodiscard]] static ArticleView *create(const QString &webStorageDirectory, QWidget *parent,
                                             QString *error);
};

} // namespace Ui
