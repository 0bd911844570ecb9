#include "ui/mainstatusbar.h"

#include "ui/announcer.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace Ui {

MainStatusBar::MainStatusBar(QWidget *parent) : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusBar"));
    setAccessibleName(tr("Status"));
    setAccessibleDescription(tr("Refresh progress, results and errors"));
    m_announcer = new Announcer(this);
    addPermanentWidget(m_announcer);
    m_undoLabel = new QLabel(this);
    m_undoLabel->setObjectName(QStringLiteral("undoLabel"));
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setFlat(true);
    m_undoButton->setFocusPolicy(Qt::TabFocus);
    m_undoButton->setAccessibleDescription(tr("Undoes the last change"));
    addWidget(m_undoLabel);
    addWidget(m_undoButton);
    m_undoLabel->hide();
    m_undoButton->hide();

    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    // A server's error can be a long sentence: it must not widen the window. The label takes
    // the room there is, and the whole text is in its tool tip.
    m_syncLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_syncLabel->hide();
    addPermanentWidget(m_syncLabel, 1);

    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("refreshStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    addPermanentWidget(m_refreshLabel);
    addPermanentWidget(m_progress);

    m_undoExpiry = new QTimer(this);
    m_undoExpiry->setSingleShot(true);
    m_undoExpiry->setInterval(UndoOfferMs);
    connect(m_undoExpiry, &QTimer::timeout, this, &MainStatusBar::hideUndo);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        hideUndo();
        emit undoClicked();
    });
}

void MainStatusBar::showRefreshProgress(int done, int total, const QString &current)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->show();
    m_refreshLabel->setText(
        current.isEmpty() ? tr("Refreshing %1 of %2").arg(std::min(done + 1, total)).arg(total)
                          : tr("Refreshing %1 of %2: %3").arg(done).arg(total).arg(current));
}

void MainStatusBar::showRefreshFinished(const QString &text, bool announce)
{
    m_progress->hide();
    m_refreshLabel->setText(text);
    if (announce)
        m_announcer->announce(text);
}

QString MainStatusBar::refreshText() const
{
    return m_refreshLabel->text();
}

void MainStatusBar::showSyncStatus(const QString &text)
{
    // Said once when it changes, not again for each sync that ends the same way.
    if (text != m_syncLabel->text())
        m_announcer->announce(text);
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(text);
    m_syncLabel->setVisible(!text.isEmpty());
}

QString MainStatusBar::syncText() const
{
    return m_syncLabel->text();
}

void MainStatusBar::showNotice(const QString &text, int timeoutMs)
{
    showMessage(text, timeoutMs);
    m_announcer->announce(text);
}

QString MainStatusBar::announcement() const
{
    return m_announcer->text();
}

void MainStatusBar::offerUndo(const QString &text)
{
    m_undoLabel->setText(text);
    m_undoLabel->show();
    m_undoButton->show();
    m_undoExpiry->start();
    m_announcer->announce(text);
}

void MainStatusBar::hideUndo()
{
    m_undoExpiry->stop();
    m_undoLabel->hide();
    m_undoButton->hide();
}

} // namespace Ui
