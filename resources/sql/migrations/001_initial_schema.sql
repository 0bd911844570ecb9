-- The library: folders of sources, their articles and enclosures, and a full-text index.
-- Times are seconds since the Unix epoch, UTC.

CREATE TABLE folders (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    title     TEXT NOT NULL,
    position  INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX folders_by_parent ON folders(parent_id, position);

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
CREATE INDEX sources_by_next_fetch ON sources(next_fetch) WHERE paused = 0;

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    -- NULL once the source is removed: bookmarked articles outlive their source.
    source_id        INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    source_title     TEXT,                  -- set when the source is removed
    -- "g:" guid, else "l:" link, else "h:" hash of title and content; unique within a source.
    identity         TEXT NOT NULL,
    -- Hash of everything a feed can change; an item whose hash is unchanged is not rewritten.
    content_hash     INTEGER NOT NULL DEFAULT 0,
    guid             TEXT,
    link             TEXT,
    title            TEXT NOT NULL DEFAULT '',
    author           TEXT,
    published        INTEGER,
    updated          INTEGER,
    first_seen       INTEGER NOT NULL DEFAULT (unixepoch()),
    -- The latest first_seen of this and every article stored before it: never decreasing with
    -- id, and never below sort_date. A search walks matches from the newest id down and stops
    -- once this falls below the date of the last result it needs (Storage::ArticleSearch).
    first_seen_max   INTEGER NOT NULL DEFAULT 0,
    -- The date lists sort and filter by: the published date, but never later than the moment
    -- the article arrived, so that a feed's future dates cannot pin it to the top.
    sort_date        INTEGER GENERATED ALWAYS AS (min(coalesce(published, first_seen), first_seen)) VIRTUAL,
    read             INTEGER NOT NULL DEFAULT 0,
    bookmarked       INTEGER NOT NULL DEFAULT 0,
    bookmarked_at    INTEGER,
    image_url        TEXT,
    comments_url     TEXT,
    comment_feed_url TEXT,
    comment_count    INTEGER,
    -- The start of the plain text of the content, for the article list.
    excerpt          TEXT,
    -- The long texts come last: a list query then reads the small columns without walking
    -- the overflow pages of the content. They hold UTF-8 HTML compressed by qCompress()
    -- (Storage::ArticleText); the plain text is not stored, the search index is built from it.
    summary          BLOB,
    content          BLOB,
    full_content     BLOB                   -- extracted from the web page on request
);

CREATE UNIQUE INDEX articles_identity ON articles(source_id, identity);
CREATE INDEX articles_by_source_date ON articles(source_id, sort_date DESC);
CREATE INDEX articles_by_date ON articles(sort_date DESC);
CREATE INDEX articles_unread ON articles(source_id, sort_date DESC) WHERE read = 0;
CREATE INDEX articles_bookmarked ON articles(sort_date DESC) WHERE bookmarked = 1;

-- Identities of articles that retention removed while their feed may still list them, so that
-- the next fetch does not bring them back as new. Forgotten once the feed stops listing them.
CREATE TABLE pruned_articles (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    identity  TEXT NOT NULL,
    seen_at   INTEGER NOT NULL,             -- last time a fetched feed still listed it
    PRIMARY KEY (source_id, identity)
) WITHOUT ROWID;

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

-- Contentless: the index alone, the texts stay (compressed) in articles. Removing a row needs
-- the values it was indexed with; tidings_article_text(summary, content), a function every
-- connection registers (Storage::ArticleText), recomputes the plain text ArticleWriter indexed.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, author, text,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Pending terms are flushed to a new segment at each commit or when they exceed this size; a
-- large batch of feeds then makes a few big segments instead of many small ones to merge.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608);

-- New articles are indexed by the statement that stores them (Storage::ArticleWriter), not by an
-- AFTER INSERT trigger: a trigger makes each INSERT run under a statement savepoint, and FTS5
-- flushes its pending terms at every savepoint, writing one index segment per article (five
-- times slower ingest). Articles are inserted nowhere else. Updates and deletes, which also
-- happen through cascades, are kept in step by the triggers below.
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, author, text)
    VALUES ('delete', old.id, old.title, old.author,
            tidings_article_text(old.summary, old.content));
END;

-- Only when the indexed text really changed: marking read or updating a comment count must not
-- churn the index.
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, author, summary, content ON articles
WHEN old.title IS NOT new.title OR old.author IS NOT new.author
    OR old.summary IS NOT new.summary OR old.content IS NOT new.content
BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, author, text)
    VALUES ('delete', old.id, old.title, old.author,
            tidings_article_text(old.summary, old.content));
    INSERT INTO articles_fts(rowid, title, author, text)
    VALUES (new.id, new.title, new.author, tidings_article_text(new.summary, new.content));
END;
