<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Ai::OpenAiErrors</name>
    <message numerus="yes">
        <source>The server is limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>The server is limiting requests. Try again in %n second.</numerusform>
            <numerusform>The server is limiting requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent nothing for %n second(s) and was given up on. A large model may need a longer timeout in the AI settings.</source>
        <translation>
            <numerusform>The server sent nothing for %n second and was given up on. A large model may need a longer timeout in the AI settings.</numerusform>
            <numerusform>The server sent nothing for %n seconds and was given up on. A large model may need a longer timeout in the AI settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ai::OpenAiProvider</name>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s); choose one.</source>
        <translation>
            <numerusform>Connected to %1. It offers %n model; choose one.</numerusform>
            <numerusform>Connected to %1. It offers %n models; choose one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1. It offers %n model(s), “%2” among them.</source>
        <translation>
            <numerusform>Connected to %1. It offers %n model, “%2” among them.</numerusform>
            <numerusform>Connected to %1. It offers %n models, “%2” among them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1, but it does not offer the model “%2” (it offers %n model(s)).</source>
        <translation>
            <numerusform>Connected to %1, but it does not offer the model “%2” (it offers %n model).</numerusform>
            <numerusform>Connected to %1, but it does not offer the model “%2” (it offers %n models).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::AccountsCommand</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::AddCommand</name>
    <message numerus="yes">
        <source>Added %1 (source %2) with %n article(s)</source>
        <translation>
            <numerusform>Added %1 (source %2) with %n article</numerusform>
            <numerusform>Added %1 (source %2) with %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::BriefingCommand</name>
    <message numerus="yes">
        <source>%n article(s) from %1, latest at %2</source>
        <translation>
            <numerusform>%n article from %1, latest at %2</numerusform>
            <numerusform>%n articles from %1, latest at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::Context</name>
    <message numerus="yes">
        <source>Updating the search index (%Ln changes)…</source>
        <translation>
            <numerusform>Updating the search index (%Ln change)…</numerusform>
            <numerusform>Updating the search index (%Ln changes)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RefreshCommand</name>
    <message numerus="yes">
        <source>Refreshed %n source(s): %1 ok (%2 not modified), %3 failed; %4 new and %5 updated articles</source>
        <translation>
            <numerusform>Refreshed %n source: %1 ok (%2 not modified), %3 failed; %4 new and %5 updated articles</numerusform>
            <numerusform>Refreshed %n sources: %1 ok (%2 not modified), %3 failed; %4 new and %5 updated articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old article(s) that the retention settings no longer keep</source>
        <translation>
            <numerusform>Removed %n old article that the retention settings no longer keep</numerusform>
            <numerusform>Removed %n old articles that the retention settings no longer keep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::RuleCommand</name>
    <message numerus="yes">
        <source>rule %1 matches %n article(s)</source>
        <translation>
            <numerusform>rule %1 matches %n article</numerusform>
            <numerusform>rule %1 matches %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli::SyncCommand</name>
    <message numerus="yes">
        <source>%1: sent %n change(s), %2 folders, %3 sources, %4 new and %5 updated articles</source>
        <translation>
            <numerusform>%1: sent %n change, %2 folders, %3 sources, %4 new and %5 updated articles</numerusform>
            <numerusform>%1: sent %n changes, %2 folders, %3 sources, %4 new and %5 updated articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ArticleListModel</name>
    <message numerus="yes">
        <source>and %n more sources</source>
        <translation>
            <numerusform>and %n more source</numerusform>
            <numerusform>and %n more sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::RelativeTime</name>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::SourceTreeModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n article(s)</source>
        <translation>
            <numerusform>%1
%n article</numerusform>
            <numerusform>%1
%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n article(s)</source>
        <translation>
            <numerusform>%1, %n article</numerusform>
            <numerusform>%1, %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages::ArticlePage</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages::BriefingPage</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n top stories</source>
        <translation>
            <numerusform>%n top story</numerusform>
            <numerusform>%n top stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Secrets::Keyring</name>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be locked or busy; unlock it and try again.</source>
        <translation>
            <numerusform>The keyring did not answer within %n second. It may be locked or busy; unlock it and try again.</numerusform>
            <numerusform>The keyring did not answer within %n seconds. It may be locked or busy; unlock it and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync::SyncEngine</name>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>Sending %n change</numerusform>
            <numerusform>Sending %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Text::Encoding</name>
    <message numerus="yes">
        <source>%n byte(s) that are not valid UTF-8 were read as windows-1252.</source>
        <translation>
            <numerusform>%n byte that is not valid UTF-8 was read as windows-1252.</numerusform>
            <numerusform>%n bytes that are not valid UTF-8 were read as windows-1252.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) replaced by U+FFFD.</source>
        <translation>
            <numerusform>%n invalid byte sequence was replaced by U+FFFD.</numerusform>
            <numerusform>%n invalid byte sequences were replaced by U+FFFD.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::AddSourceDialog</name>
    <message numerus="yes">
        <source>This site offers %n feeds. Choose one:</source>
        <translation>
            <numerusform>This site offers %n feed. Choose one:</numerusform>
            <numerusform>This site offers %n feeds. Choose one:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::AiSettingsPage</name>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>The server offers %n model.</numerusform>
            <numerusform>The server offers %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ArticleDelegate</name>
    <message numerus="yes">
        <source>+ %n more sources</source>
        <translation>
            <numerusform>+ %n more source</numerusform>
            <numerusform>+ %n more sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message numerus="yes">
        <source>Marked %n article(s) as read.</source>
        <translation>
            <numerusform>Marked %n article as read.</numerusform>
            <numerusform>Marked %n articles as read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s); %1 source(s) failed</source>
        <translation>
            <numerusform>%n new article; %1 source(s) failed</numerusform>
            <numerusform>%n new articles; %1 source(s) failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n source(s) from “%1”?</source>
        <translation>
            <numerusform>Import %n source from “%1”?</numerusform>
            <numerusform>Import %n sources from “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index: %Ln article(s) to go</source>
        <translation>
            <numerusform>Updating the search index: %Ln article to go</numerusform>
            <numerusform>Updating the search index: %Ln articles to go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::RuleEditDialog</name>
    <message numerus="yes">
        <source>Would match %n article(s)</source>
        <translation>
            <numerusform>Would match %n article</numerusform>
            <numerusform>Would match %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SourcesSettingsPage</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SubscriptionController</name>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>Imported %n source.</numerusform>
            <numerusform>Imported %n sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed or listed twice.</source>
        <translation>
            <numerusform>%n already subscribed or listed twice.</numerusform>
            <numerusform>%n already subscribed or listed twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n could not be imported.</numerusform>
            <numerusform>%n could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) exported to %1.</source>
        <translation>
            <numerusform>%n bookmark exported to %1.</numerusform>
            <numerusform>%n bookmarks exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be synced</source>
        <translation>
            <numerusform>%n change waiting to be synced</numerusform>
            <numerusform>%n changes waiting to be synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting — %1</source>
        <translation>
            <numerusform>%n change waiting — %1</numerusform>
            <numerusform>%n changes waiting — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TrayController</name>
    <message numerus="yes">
        <source>Tidings: %n unread</source>
        <translation>
            <numerusform>Tidings: %n unread</numerusform>
            <numerusform>Tidings: %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more source(s)</source>
        <translation>
            <numerusform>and %n more source</numerusform>
            <numerusform>and %n more sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n new article</numerusform>
            <numerusform>%n new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) matched your rules</source>
        <translation>
            <numerusform>%n new article matched your rules</numerusform>
            <numerusform>%n new articles matched your rules</numerusform>
        </translation>
    </message>
</context>
</TS>
