-- The id this installation gives the push proxy as server_id (Mattermost sends its diagnostic id),
-- made once and kept, so that devices keep recognising the server.
CREATE TABLE channels.push_server (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    server_id text    NOT NULL
);
