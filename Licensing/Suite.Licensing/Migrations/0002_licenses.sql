-- Every license this installation has used, as its signed text (Mattermost's Licenses table). Rows
-- are never deleted: removing or outliving a license only clears active_license_id.
CREATE TABLE licensing.licenses (
    id        text   PRIMARY KEY,
    create_at bigint NOT NULL,
    source    text   NOT NULL CHECK (source IN ('upload', 'trial', 'file')),
    bytes     text   NOT NULL CHECK (length(bytes) BETWEEN 1 AND 65536)
);

-- Installation-wide values: installation_id (the server id trials are requested for), active_license_id.
CREATE TABLE licensing.settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- Trial licenses this installation received. At most one came from the trial portal.
CREATE TABLE licensing.trials (
    license_id   text   PRIMARY KEY,
    server_id    text   NOT NULL,
    source       text   NOT NULL CHECK (source IN ('portal', 'upload')),
    requested_by text   NOT NULL,
    create_at    bigint NOT NULL,
    bytes        text   NOT NULL
);
CREATE UNIQUE INDEX trials_one_portal_trial ON licensing.trials (source) WHERE source = 'portal';

-- Expiry warnings already sent, so the daily check sends each once.
CREATE TABLE licensing.expiry_warnings (
    license_id text   NOT NULL,
    stage      text   NOT NULL,
    create_at  bigint NOT NULL,
    PRIMARY KEY (license_id, stage)
);
