-- A record's revision: the nonce that starts its sealed templates (12 random bytes, new on every write). Kept as
-- a stored generated column so that a cached record is checked with one small indexed read, without touching the
-- (TOASTed) sealed value. Rows written before this migration get theirs when it runs (the table is rewritten).
ALTER TABLE records ADD COLUMN revision bytea GENERATED ALWAYS AS (substring(sealed FROM 1 FOR 12)) STORED;
