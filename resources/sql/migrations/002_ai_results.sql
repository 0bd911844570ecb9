-- Answers of the AI providers (summaries, key points, translations), kept so that an article
-- is sent to a model once per feature, model and language. Going with the article; dropped
-- when its text changes, since they describe the old text.

CREATE TABLE ai_results (
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    feature         TEXT NOT NULL,             -- "summary", "key-points", "translate"
    provider        TEXT NOT NULL,             -- "builtin", "openai"
    model           TEXT NOT NULL DEFAULT '',
    target_language TEXT NOT NULL DEFAULT '',  -- translations only
    result          TEXT NOT NULL,
    created_at      INTEGER NOT NULL DEFAULT (unixepoch()),
    PRIMARY KEY (article_id, feature, provider, model, target_language)
) WITHOUT ROWID;

-- A feed update rewrites every column of a changed article (a new comment count is enough), so
-- the trigger compares the texts themselves.
CREATE TRIGGER ai_results_follow_text AFTER UPDATE OF title, summary, content, full_content
ON articles
WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary
     OR old.content IS NOT new.content OR old.full_content IS NOT new.full_content
BEGIN
    DELETE FROM ai_results WHERE article_id = new.id;
END;
