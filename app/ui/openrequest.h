#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Ui {

/// What to offer for a file or link handed to Tidings by the file manager, the browser or a
/// second launch: subscribing to a feed, importing an OPML file, or nothing (with the reason).
struct OpenRequest
{
    Q_DECLARE_TR_FUNCTIONS(Ui::OpenRequest)

public:
    enum class Kind { Subscribe, ImportOpml, Unusable };

    static constexpr qint64 MaxFileBytes = 32 * 1024 * 1024;

    Kind kind = Kind::Unusable;
    QString target;      ///< As given.
    QUrl feedUrl;        ///< Subscribe: http(s) URL (feed: forms unwrapped) or a local file URL.
    QString title;       ///< Subscribe from a file: the feed's own title when it has one.
    QString opmlPath;    ///< ImportOpml: the file.
    int sourceCount = 0; ///< ImportOpml: the feeds listed in the file.
    QString error;       ///< Unusable: translated reason.

    /// Reads local files to tell feeds from OPML lists (by content, whatever the extension);
    /// links are only checked, never fetched. Survives any file content.
    [[nodiscard]] static OpenRequest classify(const QString &target);
};

} // namespace Ui
