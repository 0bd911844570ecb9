#include "ui/actionicons.h"

#include <QFile>
#include <QPalette>

namespace Ui::ActionIcons {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QIcon own(const QString &name, bool darkPalette)
{
    const QString path =
        QStringLiteral(":/actionicons/%1/%2.svg")
            .arg(darkPalette ? QLatin1String("dark") : QLatin1String("light"), name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

QIcon icon(const QString &name, bool darkPalette)
{
    return QIcon::fromTheme(name, own(name, darkPalette));
}

} // namespace Ui::ActionIcons
