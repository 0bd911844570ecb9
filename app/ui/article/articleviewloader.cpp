#include "articleviewloader.h"

#include "articleview.h"
#include "logging.h"
#include "modulepaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

namespace Ui {

namespace {

ArticleViewLoader::Factory &registeredFactory()
{
    static ArticleViewLoader::Factory factory = nullptr;
    return factory;
}

ArticleViewLoader::Factory loadModule(QString *error)
{
    const QString fileName = QStringLiteral(TIDINGS_WEBVIEW_MODULE_FILE);
    const QStringList candidates =
        ModulePaths::candidates(QCoreApplication::applicationDirPath(), fileName);
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        if (const auto factory = reinterpret_cast<ArticleViewLoader::Factory>(
                module.resolve(ArticleViewLoader::symbolName)))
            return factory; // the module stays loaded until exit
        *error = module.errorString();
        return nullptr;
    }
    *error = QCoreApplication::translate("Ui::ArticleViewLoader", "%1 is missing; looked in %2")
                 .arg(fileName, candidates.join(QLatin1String(", ")));
    return nullptr;
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
