<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli::Dispatcher</name>
    <message>
        <source>Usage: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]

Tidings is a news reader. Without a command it opens its window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options (before or after the command):
  --profile DIR  Keep all data in DIR instead of the default data folder
                 (the TIDINGS_PROFILE environment variable does the same)
  --verbose      Print debug messages of the tidings.* logging categories
  -h, --help     Show this help; &apos;tidings COMMAND --help&apos; shows a command&apos;s options
  --version      Show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidings: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::InfoCommand</name>
    <message>
        <source>Show the version, the profile folder and the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::Invocation</name>
    <message>
        <source>--profile needs a folder, as in --profile DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the file and its folder are readable and writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tidings database (%2). Tidings has left it untouched. Move it aside or restore a backup, then start Tidings again to begin with an empty library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the database %1: %2. Your data has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::MigrationRunner</name>
    <message>
        <source>The database was written by a newer version of Tidings (schema %1; this version knows up to %2). Update Tidings to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage::Profile</name>
    <message>
        <source>The profile folder %1 is a file. Choose another folder with --profile or move the file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1. Check that its parent folder exists and that you may write to it, or choose another folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable. Give yourself write permission on it or choose another folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>Tidings cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidings cannot open your library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ArticlePane</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::EmptyStateWidget</name>
    <message>
        <source>Welcome to Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the news sites and feeds you follow, and their new articles will gather here. Give Tidings a website&apos;s address and it finds the feed for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::GeneralSettingsPage</name>
    <message>
        <source>Refresh all sources when Tidings starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new articles every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tidings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tidings %1&lt;/h3&gt;&lt;p&gt;A news reader for people who read many sources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
