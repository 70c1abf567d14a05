-- Settings a system admin changed through the configuration API, by Suite configuration key.
-- They override the configuration files; a key without a row has its configured or default value.
CREATE TABLE platform.config_settings (
    key       text   PRIMARY KEY,
    value     text   NOT NULL,
    update_at bigint NOT NULL
);
