#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/// What was asked for on the command line, with the global options (accepted before or after
/// the command) taken out and the command's own arguments left for the command to parse.
/// In the core: the window library takes it too, without linking the command-line front end.
struct Invocation
{
    QString profileDirectory;
    bool verbose = false;
    bool help = false;
    bool version = false;
    QString command;
    QStringList commandArguments;
    /// Feeds, OPML files and feed: links to open in the window (`tidings FILE_OR_URL`): URLs
    /// with a feed, feeds, http, https or file scheme as given, and existing files as absolute
    /// paths. A file is recognised when its name has a dot or a slash, so that a file in the
    /// current folder never hides a command of the same name.
    QStringList openTargets;
    /// Hidden option for benchmarks and smoke tests: quit as soon as the window has painted.
    bool quitAfterFirstPaint = false;
    QString error; ///< Set when a global option is malformed.

    /// \a arguments as from QCoreApplication::arguments(), the program name first.
    [[nodiscard]] static Invocation parse(const QStringList &arguments);

    /// True when nothing but global options and open targets were given: the person wants the
    /// window.
    [[nodiscard]] bool opensWindow() const;
};

} // namespace Cli
