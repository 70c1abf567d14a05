using System.Net;
using System.Text.Json;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>
/// Keyword actions: a post holding a channel's keywords gets a prompt in its thread (written off the posting
/// path, so tests wait for it), and the prompt's signals start a run or silence the thread.
/// </summary>
public sealed class KeywordTriggerTests : PlaybooksFixture
{
    private const string PromptType = "custom_keywords_prompt";

    private async Task<(string ChannelId, string PlaybookId)> ChannelWithKeywordsAsync(bool enabled = true, params string[] keywords)
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var playbookId = await CreatePlaybookAsync(Owner.Client, new() { ["title"] = "Sev1 response" });
        using var created = await Owner.Client.PostAsync($"{Root}/actions/channels/{channel}", SuiteApi.Json(new
        {
            channel_id = channel, enabled, action_type = "prompt_run_playbook", trigger_type = "keywords",
            payload = new { keywords = keywords.Length > 0 ? keywords : ["sev1"], playbook_id = playbookId },
        }));
        await created.ReadJsonAsync(HttpStatusCode.Created);
        return (channel, playbookId);
    }

    private static IEnumerable<JsonElement> Prompts(IEnumerable<JsonElement> thread) => thread.Where(p => p.GetProperty("type").GetString() == PromptType);

    /// <summary>The prompt in the post's thread, once the worker has written it.</summary>
    private async Task<JsonElement> PromptAsync(string postId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Prompts(await Owner.Client.ThreadAsync(postId)).ToList() is [var prompt, ..])
            {
                return prompt;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"No keyword prompt appeared in the thread of {postId}.");
        throw new InvalidOperationException();
    }

    /// <summary>A prompt button, as Mattermost's clients send it: the prompt post, and the post that held the keywords in the context.</summary>
    private static async Task<HttpResponseMessage> SignalAsync(HttpClient client, string action, string triggerPostId, string promptId, string playbookId = "") =>
        await client.PostAsync($"{Root}/signal/keywords/{action}", SuiteApi.Json(new { post_id = promptId, context = new Dictionary<string, string> { ["postID"] = triggerPostId, ["selected_option"] = playbookId } }));

    [Test]
    public async Task APostWithAKeyword_GetsAPromptInItsThread_AndRunPlaybookStartsTheRun()
    {
        using var member = await TeamMemberAsync();
        var (channel, playbookId) = await ChannelWithKeywordsAsync();
        await Owner.Client.AddMemberAsync(channel, member.Id);

        var postId = await member.Client.PostAsync(channel, "checkout is down, this is a sev1");
        var prompt = await PromptAsync(postId);

        Assert.That(prompt.GetProperty("root_id").GetString(), Is.EqualTo(postId));
        Assert.That(prompt.GetProperty("message").GetString(), Does.StartWith("`sev1` is a trigger for the [Sev1 response]").And.Contain($"`/playbook run {playbookId}`"));
        Assert.That(prompt.GetProperty("user_id").GetString(), Is.EqualTo(await PlaybooksBotIdAsync()), "the Playbooks bot prompts, as in Mattermost");
        Assert.That(prompt.GetProperty("props").GetProperty("from_bot").GetString(), Is.EqualTo("true"));

        using var run = await SignalAsync(member.Client, "run-playbook", postId, prompt.GetProperty("id").GetString()!, playbookId);
        var answer = await run.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(answer.GetProperty("goto_location").GetString(), Does.StartWith("/playbooks/runs/"));
        var runs = await GetAsync(member.Client, $"{Root}/runs?playbook_id={playbookId}");
        Assert.That(runs.GetProperty("total_count").GetInt32(), Is.EqualTo(1));
        var started = runs.GetProperty("items")[0];
        Assert.That(started.GetProperty("post_id").GetString(), Is.EqualTo(postId));
        Assert.That(started.GetProperty("owner_user_id").GetString(), Is.EqualTo(member.Id));
        Assert.That(started.GetProperty("name").GetString(), Is.EqualTo("Sev1 response"));

        using var twice = await SignalAsync(member.Client, "run-playbook", postId, prompt.GetProperty("id").GetString()!, playbookId);
        await ReadPluginErrorAsync(twice, HttpStatusCode.Conflict);
        Assert.That((await GetAsync(member.Client, $"{Root}/runs?playbook_id={playbookId}")).GetProperty("total_count").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task KeywordsInAReplyOrAnAttachment_PromptInTheSameThread()
    {
        var (channel, _) = await ChannelWithKeywordsAsync(true, "sev1", "PagerDuty");
        var root = await Owner.Client.PostAsync(channel, "something odd");

        var reply = await Owner.Client.PostAsync(channel, "now it is a sev1", root);
        var prompt = await PromptAsync(reply);
        using var hook = await Owner.Client.PostAsync("/api/v4/posts", SuiteApi.Json(new { channel_id = channel, message = "", props = new { attachments = new[] { new { title = "PagerDuty incident #42" } } } }));
        var attached = (await hook.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var attachmentPrompt = await PromptAsync(attached);

        Assert.That(prompt.GetProperty("root_id").GetString(), Is.EqualTo(root), "a reply's prompt goes to its thread's root");
        Assert.That(attachmentPrompt.GetProperty("message").GetString(), Does.StartWith("`PagerDuty` is a trigger"));
    }

    [Test]
    public async Task PostsWithoutTheKeyword_InAnotherCase_OrWhenTheActionIsOff_GetNoPrompt_NorDoPromptsPromptThemselves()
    {
        var (channel, _) = await ChannelWithKeywordsAsync();
        var (quiet, _) = await ChannelWithKeywordsAsync(enabled: false);

        var otherCase = await Owner.Client.PostAsync(channel, "this is a SEV1");
        var disabled = await Owner.Client.PostAsync(quiet, "this is a sev1");
        var first = await Owner.Client.PostAsync(channel, "first sev1");
        await PromptAsync(first);
        // Posts are checked in order: once this later post has its prompt, the earlier ones were checked too.
        var last = await Owner.Client.PostAsync(channel, "second sev1");
        await PromptAsync(last);

        Assert.That(Prompts(await Owner.Client.ThreadAsync(otherCase)), Is.Empty, "the test is case-sensitive");
        Assert.That(Prompts(await Owner.Client.ThreadAsync(disabled)), Is.Empty);
        Assert.That(Prompts(await Owner.Client.ThreadAsync(first)).Count(), Is.EqualTo(1), "the prompt names the keyword but does not prompt again");
    }

    [Test]
    public async Task IgnoreThread_StopsPromptsInThatThreadForItsAuthor()
    {
        var (channel, playbookId) = await ChannelWithKeywordsAsync();
        var root = await Owner.Client.PostAsync(channel, "is this a sev1?");
        var prompt = await PromptAsync(root);

        using var ignore = await SignalAsync(Owner.Client, "ignore-thread", root, prompt.GetProperty("id").GetString()!);
        Assert.That(ignore.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Owner.Client.PostAsync(channel, "still a sev1", root);
        var elsewhere = await Owner.Client.PostAsync(channel, "another sev1");
        await PromptAsync(elsewhere);

        Assert.That(Prompts(await Owner.Client.ThreadAsync(root)).Count(), Is.EqualTo(1));
        using var runAfterIgnore = await SignalAsync(Owner.Client, "run-playbook", root, prompt.GetProperty("id").GetString()!, playbookId);
        await ReadPluginErrorAsync(runAfterIgnore, HttpStatusCode.Conflict);
    }

    [Test]
    public async Task RunPlaybook_BySomeoneWhoCannotReadTheChannel_OrForAnotherPlaybook_StartsNothing()
    {
        using var outsider = await OutsiderAsync();
        using var bystander = await TeamMemberAsync();
        var (channel, playbookId) = await ChannelWithKeywordsAsync();
        var secret = await Owner.Client.CreateChannelAsync(TeamId, "P");
        using (var action = await Owner.Client.PostAsync($"{Root}/actions/channels/{secret}", SuiteApi.Json(new
        {
            channel_id = secret, enabled = true, action_type = "prompt_run_playbook", trigger_type = "keywords", payload = new { keywords = new[] { "sev1" }, playbook_id = playbookId },
        })))
        {
            await action.ReadJsonAsync(HttpStatusCode.Created);
        }

        var trigger = await Owner.Client.PostAsync(channel, "sev1 here");
        var prompt = (await PromptAsync(trigger)).GetProperty("id").GetString()!;
        var secretTrigger = await Owner.Client.PostAsync(secret, "sev1 here");
        var secretPrompt = (await PromptAsync(secretTrigger)).GetProperty("id").GetString()!;
        var otherPlaybook = await CreatePlaybookAsync(Owner.Client);

        using var byOutsider = await SignalAsync(outsider.Client, "run-playbook", trigger, prompt, playbookId);
        using var byBystander = await SignalAsync(bystander.Client, "run-playbook", secretTrigger, secretPrompt, playbookId);
        using var ignoredByBystander = await SignalAsync(bystander.Client, "ignore-thread", secretTrigger, secretPrompt);
        using var wrongPlaybook = await SignalAsync(Owner.Client, "run-playbook", trigger, prompt, otherPlaybook);
        using var noPrompt = await SignalAsync(Owner.Client, "run-playbook", playbookId, "", playbookId);
        using var otherPromptPost = await SignalAsync(Owner.Client, "run-playbook", trigger, secretPrompt, playbookId);
        using var noTrigger = await SignalAsync(Owner.Client, "run-playbook", "", prompt, playbookId);

        await ReadPluginErrorAsync(byOutsider, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(byBystander, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(ignoredByBystander, HttpStatusCode.NotFound);
        Assert.That(await ReadPluginErrorAsync(wrongPlaybook, HttpStatusCode.BadRequest), Does.Contain("selected_option"));
        await ReadPluginErrorAsync(noPrompt, HttpStatusCode.NotFound);
        await ReadPluginErrorAsync(otherPromptPost, HttpStatusCode.NotFound);
        Assert.That(await ReadPluginErrorAsync(noTrigger, HttpStatusCode.BadRequest), Does.Contain("the post that held the keywords"));
        Assert.That((await GetAsync(Owner.Client, $"{Root}/runs?playbook_id={playbookId}")).GetProperty("total_count").GetInt32(), Is.Zero);
    }
}
