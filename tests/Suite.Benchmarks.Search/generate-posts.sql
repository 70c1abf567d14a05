-- Writes @count posts into channels.posts, oldest first, 30 seconds apart, ending now: each a
-- message of 4 to 24 words drawn from bench.vocab with a Zipf-like distribution (the rank is
-- log-uniform, so the word of rank r is about 1/r as frequent as the first), spread over the
-- channels in @channelIds and the authors in @userIds. Posts numbered up to @oldCount also carry
-- the word "legacyoutage", a word only old posts hold.
-- The search columns are computed as the Suite's own insert computes them (migration 0015).
INSERT INTO channels.posts (id, channel_id, user_id, message, create_at, update_at, search_vector, search_pairs)
SELECT 'bench' || lpad(m.i::text, 21, '0'),
       (@channelIds::text[])[1 + (m.i::bigint * 7919) % cardinality(@channelIds::text[])],
       (@userIds::text[])[1 + (m.i::bigint * 104729) % cardinality(@userIds::text[])],
       m.message,
       @end - (@total::bigint - m.i) * 30000,
       @end - (@total::bigint - m.i) * 30000,
       document.vector,
       pairs.pairs
  FROM (
    SELECT g.i, string_agg(v.word, ' ' ORDER BY g.k) || CASE WHEN g.i <= @oldCount THEN ' legacyoutage' ELSE '' END AS message
      FROM (SELECT i, k, least(@vocabulary, ceil(exp(random() * ln(@vocabulary)))::int) AS rank
              FROM generate_series(@first::int, @first::int + @count::int - 1) i,
                   LATERAL generate_series(1, 4 + (random() * 20)::int + 0 * i) k) g
      JOIN bench.vocab v ON v.rank = g.rank
     GROUP BY g.i
  ) m,
       LATERAL (SELECT to_tsvector('english', m.message || ' ') AS vector) document,
       LATERAL channels.lexeme_pairs(document.vector) AS pairs(pairs);
