using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests.Search;

/// <summary>Search finds only what the searcher may read, never breaks on odd input, pages, and answers Mattermost's shape.</summary>
[TestFixture(SearchStrategy.Estimate)]
[TestFixture(SearchStrategy.Walk)]
[TestFixture(SearchStrategy.Collect)]
public sealed class SearchAccessTests(SearchStrategy strategy) : ChannelsFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings => SearchStrategies.Settings(strategy);

    private string _channelId = "";

    [OneTimeSetUp]
    public async Task CreateChannel() => _channelId = (await Owner.Client.CreateChannelAsync(TeamId)).Id();

    [Test]
    public async Task PrivateChannelPosts_AreFoundByMembersOnly()
    {
        var word = SearchApi.Word();
        using var member = await TeamMemberAsync();
        using var other = await TeamMemberAsync();
        var secret = await Owner.Client.CreateChannelAsync(TeamId, type: "P");
        await Owner.Client.AddMemberAsync(secret.Id(), member.Id);
        var post = await Owner.Client.PostAsync(secret.Id(), $"{word} private plans");

        Assert.Multiple(async () =>
        {
            Assert.That(await member.Client.FoundAsync(TeamId, word), Is.EqualTo(new[] { post.Id() }));
            Assert.That(await other.Client.FoundAsync(TeamId, word), Is.Empty);
            Assert.That(await other.Client.FoundAsync(TeamId, $"{word} in:{secret.Str("name")}"), Is.Empty, "naming the channel does not open it");
            Assert.That(await Admin.Client.FoundAsync(TeamId, word), Is.Empty, "search covers the searcher's own channels, even for a system admin");
        });
    }

    [Test]
    public async Task PublicChannelPosts_AreFoundOnlyOnceTheSearcherHasJoined_AsInMattermost()
    {
        var word = SearchApi.Word();
        using var reader = await TeamMemberAsync();
        var post = await Owner.Client.PostAsync(_channelId, $"{word} public news");

        Assert.That(await reader.Client.FoundAsync(TeamId, word), Is.Empty);
        await reader.Client.AddMemberAsync(_channelId, reader.Id);
        Assert.That(await reader.Client.FoundAsync(TeamId, word), Is.EqualTo(new[] { post.Id() }));
    }

    [Test]
    public async Task DirectMessagesOfOthers_AreNeverFound()
    {
        var word = SearchApi.Word();
        using var alice = await TeamMemberAsync();
        using var bob = await TeamMemberAsync();
        var direct = await alice.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { alice.Id, bob.Id }, HttpStatusCode.Created);
        var post = await alice.Client.PostAsync(direct.Id(), $"{word} between us");

        Assert.Multiple(async () =>
        {
            Assert.That(await bob.Client.FoundAsync(TeamId, word), Is.EqualTo(new[] { post.Id() }));
            Assert.That(await Owner.Client.FoundAsync(TeamId, word), Is.Empty);
            Assert.That(await Owner.Client.FoundAsync(TeamId, $"{word} in:@{alice.User.Username}"), Is.Empty);
        });
    }

    [Test]
    public async Task DeletedPostsAndSystemMessages_AreNotFound()
    {
        var word = SearchApi.Word();
        var kept = await Owner.Client.PostAsync(_channelId, $"{word} kept");
        var deleted = await Owner.Client.PostAsync(_channelId, $"{word} deleted");
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/posts/{deleted.Id()}", null);
        using var joiner = await Api.SignUpAndLoginAsync(SearchApi.Word("u"));
        await SuiteApi.AddToTeamAsync(Owner.Client, TeamId, joiner.Id);
        await Owner.Client.AddMemberAsync(_channelId, joiner.Id);

        Assert.Multiple(async () =>
        {
            Assert.That(await Owner.Client.FoundAsync(TeamId, word), Is.EqualTo(new[] { kept.Id() }));
            Assert.That(await Owner.Client.FoundAsync(TeamId, joiner.User.Username), Is.Empty, "the system message naming the new member is not a search hit");
        });
    }

    [Test]
    public async Task ArchivedChannels_AreLeftOutUnlessIncludeDeletedChannelsIsSet()
    {
        var word = SearchApi.Word();
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        var post = await Owner.Client.PostAsync(channel.Id(), $"{word} archived soon");
        await Owner.Client.SendJsonAsync(HttpMethod.Delete, $"/api/v4/channels/{channel.Id()}", null);

        Assert.That(await Owner.Client.FoundAsync(TeamId, word), Is.Empty);
        Assert.That(await Owner.Client.FoundAsync(TeamId, word, extra: new { include_deleted_channels = true }), Is.EqualTo(new[] { post.Id() }));
    }

    [Test]
    public async Task ATeamSearch_StaysInTheTeam_AndTheSearchAcrossTeamsCoversAllOfThem()
    {
        var word = SearchApi.Word();
        var otherTeam = (await SuiteApi.CreateTeamAsync(Owner.Client)).Id();
        var elsewhere = await Owner.Client.CreateChannelAsync(otherTeam);
        var here = await Owner.Client.PostAsync(_channelId, $"{word} here");
        var there = await Owner.Client.PostAsync(elsewhere.Id(), $"{word} there");

        var everywhere = await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/posts/search", new { terms = word });
        Assert.Multiple(async () =>
        {
            Assert.That(await Owner.Client.FoundAsync(TeamId, word), Is.EqualTo(new[] { here.Id() }));
            Assert.That(await Owner.Client.FoundAsync(otherTeam, word), Is.EqualTo(new[] { there.Id() }));
            Assert.That(SearchApi.Order(everywhere), Is.EqualTo(new[] { there.Id(), here.Id() }));
        });
    }

    [Test]
    public async Task SearchingATeamOneDoesNotBelongTo_IsForbidden()
    {
        using var outsider = await OutsiderAsync();
        await outsider.Client.SearchErrorAsync(TeamId, new { terms = "anything" }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task WithoutASession_SearchAnswersUnauthorized()
    {
        using var anonymous = Api.Anonymous();
        await anonymous.SearchErrorAsync(TeamId, new { terms = "anything" }, HttpStatusCode.Unauthorized, "api.context.session_expired.app_error");
    }

    [TestCase("{}")]
    [TestCase("{\"terms\":\"\"}")]
    [TestCase("{\"terms\":42}")]
    [TestCase("{\"terms\":\"x\",\"page\":-1}")]
    [TestCase("{\"terms\":\"x\",\"time_zone_offset\":999999}")]
    [TestCase("not json")]
    public async Task MalformedSearches_AnswerBadRequest(string body)
    {
        using var response = await Owner.Client.PostAsync($"/api/v4/teams/{TeamId}/posts/search", SuiteApi.Raw(body));
        await response.ReadErrorAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("'")]
    [TestCase("\\")]
    [TestCase("&|!():*")]
    [TestCase("a & b | !c")]
    [TestCase("x' | 'y")]
    [TestCase("':* & '")]
    [TestCase("\\'")]
    [TestCase("foo<->bar")]
    [TestCase("!! ( ) ::")]
    [TestCase("'*")]
    [TestCase("\\*")]
    [TestCase("a\\' | b:*")]
    [TestCase("\"it's\" \"a\\\" -\"'\"")]
    [TestCase("in:' from:\\ on:2024-01-01 #'a")]
    [TestCase("-- -- ---")]
    [TestCase("\u0000 \u0002 \u0003")]
    [TestCase("a\u0000b \"c\u0000d\" e\u0000*")]
    public async Task CharactersWithAMeaningInTextSearchQueries_NeverBreakTheSearch(string terms)
    {
        var results = await Owner.Client.SearchAsync(TeamId, terms);
        Assert.That(results.GetProperty("order").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Array));
        var prefix = await Owner.Client.SearchAsync(TeamId, terms + "*");
        Assert.That(prefix.GetProperty("order").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Array));
    }

    [Test]
    public async Task QuotesAndBackslashesInAPost_AreFoundByTheWordsAroundThem()
    {
        var word = SearchApi.Word();
        var post = await Owner.Client.PostAsync(_channelId, $"{word} it's O'Reilly's C:\\temp & co | !done");

        Assert.Multiple(async () =>
        {
            Assert.That(await Owner.Client.FoundAsync(TeamId, $"{word} O'Reilly's"), Is.EqualTo(new[] { post.Id() }));
            Assert.That(await Owner.Client.FoundAsync(TeamId, $"{word} eilly*"), Is.Empty, "a prefix matches the start of a word only");
            Assert.That(await Owner.Client.FoundAsync(TeamId, $"{word} O'Rei*"), Is.EqualTo(new[] { post.Id() }));
            Assert.That(await Owner.Client.FoundAsync(TeamId, $"{word} \"C:\\temp\""), Is.EqualTo(new[] { post.Id() }));
        });
    }

    [Test]
    public async Task Pages_AreNewestFirstWithoutOverlap_AndHasNextSaysWhetherMoreFollow()
    {
        var word = SearchApi.Word();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await Owner.Client.PostAsync(_channelId, $"{word} number {i}")).Id());
        }

        ids.Reverse();
        var pages = new List<System.Text.Json.JsonElement>();
        for (var page = 0; page < 3; page++)
        {
            pages.Add(await Owner.Client.SearchAsync(TeamId, word, extra: new { page, per_page = 2 }));
        }

        Assert.Multiple(() =>
        {
            Assert.That(pages.SelectMany(SearchApi.Order), Is.EqualTo(ids));
            Assert.That(pages.Select(p => p.GetProperty("has_next").GetBoolean()), Is.EqualTo(new[] { true, true, false }));
            Assert.That(pages[0].GetProperty("posts").EnumerateObject().Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Results_HaveThePostListShapeWithMatches()
    {
        var word = SearchApi.Word();
        var root = await Owner.Client.PostAsync(_channelId, $"{word} root");
        var reply = await Owner.Client.PostAsync(_channelId, $"{word} reply", rootId: root.Id());
        await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/reactions", new { user_id = Owner.Id, post_id = root.Id(), emoji_name = "tada" });

        var results = await Owner.Client.SearchAsync(TeamId, word);
        var found = Post(results, root.Id());
        Assert.Multiple(() =>
        {
            Assert.That(SearchApi.Order(results), Is.EqualTo(new[] { reply.Id(), root.Id() }));
            Assert.That(results.Str("next_post_id"), Is.Empty);
            Assert.That(results.Str("prev_post_id"), Is.Empty);
            Assert.That(results.Long("first_inaccessible_post_time"), Is.Zero);
            Assert.That(SearchApi.Matches(results, reply.Id()), Is.EqualTo(new[] { word }));
            Assert.That(found.Long("reply_count"), Is.EqualTo(1));
            Assert.That(found.GetProperty("metadata").GetProperty("reactions").GetArrayLength(), Is.EqualTo(1));
            Assert.That(Post(results, reply.Id()).Str("root_id"), Is.EqualTo(root.Id()));
        });
    }
}
