// Cards benchmark (not a test; see tests/bench/CMakeLists.txt): the main window in the Cards
// layout over a large library, such as ui-benchmark.py's 100,000 articles. Prints
//
//   * first cards painted  from opening the library to the first frame with cards (<= 0.3 s)
//   * scroll frame         one wheel step (a third of a card) scrolled and painted (<= 50 ms),
//                          in wall-clock and in CPU time (which a busy machine does not inflate)
//   * page frame           Page Down, and a jump to the end, scrolled and painted
//   * longest stall        the event loop's longest pause while scrolling at 60 steps a second
//                          through 2,000 cards (<= 50 ms), and the most CPU work between two
//                          of its turns
//
//     cards-benchmark PROFILE_DIR        (the profile is changed: use a copy)
//     cards-benchmark PROFILE_DIR list   the same figures for the three panes' list, to compare
//
// Run it on an X display (Xvfb and a window manager will do), with a Release build.

#include "models/articlelistmodel.h"
#include "models/viewkey.h"
#include "storage/library.h"
#include "storage/profile.h"
#include "ui/articlelistpane.h"
#include "ui/cardsview.h"
#include "ui/eventloopwatch.h"
#include "ui/mainwindow.h"
#include "ui/panearrangement.h"
#include "ui/selectioncontroller.h"
#include "ui/windowsettingskeys.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

/// Notes when the watched widget first paints with rows in its model.
class FirstPaint final : public QObject
{
public:
    FirstPaint(const QAbstractItemView *view, const QElapsedTimer &clock)
        : m_view(view), m_clock(clock)
    {}
    qint64 elapsedMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (elapsedMs < 0 && event->type() == QEvent::Paint && m_view->model()->rowCount() > 0)
            elapsedMs = m_clock.elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    const QAbstractItemView *m_view;
    const QElapsedTimer &m_clock;
};

struct Spread
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Spread spreadOf(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](double p) {
        return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
    };
    return {at(0.5), at(0.95), values.constLast()};
}

/// The CPU time this thread has used, in milliseconds. On a shared machine wall-clock times
/// also count the time the scheduler gave to others; CPU time does not.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Frame
{
    double wallMs = 0;
    double cpuMs = 0;
};

/// Moves the scroll bar to \a value and paints the result at once.
Frame scrollAndPaint(QAbstractItemView *view, int value)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    view->verticalScrollBar()->setValue(value);
    view->viewport()->repaint();
    return {double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu};
}

QString describe(const QList<Frame> &frames)
{
    QList<double> wall;
    QList<double> cpu;
    for (const Frame &frame : frames) {
        wall.append(frame.wallMs);
        cpu.append(frame.cpuMs);
    }
    const Spread w = spreadOf(wall);
    const Spread c = spreadOf(cpu);
    return QStringLiteral("median %1 ms, p95 %2, max %3; CPU median %4, p95 %5, max %6")
        .arg(w.median, 0, 'f', 1)
        .arg(w.p95, 0, 'f', 1)
        .arg(w.max, 0, 'f', 1)
        .arg(c.median, 0, 'f', 1)
        .arg(c.p95, 0, 'f', 1)
        .arg(c.max, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: cards-benchmark PROFILE_DIR (a copy: it is changed)\n");
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    QString error;
    auto library =
        Storage::Library::open(Storage::Profile(QString::fromLocal8Bit(argv[1])), &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSettings &settings = library->settings();
    const Models::ViewKey all = Models::ViewKey::smart(Models::SmartView::All);
    settings.setValue(QLatin1String(SettingsKeys::RefreshOnStart), false);
    settings.setValue(QLatin1String(SettingsKeys::MainWindowLastView), all.toString());
    settings.remove(QLatin1String(SettingsKeys::MainWindowLastArticle));
    const bool list = argc > 2 && qstrcmp(argv[2], "list") == 0;
    settings.setValue(QLatin1String(SettingsKeys::ViewLayoutsGroup) + QLatin1Char('/') +
                          all.toString(),
                      list ? QStringLiteral("threePanes") : QStringLiteral("cards"));
    settings.remove(QLatin1String(SettingsKeys::MainWindowGeometry));

    Ui::MainWindow window(*library);
    QAbstractItemView *cards = window.listPane()->currentView();
    FirstPaint firstPaint(cards, clock);
    cards->viewport()->installEventFilter(&firstPaint);
    window.resize(1280, 800);
    window.show();
    while (firstPaint.elapsedMs < 0 && clock.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 painted = firstPaint.elapsedMs;
    // The whole id list arrives from the worker after the first page.
    QElapsedTimer loading;
    loading.start();
    while (window.selection()->isLoading() && loading.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const int articles = window.articleModel()->rowCount();

    QScrollBar *bar = cards->verticalScrollBar();
    const int step = bar->singleStep();
    QList<Frame> steps;
    for (int i = 1; i <= 300; ++i)
        steps.append(scrollAndPaint(cards, i * step));
    QList<Frame> pages;
    for (int i = 1; i <= 50; ++i)
        pages.append(scrollAndPaint(cards, bar->value() + bar->pageStep()));
    QList<Frame> jumps;
    for (const double where : {1.0, 0.5, 0.25, 0.75, 0.0, 1.0})
        jumps.append(scrollAndPaint(cards, int(bar->maximum() * where)));

    // Smooth scrolling from the top as a wheel would, with the event loop running.
    bar->setValue(0);
    QCoreApplication::processEvents();
    Ui::EventLoopWatch watch;
    const int cardsToScroll = 2000;
    const int columns = list ? 1 : window.listPane()->cards()->columnCount();
    const int rowHeight =
        list ? cards->sizeHintForRow(0) : window.listPane()->cards()->gridSize().height();
    const int target = std::min(bar->maximum(), cardsToScroll / columns * rowHeight);
    QTimer wheel;
    wheel.setInterval(16);
    QObject::connect(&wheel, &QTimer::timeout, &wheel, [&] {
        bar->setValue(bar->value() + step);
        if (bar->value() >= target)
            app.quit();
    });
    // The longest stretch of CPU work between two turns of the loop (the watch's figure
    // counts the scheduler's time too).
    QTimer cpuTick;
    cpuTick.setInterval(Ui::EventLoopWatch::TickMs);
    double lastCpu = threadCpuMs();
    double longestCpuStall = 0;
    QObject::connect(&cpuTick, &QTimer::timeout, &cpuTick, [&] {
        const double now = threadCpuMs();
        longestCpuStall = std::max(longestCpuStall, now - lastCpu);
        lastCpu = now;
    });
    cpuTick.start();
    watch.start();
    wheel.start();
    QElapsedTimer scrolling;
    scrolling.start();
    app.exec();
    watch.stop();

    // What a frame that reaches new rows pays for them: one block read by id.
    QList<double> blocks;
    for (int row = articles / 3; row < articles / 3 + 64 * 40;
         row += Models::ArticleListModel::BlockSize) {
        QElapsedTimer timer;
        timer.start();
        (void)window.articleModel()->rowAt(row);
        blocks.append(double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("articles: %d, %s, %d columns, rows %d px high, window 1280x800\n", articles,
                list ? "the list (three panes)" : "cards", columns, rowHeight);
    std::printf("first rows painted:    %.3f s after opening the library   (target <= 0.3 s)\n",
                double(painted) / 1000.0);
    std::printf("scroll frame (wheel):  %s   (target <= 50 ms)\n", qPrintable(describe(steps)));
    std::printf("page frame (PgDn):     %s\n", qPrintable(describe(pages)));
    std::printf("jump frame (far away): %s\n", qPrintable(describe(jumps)));
    const Spread b = spreadOf(blocks);
    std::printf("row block read:        median %.1f ms, p95 %.1f, max %.1f (%d rows by id)\n",
                b.median, b.p95, b.max, Models::ArticleListModel::BlockSize);
    std::printf("smooth scroll through %d articles in %.1f s: longest event-loop stall %lld ms "
                "(%lld ms in), longest CPU work between two turns %.1f ms   (target <= 50 ms)\n",
                cardsToScroll, double(scrolling.elapsed()) / 1000.0,
                static_cast<long long>(watch.longestStallMs()),
                static_cast<long long>(watch.longestStallEndMs()), longestCpuStall);
    return 0;
}
