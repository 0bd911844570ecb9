#include "threading/backgroundpriority.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace BackgroundPriority {

namespace {

// Linux's nice levels weigh CPU time: at 10 against the window's 0, a busy background thread
// gets about a tenth of a core the window's thread also wants, and all of an idle one.
constexpr int LinuxNiceness = 10;
// Between the two: against the window's 0 it gets about a quarter of a contested core, against
// background work three quarters.
constexpr int LinuxModerateNiceness = 5;

} // namespace

void applyToCurrentThread(Level level)
{
    // Work that runs on the thread that asked for it (blockingMap) may be on the main thread,
    // which must never be lowered.
    const QCoreApplication *application = QCoreApplication::instance();
    if (application == nullptr || QThread::currentThread() == application->thread())
        return;
    thread_local bool applied = false;
    if (applied)
        return;
    applied = true;
#ifdef Q_OS_LINUX
    // On Linux a thread is a task of its own with its own nice value; QThread's priorities
    // change nothing under the default scheduler. Relative to the main thread (whose task id is
    // the process id): a thread inherits the value of the thread that started it, which may
    // have been lowered already.
    const int niceness = level == Level::Moderate ? LinuxModerateNiceness : LinuxNiceness;
    const int target = std::min(getpriority(PRIO_PROCESS, id_t(getpid())) + niceness, 19);
    const auto thread = id_t(syscall(SYS_gettid));
    if (getpriority(PRIO_PROCESS, thread) < target)
        setpriority(PRIO_PROCESS, thread, target);
#else
    Q_UNUSED(level) // the schedulers there have no level between worth the difference
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace BackgroundPriority
