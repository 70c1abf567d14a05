using System.Net;
using Suite.Testing;

namespace Suite.Channels.Tests.Search;

/// <summary>
/// Mattermost's search syntax over real posts: words (stemmed), phrases, prefixes, exclusions,
/// hashtags, from:, in:, dates and OR search. Every test writes words no other test uses.
/// </summary>
[TestFixture(SearchStrategy.Estimate)]
[TestFixture(SearchStrategy.Walk)]
[TestFixture(SearchStrategy.Collect)]
public sealed class SearchSyntaxTests(SearchStrategy strategy) : ChannelsFixture
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings => SearchStrategies.Settings(strategy);

    private SignedInUser _alice = null!;
    private string _channelId = "";
    private string _channelName = "";

    [OneTimeSetUp]
    public async Task CreateChannelWithTwoAuthors()
    {
        _alice = await TeamMemberAsync();
        var channel = await Owner.Client.CreateChannelAsync(TeamId);
        _channelId = channel.Id();
        _channelName = channel.Str("name");
        await Owner.Client.AddMemberAsync(_channelId, _alice.Id);
    }

    [OneTimeTearDown]
    public void DisposeUsers() => _alice?.Dispose();

    private Task<List<string>> FoundAsync(string terms, bool isOrSearch = false, object? extra = null) => Owner.Client.FoundAsync(TeamId, terms, isOrSearch, extra);

    private async Task<string> PostAsync(string message, SignedInUser? author = null, string? channelId = null) =>
        (await (author ?? Owner).Client.PostAsync(channelId ?? _channelId, message)).Id();

    [Test]
    public async Task AWord_FindsItsOtherFormsThroughTheEnglishStemmer_NewestFirst()
    {
        var tag = SearchApi.Word();
        var first = await PostAsync($"{tag} the deployment of billing failed");
        var second = await PostAsync($"{tag} deploying the dashboard now");
        await PostAsync($"{tag} nothing to see");

        Assert.That(await FoundAsync($"{tag} deploy"), Is.EqualTo(new[] { second, first }));
    }

    [Test]
    public async Task SeveralWords_MustAllAppear_UnlessItIsAnOrSearch()
    {
        var tag = SearchApi.Word();
        var both = await PostAsync($"{tag} apples and pears");
        var apples = await PostAsync($"{tag} apples only");
        var pears = await PostAsync($"{tag} pears only");
        var bananas = SearchApi.Word();

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync($"{tag} apples pears"), Is.EqualTo(new[] { both }));
            Assert.That(await FoundAsync($"{tag} apples pears", isOrSearch: true), Is.EqualTo(new[] { pears, apples, both }));
            Assert.That(await FoundAsync($"apples {bananas}", isOrSearch: true), Is.SupersetOf(new[] { apples, both }));
        });
    }

    [Test]
    public async Task AQuotedPhrase_MatchesOnlyItsWordsTogetherAndInOrder()
    {
        var tag = SearchApi.Word();
        var phrase = await PostAsync($"{tag} the quick brown fox");
        await PostAsync($"{tag} brown quick fox");
        await PostAsync($"{tag} quick and brown");

        Assert.That(await FoundAsync($"{tag} \"quick brown\""), Is.EqualTo(new[] { phrase }));
    }

    [Test]
    public async Task APhrase_MatchesOtherWordFormsHyphensAndStopWordsInTheirPlaces_AndNothingLooser()
    {
        var tag = SearchApi.Word();
        var forms = await PostAsync($"{tag} Deploying Servers went fine");
        var hyphen = await PostAsync($"{tag} the build-server crashed");
        var stopWord = await PostAsync($"{tag} deploy to production");
        await PostAsync($"{tag} servers deploying went fine");
        await PostAsync($"{tag} deploy it to production");

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync($"{tag} \"deployed server\""), Is.EqualTo(new[] { forms }));
            Assert.That(await FoundAsync($"{tag} \"build-server\""), Is.EqualTo(new[] { hyphen }));
            Assert.That(await FoundAsync($"{tag} \"build server\""), Is.EqualTo(new[] { hyphen }));
            Assert.That(await FoundAsync($"{tag} \"server crashed\""), Is.EqualTo(new[] { hyphen }));
            Assert.That(await FoundAsync($"{tag} \"deploy to production\""), Is.EqualTo(new[] { stopWord }));
            Assert.That(await FoundAsync($"{tag} \"build crashed\""), Is.Empty);
        });
    }

    [Test]
    public async Task AnEditedPost_IsFoundByItsNewWordsAndPhrases_AndNoLongerByItsOld()
    {
        var tag = SearchApi.Word();
        var post = await PostAsync($"{tag} rollback finished #{tag}old");
        await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{post}/patch", new { message = $"{tag} canary deployment started #{tag}new" });

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync($"{tag} \"canary deployment\""), Is.EqualTo(new[] { post }));
            Assert.That(await FoundAsync($"{tag} started"), Is.EqualTo(new[] { post }));
            Assert.That(await FoundAsync($"#{tag}new"), Is.EqualTo(new[] { post }));
            Assert.That(await FoundAsync($"{tag} \"rollback finished\""), Is.Empty);
            Assert.That(await FoundAsync($"{tag} rollback"), Is.Empty);
            Assert.That(await FoundAsync($"#{tag}old"), Is.Empty);
        });
    }

    [Test]
    public async Task EveryWrittenPost_HoldsTheSearchColumnsItsMessageGives()
    {
        var tag = SearchApi.Word();
        var posted = await PostAsync($"{tag} The quick brown fox jumps over the lazy dog, quick brown! #animals");
        var edited = await PostAsync($"{tag} placeholder");
        await Owner.Client.SendJsonAsync(HttpMethod.Put, $"/api/v4/posts/{edited}/patch", new { message = $"{tag} build-server crashed at 10:42, see https://example.com/x" });

        var mismatched = await Server.ScalarAsync<long>(
            """
            SELECT count(*) FROM channels.posts
             WHERE id = ANY(@ids)
               AND (search_vector <> to_tsvector('english', message || ' ' || hashtags)
                    OR search_pairs <> channels.adjacent_lexeme_pairs(to_tsvector('english', message || ' ' || hashtags))
                    OR cardinality(search_pairs) = 0)
            """,
            ("ids", new[] { posted, edited }));
        Assert.That(mismatched, Is.Zero);
    }

    [Test]
    public async Task AWordWithAStar_MatchesWordsStartingWithIt()
    {
        var tag = SearchApi.Word();
        var kube = await PostAsync($"{tag} kubernetes cluster restarted");
        var kubectl = await PostAsync($"{tag} run kubectl apply");
        await PostAsync($"{tag} docker only");

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync($"{tag} kube*"), Is.EqualTo(new[] { kubectl, kube }));
            Assert.That(await FoundAsync($"{tag} kube"), Is.Empty, "without the star the word must match whole");
        });
    }

    [Test]
    public async Task AMinus_ExcludesAWordOrAPhrase()
    {
        var tag = SearchApi.Word();
        var red = await PostAsync($"{tag} red car parked");
        var blue = await PostAsync($"{tag} blue car parked");
        var fast = await PostAsync($"{tag} fast red bicycle");

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync($"{tag} -blue"), Is.EqualTo(new[] { fast, red }));
            Assert.That(await FoundAsync($"{tag} -\"red car\""), Is.EqualTo(new[] { fast, blue }));
            Assert.That(await FoundAsync($"{tag} car -red"), Is.EqualTo(new[] { blue }));
        });
    }

    [Test]
    public async Task AHashtag_MatchesTheHashtagsNotTheText_IgnoringCase()
    {
        var tag = SearchApi.Word("hx");
        var tagged = await PostAsync($"shipped #{tag} and #Ops-Team today");
        await PostAsync($"the word {tag} without a hash");
        var upper = await PostAsync($"#{tag.ToUpperInvariant()} again");

        var results = await Owner.Client.SearchAsync(TeamId, $"#{tag}");
        Assert.Multiple(() =>
        {
            Assert.That(SearchApi.Order(results), Is.EqualTo(new[] { upper, tagged }));
            Assert.That(SearchApi.Matches(results, tagged), Is.EqualTo(new[] { $"#{tag}" }));
            Assert.That(SearchApi.Matches(results, upper), Is.EqualTo(new[] { $"#{tag.ToUpperInvariant()}" }));
        });
        Assert.That(await FoundAsync($"#{tag} -#ops-team"), Is.EqualTo(new[] { upper }), "an excluded hashtag removes the posts carrying it");
    }

    [Test]
    public async Task AHashtagMadeOfAStopWord_IsStillFound()
    {
        var post = await PostAsync($"{SearchApi.Word()} handled by #it today");

        Assert.That(await FoundAsync("#it"), Does.Contain(post));
    }

    [Test]
    public async Task WordsAndHashtags_AreTwoSearchesWhoseResultsAreMerged_AsInMattermost()
    {
        var word = SearchApi.Word();
        var tag = SearchApi.Word("hy");
        var byWord = await PostAsync($"{word} in the text");
        var byTag = await PostAsync($"tagged #{tag}");

        Assert.That(await FoundAsync($"{word} #{tag}"), Is.EqualTo(new[] { byTag, byWord }));
    }

    [Test]
    public async Task From_FindsOnlyThatAuthorsPosts_AndMinusFromLeavesThemOut()
    {
        var tag = SearchApi.Word();
        var mine = await PostAsync($"{tag} from the owner");
        var hers = await PostAsync($"{tag} from alice", _alice);

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync($"{tag} from:{_alice.User.Username}"), Is.EqualTo(new[] { hers }));
            Assert.That(await FoundAsync($"{tag} FROM:@{_alice.User.Username.ToUpperInvariant()}"), Is.EqualTo(new[] { hers }), "flag and username in any case, with or without @");
            Assert.That(await FoundAsync($"{tag} from: {_alice.User.Username}"), Is.EqualTo(new[] { hers }), "the value may be the next word");
            Assert.That(await FoundAsync($"{tag} -from:{_alice.User.Username}"), Is.EqualTo(new[] { mine }));
            Assert.That(await FoundAsync($"from:{_alice.User.Username} in:{_channelName}"), Does.Contain(hers).And.Not.Contain(mine), "flags alone are a search");
            Assert.That(await FoundAsync($"{tag} from:nobody{SearchApi.Word()}"), Is.Empty);
        });
    }

    [Test]
    public async Task In_FindsOnlyThatChannelsPosts_AndMinusInLeavesThemOut()
    {
        var tag = SearchApi.Word();
        var other = await Owner.Client.CreateChannelAsync(TeamId);
        var here = await PostAsync($"{tag} here");
        var there = await PostAsync($"{tag} there", channelId: other.Id());

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync($"{tag} in:{other.Str("name")}"), Is.EqualTo(new[] { there }));
            Assert.That(await FoundAsync($"{tag} channel:{other.Str("name")}"), Is.EqualTo(new[] { there }));
            Assert.That(await FoundAsync($"{tag} -in:{other.Str("name")}"), Is.EqualTo(new[] { here }));
            Assert.That(await FoundAsync($"{tag} in:no-such-channel"), Is.Empty);
        });
    }

    [Test]
    public async Task InAtUsername_FindsTheDirectChannelWithThatUser()
    {
        var tag = SearchApi.Word();
        var direct = await Owner.Client.SendJsonAsync(HttpMethod.Post, "/api/v4/channels/direct", new[] { Owner.Id, _alice.Id }, HttpStatusCode.Created);
        var dm = await PostAsync($"{tag} just between us", channelId: direct.Id());
        var open = await PostAsync($"{tag} for everyone");

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync($"{tag} in:@{_alice.User.Username}"), Is.EqualTo(new[] { dm }));
            Assert.That(await FoundAsync($"{tag}"), Is.EqualTo(new[] { open, dm }), "a team search includes the searcher's direct channels");
        });
    }

    [Test]
    public async Task Dates_AreWholeDaysInTheSearchersTimeZone()
    {
        var tag = SearchApi.Word();
        var ids = new Dictionary<string, string>();
        foreach (var (label, at) in new[] { ("march9", "2024-03-09T12:00:00Z"), ("march10late", "2024-03-10T23:30:00Z"), ("march12", "2024-03-12T08:00:00Z") })
        {
            ids[label] = await PostAsync($"{tag} {label}");
            await Server.ExecuteAsync("UPDATE channels.posts SET create_at = @at WHERE id = @id", ("at", DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds()), ("id", ids[label]));
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync($"{tag} on:2024-03-10"), Is.EqualTo(new[] { ids["march10late"] }));
            Assert.That(await FoundAsync($"{tag} on:2024-3-10"), Is.EqualTo(new[] { ids["march10late"] }), "month and day may drop the zero");
            Assert.That(await FoundAsync($"{tag} on:2024-03-10", extra: new { time_zone_offset = 3600 }), Is.Empty, "23:30 UTC is already the 11th at UTC+1");
            Assert.That(await FoundAsync($"{tag} on:2024-03-11", extra: new { time_zone_offset = 3600 }), Is.EqualTo(new[] { ids["march10late"] }));
            Assert.That(await FoundAsync($"{tag} after:2024-03-10"), Is.EqualTo(new[] { ids["march12"] }), "after: starts with the next day");
            Assert.That(await FoundAsync($"{tag} before:2024-03-10"), Is.EqualTo(new[] { ids["march9"] }), "before: ends with the day before");
            Assert.That(await FoundAsync($"{tag} after:2024-03-09 before:2024-03-12"), Is.EqualTo(new[] { ids["march10late"] }));
            Assert.That(await FoundAsync($"{tag} -on:2024-03-10"), Is.EqualTo(new[] { ids["march12"], ids["march9"] }));
        });
    }

    [TestCase("on:yesterday")]
    [TestCase("before:2024-13-01")]
    [TestCase("after:2024/01/01")]
    public async Task AnInvalidDate_AnswersBadRequest(string terms)
    {
        await Owner.Client.SearchErrorAsync(TeamId, new { terms }, HttpStatusCode.BadRequest, "api.post.search_posts.invalid_date.app_error");
    }

    [Test]
    public async Task Matches_ListTheWordsOfEachPostThatMatched()
    {
        var tag = SearchApi.Word();
        var post = await PostAsync($"{tag} Deploying the deployment; deploy-bot says hi");

        var results = await Owner.Client.SearchAsync(TeamId, $"{tag} deploy");
        Assert.That(SearchApi.Matches(results, post), Is.EquivalentTo(new[] { tag, "Deploying", "deployment", "deploy" }));
    }

    [TestCase("the")]
    [TestCase("*")]
    [TestCase("\"\"")]
    [TestCase("-")]
    [TestCase("&& ||")]
    public async Task TermsThatNameNothing_FindNothing(string terms)
    {
        var results = await Owner.Client.SearchAsync(TeamId, terms);
        Assert.That(SearchApi.Order(results), Is.Empty);
    }

    [Test]
    public async Task AnUnclosedQuote_SearchesItsWords()
    {
        var tag = SearchApi.Word();
        var post = await PostAsync($"{tag} unclosed quotes happen");

        Assert.That(await FoundAsync($"\"{tag} unclosed"), Is.EqualTo(new[] { post }));
    }
}
