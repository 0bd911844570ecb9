#include "ui/article/articleviewloader.h"

#include "base/logging.h"
#include "base/moduleloader.h"
#include "ui/article/articleview.h"

#include <QCoreApplication>

namespace Ui {

namespace {

ArticleViewLoader::Factory &registeredFactory()
{
    static ArticleViewLoader::Factory factory = nullptr;
    return factory;
}

ArticleViewLoader::Factory loadModule(QString *error)
{
    const ModuleLoader::Lookup lookup = ModuleLoader::resolve(
        QCoreApplication::applicationDirPath(), QStringLiteral(TIDINGS_WEBVIEW_MODULE_FILE),
        ArticleViewLoader::symbolName);
    if (!lookup.function)
        *error = lookup.failure();
    return reinterpret_cast<ArticleViewLoader::Factory>(lookup.function);
}

} // namespace

void ArticleViewLoader::setFactory(Factory factory)
{
    registeredFactory() = factory;
}

ArticleView *ArticleViewLoader::create(const QString &webStorageDirectory, QWidget *parent,
                                       QString *error)
{
    Factory &factory = registeredFactory();
    if (!factory) {
        factory = loadModule(error);
        if (!factory)
            return nullptr;
        qCDebug(lcUi) << "reading view module loaded";
    }
    return factory(webStorageDirectory, parent);
}

} // namespace Ui
