#include "storage/sessionmarker.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Storage {

namespace {

void writeMarker(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n');
}

} // namespace

SessionMarker::SessionMarker(const Profile &profile)
    : m_runningPath(profile.filePath(QStringLiteral("session-running"))),
      m_checkRequestPath(profile.filePath(QStringLiteral("check-at-start")))
{}

bool SessionMarker::checkNeeded() const
{
    return QFileInfo::exists(m_runningPath) || QFileInfo::exists(m_checkRequestPath);
}

void SessionMarker::begin()
{
    writeMarker(m_runningPath);
    QFile::remove(m_checkRequestPath);
}

void SessionMarker::end()
{
    QFile::remove(m_runningPath);
}

void SessionMarker::requestCheckAtNextStart()
{
    writeMarker(m_checkRequestPath);
}

} // namespace Storage
