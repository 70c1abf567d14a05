// Signs up, logs in, reads users/me, creates a team and lists it, with Mattermost's own client.
// Usage: node smoke.mjs <server url>. Prints one JSON line with what it saw; exits 1 on failure.
import mattermost from '@mattermost/client';

const { Client4 } = mattermost;
const url = process.argv[2];
const client = new Client4();
client.setUrl(url);

const suffix = Math.random().toString(36).slice(2, 8);
const username = `compat${suffix}`;
const password = 'compat-password-1';

try {
    const created = await client.createUser({ username, email: `${username}@example.com`, password });
    const loggedIn = await client.login(username, password);
    const me = await client.getMe();
    const team = await client.createTeam({ name: `compat-${suffix}`, display_name: 'Compat Team', type: 'O' });
    const myTeams = await client.getMyTeams();
    const byName = await client.getTeamByName(team.name);
    console.log(JSON.stringify({
        createdId: created.id,
        loggedInId: loggedIn.id,
        meId: me.id,
        meUsername: me.username,
        tokenSet: client.getToken().length === 26,
        teamId: team.id,
        myTeamIds: myTeams.map((t) => t.id),
        byNameId: byName.id,
    }));
} catch (error) {
    console.error(JSON.stringify({ error: error.message, status: error.status_code, id: error.server_error_id, url: error.url }));
    process.exit(1);
}
