#include "articleviewloader.h"

#include "articleview.h"
#include "logging.h"
#include "modulepaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QOpenGLContext>

#include <memory>

QT_BEGIN_NAMESPACE
// Part of Qt GUI's ABI (not of its headers): Qt WebEngine sets the context with it too.
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
QT_END_NAMESPACE

namespace Ui {

namespace {

ArticleViewLoader::Factory &registeredFactory()
{
    static ArticleViewLoader::Factory factory = nullptr;
    return factory;
}

QOpenGLContext *ownShareContext = nullptr;

void releaseShareContext()
{
    qt_gl_set_global_share_context(nullptr);
    delete ownShareContext;
    ownShareContext = nullptr;
}

// Qt WebEngine loaded before the QApplication creates the OpenGL context that its compositor
// and the widgets share; loaded after it, as here, it expects the application to have made
// one. Made just before the module loads, so that starting the window does not wait for it.
void ensureGlobalShareContext()
{
    if (QOpenGLContext::globalShareContext() || !QOpenGLContext::supportsThreadedOpenGL())
        return;
    auto context = std::make_unique<QOpenGLContext>();
    context->setFormat(QSurfaceFormat::defaultFormat());
    if (!context->create()) {
        qCWarning(lcUi) << "no shared OpenGL context; the reading view may draw in software";
        return;
    }
    ownShareContext = context.release();
    qt_gl_set_global_share_context(ownShareContext);
    qAddPostRoutine(releaseShareContext);
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
        ensureGlobalShareContext();
        factory = loadModule(error);
        if (!factory)
            return nullptr;
        qCDebug(lcUi) << "reading view module loaded";
    }
    return factory(webStorageDirectory, parent);
}

} // namespace Ui
