-- The library: folders of sources, their articles and enclosures, and a full-text index.
-- Times are seconds since the Unix epoch, UTC.

CREATE TABLE folders (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    title     TEXT NOT NULL,
    position  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sources (
    id                INTEGER PRIMARY KEY,
    folder_id         INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    position          INTEGER NOT NULL DEFAULT 0,
    feed_url          TEXT NOT NULL UNIQUE,
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
    created_at        INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE INDEX sources_by_folder ON sources(folder_id, position);

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    -- NULL once the source is removed: bookmarked articles outlive their source.
    source_id        INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    source_title     TEXT,
    -- "g:" guid, else "l:" link, else "h:" hash of title and content.
    identity         TEXT NOT NULL,
    guid             TEXT,
    link             TEXT,
    title            TEXT NOT NULL DEFAULT '',
    author           TEXT,
    published        INTEGER,
    updated          INTEGER,
    first_seen       INTEGER NOT NULL DEFAULT (unixepoch()),
    summary          TEXT,
    content          TEXT,
    text             TEXT,                  -- plain text of the content, for search and excerpts
    image_url        TEXT,
    comments_url     TEXT,
    comment_feed_url TEXT,
    comment_count    INTEGER,
    full_content     TEXT,                  -- extracted from the web page on request
    read             INTEGER NOT NULL DEFAULT 0,
    bookmarked       INTEGER NOT NULL DEFAULT 0,
    bookmarked_at    INTEGER
);

CREATE UNIQUE INDEX articles_identity ON articles(source_id, identity);
CREATE INDEX articles_by_source_date ON articles(source_id, coalesce(published, first_seen) DESC);
CREATE INDEX articles_by_date ON articles(coalesce(published, first_seen) DESC);
CREATE INDEX articles_unread ON articles(source_id) WHERE read = 0;
CREATE INDEX articles_bookmarked ON articles(bookmarked_at DESC) WHERE bookmarked = 1;

CREATE TABLE enclosures (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    type       TEXT,
    length     INTEGER
);

CREATE INDEX enclosures_by_article ON enclosures(article_id);

-- Unsubscribing removes a source's articles, except the bookmarked ones.
CREATE TRIGGER sources_delete_articles BEFORE DELETE ON sources BEGIN
    DELETE FROM articles WHERE source_id = old.id AND bookmarked = 0;
    UPDATE articles SET source_title = old.title WHERE source_id = old.id;
END;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, author, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, author, text)
    VALUES (new.id, new.title, new.author, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, author, text)
    VALUES ('delete', old.id, old.title, old.author, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, author, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, author, text)
    VALUES ('delete', old.id, old.title, old.author, old.text);
    INSERT INTO articles_fts(rowid, title, author, text)
    VALUES (new.id, new.title, new.author, new.text);
END;
