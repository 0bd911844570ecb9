-- Stories and saved searches.
--
-- A story: articles of several sources that tell the same thing, shown as one row in the list.
-- ArticleWriter keys each new article by its normalized link and by its normalized title
-- (Storage::StoryKeys) and, when an article of another source that arrived in the days before
-- has the same key, gives it that article's story. The daily briefing's clustering joins the
-- stories it finds too (Storage::StoryRepository). story_id is the id of the story's first
-- article, NULL for an article that is the first (or only) one of its story: the story of an
-- article is coalesce(story_id, id). Articles stored before this migration have no keys.
ALTER TABLE articles ADD COLUMN story_link INTEGER;
ALTER TABLE articles ADD COLUMN story_title INTEGER;
ALTER TABLE articles ADD COLUMN story_id INTEGER;

CREATE INDEX articles_by_story_link ON articles(story_link, first_seen)
WHERE story_link IS NOT NULL;
CREATE INDEX articles_by_story_title ON articles(story_title, first_seen)
WHERE story_title IS NOT NULL;
-- The members of stories: a list groups its rows by reading this index alone.
CREATE INDEX articles_by_story ON articles(story_id) WHERE story_id IS NOT NULL;

-- Searches kept as views in the source tree. query is the search text, operators and all.
CREATE TABLE saved_searches (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    query      TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);
