#include "ui/subscriptioncontroller.h"

#include "models/databaseworker.h"
#include "models/sourcetreemodel.h"
#include "reading/bookmarkexport.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/sourcerepository.h"
#include "subscriptions/opml.h"
#include "subscriptions/opmlimporter.h"
#include "threading/workpool.h"
#include "ui/addsourcedialog.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

#include <variant>

namespace Ui {

namespace {

struct AddOutcome
{
    QList<Storage::Source> added;
    QList<qint64> existing;
    QStringList errors;
};

QFileDialog *fileDialog(QWidget *parent, const QString &title, const QString &filters,
                        QFileDialog::AcceptMode mode)
{
    auto *dialog = new QFileDialog(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::HomeLocation), filters);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile
                                                        : QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace

SubscriptionController::SubscriptionController(Storage::Library &library,
                                               QNetworkAccessManager *network,
                                               Models::DatabaseWorker *worker,
                                               Models::SourceTreeModel *sources, QWidget *window)
    : QObject(window), m_library(library), m_network(network), m_worker(worker), m_sources(sources),
      m_window(window)
{}

void SubscriptionController::addSource(qint64 folderId)
{
    const QList<Storage::Folder> folders =
        Storage::FolderRepository(m_library.database().connection()).all();
    auto *dialog = new AddSourceDialog(m_network, folders, folderId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { subscribe({dialog->draft()}); });
    dialog->open();
}

void SubscriptionController::subscribe(const QList<Storage::SourceDraft> &drafts)
{
    m_worker->run<AddOutcome>(
        this,
        [drafts](const QSqlDatabase &database) {
            AddOutcome outcome;
            Storage::SourceRepository sources(database);
            for (const Storage::SourceDraft &draft : drafts) {
                const Storage::SourceRepository::AddResult result = sources.add(draft);
                if (result.id == 0)
                    outcome.errors.append(sources.errorMessage());
                else if (result.alreadyExists)
                    outcome.existing.append(result.id);
                else if (const auto source = sources.find(result.id))
                    outcome.added.append(*source);
            }
            return outcome;
        },
        [this](const AddOutcome &outcome) {
            QList<qint64> ids;
            for (const Storage::Source &source : outcome.added) {
                m_sources->addSource(source);
                ids.append(source.id);
            }
            if (!outcome.errors.isEmpty())
                QMessageBox::warning(m_window, tr("Cannot subscribe"),
                                     outcome.errors.join(QLatin1Char('\n')));
            if (ids.isEmpty() && !outcome.existing.isEmpty())
                emit message(tr("You are already subscribed to this feed."));
            if (!ids.isEmpty() || !outcome.existing.isEmpty())
                emit sourcesAdded(ids.isEmpty() ? outcome.existing : ids);
        });
}

void SubscriptionController::subscribeStarterFeeds(const QList<Models::StarterFeed> &feeds)
{
    QList<Storage::SourceDraft> drafts;
    for (const Models::StarterFeed &feed : feeds) {
        Storage::SourceDraft draft;
        draft.feedUrl = feed.url;
        draft.title = feed.title;
        draft.siteUrl = feed.siteUrl;
        drafts.append(draft);
    }
    subscribe(drafts);
}

void SubscriptionController::importOpml()
{
    QFileDialog *dialog =
        fileDialog(m_window, tr("Import OPML"), tr("OPML files (*.opml *.xml);;All files (*)"),
                   QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &SubscriptionController::importOpmlFile);
    dialog->open();
}

void SubscriptionController::importOpmlFile(const QString &path)
{
    // Reading and parsing a list of up to 16 MiB: not on this thread.
    WorkPool::run(
        this,
        [path]() -> std::variant<Subscriptions::OpmlReadResult, QString> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return tr("Cannot read %1: %2").arg(path, file.errorString());
            return Subscriptions::readOpml(file.read(16 * 1024 * 1024));
        },
        [this, path](const std::variant<Subscriptions::OpmlReadResult, QString> &outcome) {
            if (const QString *error = std::get_if<QString>(&outcome)) {
                QMessageBox::warning(m_window, tr("Cannot import"), *error);
                return;
            }
            const auto &read = std::get<Subscriptions::OpmlReadResult>(outcome);
            if (!read.ok()) {
                QMessageBox::warning(m_window, tr("Cannot import"),
                                     tr("%1 is not a subscription list: %2").arg(path, read.error));
                return;
            }
            importOpmlDocument(read.document);
        });
}

void SubscriptionController::importOpmlDocument(const Subscriptions::OpmlDocument &document)
{
    m_worker->run<Subscriptions::ImportReport>(
        this,
        [document](const QSqlDatabase &database) {
            return Subscriptions::OpmlImporter(database).import(document);
        },
        [this](const Subscriptions::ImportReport &report) {
            if (!report.ok()) {
                QMessageBox::warning(m_window, tr("Cannot import"), report.error);
                return;
            }
            QString text = tr("Imported %n source(s).", nullptr, report.added);
            if (report.skipped > 0)
                text += QLatin1Char(' ') +
                        tr("%n already subscribed or listed twice.", nullptr, report.skipped);
            if (report.failed > 0)
                text += QLatin1Char(' ') + tr("%n could not be imported.", nullptr, report.failed);
            emit message(text);
            if (!report.failures.isEmpty()) {
                auto *box = new QMessageBox(QMessageBox::Information, tr("Import OPML"), text,
                                            QMessageBox::Ok, m_window);
                box->setDetailedText(report.failures.join(QLatin1Char('\n')));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            emit libraryImported(report.added);
        });
}

void SubscriptionController::exportOpml()
{
    QFileDialog *dialog =
        fileDialog(m_window, tr("Export OPML"), tr("OPML files (*.opml)"), QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("opml"));
    dialog->selectFile(QStringLiteral("tidings-subscriptions.opml"));
    connect(dialog, &QFileDialog::fileSelected, this, &SubscriptionController::exportOpmlTo);
    dialog->open();
}

void SubscriptionController::exportOpmlTo(const QString &path)
{
    const Subscriptions::OpmlDocument document = Subscriptions::libraryAsOpml(
        m_library.database().connection(), tr("Tidings subscriptions"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Subscriptions::writeOpml(document)) < 0 ||
        !file.commit()) {
        QMessageBox::warning(m_window, tr("Cannot export"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    emit message(tr("Subscriptions exported to %1.").arg(path));
}

void SubscriptionController::exportBookmarks()
{
    QFileDialog *dialog =
        fileDialog(m_window, tr("Export Bookmarks"), tr("Web page (*.html);;JSON (*.json)"),
                   QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("html"));
    dialog->selectFile(QStringLiteral("tidings-bookmarks.html"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("json")) ? QStringLiteral("json")
                                                                        : QStringLiteral("html"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &SubscriptionController::exportBookmarksTo);
    dialog->open();
}

void SubscriptionController::exportBookmarksTo(const QString &path)
{
    const QList<Storage::ArticleRow> rows =
        Reading::bookmarkedArticles(m_library.database().connection());
    const Reading::BookmarkFormat format =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Reading::BookmarkFormat::Json
                                                                   : Reading::BookmarkFormat::Html;
    const QByteArray bytes = Reading::writeBookmarks(rows, format, tr("Bookmarks"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        QMessageBox::warning(m_window, tr("Cannot export"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    emit message(tr("%n bookmark(s) exported to %1.", nullptr, int(rows.size())).arg(path));
}

} // namespace Ui
