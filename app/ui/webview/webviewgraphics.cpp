#include "ui/webview/webviewgraphics.h"

#include "base/logging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

#include <memory>

QT_BEGIN_NAMESPACE
// Part of Qt GUI's ABI (not of its headers): Qt WebEngine sets the context with it too.
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
QT_END_NAMESPACE

namespace Ui {

namespace {

QOpenGLContext *ownShareContext = nullptr;

void releaseShareContext()
{
    qt_gl_set_global_share_context(nullptr);
    delete ownShareContext;
    ownShareContext = nullptr;
}

QByteArray rendererOf(QOpenGLContext &context)
{
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.makeCurrent(&surface))
        return {};
    const auto *name =
        reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QByteArray renderer(name ? name : "");
    context.doneCurrent();
    return renderer;
}

bool isSoftwareRenderer(const QByteArray &renderer)
{
    const QByteArray name = renderer.toLower();
    for (const char *software : {"llvmpipe", "softpipe", "swrast", "swiftshader"}) {
        if (name.contains(software))
            return true;
    }
    return name.isEmpty();
}

} // namespace

void WebViewGraphics::prepare()
{
    static bool prepared = false;
    if (prepared)
        return;
    prepared = true;
    // Loaded before the QApplication (as in the tests), WebEngine made its context itself.
    if (QOpenGLContext::globalShareContext())
        return;

    auto context = std::make_unique<QOpenGLContext>();
    context->setFormat(QSurfaceFormat::defaultFormat());
    const QByteArray renderer = context->create() ? rendererOf(*context) : QByteArray();
    if (isSoftwareRenderer(renderer) || !QOpenGLContext::supportsThreadedOpenGL()) {
        qCDebug(lcUi) << "reading view drawn in software; OpenGL renderer:" << renderer;
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    } else {
        qCDebug(lcUi) << "reading view drawn with OpenGL on" << renderer;
        // Widgets such as QOpenGLWidget check the attribute to share with the context.
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }
    // What WebEngine does when it is loaded before the QApplication: one context that its
    // compositor and the window's share. It expects one even when it draws in software.
    ownShareContext = context.release();
    qt_gl_set_global_share_context(ownShareContext);
    qAddPostRoutine(releaseShareContext);
}

} // namespace Ui
