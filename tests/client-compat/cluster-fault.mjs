// The cluster fault test (build/cluster-fault-test.sh runs it against build/cluster.sh 2): 8 clients
// post steadily into 20 channels through nginx while WebSocket listeners are connected; one node is
// killed with kill -9. Afterwards every acknowledged post is in its channel exactly once, the
// listeners have reconnected through nginx and receive new posts, and no client saw more than 5 s
// of failed posts. Usage: node cluster-fault.mjs <url> <pid file of the node to kill>.
// Prints what it measured; exits 1 on a failed check.
import fs from 'node:fs';
import WebSocket from 'ws';

const [url, pidFile] = process.argv.slice(2);
const Clients = 8;
const Channels = 20;
const Listeners = 4;
const BeforeKillMs = 4000;
const AfterKillMs = 10000;
const FailureLimitMs = 5000;
const password = 'correct-horse-battery';
const suffix = Math.random().toString(36).slice(2, 8);
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function api(token, method, path, body) {
    const response = await fetch(url + path, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
}

async function must(token, method, path, body) {
    const r = await api(token, method, path, body);
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.json)}`);
    return r;
}

async function user(name) {
    const created = await must(null, 'POST', '/api/v4/users', { username: name, email: `${name}@example.com`, password });
    const login = await must(null, 'POST', '/api/v4/users/login', { login_id: name, password });
    return { id: created.json.id, name, token: login.headers.get('token') };
}

/** A WebSocket listener that reconnects through nginx whenever its connection drops. */
function listen(token) {
    const state = { posts: new Set(), connects: 0, socket: null, closed: false };
    const connect = () => {
        const socket = new WebSocket(url.replace(/^http/, 'ws') + '/api/v4/websocket');
        state.socket = socket;
        socket.on('open', () => {
            state.connects++;
            socket.send(JSON.stringify({ seq: 1, action: 'authentication_challenge', data: { token } }));
        });
        socket.on('message', (data) => {
            const message = JSON.parse(data.toString());
            if (message.event === 'posted') state.posts.add(JSON.parse(message.data.post).id);
        });
        socket.on('error', () => {});
        socket.on('close', () => { if (!state.closed) setTimeout(connect, 200); });
    };
    connect();
    return state;
}

const admin = await user(`admin${suffix}`);
const team = (await must(admin.token, 'POST', '/api/v4/teams', { name: `fault${suffix}`, display_name: 'Fault', type: 'O' })).json;
const writers = [];
for (let i = 0; i < Clients; i++) writers.push(await user(`writer${i}${suffix}`));
const listeners = [];
for (let i = 0; i < Listeners; i++) listeners.push(await user(`listener${i}${suffix}`));
for (const u of [...writers, ...listeners]) await must(admin.token, 'POST', `/api/v4/teams/${team.id}/members`, { team_id: team.id, user_id: u.id });
const channels = [];
for (let c = 0; c < Channels; c++) {
    const channel = (await must(admin.token, 'POST', '/api/v4/channels', { team_id: team.id, name: `c${c}${suffix}`, display_name: `C${c}`, type: 'O' })).json;
    await must(admin.token, 'POST', `/api/v4/channels/${channel.id}/members`, { user_ids: [...writers, ...listeners].map((u) => u.id) });
    channels.push(channel.id);
}
const sockets = listeners.map((l) => listen(l.token));
await sleep(1000);

const acknowledged = new Map(); // pending id -> [channel, post id]
let stopping = false;
let killedAt = 0;
const longestFailureMs = new Array(Clients).fill(0);
async function write(w) {
    for (let n = 0; !stopping; n++) {
        const channel = channels[(w * 7 + n) % Channels];
        const pending = `${writers[w].id}:${n}`;
        let failingSince = 0;
        for (;;) {
            let status = 0;
            try {
                const r = await api(writers[w].token, 'POST', '/api/v4/posts', { channel_id: channel, message: `post ${n}`, pending_post_id: pending });
                status = r.status;
                if (status === 201) { acknowledged.set(pending, [channel, r.json.id]); break; }
            } catch { /* connection failure: counted as a failed post */ }
            failingSince ||= Date.now();
            longestFailureMs[w] = Math.max(longestFailureMs[w], Date.now() - failingSince);
            if (Date.now() - failingSince > 30000) throw new Error(`post ${pending} failed for 30 s (last status ${status})`);
            await sleep(50);
        }
        if (failingSince) longestFailureMs[w] = Math.max(longestFailureMs[w], Date.now() - failingSince);
    }
}
const writing = writers.map((_, w) => write(w));
await sleep(BeforeKillMs);
const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
process.kill(pid, 'SIGKILL');
killedAt = Date.now();
await sleep(AfterKillMs);
stopping = true;
await Promise.all(writing);

// Listeners: every one reconnected (or never lost its node) and receives a post made now.
const last = await must(admin.token, 'POST', '/api/v4/posts', { channel_id: channels[0], message: 'after the kill' });
await sleep(3000);
sockets.forEach((s, i) => check(s.posts.has(last.json.id), `listener ${i} did not receive a post made after the kill (connected ${s.connects} time(s))`));
const reconnected = sockets.filter((s) => s.connects > 1).length;

// Every acknowledged post is stored once in its channel, under the id it was answered with.
let stored = 0;
for (const channel of channels) {
    const ids = [];
    for (let page = 0; ; page++) {
        const list = (await must(admin.token, 'GET', `/api/v4/channels/${channel}/posts?page=${page}&per_page=200`)).json;
        ids.push(...list.order.filter((id) => list.posts[id].type === ''));
        if (list.order.length < 200) break;
    }
    stored += ids.length;
    check(new Set(ids).size === ids.length, `channel ${channel} lists a post twice`);
    const idSet = new Set(ids);
    for (const [pending, [c, id]] of acknowledged) if (c === channel) check(idSet.has(id), `acknowledged post ${pending} (${id}) is missing`);
}
check(stored === acknowledged.size + 1, `stored ${stored} posts, acknowledged ${acknowledged.size} (+1 after the kill)`);
const worst = Math.max(...longestFailureMs);
check(worst <= FailureLimitMs, `a client saw ${worst} ms of failed posts`);
sockets.forEach((s) => { s.closed = true; s.socket.terminate(); });

console.log(JSON.stringify({ acknowledged: acknowledged.size, stored, longestFailureMs: worst, listenersReconnected: reconnected, failures }));
process.exit(failures.length === 0 ? 0 : 1);
