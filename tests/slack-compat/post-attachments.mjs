// Posts one message with Slack attachments through Slack's own client, unmodified.
// Usage: node post-attachments.mjs <incoming webhook URL> <text>
import { IncomingWebhook } from '@slack/webhook';

const [url, text] = process.argv.slice(2);
const webhook = new IncomingWebhook(url, { username: 'slack-client' });
const result = await webhook.send({
  text,
  attachments: [{
    fallback: 'Deploy finished',
    color: 'good',
    pretext: 'Deploy report',
    title: 'Release 1.2.3',
    title_link: 'https://example.com/releases/1.2.3',
    text: 'All <https://example.com/checks|checks> passed',
    fields: [{ title: 'Environment', value: 'production', short: true }, { title: 'Duration', value: 42, short: true }],
    footer: 'deploy-bot',
    ts: 1700000000,
  }],
});
console.log(JSON.stringify({ text: result.text }));
