using System.Net;
using Suite.Testing;

namespace Suite.Boards.Tests;

public sealed class TemplateTests : BoardsFixture
{
    private static readonly string[] BuiltInTitles =
    [
        "Company Goals & OKRs", "Competitive Analysis", "Content Calendar", "Meeting Agenda", "Personal Goals", "Personal Tasks",
        "Project Tasks", "Roadmap", "Sales Pipeline CRM", "Sprint Planner", "Team Retrospective", "User Research Sessions", "Welcome to Boards!",
    ];

    [Test]
    public async Task TheGlobalTeam_ListsTheThirteenBuiltInTemplates_ToAnySignedInUser()
    {
        using var outsider = await OutsiderAsync();

        var templates = await CallAsync(outsider.Client, HttpMethod.Get, "/teams/0/templates");
        var again = await CallAsync(Owner.Client, HttpMethod.Get, "/teams/0/templates");

        Assert.That(templates.EnumerateArray().Select(t => t.GetProperty("title").GetString()), Is.EquivalentTo(BuiltInTitles));
        Assert.That(templates.EnumerateArray().All(t => t.GetProperty("isTemplate").GetBoolean() && t.GetProperty("teamId").GetString() == "0" && t.GetProperty("templateVersion").GetInt32() == 6), Is.True);
        Assert.That(Ids(again), Is.EquivalentTo(Ids(templates)), "written once");
        var project = templates.EnumerateArray().Single(t => t.GetProperty("title").GetString() == "Project Tasks");
        var status = project.GetProperty("cardProperties").EnumerateArray().First(p => p.GetProperty("name").GetString() == "Status");
        Assert.That(status.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()), Is.EqualTo(new[] { "Not Started", "In Progress", "Blocked", "Completed 🙌", "Archived" }));
    }

    [Test]
    public async Task TemplateBlocks_AreReadableByAnyone_AndTheSprintPlannerHasFourCardTemplates()
    {
        using var member = await TeamMemberAsync();
        var sprint = await TemplateAsync(member.Client, "Sprint Planner");

        var blocks = await BlocksAsync(member.Client, sprint);
        var views = blocks.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "view").Select(b => b.GetProperty("fields").GetProperty("viewType").GetString());
        var cardTemplates = blocks.EnumerateArray().Count(b => b.GetProperty("type").GetString() == "card" && b.GetProperty("fields").GetProperty("isTemplate").GetBoolean());

        Assert.That(views, Is.EquivalentTo(new[] { "table", "board", "board" }));
        Assert.That(cardTemplates, Is.EqualTo(4));
        await ErrorAsync(member.Client, HttpMethod.Patch, $"/boards/{sprint}", new { title = "Mine now" }, HttpStatusCode.Forbidden);
        await ErrorAsync(member.Client, HttpMethod.Post, $"/boards/{sprint}/cards", new { title = "Sneaky" }, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ABoardFromATemplate_IsAPrivateCopyInTheTeam_WithItsPropertiesViewsAndCards_AdministeredByItsCreator()
    {
        using var member = await TeamMemberAsync();
        var template = await TemplateAsync(member.Client, "Project Tasks");
        var templateBlocks = await BlocksAsync(member.Client, template);

        var created = await CallAsync(member.Client, HttpMethod.Post, $"/boards/{template}/duplicate?asTemplate=false&toTeam={TeamId}");

        var board = created.GetProperty("boards")[0];
        var boardId = board.GetProperty("id").GetString()!;
        Assert.That(board.GetProperty("title").GetString(), Is.EqualTo("Project Tasks"));
        Assert.That(board.GetProperty("teamId").GetString(), Is.EqualTo(TeamId));
        Assert.That(board.GetProperty("type").GetString(), Is.EqualTo("P"));
        Assert.That(board.GetProperty("isTemplate").GetBoolean(), Is.False);
        Assert.That(board.GetProperty("createdBy").GetString(), Is.EqualTo(member.Id));
        var blocks = await BlocksAsync(member.Client, boardId);
        Assert.That(blocks.GetArrayLength(), Is.EqualTo(templateBlocks.GetArrayLength()));
        Assert.That(Ids(blocks).Intersect(Ids(templateBlocks)), Is.Empty, "new ids");
        var ids = Ids(blocks).ToHashSet();
        Assert.That(blocks.EnumerateArray().All(b => b.GetProperty("boardId").GetString() == boardId && (b.GetProperty("parentId").GetString() == boardId || ids.Contains(b.GetProperty("parentId").GetString()))), Is.True);
        var orders = blocks.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "card").SelectMany(b => b.GetProperty("fields").GetProperty("contentOrder").EnumerateArray()).Select(e => e.GetString());
        Assert.That(orders, Is.Not.Empty.And.All.Matches<string>(id => ids.Contains(id)), "content order points at the copies");
        var members = await CallAsync(member.Client, HttpMethod.Get, $"/boards/{boardId}/members");
        Assert.That(members[0].GetProperty("schemeAdmin").GetBoolean(), Is.True);
    }

    [Test]
    public async Task ABoardFromATemplate_IntoATeamOneIsNotIn_IsRefused()
    {
        using var outsider = await OutsiderAsync();
        var template = await TemplateAsync(outsider.Client, "Roadmap");

        var error = await ErrorAsync(outsider.Client, HttpMethod.Post, $"/boards/{template}/duplicate?toTeam={TeamId}", null, HttpStatusCode.Forbidden);

        Assert.That(error, Is.EqualTo("access denied to team"));
    }

    [TestCase("viewer", HttpStatusCode.OK)]
    [TestCase("commenter", HttpStatusCode.OK)]
    [TestCase("editor", HttpStatusCode.OK)]
    [TestCase("", HttpStatusCode.Forbidden)]
    public async Task DuplicatingAPrivateBoard_NeedsToSeeIt_AndLeavesCommentsBehind(string role, HttpStatusCode expected)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client, type: "P", title: "Ops"));
        var cardId = (await CreateCardAsync(creator.Client, boardId, "Rotate keys")).GetProperty("id").GetString()!;
        await CallAsync(creator.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "text", cardId, "Steps"), NewBlock(boardId, "comment", cardId, "Done?") });
        using var user = await TeamMemberAsync();
        if (role.Length > 0)
        {
            await AddMemberAsync(creator.Client, boardId, user.Id, role);
        }

        using var response = await SendAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/duplicate");

        if (expected != HttpStatusCode.OK)
        {
            Assert.That(await ReadErrorAsync(response, expected), Is.EqualTo("access denied to board"));
            return;
        }

        var copy = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.That(copy.GetProperty("boards")[0].GetProperty("title").GetString(), Is.EqualTo("Ops copy"));
        Assert.That(copy.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("type").GetString()), Is.EquivalentTo(new[] { "card", "text" }));
        var copyId = copy.GetProperty("boards")[0].GetProperty("id").GetString()!;
        Assert.That((await CallAsync(user.Client, HttpMethod.Get, $"/boards/{copyId}/members"))[0].GetProperty("userId").GetString(), Is.EqualTo(user.Id));
    }

    [Test]
    public async Task ABoardSavedAsATemplate_IsListedForItsTeam()
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client, title: "Launch"));

        var template = (await CallAsync(creator.Client, HttpMethod.Post, $"/boards/{boardId}/duplicate?asTemplate=true")).GetProperty("boards")[0];
        var listed = await CallAsync(creator.Client, HttpMethod.Get, $"/teams/{TeamId}/templates");
        using var outsider = await OutsiderAsync();

        Assert.That(template.GetProperty("title").GetString(), Is.EqualTo("New board template"));
        Assert.That(template.GetProperty("isTemplate").GetBoolean(), Is.True);
        Assert.That(Ids(listed), Does.Contain(template.GetProperty("id").GetString()));
        await ErrorAsync(outsider.Client, HttpMethod.Get, $"/teams/{TeamId}/templates", null, HttpStatusCode.Forbidden);
    }

    [TestCase("viewer", false)]
    [TestCase("commenter", false)]
    [TestCase("editor", true)]
    [TestCase("admin", true)]
    public async Task ACardTemplate_IsMadeFromACardAndACardFromIt_ByEditors(string role, bool allowed)
    {
        using var creator = await TeamMemberAsync();
        var boardId = await BoardIdAsync(CreateBoardAsync(creator.Client));
        var cardId = (await CreateCardAsync(creator.Client, boardId, "Bug report", new Dictionary<string, object> { [Props.Status] = "todo" })).GetProperty("id").GetString()!;
        var text = (await CallAsync(creator.Client, HttpMethod.Post, $"/boards/{boardId}/blocks", new[] { NewBlock(boardId, "text", cardId, "Steps to reproduce") }))[0].GetProperty("id").GetString();
        await CallAsync(creator.Client, HttpMethod.Patch, $"/cards/{cardId}", new { contentOrder = new[] { text } });
        using var user = await TeamMemberAsync();
        await AddMemberAsync(creator.Client, boardId, user.Id, role);

        using var response = await SendAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/blocks/{cardId}/duplicate?asTemplate=true");

        if (!allowed)
        {
            Assert.That(await ReadErrorAsync(response, HttpStatusCode.Forbidden), Is.EqualTo("access denied to modify board cards"));
            Assert.That((await BlocksAsync(creator.Client, boardId, "?type=card")).GetArrayLength(), Is.EqualTo(1));
            return;
        }

        var template = await response.ReadJsonAsync(HttpStatusCode.OK);
        var templateCard = template[0];
        Assert.That(templateCard.GetProperty("fields").GetProperty("isTemplate").GetBoolean(), Is.True);
        Assert.That(templateCard.GetProperty("fields").GetProperty("properties").GetProperty(Props.Status).GetString(), Is.EqualTo("todo"));
        Assert.That(templateCard.GetProperty("fields").GetProperty("contentOrder")[0].GetString(), Is.EqualTo(template[1].GetProperty("id").GetString()));
        var fromTemplate = await CallAsync(user.Client, HttpMethod.Post, $"/boards/{boardId}/blocks/{templateCard.GetProperty("id").GetString()}/duplicate?asTemplate=false");
        Assert.That(fromTemplate[0].GetProperty("fields").GetProperty("isTemplate").GetBoolean(), Is.False);
        Assert.That(fromTemplate[1].GetProperty("title").GetString(), Is.EqualTo("Steps to reproduce"));
        Assert.That((await BlocksAsync(creator.Client, boardId, "?type=card")).GetArrayLength(), Is.EqualTo(3));
    }

    private static async Task<string> TemplateAsync(HttpClient client, string title) =>
        (await CallAsync(client, HttpMethod.Get, "/teams/0/templates")).EnumerateArray()
            .Single(t => t.GetProperty("title").GetString() == title).GetProperty("id").GetString()!;
}
