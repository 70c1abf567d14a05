// Channels with Mattermost's own client, unmodified: Client4 creates a channel, posts, replies,
// reacts, searches, uploads a file and attaches it; WebSocketClient receives the matching events.
// Usage: node channels.mjs <server url>. Prints one JSON line with what it saw; exits 1 on failure.
import mattermost from '@mattermost/client';
import WebSocket from 'ws';

// Node 20 has no WebSocket of its own; the client creates its socket with the global one.
globalThis.WebSocket ??= WebSocket;

const { Client4, WebSocketClient } = mattermost;
const url = process.argv[2];
const client = new Client4();
client.setUrl(url);

const suffix = Math.random().toString(36).slice(2, 8);
const username = `chan${suffix}`;
const password = 'compat-password-1';
const word = `zebra${suffix}`;

function waitFor(events, predicate, what, timeoutMs = 10000) {
    return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
            const found = events.find(predicate);
            if (found) {
                resolve(found);
            } else if (Date.now() - started > timeoutMs) {
                reject(new Error(`no ${what} event within ${timeoutMs} ms; saw ${events.map((e) => e.event).join(', ')}`));
            } else {
                setTimeout(check, 20);
            }
        };
        check();
    });
}

const socket = new WebSocketClient();
try {
    const me = await client.createUser({ username, email: `${username}@example.com`, password });
    await client.login(username, password);
    const team = await client.createTeam({ name: `chan-${suffix}`, display_name: 'Channels Compat', type: 'O' });

    const events = [];
    const connected = new Promise((resolve) => socket.addFirstConnectListener(resolve));
    socket.addMessageListener((message) => events.push(message));
    socket.initialize(client.getWebSocketUrl().replace(/^http/, 'ws'), client.getToken());
    await connected;
    await waitFor(events, (e) => e.event === 'hello', 'hello');

    const channel = await client.createChannel({ team_id: team.id, name: `compat-${suffix}`, display_name: 'Compat', type: 'O' });
    const root = await client.createPost({ channel_id: channel.id, message: `${word} deploy finished` });
    const reply = await client.createPost({ channel_id: channel.id, message: 'thanks', root_id: root.id });
    const reaction = await client.addReaction(me.id, root.id, 'tada');

    const form = new FormData();
    form.append('channel_id', channel.id);
    form.append('client_ids', `client-${suffix}`);
    form.append('files', new Blob([`report for ${word}`], { type: 'text/plain' }), 'report.txt');
    const upload = await client.uploadFile(form);
    const fileId = upload.file_infos[0].id;
    const withFile = await client.createPost({ channel_id: channel.id, message: 'the report', file_ids: [fileId] });
    const fileInfos = await client.getFileInfosForPost(withFile.id);
    const download = await fetch(client.getFileUrl(fileId, Date.now()), { headers: { Authorization: `Bearer ${client.getToken()}` } });

    const found = await client.searchPosts(team.id, word, false);
    const phrase = await client.searchPostsWithParams(team.id, { terms: `"${word} deploy"`, is_or_search: false, page: 0, per_page: 20 });

    const edited = await client.patchPost({ id: reply.id, message: 'thanks, all green' });
    await client.removeReaction(me.id, root.id, 'tada');

    const posted = (postId) => (e) => e.event === 'posted' && JSON.parse(e.data.post).id === postId;
    const created = await waitFor(events, (e) => e.event === 'channel_created' && e.data.channel_id === channel.id, 'channel_created');
    const postedRoot = await waitFor(events, posted(root.id), 'posted (root)');
    const postedReply = await waitFor(events, posted(reply.id), 'posted (reply)');
    const editedEvent = await waitFor(events, (e) => e.event === 'post_edited' && JSON.parse(e.data.post).id === reply.id, 'post_edited');
    const unreacted = await waitFor(events, (e) => e.event === 'reaction_removed' && JSON.parse(e.data.reaction).post_id === root.id, 'reaction_removed');
    const postedFile = await waitFor(events, posted(withFile.id), 'posted (file)');
    const reacted = await waitFor(events, (e) => e.event === 'reaction_added' && JSON.parse(e.data.reaction).post_id === root.id, 'reaction_added');

    console.log(JSON.stringify({
        userId: me.id,
        channelId: channel.id,
        rootId: root.id,
        replyRootId: reply.root_id,
        reactionEmoji: reaction.emoji_name,
        uploadClientIds: upload.client_ids,
        uploadedName: upload.file_infos[0].name,
        fileId,
        postFileIds: withFile.file_ids,
        postFileInfoIds: fileInfos.map((f) => f.id),
        downloadStatus: download.status,
        downloadText: await download.text(),
        searchOrder: found.order,
        searchMatches: found.matches[root.id] ?? null,
        phraseOrder: phrase.order,
        postedChannelType: postedRoot.data.channel_type,
        postedChannelId: postedRoot.broadcast.channel_id,
        postedFileIds: JSON.parse(postedFile.data.post).file_ids,
        reactionEvent: JSON.parse(reacted.data.reaction).emoji_name,
        createdEventTeamId: created.data.team_id,
        postedReplyRootId: JSON.parse(postedReply.data.post).root_id,
        editedMessage: edited.message,
        editedEventMessage: JSON.parse(editedEvent.data.post).message,
        editedEventEditAt: JSON.parse(editedEvent.data.post).edit_at,
        reactionRemovedEvent: JSON.parse(unreacted.data.reaction).emoji_name,
        sequence: events.map((e) => e.seq),
    }));
    socket.close();
    process.exit(0);
} catch (error) {
    console.error(JSON.stringify({ error: error.message, status: error.status_code, id: error.server_error_id, url: error.url }));
    socket.close();
    process.exit(1);
}
