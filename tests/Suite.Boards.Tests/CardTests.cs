using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests;

public sealed class CardTests : BoardsFixture
{
    [Test]
    public async Task CreateCard_WithValuesOfEveryType_IsReadBackFlattened()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var properties = new Dictionary<string, object>
        {
            [Props.Status] = "doing",
            [Props.Estimate] = "3.5",
            [Props.Due] = "{\"from\":1767225600000}",
            [Props.Owner] = Owner.Id,
            [Props.Tags] = new[] { "bug", "ux" },
            [Props.Done] = "true",
            [Props.Link] = "https://example.com/spec",
            [Props.Email] = "ada@example.com",
        };

        var created = await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title = "Every type", icon = "🚀", contentOrder = Array.Empty<string>(), properties });
        var cardId = created.GetProperty("id").GetString()!;
        var read = await CallAsync(Owner.Client, HttpMethod.Get, $"/cards/{cardId}");

        Assert.That(cardId, Has.Length.EqualTo(27).And.StartsWith("c"));
        Assert.That(read.GetProperty("boardId").GetString(), Is.EqualTo(boardId));
        Assert.That(read.GetProperty("icon").GetString(), Is.EqualTo("🚀"));
        Assert.That(read.GetProperty("properties").GetProperty(Props.Tags).EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "bug", "ux" }));
        Assert.That(read.GetProperty("properties").GetProperty(Props.Estimate).GetString(), Is.EqualTo("3.5"));
        var block = (await BlocksAsync(Owner.Client, boardId, $"?block_id={cardId}"))[0];
        Assert.That(block.GetProperty("type").GetString(), Is.EqualTo("card"));
        Assert.That(block.GetProperty("parentId").GetString(), Is.EqualTo(boardId));
        Assert.That(block.GetProperty("fields").GetProperty("properties").GetProperty(Props.Status).GetString(), Is.EqualTo("doing"));
    }

    [Test]
    public async Task CreateCard_WithPhoneTextMultiPersonAndADateRange_KeepsThem_WhileComputedPropertiesTakeNoValue()
    {
        static object Property(string id, string type) => new { id, name = id, type, options = Array.Empty<object>() };
        var board = await CallAsync(Owner.Client, HttpMethod.Post, "/boards", new
        {
            teamId = TeamId,
            type = "O",
            title = "More types",
            cardProperties = new[]
            {
                Property("phone", "phone"), Property("notes", "text"), Property("team", "multiPerson"), Property("window", "date"),
                Property("createdBy", "createdBy"), Property("updatedBy", "updatedBy"), Property("updated", "updatedTime"),
            },
        });
        var boardId = board.GetProperty("id").GetString()!;
        using var member = await TeamMemberAsync();
        const string Window = "{\"from\":1767225600000,\"to\":1767484800000}";
        var properties = new Dictionary<string, object> { ["phone"] = "+1 555 0100", ["notes"] = "Call after 5", ["team"] = new[] { Owner.Id, member.Id }, ["window"] = Window };

        var cardId = (await CallAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/cards", new { title = "Typed", contentOrder = Array.Empty<string>(), properties })).GetProperty("id").GetString()!;
        var read = (await CallAsync(Owner.Client, HttpMethod.Get, $"/cards/{cardId}")).GetProperty("properties");

        Assert.That(read.GetProperty("phone").GetString(), Is.EqualTo("+1 555 0100"));
        Assert.That(read.GetProperty("notes").GetString(), Is.EqualTo("Call after 5"));
        Assert.That(read.GetProperty("team").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { Owner.Id, member.Id }));
        Assert.That(read.GetProperty("window").GetString(), Is.EqualTo(Window));
        foreach (var (id, value) in new[] { ("createdBy", $"\"{Owner.Id}\""), ("updatedBy", $"\"{Owner.Id}\""), ("updated", "\"1767225600000\""), ("team", $"\"{Owner.Id}\"") })
        {
            var body = $"{{\"updatedProperties\":{{\"{id}\":{value}}}}}";
            Assert.That(await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/cards/{cardId}", body, HttpStatusCode.BadRequest), Does.StartWith("invalid card property"), id);
        }

        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/cards/{cardId}")).GetProperty("properties").ToString(), Is.EqualTo(read.ToString()));
    }

    [TestCase(Props.Status, "\"done\"", "option ids")]
    [TestCase(Props.Estimate, "\"three\"", "must be a number")]
    [TestCase(Props.Estimate, "3", "must be a string")]
    [TestCase(Props.Due, "\"tomorrow\"", "JSON text")]
    [TestCase(Props.Owner, "\"bob\"", "user id")]
    [TestCase(Props.Tags, "\"bug\"", "array of the property's option ids")]
    [TestCase(Props.Tags, "[\"bug\",\"feature\"]", "array of the property's option ids")]
    [TestCase(Props.Done, "\"yes\"", "\"true\" or empty")]
    [TestCase(Props.Email, "\"not-an-address\"", "email address")]
    [TestCase(Props.Created, "\"1767225600000\"", "computed")]
    [TestCase("missing", "\"x\"", "has no property")]
    public async Task CreateCard_WithAValueItsPropertyRefuses_Answers400AndStoresNothing(string propertyId, string json, string expected)
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var body = $"{{\"title\":\"Bad\",\"contentOrder\":[],\"properties\":{{\"{propertyId}\":{json}}}}}";

        var error = await ErrorAsync(Owner.Client, HttpMethod.Post, $"/boards/{boardId}/cards", body, HttpStatusCode.BadRequest);

        Assert.That(error, Does.Contain(expected));
        Assert.That((await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/cards")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task PatchCard_MergesProperties_AndRefusesABadOneChangingNothing()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        var cardId = (await CreateCardAsync(Owner.Client, boardId, "Patch me", new Dictionary<string, object> { [Props.Status] = "todo", [Props.Estimate] = "1" })).GetProperty("id").GetString();

        var patched = await CallAsync(Owner.Client, HttpMethod.Patch, $"/cards/{cardId}", new { title = "Patched", updatedProperties = new Dictionary<string, object> { [Props.Status] = "doing" } });
        await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/cards/{cardId}", new { title = "Broken", updatedProperties = new Dictionary<string, object> { [Props.Estimate] = "many" } }, HttpStatusCode.BadRequest);
        await ErrorAsync(Owner.Client, HttpMethod.Patch, $"/cards/{cardId}", new { icon = "🚀🚀" }, HttpStatusCode.BadRequest);

        Assert.That(patched.GetProperty("properties").GetProperty(Props.Status).GetString(), Is.EqualTo("doing"));
        var read = await CallAsync(Owner.Client, HttpMethod.Get, $"/cards/{cardId}");
        Assert.That(read.GetProperty("title").GetString(), Is.EqualTo("Patched"));
        Assert.That(read.GetProperty("properties").GetProperty(Props.Estimate).GetString(), Is.EqualTo("1"));
    }

    [Test]
    public async Task PatchCard_ConcurrentlyThroughTwoHostsOnOneDatabase_KeepsEveryChange()
    {
        const int Patches = 24;
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        await CallAsync(Owner.Client, HttpMethod.Patch, $"/boards/{boardId}", new
        {
            updatedCardProperties = Enumerable.Range(0, Patches).Select(i => new { id = $"n{i}", name = $"N{i}", type = "number" }).ToArray(),
        });
        var cardId = (await CreateCardAsync(Owner.Client, boardId)).GetProperty("id").GetString();
        await using var second = await SuiteTestServer.StartAsync(Server.ConnectionString);
        using var viaSecond = new SuiteApi(second).WithToken(Owner.Token);

        // Even properties through this host, odd ones through the other: within a host patches take turns, across hosts they collide.
        var statuses = await Task.WhenAll(Enumerable.Range(0, Patches).Select(async i =>
        {
            using var response = await SendAsync(i % 2 == 0 ? Owner.Client : viaSecond, HttpMethod.Patch, $"/cards/{cardId}", new { updatedProperties = new Dictionary<string, object> { [$"n{i}"] = $"{i}" } });
            return response.StatusCode;
        }));

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        var properties = (await CallAsync(Owner.Client, HttpMethod.Get, $"/cards/{cardId}")).GetProperty("properties");
        Assert.That(Enumerable.Range(0, Patches).Select(i => properties.GetProperty($"n{i}").GetString()), Is.EqualTo(Enumerable.Range(0, Patches).Select(i => $"{i}")));
    }

    [Test]
    public async Task GetCards_PagesTheBoardsCardsOldestFirst()
    {
        var boardId = await BoardIdAsync(CreateBoardAsync(Owner.Client));
        foreach (var title in new[] { "one", "two", "three" })
        {
            await CreateCardAsync(Owner.Client, boardId, title);
        }

        var first = await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/cards?page=0&per_page=2");
        var second = await CallAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/cards?page=1&per_page=2");
        await ErrorAsync(Owner.Client, HttpMethod.Get, $"/boards/{boardId}/cards?per_page=lots", null, HttpStatusCode.BadRequest);

        var titles = first.EnumerateArray().Concat(second.EnumerateArray()).Select(c => c.GetProperty("title").GetString());
        Assert.That(titles, Is.EquivalentTo(new[] { "one", "two", "three" }));
        Assert.That(first.GetArrayLength(), Is.EqualTo(2));
    }
}
