-- The search index moves to a file of its own, next to the library (Storage::SearchIndexFile),
-- written by a thread of its own (Storage::SearchIndexer), so that storing articles and indexing
-- their text use both cores instead of one after the other.
--
-- The library keeps what the index must still learn, in order, as a queue: an entry either
-- puts an article's text in (removes = 0) or takes given values out (removes = 1: a contentless
-- FTS5 index can only forget what it is told it holds). An article's text is never stored
-- twice: an entry that puts an article in takes the values of the next entry that takes the
-- same article out, else the article as it is now (ArticleWriter hands the text it just worked
-- out to the indexer in memory; the queue holds only the id). The index file records, in the
-- same transaction as its changes, the last entry it applied; entries up to it are deleted by
-- the library's next writer. Any crash leaves entries to apply again, never lost ones, and an
-- index that cannot be trusted (missing, damaged, or from another history of this library) is
-- rebuilt from the articles: the generation below changes, and every article is queued again.
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE TABLE search_queue (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: the index counts on it
    article_id INTEGER NOT NULL,
    removes    INTEGER NOT NULL DEFAULT 0,
    title      TEXT,                              -- with removes = 1: the values indexed
    author     TEXT,
    text       TEXT
);

-- Finds the entry that takes an article out after a given one.
CREATE INDEX search_queue_removals ON search_queue(article_id, seq) WHERE removes = 1;

-- One row. generation: of the index this queue belongs to (the index file holds the same
-- number). pruned_through: the last entry deleted as applied; an index that says it applied
-- less lost its latest transactions and is rebuilt.
CREATE TABLE search_index_state (
    generation     INTEGER NOT NULL,
    pruned_through INTEGER NOT NULL
);
INSERT INTO search_index_state (generation, pruned_through) VALUES (0, 0);

-- New articles are queued by the statement that stores them (Storage::ArticleWriter), which
-- also hands their text to the indexer. Updates and deletes, which also happen through
-- cascades, are queued by these triggers, with the values the index holds; the plain text is
-- recomputed by tidings_article_text(), a function every connection registers.
CREATE TRIGGER search_queue_delete AFTER DELETE ON articles BEGIN
    INSERT INTO search_queue (article_id, removes, title, author, text)
    VALUES (old.id, 1, old.title, old.author, tidings_article_text(old.summary, old.content));
END;

-- Only when the indexed text really changed: marking read or updating a comment count must not
-- churn the index.
CREATE TRIGGER search_queue_update AFTER UPDATE OF title, author, summary, content ON articles
WHEN old.title IS NOT new.title OR old.author IS NOT new.author
    OR old.summary IS NOT new.summary OR old.content IS NOT new.content
BEGIN
    INSERT INTO search_queue (article_id, removes, title, author, text)
    VALUES (old.id, 1, old.title, old.author, tidings_article_text(old.summary, old.content));
    INSERT INTO search_queue (article_id) VALUES (new.id);
END;
