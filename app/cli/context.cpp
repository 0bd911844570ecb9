#include "cli/context.h"

#include "cli/command.h"
#include "storage/library.h"
#include "storage/libraryrepair.h"
#include "storage/searchindexer.h"
#include "storage/searchindexservice.h"

#include <cstdio>

namespace Cli {

namespace {

// Changes waiting past which the command says why it takes a moment before it starts.
constexpr qint64 NoticeableBacklog = 2000;

} // namespace

Context::Context(Storage::Profile profile, QTextStream &out, QTextStream &err)
    : m_profile(std::move(profile)), m_out(out), m_err(err)
{}

Context::~Context()
{
    if (m_searchIndex && !m_searchIndex->waitUntilCaughtUp())
        m_err << "tidings: "
              << tr("The search index could not be updated; it is tried again next time.")
              << Qt::endl;
}

std::unique_ptr<Storage::Library> Context::openLibrary()
{
    // A library that cannot be read at all is healed first; the person is told what came back.
    Storage::LibraryRepair repair(m_profile);
    switch (repair.repairIfDamaged(false)) {
    case Storage::LibraryRepair::Outcome::Healthy:
        break;
    case Storage::LibraryRepair::Outcome::Repaired:
        m_err << "tidings: " << repair.message() << Qt::endl;
        break;
    case Storage::LibraryRepair::Outcome::Failed:
        fail(repair.message());
        return nullptr;
    }
    QString error;
    auto library = Storage::Library::open(m_profile, &error);
    if (!library)
        fail(error);
    else if (library->isReadOnly())
        m_err << "tidings: " << library->readOnlyReason() << Qt::endl;
    else if (!m_searchIndex)
        updateSearchIndex();
    return library;
}

void Context::updateSearchIndex()
{
    const QString path = m_profile.databasePath();
    Storage::SearchIndexer indexer(path);
    if (indexer.open()) {
        if (const qint64 pending = indexer.pending(); pending > NoticeableBacklog) {
            m_err << "tidings: "
                  << tr("Updating the search index (%Ln changes)…", nullptr, int(pending))
                  << Qt::endl;
        }
        if (!indexer.catchUp())
            m_err << "tidings: " << indexer.errorMessage() << Qt::endl;
    }
    m_searchIndex = std::make_unique<Storage::SearchIndexService>(path);
}

bool Context::openInput(QFile &file, const QString &path)
{
    if (path == QLatin1String("-"))
        return file.open(stdin, QIODevice::ReadOnly);
    file.setFileName(path);
    return file.open(QIODevice::ReadOnly);
}

int Context::fail(const QString &message)
{
    m_err << "tidings: " << message << Qt::endl;
    return ExitCode::Failure;
}

} // namespace Cli
