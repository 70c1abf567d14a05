CREATE TABLE platform.teams (
    id                text    PRIMARY KEY,
    name              text    NOT NULL,
    display_name      text    NOT NULL,
    description       text    NOT NULL DEFAULT '',
    email             text    NOT NULL DEFAULT '',
    type              text    NOT NULL CHECK (type IN ('O', 'I')),
    company_name      text    NOT NULL DEFAULT '',
    allowed_domains   text    NOT NULL DEFAULT '',
    invite_id         text    NOT NULL,
    allow_open_invite boolean NOT NULL,
    create_at         bigint  NOT NULL,
    update_at         bigint  NOT NULL,
    delete_at         bigint  NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX teams_name_key ON platform.teams (name);

-- A member who leaves keeps the row with delete_at set, as Mattermost does; joining again clears it.
CREATE TABLE platform.team_members (
    team_id        text    NOT NULL REFERENCES platform.teams (id),
    user_id        text    NOT NULL REFERENCES platform.users (id),
    scheme_user    boolean NOT NULL DEFAULT true,
    scheme_admin   boolean NOT NULL DEFAULT false,
    explicit_roles text    NOT NULL DEFAULT '',
    create_at      bigint  NOT NULL,
    delete_at      bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user_id ON platform.team_members (user_id) WHERE delete_at = 0;
