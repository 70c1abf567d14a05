-- Every post costs an entry in each of the posts table's indexes and a check of each of its
-- foreign keys, in the transaction that writes it. posts_user_recent (0014) serves every query that
-- read posts_user_id, which goes. The channel_id foreign key ran a query per inserted post to find
-- a channel the insert has just locked and joined to (PostBatchCommitter inserts only into a
-- channel row it updated in the same transaction, and channels are archived, never deleted).
DROP INDEX channels.posts_user_id;
ALTER TABLE channels.posts DROP CONSTRAINT posts_channel_id_fkey;
