#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Ui {

class Announcer;

/// The window's status bar: refresh progress ("Refreshing 3 of 20: Source name") on the
/// right, the changes waiting to be synced left of it, and after an undoable change a message with
/// an Undo button. Results and errors are also said to screen readers (Announcer).
class MainStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainStatusBar)

public:
    static constexpr int UndoOfferMs = 20'000;

    explicit MainStatusBar(QWidget *parent = nullptr);

    void showRefreshProgress(int done, int total, const QString &current);
    /// Shows \a text; screen readers say it too when \a announce is set.
    void showRefreshFinished(const QString &text, bool announce = true);
    /// Shows \a text with an Undo button until the offer expires or hideUndo() is called.
    void offerUndo(const QString &text);
    void hideUndo();
    [[nodiscard]] QString refreshText() const;
    /// \a text: what waits to be synced and why; empty hides it.
    void showSyncStatus(const QString &text);
    [[nodiscard]] QString syncText() const;
    /// A temporary message (QStatusBar::showMessage) that screen readers also say.
    void showNotice(const QString &text, int timeoutMs);
    /// The last message said to screen readers.
    [[nodiscard]] QString announcement() const;

signals:
    void undoClicked();

private:
    Announcer *m_announcer = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_undoLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
    QTimer *m_undoExpiry = nullptr;
};

} // namespace Ui
