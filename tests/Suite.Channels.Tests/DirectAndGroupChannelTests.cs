using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Suite.Channels.Tests;

public sealed class DirectAndGroupChannelTests : ChannelsFixture
{
    [Test]
    public async Task CreateDirectChannel_IsNamedBySortedIdsAndAnswersTheSameChannelTwice()
    {
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        var first = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { a.Id, b.Id }, HttpStatusCode.Created);
        var second = await b.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { b.Id, a.Id }, HttpStatusCode.Created);

        var ids = new[] { a.Id, b.Id }.Order(StringComparer.Ordinal).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(second.Id(), Is.EqualTo(first.Id()));
            Assert.That(first.Str("name"), Is.EqualTo($"{ids[0]}__{ids[1]}"));
            Assert.That(first.Str("type"), Is.EqualTo("D"));
            Assert.That(first.Str("team_id"), Is.Empty);
        });
    }

    [Test]
    public async Task CreateDirectChannel_WithOneself_IsAllowed()
    {
        using var a = await TeamMemberAsync();
        var channel = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { a.Id, a.Id }, HttpStatusCode.Created);
        Assert.That(channel.Str("name"), Is.EqualTo($"{a.Id}__{a.Id}"));
        await a.Client.PostAsync(channel.Id(), "note to self");
        Assert.That((await a.Client.MemberAsync(channel.Id())).Long("mention_count"), Is.Zero);
    }

    [Test]
    public async Task CreateDirectChannel_BetweenTwoOtherUsers_AnswersForbidden()
    {
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        using var c = await TeamMemberAsync();
        await c.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { a.Id, b.Id }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task DirectChannel_IsInvisibleToOthers()
    {
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        using var c = await TeamMemberAsync();
        var channel = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { a.Id, b.Id }, HttpStatusCode.Created);
        await a.Client.PostAsync(channel.Id(), "just us");

        await c.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}", null, HttpStatusCode.NotFound);
        await c.Client.SendErrorAsync(HttpMethod.Get, $"/api/v4/channels/{channel.Id()}/posts", null, HttpStatusCode.NotFound);
        await c.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/posts", new { channel_id = channel.Id(), message = "me too" }, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task CreateGroupChannel_IsNamedBySha1OfSortedIdsWithSortedUsernames()
    {
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        using var c = await TeamMemberAsync();
        var channel = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/group", new[] { b.Id, c.Id }, HttpStatusCode.Created);
        var again = await b.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/group", new[] { a.Id, b.Id, c.Id }, HttpStatusCode.Created);

        var ids = string.Concat(new[] { a.Id, b.Id, c.Id }.Order(StringComparer.Ordinal));
#pragma warning disable CA5350 // Mattermost's naming rule, not a security use.
        var expectedName = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(ids)));
#pragma warning restore CA5350
        var expectedDisplay = string.Join(", ", new[] { a.User.Username, b.User.Username, c.User.Username }.Order(StringComparer.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(channel.Str("type"), Is.EqualTo("G"));
            Assert.That(channel.Str("name"), Is.EqualTo(expectedName));
            Assert.That(channel.Str("display_name"), Is.EqualTo(expectedDisplay));
            Assert.That(again.Id(), Is.EqualTo(channel.Id()));
        });
    }

    [Test]
    public async Task CreateGroupChannel_WithTooFewOrTooManyUsers_AnswersBadRequest()
    {
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        await a.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels/group", new[] { b.Id }, HttpStatusCode.BadRequest);

        var many = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            using var user = await Api.SignUpAndLoginAsync();
            many.Add(user.Id);
        }

        await a.Client.SendErrorAsync(HttpMethod.Post, "/api/v4/channels/group", many, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task GroupChannel_EveryPostMentionsTheOtherMembers()
    {
        using var a = await TeamMemberAsync();
        using var b = await TeamMemberAsync();
        using var c = await TeamMemberAsync();
        var channel = await a.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/group", new[] { b.Id, c.Id }, HttpStatusCode.Created);
        await a.Client.PostAsync(channel.Id(), "hi both");
        await a.Client.PostAsync(channel.Id(), "still there?");

        Assert.That((await b.Client.MemberAsync(channel.Id())).Long("mention_count"), Is.EqualTo(2));
        Assert.That((await c.Client.MemberAsync(channel.Id())).Long("mention_count"), Is.EqualTo(2));
        Assert.That((await a.Client.MemberAsync(channel.Id())).Long("mention_count"), Is.Zero);
    }
}
