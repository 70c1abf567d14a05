-- Mattermost's sidebar categories. Only channels a user placed explicitly have a sidebar_channels
-- row; a channel the user belongs to and placed nowhere is shown, at read time, in the team's
-- "channels" category (public and private) or "direct_messages" (direct and group), as Mattermost's
-- store completes those two categories. Joining or creating a channel therefore needs no write
-- here, and leaving one removes its placements through the trigger below, whoever deletes the
-- membership.
CREATE TABLE channels.sidebar_categories (
    id           text    PRIMARY KEY,  -- {type}_{user_id}_{team_id} for the three default categories
    user_id      text    NOT NULL,
    team_id      text    NOT NULL,
    sort_order   bigint  NOT NULL,
    sorting      text    NOT NULL DEFAULT '' CHECK (sorting IN ('', 'manual', 'recent', 'alpha')),
    type         text    NOT NULL CHECK (type IN ('favorites', 'channels', 'direct_messages', 'custom')),
    display_name text    NOT NULL,
    muted        boolean NOT NULL DEFAULT false,
    collapsed    boolean NOT NULL DEFAULT false
);
CREATE INDEX sidebar_categories_user_team ON channels.sidebar_categories (user_id, team_id, sort_order);

CREATE TABLE channels.sidebar_channels (
    category_id text   NOT NULL REFERENCES channels.sidebar_categories (id) ON DELETE CASCADE,
    channel_id  text   NOT NULL,
    user_id     text   NOT NULL,
    sort_order  bigint NOT NULL,
    PRIMARY KEY (category_id, channel_id)
);
CREATE INDEX sidebar_channels_user_channel ON channels.sidebar_channels (user_id, channel_id);

CREATE FUNCTION channels.sidebar_forget_left_channels() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM channels.sidebar_channels s USING left_members l
     WHERE s.user_id = l.user_id AND s.channel_id = l.channel_id;
    RETURN NULL;
END $$;

CREATE TRIGGER channel_members_leave_sidebar
    AFTER DELETE ON channels.channel_members
    REFERENCING OLD TABLE AS left_members
    FOR EACH STATEMENT EXECUTE FUNCTION channels.sidebar_forget_left_channels();
