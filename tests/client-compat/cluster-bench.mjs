// Post creation through nginx (build/bench-cluster.sh): C clients post for D seconds into K channels,
// each client waiting for its answer before the next post. Usage:
// node cluster-bench.mjs <url> <seconds> <clients> <channels>. Prints one JSON line with posts/s.
// With "failover <url> <node url> <node pid file>": a channel's grain is activated on that node by a
// post sent to it directly, the node is killed with kill -9, and the time from the kill to the first
// post accepted into that channel through <url> is printed.
import fs from 'node:fs';

const failover = process.argv[2] === 'failover';
const args = failover ? process.argv.slice(3) : process.argv.slice(2);
const [url, seconds, clientCount, channelCount] = failover
    ? [args[0], 0, 1, 1]
    : [args[0], Number(args[1] ?? 15), Number(args[2] ?? 32), Number(args[3] ?? 1)];
const password = 'correct-horse-battery';
const suffix = Math.random().toString(36).slice(2, 8);

async function must(token, method, path, body) {
    const response = await fetch(url + path, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return { json: text ? JSON.parse(text) : null, headers: response.headers };
}

async function user(name) {
    const created = await must(null, 'POST', '/api/v4/users', { username: name, email: `${name}@example.com`, password });
    const login = await must(null, 'POST', '/api/v4/users/login', { login_id: name, password });
    return { id: created.json.id, token: login.headers.get('token') };
}

const admin = await user(`benchadmin${suffix}`);
const team = (await must(admin.token, 'POST', '/api/v4/teams', { name: `bench${suffix}`, display_name: 'Bench', type: 'O' })).json;
const writers = [];
for (let i = 0; i < clientCount; i++) {
    const writer = await user(`bench${i}${suffix}`);
    await must(admin.token, 'POST', `/api/v4/teams/${team.id}/members`, { team_id: team.id, user_id: writer.id });
    writers.push(writer);
}
// One channel holds every writer; with many, each writer creates its own share and is their only member
// (adding members writes a system post per member, which made a setup of 1,000 shared channels take an hour).
const channels = [];
const owned = writers.map(() => []);
if (channelCount === 1) {
    const channel = (await must(admin.token, 'POST', '/api/v4/channels', { team_id: team.id, name: `b0${suffix}`, display_name: 'B0', type: 'O' })).json;
    await must(admin.token, 'POST', `/api/v4/channels/${channel.id}/members`, { user_ids: writers.map((w) => w.id) });
    channels.push(channel.id);
    owned.forEach((list) => list.push(channel.id));
} else {
    for (let c = 0; c < channelCount; c++) {
        const w = c % writers.length;
        const channel = (await must(writers[w].token, 'POST', '/api/v4/channels', { team_id: team.id, name: `b${c}${suffix}`, display_name: `B${c}`, type: 'O' })).json;
        channels.push(channel.id);
        owned[w].push(channel.id);
    }
}

if (failover) {
    const [, nodeUrl, pidFile] = args;
    const post = (base) => fetch(base + '/api/v4/posts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${writers[0].token}` },
        body: JSON.stringify({ channel_id: channels[0], message: 'failover' }),
    }).then((r) => r.status).catch(() => 0);
    if (await post(nodeUrl) !== 201) throw new Error('the warm-up post to the node failed');
    process.kill(Number(fs.readFileSync(pidFile, 'utf8').trim()), 'SIGKILL');
    const killed = performance.now();
    let attempts = 0;
    while (await post(url) !== 201) {
        attempts++;
        await new Promise((r) => setTimeout(r, 10));
    }
    console.log(JSON.stringify({ failoverMs: Math.round(performance.now() - killed), failedAttempts: attempts }));
    process.exit(0);
}

let created = 0;
let failed = 0;
const ends = Date.now() + seconds * 1000;
await Promise.all(writers.map(async (writer, w) => {
    for (let n = 0; Date.now() < ends; n++) {
        try {
            await must(writer.token, 'POST', '/api/v4/posts', { channel_id: owned[w][n % owned[w].length], message: `bench ${n}` });
            created++;
        } catch {
            failed++;
        }
    }
}));
console.log(JSON.stringify({ clients: clientCount, channels: channelCount, seconds, created, failed, postsPerSecond: Math.round(created / seconds) }));
