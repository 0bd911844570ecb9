#include "base/applicationinfo.h"

#include "base/buildinfo.h"

#include <QCoreApplication>

namespace ApplicationInfo {

void apply()
{
    // Lower-case name and no organisation: data goes to ~/.local/share/tidings on Linux.
    QCoreApplication::setApplicationName(QStringLiteral("tidings"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDINGS_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(TIDINGS_ORGANIZATION_DOMAIN));
}

} // namespace ApplicationInfo
