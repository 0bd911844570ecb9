#include "subscriptions/opmlimporter.h"

#include "storage/folderrepository.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"

namespace Subscriptions {

namespace {

QString folderKey(qint64 parentId, const QString &title)
{
    return QString::number(parentId) + QLatin1Char('/') + title;
}

} // namespace

OpmlImporter::OpmlImporter(QSqlDatabase database) : m_database(std::move(database))
{}

qint64 OpmlImporter::folderFor(const QStringList &path, qint64 root, QString *error)
{
    Storage::FolderRepository folders(m_database);
    if (m_folders.isEmpty()) {
        // A sync account's folders are its server's: imported feeds go to local ones.
        for (const Storage::Folder &folder : folders.all()) {
            if (folder.accountId == Storage::LocalAccountId)
                m_folders.insert(folderKey(folder.parentId, folder.title), folder.id);
        }
    }
    qint64 parent = root;
    for (const QString &title : path) {
        const QString key = folderKey(parent, title);
        if (const auto it = m_folders.constFind(key); it != m_folders.constEnd()) {
            parent = it.value();
            continue;
        }
        const std::optional<qint64> created = folders.add(title, parent);
        if (!created) {
            *error = folders.errorMessage();
            return -1;
        }
        m_folders.insert(key, *created);
        parent = *created;
    }
    return parent;
}

ImportReport OpmlImporter::import(const OpmlDocument &document, qint64 intoFolderId)
{
    ImportReport report;
    Storage::SourceRepository sources(m_database);
    QList<QUrl> subscribed;
    for (const Storage::Source &source : sources.fetchedSources())
        subscribed.append(source.feedUrl);
    report.plan = buildImportPlan(document, subscribed);

    Storage::Transaction transaction(m_database);
    if (!transaction.isActive()) {
        report.error = transaction.errorMessage();
        return report;
    }
    for (ImportPlanRow &row : report.plan) {
        const QString name = row.title.isEmpty() ? row.feedUrl : row.title;
        switch (row.status) {
        case ImportPlanRow::Status::DuplicateInFile:
        case ImportPlanRow::Status::DuplicateInLibrary:
            ++report.skipped;
            continue;
        case ImportPlanRow::Status::InvalidUrl:
            ++report.failed;
            report.failures.append(tr("%1: not a feed address").arg(name));
            continue;
        case ImportPlanRow::Status::New:
            break;
        }
        QString error;
        const qint64 folderId = folderFor(row.folderPath, intoFolderId, &error);
        const Storage::SourceRepository::AddResult added =
            folderId < 0 ? Storage::SourceRepository::AddResult{}
                         : sources.add({row.url, row.title, QUrl(row.siteUrl), folderId});
        if (added.id == 0) {
            ++report.failed;
            report.failures.append(
                tr("%1: %2").arg(name, folderId < 0 ? error : sources.errorMessage()));
            continue;
        }
        ++report.added;
    }
    if (!transaction.commit()) {
        report = ImportReport{report.plan, 0, 0, 0, {}, transaction.errorMessage()};
    }
    return report;
}

OpmlDocument libraryAsOpml(const QSqlDatabase &database, const QString &title)
{
    OpmlDocument document;
    document.title = title;
    document.created = QDateTime::currentDateTimeUtc();

    // Build the outline tree bottom-up: sources into their folders, folders into their parents.
    QHash<qint64, QList<Outline>> childrenOf;
    for (const Storage::Source &source : Storage::SourceRepository(database).all()) {
        Outline outline;
        outline.title = source.title.isEmpty() ? source.feedUrl.toString() : source.title;
        outline.feedUrl = source.feedUrl.toString();
        outline.siteUrl = source.siteUrl.toString();
        outline.type = QStringLiteral("rss");
        childrenOf[source.folderId].append(outline);
    }
    const QList<Storage::Folder> folders = Storage::FolderRepository(database).all();
    // all() lists parents before children, so walking it backwards completes children first.
    QHash<qint64, Outline> folderOutlines;
    for (auto it = folders.crbegin(); it != folders.crend(); ++it) {
        Outline outline;
        outline.title = it->title;
        outline.children = folderOutlines.take(it->id).children + childrenOf.take(it->id);
        if (outline.children.isEmpty())
            continue; // OPML has no empty folders: an outline without children is a bad feed
        Outline &parent = folderOutlines[it->parentId];
        parent.children.prepend(outline);
    }
    document.outlines = folderOutlines.take(0).children + childrenOf.take(0);
    return document;
}

} // namespace Subscriptions
