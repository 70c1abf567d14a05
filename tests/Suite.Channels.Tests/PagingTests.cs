using System.Net;
using System.Text.Json;

namespace Suite.Channels.Tests;

/// <summary>Mattermost's PostList paging and cursor rules over ten posts p0 (oldest) to p9 (newest).</summary>
public sealed class PagingTests : ChannelsFixture
{
    private string _channelId = "";
    private readonly List<string> _ids = [];

    [OneTimeSetUp]
    public async Task WriteTenPosts()
    {
        _channelId = (await Owner.Client.CreateChannelAsync(TeamId)).Id();
        for (var i = 0; i < 10; i++)
        {
            _ids.Add((await Owner.Client.PostAsync(_channelId, $"p{i}")).Id());
        }
    }

    private string[] Newest(int skip, int take) => Enumerable.Reverse(_ids).Skip(skip).Take(take).ToArray();

    private Task<JsonElement> ListAsync(string query) => Owner.Client.GetJsonAsync($"/api/v4/channels/{_channelId}/posts?{query}");

    [Test]
    public async Task Pages_AreNewestFirstWithCursorsToTheNeighbours()
    {
        var first = await ListAsync("page=0&per_page=4");
        var second = await ListAsync("page=1&per_page=4");
        var last = await ListAsync("page=2&per_page=4");

        Assert.Multiple(() =>
        {
            Assert.That(Order(first), Is.EqualTo(Newest(0, 4)));
            Assert.That(first.Str("next_post_id"), Is.Empty);
            Assert.That(first.Str("prev_post_id"), Is.EqualTo(_ids[5]));
            Assert.That(Order(second), Is.EqualTo(Newest(4, 4)));
            Assert.That(second.Str("next_post_id"), Is.EqualTo(_ids[6]));
            Assert.That(second.Str("prev_post_id"), Is.EqualTo(_ids[1]));
            Assert.That(Order(last), Is.EqualTo(Newest(8, 2)));
            Assert.That(last.Str("prev_post_id"), Is.Empty);
            Assert.That(first.GetProperty("posts").EnumerateObject().Count(), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task Before_AnswersOlderPostsWithTheAnchorAsNext()
    {
        var page = await ListAsync($"before={_ids[5]}&per_page=3");
        var rest = await ListAsync($"before={_ids[5]}&per_page=3&page=1");

        Assert.Multiple(() =>
        {
            Assert.That(Order(page), Is.EqualTo(new[] { _ids[4], _ids[3], _ids[2] }));
            Assert.That(page.Str("next_post_id"), Is.EqualTo(_ids[5]));
            Assert.That(page.Str("prev_post_id"), Is.EqualTo(_ids[1]));
            Assert.That(Order(rest), Is.EqualTo(new[] { _ids[1], _ids[0] }));
            Assert.That(rest.Str("prev_post_id"), Is.Empty, "a short page has no older posts");
            Assert.That(rest.Str("next_post_id"), Is.EqualTo(_ids[2]));
        });
    }

    [Test]
    public async Task After_AnswersNewerPostsWithTheAnchorAsPrev()
    {
        var page = await ListAsync($"after={_ids[2]}&per_page=3");
        var tail = await ListAsync($"after={_ids[6]}&per_page=5");

        Assert.Multiple(() =>
        {
            Assert.That(Order(page), Is.EqualTo(new[] { _ids[5], _ids[4], _ids[3] }));
            Assert.That(page.Str("prev_post_id"), Is.EqualTo(_ids[2]));
            Assert.That(page.Str("next_post_id"), Is.EqualTo(_ids[6]));
            Assert.That(Order(tail), Is.EqualTo(new[] { _ids[9], _ids[8], _ids[7] }));
            Assert.That(tail.Str("next_post_id"), Is.Empty);
        });
    }

    [Test]
    public async Task Since_AnswersChangedPostsIncludingDeletedOnesWithoutCursors()
    {
        var anchor = await Owner.Client.GetJsonAsync($"/api/v4/posts/{_ids[9]}");
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var a = await Owner.Client.PostAsync(channel.Id(), "a");
        var b = await Owner.Client.PostAsync(channel.Id(), "b");
        var c = await Owner.Client.PostAsync(channel.Id(), "c");
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{c.Id()}", null);

        var since = await Owner.Client.GetJsonAsync($"/api/v4/channels/{channel.Id()}/posts?since={a.Long("create_at")}");
        Assert.That(Order(since), Is.EquivalentTo(new[] { b.Id(), c.Id() }));
        Assert.That(Post(since, c.Id()).Long("delete_at"), Is.GreaterThan(0));
        Assert.That(since.Str("next_post_id"), Is.Empty);
        Assert.That(since.Str("prev_post_id"), Is.Empty);
        Assert.That(anchor.Id(), Is.EqualTo(_ids[9]));
    }

    [Test]
    public async Task Since_AnswersAnOlderPostEditedAfterIt()
    {
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var old = await Owner.Client.PostAsync(channel.Id(), "old");
        var marker = await Owner.Client.PostAsync(channel.Id(), "marker");
        await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{old.Id()}/patch", new { message = "old, edited" });

        var since = await Owner.Client.GetJsonAsync($"/api/v4/channels/{channel.Id()}/posts?since={marker.Long("create_at")}");

        Assert.That(Order(since), Is.EqualTo(new[] { old.Id() }));
        Assert.That(Post(since, old.Id()).Str("message"), Is.EqualTo("old, edited"));
        Assert.That(Post(since, old.Id()).Long("edit_at"), Is.GreaterThan(0));
    }

    [Test]
    public async Task CreateAt_IsStrictlyIncreasingWithinAChannel()
    {
        var list = await ListAsync("per_page=10");
        var times = Order(list).Select(id => Post(list, id).Long("create_at")).ToList();
        Assert.That(times, Is.Ordered.Descending);
        Assert.That(times.Distinct().Count(), Is.EqualTo(times.Count));
    }

    [TestCase("before=bad")]
    [TestCase("after=short")]
    [TestCase("page=-1")]
    [TestCase("per_page=x")]
    [TestCase("since=yesterday")]
    public async Task BadPagingParameters_AnswerBadRequest(string query)
    {
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{_channelId}/posts?{query}", null, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task BeforeAndAfterTogether_AnswerBadRequest()
    {
        await Owner.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{_channelId}/posts?before={_ids[5]}&after={_ids[2]}", null, HttpStatusCode.BadRequest);
    }
}
