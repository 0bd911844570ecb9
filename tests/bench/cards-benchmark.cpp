// Cards benchmark (not a test; see tests/bench/CMakeLists.txt): the main window in the Cards
// layout over a large library, such as ui-benchmark.py's 100,000 articles. Prints
//
//   * first cards painted  from opening the library to the first frame with cards (<= 0.3 s)
//   * scroll frame         one wheel step (a third of a card) scrolled and painted (<= 50 ms)
//   * page frame           Page Down, and a jump to the end, scrolled and painted
//   * longest stall        the event loop's longest pause while scrolling at 60 steps a second
//                          through 2,000 cards (<= 50 ms)
//
//     cards-benchmark PROFILE_DIR        (the profile is changed: use a copy)
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

/// Moves the scroll bar to \a value and paints the result at once; milliseconds taken.
double scrollAndPaint(Ui::CardsView *cards, int value)
{
    QElapsedTimer timer;
    timer.start();
    cards->verticalScrollBar()->setValue(value);
    cards->viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
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
    settings.setValue(QLatin1String(SettingsKeys::ViewLayoutsGroup) + QLatin1Char('/') +
                          all.toString(),
                      QStringLiteral("cards"));
    settings.remove(QLatin1String(SettingsKeys::MainWindowGeometry));

    Ui::MainWindow window(*library);
    Ui::CardsView *cards = window.listPane()->cards();
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
    QList<double> steps;
    for (int i = 1; i <= 300; ++i)
        steps.append(scrollAndPaint(cards, i * step));
    QList<double> pages;
    for (int i = 1; i <= 50; ++i)
        pages.append(scrollAndPaint(cards, bar->value() + bar->pageStep()));
    QList<double> jumps;
    for (const double where : {1.0, 0.5, 0.25, 0.75, 0.0, 1.0})
        jumps.append(scrollAndPaint(cards, int(bar->maximum() * where)));

    // Smooth scrolling from the top as a wheel would, with the event loop running.
    bar->setValue(0);
    QCoreApplication::processEvents();
    Ui::EventLoopWatch watch;
    const int cardsToScroll = 2000;
    const int target = std::min(bar->maximum(), cardsToScroll / std::max(1, cards->columnCount()) *
                                                    cards->gridSize().height());
    QTimer wheel;
    wheel.setInterval(16);
    QObject::connect(&wheel, &QTimer::timeout, &wheel, [&] {
        bar->setValue(bar->value() + step);
        if (bar->value() >= target)
            app.quit();
    });
    watch.start();
    wheel.start();
    QElapsedTimer scrolling;
    scrolling.start();
    app.exec();
    watch.stop();

    const Spread s = spreadOf(steps);
    const Spread p = spreadOf(pages);
    const Spread j = spreadOf(jumps);
    std::printf("articles: %d, %d columns of %dx%d cards, window 1280x800\n", articles,
                cards->columnCount(), cards->gridSize().width(), cards->gridSize().height());
    std::printf("first cards painted:   %.3f s after opening the library   (target <= 0.3 s)\n",
                double(painted) / 1000.0);
    std::printf("scroll frame (wheel):  median %.1f ms, p95 %.1f, max %.1f   (target <= 50 ms)\n",
                s.median, s.p95, s.max);
    std::printf("page frame (PgDn):     median %.1f ms, p95 %.1f, max %.1f\n", p.median, p.p95,
                p.max);
    std::printf("jump frame (far away): median %.1f ms, max %.1f\n", j.median, j.max);
    std::printf("smooth scroll through %d cards in %.1f s: longest event-loop stall %lld ms   "
                "(target <= 50 ms)\n",
                cardsToScroll, double(scrolling.elapsed()) / 1000.0,
                static_cast<long long>(watch.longestStallMs()));
    return 0;
}
