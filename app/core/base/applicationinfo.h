#pragma once

namespace ApplicationInfo {

/// Sets the application name, version and domain on QCoreApplication. Call before anything
/// asks QStandardPaths for a folder: the default profile folder is derived from these.
void apply();

} // namespace ApplicationInfo
