-- The licensing schema is created by the migration runner before this file runs; this records the module's presence.
CREATE TABLE licensing.module_info (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO licensing.module_info (key, value) VALUES ('created_by', 'Suite.Licensing');
