-- Rules, mute words and tags: what keeps the noise out of the reading flow.

-- A rule: its conditions (rule_conditions) joined by "any" or "all", and what it does to an
-- article that matches. Rules run on new articles as they are stored, and once on the library
-- when saved. A rule made for one source (source_id) looks only at that source's articles.
CREATE TABLE rules (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL DEFAULT '',
    enabled    INTEGER NOT NULL DEFAULT 1,
    match_all  INTEGER NOT NULL DEFAULT 0,
    source_id  INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    mark_read  INTEGER NOT NULL DEFAULT 0,
    bookmark   INTEGER NOT NULL DEFAULT 0,
    hide       INTEGER NOT NULL DEFAULT 0,
    notify     INTEGER NOT NULL DEFAULT 0,
    tag        TEXT,                      -- a tag name to add, NULL for none
    highlight  TEXT,                      -- a colour (#rrggbb), NULL for none
    position   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE TABLE rule_conditions (
    id      INTEGER PRIMARY KEY,
    rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,
    field   TEXT NOT NULL CHECK (field IN ('title', 'author', 'text', 'link', 'category',
                                           'source', 'folder')),
    match   TEXT NOT NULL CHECK (match IN ('contains', 'word', 'regex')),
    pattern TEXT NOT NULL
);

CREATE INDEX rule_conditions_by_rule ON rule_conditions(rule_id, id);

-- Words that hide the articles whose title or text holds them, until a moment. Applied when
-- lists are read (through the search index), so an expired mute stops hiding by itself.
CREATE TABLE mutes (
    id         INTEGER PRIMARY KEY,
    word       TEXT NOT NULL,
    until      INTEGER NOT NULL,          -- seconds since the epoch, UTC
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE INDEX mutes_by_until ON mutes(until);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id);

-- Hidden by a rule: kept, but shown only in the Hidden view and never counted as unread.
ALTER TABLE articles ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
-- A rule's highlight colour (#rrggbb) for the article list, NULL for none.
ALTER TABLE articles ADD COLUMN highlight TEXT;

CREATE INDEX articles_hidden ON articles(sort_date DESC) WHERE hidden = 1;
