-- Accounts: the local library (id 1, what Tidings fetches itself) and accounts on servers
-- (Tiny Tiny RSS, later Google Reader API) whose folders, sources and articles Tidings syncs.
-- MigrationRunner runs this with foreign keys off and checks them before it commits: the
-- sources table is rebuilt below, and dropping it with foreign keys on would cascade.

CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    type            TEXT NOT NULL CHECK (type IN ('local', 'ttrss', 'greader')),
    title           TEXT NOT NULL DEFAULT '',
    server_url      TEXT,
    username        TEXT,                 -- the password lives in the system keyring
    sync_interval   INTEGER,              -- seconds; NULL follows the app setting
    last_sync       INTEGER,
    last_error      TEXT,
    api_level       INTEGER,              -- what the server said it speaks at the last login
    last_article_id INTEGER NOT NULL DEFAULT 0, -- the highest server article id stored
    position        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL DEFAULT (unixepoch())
);

INSERT INTO accounts (id, type, title, position) VALUES (1, 'local', '', 0);

CREATE TRIGGER accounts_keep_local BEFORE DELETE ON accounts WHEN old.id = 1 BEGIN
    SELECT RAISE(ABORT, 'the local account cannot be removed');
END;

-- A folder or source of a remote account carries the server's id for it.
ALTER TABLE folders ADD COLUMN account_id INTEGER NOT NULL DEFAULT 1
    REFERENCES accounts(id) ON DELETE CASCADE;
ALTER TABLE folders ADD COLUMN remote_id TEXT;
CREATE UNIQUE INDEX folders_remote ON folders(account_id, remote_id) WHERE remote_id IS NOT NULL;

-- A feed URL is unique per account (the same feed may be local and on a server). SQLite cannot
-- drop the old UNIQUE constraint, so the table is rebuilt with the same ids.
CREATE TABLE sources_new (
    id                INTEGER PRIMARY KEY,
    account_id        INTEGER NOT NULL DEFAULT 1 REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id         TEXT,
    folder_id         INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    position          INTEGER NOT NULL DEFAULT 0,
    feed_url          TEXT NOT NULL,
    site_url          TEXT,
    title             TEXT NOT NULL DEFAULT '',
    icon_url          TEXT,
    refresh_interval  INTEGER,              -- seconds; NULL follows the app setting
    etag              TEXT,
    last_modified     TEXT,
    last_fetch        INTEGER,
    next_fetch        INTEGER,
    last_error        TEXT,
    error_count       INTEGER NOT NULL DEFAULT 0,
    paused            INTEGER NOT NULL DEFAULT 0,
    load_full_article INTEGER NOT NULL DEFAULT 0,
    username          TEXT,                 -- the password lives in the system keyring
    created_at        INTEGER NOT NULL DEFAULT (unixepoch()),
    UNIQUE (account_id, feed_url)
);

INSERT INTO sources_new (id, folder_id, position, feed_url, site_url, title, icon_url,
                         refresh_interval, etag, last_modified, last_fetch, next_fetch,
                         last_error, error_count, paused, load_full_article, username, created_at)
SELECT id, folder_id, position, feed_url, site_url, title, icon_url, refresh_interval, etag,
       last_modified, last_fetch, next_fetch, last_error, error_count, paused,
       load_full_article, username, created_at
FROM sources;

DROP TABLE sources;
ALTER TABLE sources_new RENAME TO sources;

CREATE INDEX sources_by_folder ON sources(folder_id, position);
CREATE INDEX sources_by_next_fetch ON sources(next_fetch) WHERE paused = 0;
CREATE UNIQUE INDEX sources_remote ON sources(account_id, remote_id) WHERE remote_id IS NOT NULL;

-- Unsubscribing removes a source's articles, except the bookmarked ones (as in 001).
CREATE TRIGGER sources_delete_articles BEFORE DELETE ON sources BEGIN
    DELETE FROM articles WHERE source_id = old.id AND bookmarked = 0;
    UPDATE articles SET source_title = old.title WHERE source_id = old.id;
END;

-- An article of a remote account: the server's id for it, and the read and bookmark states the
-- server last confirmed. A local state that differs from the confirmed one is a change waiting
-- to be sent (see pending_changes).
ALTER TABLE articles ADD COLUMN remote_id TEXT;
ALTER TABLE articles ADD COLUMN remote_read INTEGER;
ALTER TABLE articles ADD COLUMN remote_bookmarked INTEGER;
CREATE UNIQUE INDEX articles_remote ON articles(remote_id, source_id) WHERE remote_id IS NOT NULL;

-- What Tidings still has to tell a server. Article states (kind 'read' or 'bookmark', item the
-- article's server id, value 0 or 1) keep only the latest wish per article and kind; the
-- triggers below write them in the same statement as the article's new state, so a kill between
-- the change and its send loses nothing, and drop them when the wish equals what the server
-- last confirmed (changes that cancel out). Structure changes ('subscribe', 'unsubscribe',
-- 'move', 'rename') carry a JSON payload. A row goes only once the server confirmed it.
CREATE TABLE pending_changes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    item       TEXT,
    value      INTEGER,
    payload    TEXT,
    created_at INTEGER NOT NULL DEFAULT (unixepoch()),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);

CREATE UNIQUE INDEX pending_article_states ON pending_changes(account_id, kind, item)
WHERE kind IN ('read', 'bookmark');

CREATE TRIGGER articles_queue_read AFTER UPDATE OF read, remote_read ON articles
WHEN new.remote_id IS NOT NULL AND new.source_id IS NOT NULL
    AND (old.read IS NOT new.read OR old.remote_read IS NOT new.remote_read)
BEGIN
    DELETE FROM pending_changes
    WHERE kind = 'read' AND item = new.remote_id
        AND account_id = (SELECT account_id FROM sources WHERE id = new.source_id);
    INSERT INTO pending_changes (account_id, kind, item, value)
    SELECT account_id, 'read', new.remote_id, new.read FROM sources
    WHERE id = new.source_id AND new.read IS NOT new.remote_read;
END;

CREATE TRIGGER articles_queue_bookmark AFTER UPDATE OF bookmarked, remote_bookmarked ON articles
WHEN new.remote_id IS NOT NULL AND new.source_id IS NOT NULL
    AND (old.bookmarked IS NOT new.bookmarked OR old.remote_bookmarked IS NOT new.remote_bookmarked)
BEGIN
    DELETE FROM pending_changes
    WHERE kind = 'bookmark' AND item = new.remote_id
        AND account_id = (SELECT account_id FROM sources WHERE id = new.source_id);
    INSERT INTO pending_changes (account_id, kind, item, value)
    SELECT account_id, 'bookmark', new.remote_id, new.bookmarked FROM sources
    WHERE id = new.source_id AND new.bookmarked IS NOT new.remote_bookmarked;
END;
