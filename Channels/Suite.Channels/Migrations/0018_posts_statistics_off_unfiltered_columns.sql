-- No query filters, joins or sorts posts by these columns, so the planner never reads their
-- statistics; gathering them (sorting sampled jsonb and text values) was about a quarter of each
-- ANALYZE of the table, which autovacuum runs as posts arrive and which holds back the cleanup of
-- the channel and member rows every post updates for as long as it runs.
ALTER TABLE channels.posts
    ALTER COLUMN message SET STATISTICS 0,
    ALTER COLUMN props SET STATISTICS 0,
    ALTER COLUMN file_ids SET STATISTICS 0,
    ALTER COLUMN hashtags SET STATISTICS 0;
