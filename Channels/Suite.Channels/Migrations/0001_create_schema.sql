-- The channels schema is created by the migration runner before this file runs; this records the module's presence.
CREATE TABLE channels.module_info (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO channels.module_info (key, value) VALUES ('created_by', 'Suite.Channels');
