#include "guiapplication.h"

#include "applicationinfo.h"
#include "buildinfo.h"
#include "invocation.h"
#include "logging.h"
#include "mainwindow.h"
#include "storage/library.h"

#include <QApplication>
#include <QMessageBox>

namespace Ui {

std::unique_ptr<Storage::Library> openLibraryOrExplain(const QString &profileDirectory,
                                                       QWidget *dialogParent)
{
    const Storage::Profile profile(Storage::Profile::resolveDirectory(profileDirectory));
    QString error;
    auto library = Storage::Library::open(profile, &error);
    if (!library) {
        QMessageBox box(QMessageBox::Critical,
                        QApplication::translate("Ui", "Tidings cannot start"),
                        QApplication::translate("Ui", "Tidings cannot open your library."),
                        QMessageBox::Close, dialogParent);
        box.setInformativeText(error);
        box.exec();
    }
    return library;
}

int runGuiApplication(int &argc, char **argv, const Cli::Invocation &invocation)
{
    // WebEngine shares OpenGL contexts with the widgets; this must precede QApplication.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    QApplication::setApplicationDisplayName(QStringLiteral(TIDINGS_APPLICATION_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral(TIDINGS_APPLICATION_ID));
    Logging::setVerbose(invocation.verbose);

    const auto library = openLibraryOrExplain(invocation.profileDirectory);
    if (!library)
        return 1;
    MainWindow window(*library);
    window.show();
    return app.exec();
}

} // namespace Ui
