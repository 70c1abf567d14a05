-- When a team's icon last changed (Mattermost's last_team_icon_update); 0 while it has none. The icon
-- itself lives in the file store at teams/{id}/teamIcon.png, Mattermost's path.
ALTER TABLE platform.teams ADD COLUMN last_team_icon_update bigint NOT NULL DEFAULT 0;
