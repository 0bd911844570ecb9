#include "ui/article/articlecommands.h"

#include "text/headline.h"
#include "ui/article/articledisplay.h"
#include "ui/article/articleview.h"
#include "ui/mainactions.h"
#include "ui/windowsettingskeys.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QUrlQuery>

namespace Ui {

namespace {

QString suggestedFileName(const QString &title)
{
    QString name = title.simplified();
    static const QString forbidden = QStringLiteral("/\\\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = u'-';
    }
    name.truncate(80);
    return (name.isEmpty() ? QStringLiteral("article") : name) + QStringLiteral(".pdf");
}

// The article's name as the list and the page show it (a stand-in for a post without a title).
QString shownTitle(const Storage::ArticleRow &row)
{
    return Text::Headline::of(row.title, row.excerpt).title;
}

} // namespace

ArticleCommands::ArticleCommands(const MainActions &actions, ArticleDisplay *display,
                                 QWidget *dialogParent, QSettings &settings, QObject *parent)
    : QObject(parent), m_display(display), m_dialogParent(dialogParent), m_settings(settings)
{
    m_display->setZoomFactor(
        m_settings.value(QLatin1String(SettingsKeys::ArticleZoom), SettingsKeys::ArticleZoomDefault)
            .toDouble());
    connect(actions.zoomIn, &QAction::triggered, this, [this] { m_display->zoomIn(); });
    connect(actions.zoomOut, &QAction::triggered, this, [this] { m_display->zoomOut(); });
    connect(actions.resetZoom, &QAction::triggered, this, [this] { m_display->resetZoom(); });
    connect(actions.copyLink, &QAction::triggered, this, &ArticleCommands::copyLink);
    connect(actions.shareByEmail, &QAction::triggered, this, &ArticleCommands::shareByEmail);
    connect(actions.loadFullArticle, &QAction::triggered, this,
            [this] { m_display->requestFullArticle(); });
    connect(actions.print, &QAction::triggered, this, &ArticleCommands::print);
    connect(actions.saveAsPdf, &QAction::triggered, this, &ArticleCommands::saveAsPdf);
}

void ArticleCommands::rememberZoom(qreal factor)
{
    m_settings.setValue(QLatin1String(SettingsKeys::ArticleZoom), factor);
}

void ArticleCommands::copyLink()
{
    const QString link = m_display->article().row.link;
    if (!link.isEmpty())
        QGuiApplication::clipboard()->setText(link);
}

void ArticleCommands::shareByEmail()
{
    const Storage::ArticleRow &row = m_display->article().row;
    if (row.id == 0)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), shownTitle(row));
    query.addQueryItem(QStringLiteral("body"), row.link);
    QUrl mail(QStringLiteral("mailto:"));
    mail.setQuery(query);
    QDesktopServices::openUrl(mail);
}

void ArticleCommands::print()
{
    ArticleView *view = m_display->articleView();
    if (!view || m_display->article().row.id == 0)
        return;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(shownTitle(m_display->article().row));
    QPrintDialog dialog(printer, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted) {
        delete printer;
        return;
    }
    // Printing finishes later; the printer lives until then.
    connect(
        view, &ArticleView::printed, this, [printer](bool) { delete printer; },
        Qt::SingleShotConnection);
    view->print(printer);
}

void ArticleCommands::saveAsPdf()
{
    ArticleView *view = m_display->articleView();
    if (!view || m_display->article().row.id == 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Save Article as PDF"),
        QDir(folder).filePath(suggestedFileName(shownTitle(m_display->article().row))),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    connect(
        view, &ArticleView::pdfSaved, this,
        [this](const QString &filePath, bool ok) {
            if (!ok)
                QMessageBox::warning(m_dialogParent, tr("Save as PDF"),
                                     tr("The article could not be saved as %1.")
                                         .arg(QDir::toNativeSeparators(filePath)));
        },
        Qt::SingleShotConnection);
    view->saveAsPdf(path);
}

} // namespace Ui
