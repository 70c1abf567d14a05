-- The write of a batch of posts finds each counted member by (channel_id, user_id), as does the
-- insert's membership check. PostgreSQL's estimate of rows per user_id comes from the many users in
-- few channels, so it took channel_members_user_id for these lookups and then filtered that user's
-- memberships by channel: every membership of someone in a thousand channels was read for each of
-- their posts. Indexed by both columns, the user's side finds the one row either way, and still
-- serves every query by user alone.
CREATE INDEX channel_members_user_channel ON channels.channel_members (user_id, channel_id);
DROP INDEX channels.channel_members_user_id;
