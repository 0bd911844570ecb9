-- The feed's categories (tags) of an article, one per line, shown under the story. After the
-- long texts: the list queries never read it.
ALTER TABLE articles ADD COLUMN categories TEXT;
