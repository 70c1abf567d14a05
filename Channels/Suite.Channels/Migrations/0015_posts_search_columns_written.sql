-- search_vector and search_pairs stop being generated columns: the statements that write a post's
-- message compute them (Posts/PostSearchDocument.cs). A generated column can only call
-- adjacent_lexeme_pairs as a function, and PostgreSQL plans a SQL function's body again in every
-- statement that calls it (about 0.4 ms, more than inserting a post costs); written by the
-- insert itself, the pairs come from channels.lexeme_pairs below, which PostgreSQL inlines into
-- the insert's own plan, kept across statements, and to_tsvector runs once for both columns.
CREATE FUNCTION channels.lexeme_pairs(document tsvector) RETURNS SETOF text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT pair), '{}')
      FROM (SELECT lexeme || ' ' || lead(lexeme) OVER by_position AS pair,
                   lead(position) OVER by_position - position AS gap
              FROM (SELECT l.lexeme, unnest(l.positions) AS position FROM unnest(document) l) lexemes
            WINDOW by_position AS (ORDER BY position)) pairs
     WHERE gap = 1
$$;

-- The same pairs as one value, for queries that pair a phrase's lexemes (one definition).
CREATE OR REPLACE FUNCTION channels.adjacent_lexeme_pairs(document tsvector) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT pairs FROM channels.lexeme_pairs(document) pairs
$$;

ALTER TABLE channels.posts
    ALTER COLUMN search_vector DROP EXPRESSION,
    ALTER COLUMN search_pairs DROP EXPRESSION;
ALTER TABLE channels.posts
    ALTER COLUMN search_vector SET NOT NULL,
    ALTER COLUMN search_pairs SET NOT NULL;
