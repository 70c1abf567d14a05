-- Phrase search. The GIN index on search_vector finds the posts holding every word of a phrase,
-- and each must then be read to check that the words stand together: for two common words that is
-- tens of thousands of rows. search_pairs lists each pair of adjacent lexemes of the post (as
-- to_tsvector('english') numbers them, so stop words keep their places), and its GIN index finds
-- the posts holding a phrase's pairs directly. A phrase whose words are never adjacent as lexemes
-- (a stop word between them) has no pairs, and "contains no pairs" holds for every post.
CREATE FUNCTION channels.adjacent_lexeme_pairs(document tsvector) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme), '{}')
      FROM (SELECT l.lexeme, unnest(l.positions) AS position FROM unnest(document) l) a
      JOIN (SELECT l.lexeme, unnest(l.positions) AS position FROM unnest(document) l) b ON b.position = a.position + 1
$$;

ALTER TABLE channels.posts ADD COLUMN search_pairs text[]
    GENERATED ALWAYS AS (channels.adjacent_lexeme_pairs(to_tsvector('english', message || ' ' || hashtags))) STORED;
CREATE INDEX posts_search_pairs ON channels.posts USING gin (search_pairs);
