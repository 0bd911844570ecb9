#pragma once

#include "storage/library.h"
#include "storage/profile.h"

#include <QDebug>
#include <QString>

#include <memory>

namespace TestSupport {

/// The library of the profile folder \a profileDir, opened as the window opens it; null, with
/// the reason in the test log, when it cannot be opened.
inline std::unique_ptr<Storage::Library> openLibrary(const QString &profileDir)
{
    QString error;
    auto library = Storage::Library::open(Storage::Profile(profileDir), &error);
    if (!library)
        qWarning() << error;
    return library;
}

} // namespace TestSupport
