#include "ui/guiapplication.h"

#include "base/applicationinfo.h"
#include "base/buildinfo.h"
#include "base/invocation.h"
#include "base/logging.h"
#include "i18n/translations.h"
#include "storage/library.h"
#include "storage/libraryupkeep.h"
#include "storage/sessionmarker.h"
#include "threading/workerthread.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSize>
#include <QTimer>

namespace Ui {

namespace {

// --quit-after-first-paint: benchmarks and smoke tests measure start-up up to the first frame.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};

struct StartupRepair
{
    Storage::LibraryRepair::Outcome outcome = Storage::LibraryRepair::Outcome::Healthy;
    QString message;
};

// Before the library opens, on a thread of its own (the whole file may be read): a library
// that cannot be read at all is repaired, and after a session that did not end cleanly any
// damage found by SQLite's integrity check is. A dialog shows should it take a while.
StartupRepair repairBeforeOpening(const Storage::Profile &profile, bool fullCheck)
{
    StartupRepair result;
    auto *upkeep = new Storage::LibraryUpkeep(profile);
    QEventLoop loop;
    QObject::connect(upkeep, &Storage::LibraryUpkeep::repairFinished, &loop,
                     [&](Storage::LibraryRepair::Outcome outcome, const QString &message) {
                         result = {outcome, message};
                         loop.quit();
                     });
    const WorkerThread thread(QStringLiteral("tidings-upkeep"), upkeep);
    QProgressDialog progress(QApplication::translate("Ui", "Checking your library…"), QString(), 0,
                             0);
    progress.setWindowTitle(QStringLiteral(TIDINGS_APPLICATION_NAME));
    progress.setMinimumDuration(800);
    QMetaObject::invokeMethod(
        upkeep, [upkeep, fullCheck] { upkeep->repairIfDamaged(fullCheck); }, Qt::QueuedConnection);
    loop.exec();
    return result;
}

void showRepairOutcome(const StartupRepair &repair, QWidget *parent)
{
    const bool repaired = repair.outcome == Storage::LibraryRepair::Outcome::Repaired;
    auto *box = new QMessageBox(repaired ? QMessageBox::Information : QMessageBox::Warning,
                                repaired ? QApplication::translate("Ui", "Library Repaired")
                                         : QApplication::translate("Ui", "Library Damaged"),
                                repair.message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

QIcon applicationIcon()
{
    QIcon icon;
    // 512 is installed for the desktop file: as a window icon it only made every start
    // decode a megabyte of pixels and send it to the window system.
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/appicon/hicolor/%1x%1/org.tidings.Tidings.png").arg(size),
                     QSize(size, size));
    return icon;
}

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
    } else if (library->isReadOnly()) {
        QMessageBox::warning(dialogParent, QApplication::translate("Ui", "Read-Only Library"),
                             library->readOnlyReason());
    }
    return library;
}

int runGuiApplication(int &argc, char **argv, const Cli::Invocation &invocation)
{
    // No Qt::AA_ShareOpenGLContexts: it makes QApplication create an OpenGL context at once,
    // for WebEngine, which loads with the first article; WebViewGraphics sets it up then.
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    QApplication::setApplicationDisplayName(QStringLiteral(TIDINGS_APPLICATION_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral(TIDINGS_APPLICATION_ID));
    QApplication::setWindowIcon(applicationIcon());
    Logging::setVerbose(invocation.verbose);

    // The language is read before the library opens, so that its errors are translated too.
    const QString profileDirectory =
        Storage::Profile::resolveDirectory(invocation.profileDirectory);
    I18n::install(app, I18n::localeFor(I18n::configuredLanguage(
                           *Storage::Profile(profileDirectory).openSettings())));

    // A second launch for the same profile hands its files and links over and ends. The
    // start-up measurement always starts its own window.
    SingleInstance instance(SingleInstance::serverNameFor(profileDirectory));
    if (!invocation.quitAfterFirstPaint &&
        instance.start(invocation.openTargets) == SingleInstance::Role::Secondary)
        return 0;

    const Storage::Profile profile(profileDirectory);
    Storage::SessionMarker session(profile);
    const StartupRepair repair = repairBeforeOpening(profile, session.checkNeeded());
    const auto library = openLibraryOrExplain(profileDirectory);
    if (!library)
        return 1;
    session.begin();
    MainWindow window(*library);
    QObject::connect(
        &instance, &SingleInstance::activationRequested, &window,
        [&window](const QStringList &targets) {
            window.bringToFront();
            window.openTargets(targets);
        },
        Qt::QueuedConnection);
    QuitAfterFirstPaint quitter;
    if (invocation.quitAfterFirstPaint)
        window.installEventFilter(&quitter);
    window.show();
    if (!invocation.openTargets.isEmpty() && !invocation.quitAfterFirstPaint) {
        QTimer::singleShot(0, &window, [&window, targets = invocation.openTargets] {
            window.openTargets(targets);
        });
    }
    if (repair.outcome != Storage::LibraryRepair::Outcome::Healthy)
        QTimer::singleShot(0, &window, [&window, repair] { showRepairOutcome(repair, &window); });
    const int exitCode = app.exec();
    session.end();
    return exitCode;
}

} // namespace Ui
