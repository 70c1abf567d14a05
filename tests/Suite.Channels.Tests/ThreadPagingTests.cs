using System.Net;
using System.Text.Json;

namespace Suite.Channels.Tests;

/// <summary>Mattermost's paging of <c>GET /posts/{id}/thread</c> over a root and six replies r0 (oldest) to r5.</summary>
public sealed class ThreadPagingTests : ChannelsFixture
{
    private string _channelId = "";
    private JsonElement _root;
    private readonly List<JsonElement> _replies = [];

    [OneTimeSetUp]
    public async Task WriteAThread()
    {
        _channelId = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        _root = await Owner.Client.PostAsync(_channelId, "root");
        for (var i = 0; i < 6; i++)
        {
            _replies.Add(await Owner.Client.PostAsync(_channelId, $"r{i}", _root.Id()));
        }
    }

    private string R(int i) => _replies[i].Id();

    private Task<JsonElement> ThreadAsync(string postId, string query) => Owner.Client.GetJsonAsync($"/api/v4/posts/{postId}/thread?{query}");

    private static bool HasNext(JsonElement list) => list.GetProperty("has_next").GetBoolean();

    [Test]
    public async Task Down_PagesOldestFirstFromTheCursorAndAnswersNewestFirst()
    {
        var first = await ThreadAsync(_root.Id(), "direction=down&perPage=3");
        var second = await ThreadAsync(_root.Id(), $"direction=down&perPage=3&fromPost={R(1)}&fromCreateAt={_replies[1].Long("create_at")}");
        var last = await ThreadAsync(_root.Id(), $"direction=down&perPage=3&fromPost={R(4)}&fromCreateAt={_replies[4].Long("create_at")}");

        Assert.Multiple(() =>
        {
            Assert.That(Order(first), Is.EqualTo(new[] { R(1), R(0), _root.Id() }));
            Assert.That(HasNext(first), Is.True);
            Assert.That(Order(second), Is.EqualTo(new[] { R(4), R(3), R(2), _root.Id() }), "the requested post always comes along");
            Assert.That(HasNext(second), Is.True);
            Assert.That(Order(last), Is.EqualTo(new[] { R(5), _root.Id() }));
            Assert.That(HasNext(last), Is.False);
        });
    }

    [Test]
    public async Task Up_PagesNewestFirstBeforeTheCursor()
    {
        var first = await ThreadAsync(R(0), "direction=up&perPage=2");
        var next = await ThreadAsync(R(0), $"direction=up&perPage=2&fromCreateAt={_replies[4].Long("create_at")}");

        Assert.Multiple(() =>
        {
            Assert.That(Order(first), Is.EqualTo(new[] { R(5), R(4), R(0) }));
            Assert.That(HasNext(first), Is.True);
            Assert.That(Order(next), Is.EqualTo(new[] { R(3), R(2), R(0) }));
        });
    }

    [Test]
    public async Task WithoutPaging_TheWholeThreadComesWithoutHasNext()
    {
        var thread = await ThreadAsync(R(2), "skipFetchThreads=false&collapsedThreads=false&collapsedThreadsExtended=false");

        Assert.That(Order(thread), Is.EqualTo(Enumerable.Range(0, 6).Reverse().Select(R).Append(_root.Id())));
        Assert.That(HasNext(thread), Is.False);
    }

    [Test]
    public async Task SkipFetchThreads_AnswersOnlyThePost()
    {
        var thread = await ThreadAsync(R(2), "skipFetchThreads=true");

        Assert.That(Order(thread), Is.EqualTo(new[] { R(2) }));
    }

    [Test]
    public async Task CollapsedThreads_PagesTheRootsRepliesOnly()
    {
        var page = await ThreadAsync(_root.Id(), "collapsedThreads=true&direction=down&perPage=2");
        var ofReply = await ThreadAsync(R(3), "collapsedThreads=true");

        Assert.Multiple(() =>
        {
            Assert.That(Order(page), Is.EqualTo(new[] { R(1), R(0), _root.Id() }));
            Assert.That(HasNext(page), Is.True);
            Assert.That(Order(ofReply), Is.EqualTo(new[] { R(3) }), "a reply has no replies of its own");
        });
    }

    [Test]
    public async Task UpdatesOnly_AnswersWhatChangedAfterFromUpdateAtIncludingDeletions()
    {
        var root = await Owner.Client.PostAsync(_channelId, "second root");
        var kept = await Owner.Client.PostAsync(_channelId, "kept", root.Id());
        var doomed = await Owner.Client.PostAsync(_channelId, "doomed", root.Id());
        var since = (await Owner.Client.GetJsonAsync($"/api/v4/posts/{root.Id()}")).Long("update_at");
        await Task.Delay(2); // the deletion's update_at must be a later millisecond than the last reply
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{doomed.Id()}", null);

        var changes = await ThreadAsync(root.Id(), $"updatesOnly=true&fromUpdateAt={since}&direction=down");
        var plain = await ThreadAsync(root.Id(), $"fromUpdateAt={since}&direction=down");

        Assert.Multiple(() =>
        {
            Assert.That(Order(changes), Does.Contain(doomed.Id()));
            Assert.That(Order(changes), Does.Not.Contain(kept.Id()));
            Assert.That(Post(changes, doomed.Id()).Long("delete_at"), Is.GreaterThan(0));
            Assert.That(Order(plain), Does.Not.Contain(doomed.Id()), "without updatesOnly deleted posts stay out");
        });
    }

    [TestCase("perPage=201", "perPage")]
    [TestCase("perPage=-1", "perPage")]
    [TestCase("perPage=ten", "perPage")]
    [TestCase("fromCreateAt=x", "fromCreateAt")]
    [TestCase("fromPost=abc", "if fromPost is set, then fromCreateAt must also be set")]
    [TestCase("fromUpdateAt=x", "fromUpdateAt")]
    [TestCase("fromCreateAt=1&fromUpdateAt=2", "fromUpdateAt")]
    [TestCase("updatesOnly=true", "fromUpdateAt")]
    [TestCase("direction=sideways", "direction")]
    [TestCase("updatesOnly=true&fromUpdateAt=5&direction=up", "updatesOnly")]
    public async Task BadPaging_IsMattermostsInvalidParamError(string query, string parameter)
    {
        var error = await Owner.Client.SendErrorAsync(
            HttpMethod.Get, $"/api/v4/posts/{_root.Id()}/thread?{query}", null, HttpStatusCode.BadRequest, "api.context.invalid_body_param.app_error");

        Assert.That(error.Str("message"), Does.Contain(parameter));
    }
}
