#pragma once

#include "models/modelsfwd.h"
#include "pages/briefingpage.h"

#include <QObject>

namespace Ui {

class ArticleDisplay;

/// The Daily briefing: made on the query worker (Pages::BriefingPage::load, on the worker's
/// own connection) so that the window never waits for it, kept for the session until a
/// refresh brings new articles or the day changes, and shown in the article pane.
class BriefingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefingController)

public:
    BriefingController(Models::DatabaseWorker *worker, ArticleDisplay *display,
                       QObject *parent = nullptr);

    /// Shows the briefing in the pane: at once when today's is known, else "Preparing…" until
    /// it has been made.
    void show();
    /// Makes today's briefing unless it is known or being made; ready() follows.
    void request();
    /// New articles arrived: the briefing is made again, at once if the pane shows it (which
    /// keeps the old one until then), else when it is next asked for.
    void invalidate();

    /// Whether content() is today's briefing.
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] const Pages::BriefingContent &content() const { return m_content; }

signals:
    /// Today's briefing has been made.
    void ready();

private:
    void make();

    Models::DatabaseWorker *m_worker = nullptr;
    ArticleDisplay *m_display = nullptr;
    Pages::BriefingContent m_content;
    QString m_madeBy;
    bool m_valid = false;
    bool m_making = false;
    quint64 m_generation = 0;
};

} // namespace Ui
