#include "ui/briefingcontroller.h"

#include "ai/builtinprovider.h"
#include "base/logging.h"
#include "models/databaseworker.h"
#include "storage/storyrepository.h"
#include "ui/article/articledisplay.h"

#include <QElapsedTimer>

namespace Ui {

BriefingController::BriefingController(Models::DatabaseWorker *worker, ArticleDisplay *display,
                                       QObject *parent)
    : QObject(parent), m_worker(worker), m_display(display),
      // Stories are grouped and summarized by the built-in summarizer whichever provider the
      // settings choose: nothing leaves the computer for the briefing, and the page says so.
      m_madeBy(Ai::BuiltinProvider().displayName())
{}

bool BriefingController::isReady() const
{
    return m_valid && m_content.day == QDate::currentDate();
}

void BriefingController::show()
{
    if (isReady()) {
        m_display->showBriefing(m_content, m_madeBy);
        return;
    }
    m_display->showBriefingPreparing(QDate::currentDate());
    request();
}

void BriefingController::request()
{
    if (isReady()) {
        emit ready();
        return;
    }
    if (!m_making)
        make();
}

void BriefingController::invalidate()
{
    m_valid = false;
    // A briefing being made may have missed the new articles: its result is dropped.
    m_making = false;
    ++m_generation;
    if (m_display->isShowingBriefing())
        make();
}

void BriefingController::make()
{
    m_making = true;
    const quint64 generation = ++m_generation;
    m_worker->run<Pages::BriefingContent>(
        this,
        [](const QSqlDatabase &database) {
            QElapsedTimer timer;
            timer.start();
            Pages::BriefingContent content =
                Pages::BriefingPage::load(database, QDateTime::currentDateTime());
            qCDebug(lcUi) << "briefing made in" << timer.elapsed()
                          << "ms:" << content.stories.size() << "stories";
            // The stories it found from several sources group in the article list too.
            Storage::StoryRepository stories(database);
            for (const Ai::Story &story : std::as_const(content.stories)) {
                if (story.sourceTitles.size() > 1 && !stories.join(story.articleIds))
                    qCWarning(lcStorage) << "cannot join a story:" << stories.errorMessage();
            }
            return content;
        },
        [this, generation](const Pages::BriefingContent &content) {
            if (generation != m_generation)
                return;
            m_making = false;
            m_content = content;
            m_valid = true;
            if (m_display->isShowingBriefing())
                m_display->showBriefing(m_content, m_madeBy);
            emit ready();
        });
}

} // namespace Ui
