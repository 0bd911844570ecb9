#pragma once

#include <QObject>

class QWidget;

namespace Models {
class DatabaseWorker;
}

namespace Ui {

/// The window's ways into rules, mute words and tags: tagging the current article, muting a
/// word of it, and a new rule for a source. Each stores its change on the database worker and
/// then says libraryChanged(), for the tree's counts and the list to follow.
class RulesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesController)

public:
    /// Dialogs open over \a window.
    RulesController(Models::DatabaseWorker *worker, QWidget *window, QObject *parent = nullptr);

    /// Asks for a tag (offering the ones in use) and adds it to article \a articleId.
    void tagArticle(qint64 articleId);
    /// Asks for a word of \a title (or any) and until when, and mutes it.
    void muteWords(const QString &title);
    /// The rule editor for a rule limited to the source; saved and applied on OK.
    void newRuleForSource(qint64 sourceId, const QString &sourceTitle);

signals:
    void libraryChanged();

private:
    Models::DatabaseWorker *m_worker = nullptr;
    QWidget *m_window = nullptr;
};

} // namespace Ui
