#include "ui/openrequestprompt.h"

#include "ui/mainwindow.h"
#include "ui/openrequest.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Ui {

// The texts keep the window's translation context, where they were first written.
bool confirmOpenRequest(const OpenRequest &request, QWidget *parent)
{
    switch (request.kind) {
    case OpenRequest::Kind::Subscribe: {
        const QString name = request.title.isEmpty()
                                 ? request.feedUrl.toDisplayString(QUrl::PreferLocalFile)
                                 : request.title;
        QMessageBox box(QMessageBox::Question, MainWindow::tr("Subscribe"),
                        MainWindow::tr("Subscribe to “%1”?").arg(name), QMessageBox::NoButton,
                        parent);
        box.setInformativeText(request.feedUrl.toDisplayString(QUrl::PreferLocalFile));
        const QAbstractButton *subscribe =
            box.addButton(MainWindow::tr("&Subscribe"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == subscribe;
    }
    case OpenRequest::Kind::ImportOpml: {
        const QString file = QFileInfo(request.opmlPath).fileName();
        QMessageBox box(
            QMessageBox::Question, MainWindow::tr("Import OPML"),
            MainWindow::tr("Import %n source(s) from “%1”?", nullptr, request.sourceCount)
                .arg(file),
            QMessageBox::NoButton, parent);
        box.setInformativeText(request.opmlPath);
        const QAbstractButton *import =
            box.addButton(MainWindow::tr("&Import"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == import;
    }
    case OpenRequest::Kind::Unusable:
        QMessageBox::warning(parent, MainWindow::tr("Cannot open"), request.error);
        return false;
    }
    return false;
}

} // namespace Ui
