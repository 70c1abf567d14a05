// Runs the start-up sequence of Mattermost's web app and a short chat session against Suite with
// mattermost-redux, unmodified, on its own Redux store. Usage: node redux-startup.mjs <server url>.
// Prints one JSON line: every step with its outcome and every error the store logged. Exits 1 when
// a required step failed or logged an error; "pending" steps (features Suite lacks) are reported only.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const configureStore = require('mattermost-redux/store').default;
const { Client4 } = require('mattermost-redux/client');
const general = require('mattermost-redux/actions/general');
const users = require('mattermost-redux/actions/users');
const teams = require('mattermost-redux/actions/teams');
const channels = require('mattermost-redux/actions/channels');
const categories = require('mattermost-redux/actions/channel_categories');
const preferences = require('mattermost-redux/actions/preferences');
const posts = require('mattermost-redux/actions/posts');
const search = require('mattermost-redux/actions/search');
const threads = require('mattermost-redux/actions/threads');
const emojis = require('mattermost-redux/actions/emojis');

const url = process.argv[2];
Client4.setUrl(url);

// Every error a thunk logs (mattermost-redux logs failures of its background calls too).
const logged = [];
const errorLog = (state = null, action) => {
    if (action.type === 'LOG_ERROR' && action.error) {
        logged.push({ message: action.error.message, url: action.error.url, status: action.error.status_code, id: action.error.server_error_id });
    }
    return state;
};
const store = configureStore({ appReducers: { errorLog } });
const { dispatch, getState } = store;

const steps = [];
async function step(name, run, { pending = false } = {}) {
    const before = logged.length;
    let outcome;
    try {
        const result = await run();
        const error = result && typeof result === 'object' && 'error' in result ? result.error : undefined;
        outcome = error ? { error: error.message ?? String(error), status: error.status_code, url: error.url } : {};
    } catch (error) {
        outcome = { error: error.message, status: error.status_code, url: error.url };
    }
    if (!outcome.error && logged.length > before) {
        outcome = { error: logged[logged.length - 1].message, status: logged[logged.length - 1].status, url: logged[logged.length - 1].url };
    }
    steps.push({ name, ok: !outcome.error, pending, ...outcome });
    return !outcome.error;
}

// A post made with createPost is written in the background; wait for the server's copy or the failure.
function createdPost(pendingPostId) {
    return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
            const post = Object.values(getState().entities.posts.posts).find((p) => p.pending_post_id === pendingPostId && p.id !== pendingPostId);
            const failed = getState().requests.posts.createPost.status === 'failure';
            if (post) { resolve(post); return; }
            if (failed || Date.now() - started > 10000) { reject(new Error(`the post ${pendingPostId} was not created`)); return; }
            setTimeout(check, 25);
        };
        check();
    });
}

const suffix = Math.random().toString(36).slice(2, 8);
const password = 'redux-password-1';
const me = { username: `redux${suffix}`, email: `redux${suffix}@example.com`, password };
const teammate = { username: `mate${suffix}`, email: `mate${suffix}@example.com`, password };
const state = {};

// Accounts and a team made with the plain client, as an admin would have prepared them.
await Client4.createUser(me);
const mateUser = await Client4.createUser(teammate);
await Client4.login(me.username, password);
const team = await Client4.createTeam({ name: `redux-${suffix}`, display_name: 'Redux Team', type: 'O' });
await Client4.addToTeam(team.id, mateUser.id);
await Client4.logout();

// The web app's start-up: client config and license first, then sign-in and loadMe.
await step('getClientConfig', () => dispatch(general.getClientConfig()));
await step('getLicenseConfig', () => dispatch(general.getLicenseConfig()));
await step('login', async () => { await Client4.login(me.username, password); return {}; });
await step('loadMe', () => dispatch(users.loadMe()));
state.userId = getState().entities.users.currentUserId;
await step('selectTeam', () => dispatch(teams.selectTeam(team.id)));
await step('getWebappPlugins', async () => { await Client4.getWebappPlugins(); return {}; });
await step('getInProductNotices', async () => { await Client4.getInProductNotices(team.id, 'web', '10.11.0'); return {}; });
await step('fetchChannelsAndMembers', () => dispatch(channels.fetchChannelsAndMembers(team.id)));
await step('fetchMyCategories', () => dispatch(categories.fetchMyCategories(team.id)));
await step('getMyTeamUnreads (collapsed threads)', () => dispatch(teams.getMyTeamUnreads(true)));
await step('getMyPreferences', () => dispatch(preferences.getMyPreferences()));
await step('getProfilesByIds', () => dispatch(users.getProfilesByIds([state.userId, mateUser.id])));
await step('getStatusesByIds', () => dispatch(users.getStatusesByIds([state.userId, mateUser.id])));
await step('getThreadCounts', () => dispatch(threads.getThreadCounts(state.userId, team.id)));
await step('getThreadsForCurrentTeam', () => dispatch(threads.getThreadsForCurrentTeam({})));
const townSquare = Object.values(getState().entities.channels.channels).find((c) => c.name === 'town-square');
await step('getPosts (town square)', () => dispatch(posts.getPosts(townSquare.id)));
await step('getChannelStats', () => dispatch(channels.getChannelStats(townSquare.id)));

// A chat session.
await step('createChannel', async () => {
    const result = await dispatch(channels.createChannel({ team_id: team.id, name: `ops-${suffix}`, display_name: 'Ops', type: 'O' }, state.userId));
    state.channelId = result.data?.id;
    return result;
});
await step('addChannelMember', () => dispatch(channels.addChannelMember(state.channelId, mateUser.id)));
await step('createPost', async () => {
    const pending = `${state.userId}:${Date.now()}`;
    dispatch(posts.createPost({ channel_id: state.channelId, message: 'the deploy of suite failed', pending_post_id: pending }));
    state.root = await createdPost(pending);
    return {};
});
await step('createPost (reply)', async () => {
    const pending = `${state.userId}:${Date.now() + 1}`;
    dispatch(posts.createPost({ channel_id: state.channelId, message: `@${teammate.username} can you look?`, root_id: state.root.id, pending_post_id: pending }));
    state.reply = await createdPost(pending);
    return {};
});
await step('addReaction', () => dispatch(posts.addReaction(state.root.id, 'eyes')));
// Custom emoji: made as the web app's emoji page makes one (multipart image and emoji JSON), then used.
const emojiPng = new Blob([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAEklEQVR4nGP4X8HwHx9mGBkKAErHnYFPpUbAAAAAAElFTkSuQmCC', 'base64')], { type: 'image/png' });
await step('createCustomEmoji', async () => {
    const result = await dispatch(emojis.createCustomEmoji({ name: `party${suffix}`, creator_id: state.userId }, emojiPng));
    state.emoji = result.data;
    return result;
});
await step('addReaction (custom emoji)', () => dispatch(posts.addReaction(state.root.id, `party${suffix}`)));
await step('getCustomEmojis', () => dispatch(emojis.getCustomEmojis()));
await step('getCustomEmojiByName', () => dispatch(emojis.getCustomEmojiByName(`party${suffix}`)));
await step('getCustomEmojisInText', () => dispatch(emojis.getCustomEmojisInText(`:party${suffix}: and :smile:`)));
await step('autocompleteCustomEmojis', async () => {
    const result = await dispatch(emojis.autocompleteCustomEmojis(`party${suffix}`.slice(0, 7)));
    state.emojiAutocompleted = (result.data ?? []).map((e) => e.name);
    return result;
});
await step('searchCustomEmojis', () => dispatch(emojis.searchCustomEmojis(`party${suffix}`)));
await step('getPostThread', () => dispatch(posts.getPostThread(state.root.id)));
await step('markChannelAsRead', async () => { dispatch(channels.markChannelAsRead(state.channelId)); await new Promise((r) => setTimeout(r, 300)); return {}; });
await step('searchPostsWithParams', async () => {
    const result = await dispatch(search.searchPostsWithParams(team.id, { terms: 'deploy', is_or_search: false, include_deleted_channels: false, page: 0, per_page: 20 }));
    state.searchOrder = result.data?.order;
    return result;
});
await step('setThreadFollow', () => dispatch(threads.setThreadFollow(state.userId, team.id, state.root.id, true)));
await step('updateThreadRead', () => dispatch(threads.updateThreadRead(state.userId, team.id, state.root.id, Date.now())));
await step('fetchThreads', async () => {
    const result = await dispatch(threads.fetchThreads(state.userId, team.id, { extended: true }));
    state.threadIds = (result.data?.threads ?? []).map((t) => t.id);
    return result;
});
await step('autocompleteUsers', async () => {
    const result = await dispatch(users.autocompleteUsers(teammate.username.slice(0, 5), team.id, state.channelId));
    state.autocompleted = (result.data?.users ?? []).map((u) => u.username);
    return result;
});
await step('getKnownUsers', () => dispatch(users.getKnownUsers()));
await step('patchTeam', () => dispatch(teams.patchTeam({ id: team.id, display_name: 'Redux Team 2' })));
await step('favoriteChannel', () => dispatch(channels.favoriteChannel(state.channelId)));
await step('createCategory', () => dispatch(categories.createCategory(team.id, 'Incidents', [state.channelId])));
// The web app reloads the categories when sidebar_category_created arrives; this script has no WebSocket.
await step('fetchMyCategories (after creating one)', () => dispatch(categories.fetchMyCategories(team.id)));

// What Suite does not serve yet is reported here as { pending: true } steps, not required.
const loggedByRequiredSteps = logged.length;

const failed = steps.filter((s) => !s.ok && !s.pending);
const categoriesState = getState().entities.channelCategories;
console.log(JSON.stringify({
    steps,
    failed: failed.map((s) => s.name),
    pendingFailed: steps.filter((s) => !s.ok && s.pending).map((s) => s.name),
    logged: logged.slice(0, loggedByRequiredSteps),
    loggedByPending: logged.slice(loggedByRequiredSteps),
    userId: state.userId,
    teamId: team.id,
    channelId: state.channelId,
    rootId: state.root?.id,
    replyRootId: state.reply?.root_id,
    searchOrder: state.searchOrder ?? [],
    threadIds: state.threadIds ?? [],
    autocompleted: state.autocompleted ?? [],
    emojiName: state.emoji?.name,
    emojiAutocompleted: state.emojiAutocompleted ?? [],
    customEmojiNames: Object.values(getState().entities.emojis.customEmoji).map((e) => e.name),
    rootReactions: Object.values(getState().entities.posts.reactions[state.root?.id] ?? {}).map((r) => r.emoji_name),
    teammate: teammate.username,
    categoryTypes: Object.values(categoriesState.byId).filter((c) => c.team_id === team.id).map((c) => c.type),
    favoriteChannelIds: Object.values(categoriesState.byId).find((c) => c.type === 'favorites' && c.team_id === team.id)?.channel_ids ?? [],
}));
process.exit(failed.length > 0 || loggedByRequiredSteps > 0 ? 1 : 0);
