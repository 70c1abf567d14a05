-- Mattermost's Preferences: one value per user, category and name.
CREATE TABLE platform.preferences (
    user_id  text NOT NULL REFERENCES platform.users (id),
    category text NOT NULL,
    name     text NOT NULL,
    value    text NOT NULL,
    PRIMARY KEY (user_id, category, name)
);
CREATE INDEX preferences_category_name ON platform.preferences (category, name);
