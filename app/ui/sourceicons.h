#pragma once

#include "models/modelsfwd.h"
#include "models/sourcetreemodel.h"

#include <QUrl>

class QStyle;

namespace Ui {

/// Where a source's favicon is: its feed's icon, else /favicon.ico of its site (or of its
/// feed's host).
[[nodiscard]] QUrl faviconUrl(const Models::SourceTreeNode &node);

/// The source tree's icons: theme icons for the smart views and folders (with the style's as
/// fallback), favicons for sources, a warning badge for sources whose last refresh failed.
[[nodiscard]] Models::SourceTreeModel::IconProvider sourceIcons(Models::ImageStore *favicons,
                                                                const QStyle *style);

} // namespace Ui
