using System.Text.Json;

namespace Suite.Testing.Boards;

/// <summary>
/// A Trello board export in the shape Trello writes (the fields of Focalboard's <c>import/trello/trello.ts</c>,
/// with the parts the import skips, such as <c>prefs</c>, <c>limits</c>, <c>badges</c> and other actions).
/// </summary>
public static class TrelloExport
{
    public const string Board = "5f4800f49696d280d52bb2ff";
    public const string ToDo = "5f4800f49696d280d52bb300";
    public const string Doing = "5f4800f49696d280d52bb301";
    public const string OldStuff = "5f4800f49696d280d52bb302";
    public const string Bug = "5f4800f4cdabcf46c0b11a01";
    public const string Sky = "5f4800f4cdabcf46c0b11a02";
    public const string Chore = "5f4800f4cdabcf46c0b11a03";
    public const string Urgent = "5f4800f4cdabcf46c0b11a04";
    public const string Alice = "5f4800a4621dfe2935798901";
    public const string Bob = "5f4800a4621dfe2935798902";
    public const string Carol = "5f4800a4621dfe2935798903";
    public const string Dave = "5f4800a4621dfe2935798904";
    public const string ShipLogin = "5f58e6144a949f4c1879a401";
    public const string ArchivedCard = "5f58e6144a949f4c1879a402";
    public const string InOldList = "5f58e6144a949f4c1879a403";
    public const string FirstInToDo = "5f58e6144a949f4c1879a404";
    public const string Customer = "5f4802f5905b9a640c49be01";
    public const string Points = "5f4802f5905b9a640c49be02";
    public const string Launch = "5f4802f5905b9a640c49be03";
    public const string Approved = "5f4802f5905b9a640c49be04";
    public const string Priority = "5f4802f5905b9a640c49be05";
    public const string High = "5f4802f5905b9a640c49bf01";
    public const string Low = "5f4802f5905b9a640c49bf02";

    private static object Limits => new { perBoard = new { status = "ok", disableAt = 5000, warnAt = 4000 } };

    private static object Member(string id, string username, string fullName, string? email = null) => email is null
        ? new { id, username, fullName, initials = fullName[..1], avatarHash = (string?)null, avatarUrl = (string?)null, activityBlocked = false, nonPublic = new { }, nonPublicAvailable = true, idMemberReferrer = (string?)null }
        : new { id, username, fullName, initials = fullName[..1], avatarHash = (string?)null, avatarUrl = (string?)null, activityBlocked = false, nonPublic = new { }, nonPublicAvailable = true, idMemberReferrer = (string?)null, email };

    private static object Card(string id, string name, string list, double pos, bool closed = false, string desc = "", string[]? labels = null, string[]? members = null,
        string? start = null, string? due = null, bool dueComplete = false, string[]? checklists = null, object[]? attachments = null, object[]? fields = null) => new
    {
        id,
        address = (string?)null,
        badges = new { attachmentsByType = new { trello = new { board = 0, card = 0 } }, location = false, votes = 0, viewingMemberVoted = false, subscribed = false, fogbugz = "", checkItems = 0, checkItemsChecked = 0, comments = 0, attachments = 0, description = desc.Length > 0, due, dueComplete, start },
        checkItemStates = (object?)null,
        closed,
        coordinates = (object?)null,
        creationMethod = (string?)null,
        dateLastActivity = "2026-12-03T12:00:00.000Z",
        desc,
        descData = new { emoji = new { } },
        dueReminder = -1,
        idBoard = Board,
        idLabels = labels ?? [],
        idList = list,
        idMembersVoted = Array.Empty<string>(),
        idShort = 1,
        idAttachmentCover = (string?)null,
        manualCoverAttachment = false,
        name,
        pos,
        shortLink = "Ab" + id[^4..],
        isTemplate = false,
        cardRole = (string?)null,
        dueComplete,
        due,
        email = $"trello+{id}@boards.trello.com",
        idChecklists = checklists ?? [],
        idMembers = members ?? [],
        labels = Array.Empty<object>(),
        limits = new { attachments = new { perCard = Limits } },
        shortUrl = $"https://trello.com/c/Ab{id[^4..]}",
        start,
        subscribed = false,
        url = $"https://trello.com/c/Ab{id[^4..]}/1-{name.Replace(' ', '-').ToLowerInvariant()}",
        cover = new { idAttachment = (string?)null, color = (string?)null, idUploadedBackground = (string?)null, size = "normal", brightness = "light", idPlugin = (string?)null },
        attachments = attachments ?? [],
        pluginData = Array.Empty<object>(),
        customFieldItems = fields ?? [],
    };

    private static object Comment(string id, string memberId, object creator, string card, string text, string date) => new
    {
        id,
        idMemberCreator = memberId,
        data = new { text, textData = new { emoji = new { } }, card = new { id = card, name = "Ship login", idShort = 1, shortLink = "Ab" + card[^4..] }, board = new { id = Board, name = "Product", shortLink = "wduAiKhy" }, list = new { id = Doing, name = "Doing" } },
        appCreator = (object?)null,
        type = "commentCard",
        date,
        limits = new { reactions = new { perAction = Limits, uniquePerAction = Limits } },
        memberCreator = creator,
    };

    public static byte[] Json(string aliceUsername, string bobEmail) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        id = Board,
        name = "Product",
        desc = "Our product board",
        descData = (object?)null,
        closed = false,
        idOrganization = "5f4800f49696d280d52bb2aa",
        shortLink = "wduAiKhy",
        url = "https://trello.com/b/wduAiKhy/product",
        shortUrl = "https://trello.com/b/wduAiKhy",
        prefs = new { permissionLevel = "org", voting = "disabled", comments = "members", background = "blue", backgroundImage = (string?)null },
        labelNames = new { green = "Bug", yellow = "", orange = "", red = "", purple = "", blue = "", sky = "", lime = "", pink = "", black = "" },
        limits = new { attachments = new { perBoard = Limits, perCard = Limits }, boards = new { totalMembersPerBoard = Limits } },
        actions = new object[]
        {
            new { id = "5f60000000000000000000a1", idMemberCreator = Alice, data = new { card = new { id = ShipLogin }, old = new { pos = 1 } }, type = "updateCard", date = "2026-12-02T11:00:00.000Z" },
            Comment("5f60000000000000000000a2", Alice, Member(Alice, aliceUsername.ToUpperInvariant(), "Alice Smith"), ShipLogin, "Started on this", "2026-12-02T10:00:00.000Z"),
            Comment("5f60000000000000000000a3", Dave, Member(Dave, "davetrello", "Dave Old"), ShipLogin, "Old comment from a former member", "2026-11-30T08:00:00.000Z"),
            new { id = "5f60000000000000000000a4", idMemberCreator = Alice, data = new { card = new { id = ShipLogin }, list = new { id = Doing } }, type = "createCard", date = "2026-11-29T08:00:00.000Z" },
        },
        cards = new[]
        {
            Card(ShipLogin, "Ship login", Doing, 100, desc: "Use **OAuth** for the login", labels: [Bug, Sky], members: [Alice, Carol],
                start: "2026-12-01T09:00:00.000Z", due: "2026-12-10T17:00:00.000Z", dueComplete: true, checklists: ["5f70000000000000000000c1", "5f70000000000000000000c2"],
                attachments:
                [
                    new { bytes = 1234, date = "2026-12-02T09:30:00.000Z", edgeColor = (string?)null, idMember = Alice, isUpload = true, mimeType = "application/pdf", name = "Spec.pdf", previews = Array.Empty<object>(), url = "https://trello.com/1/cards/x/attachments/y/download/Spec.pdf", pos = 16384, id = "5f80000000000000000000d1", fileName = "Spec.pdf" },
                    new { bytes = (int?)null, date = "2026-12-02T09:40:00.000Z", edgeColor = (string?)null, idMember = Alice, isUpload = false, mimeType = (string?)null, name = "https://example.com/design", previews = Array.Empty<object>(), url = "https://example.com/design", pos = 32768, id = "5f80000000000000000000d2", fileName = (string?)null },
                ],
                fields:
                [
                    new { id = "5f90000000000000000000e1", value = new { text = "ACME" }, idCustomField = Customer, idModel = ShipLogin, modelType = "card" },
                    new { id = "5f90000000000000000000e2", value = new { number = "5" }, idCustomField = Points, idModel = ShipLogin, modelType = "card" },
                    new { id = "5f90000000000000000000e3", value = new { date = "2027-01-15T00:00:00.000Z" }, idCustomField = Launch, idModel = ShipLogin, modelType = "card" },
                    new { id = "5f90000000000000000000e4", value = new { @checked = "true" }, idCustomField = Approved, idModel = ShipLogin, modelType = "card" },
                    (object)new { id = "5f90000000000000000000e5", idValue = High, idCustomField = Priority, idModel = ShipLogin, modelType = "card" },
                ]),
            Card(ArchivedCard, "Archived card", ToDo, 200, closed: true, labels: [Chore]),
            Card(InOldList, "In old list", OldStuff, 50, members: [Bob], labels: [Urgent]),
            Card(FirstInToDo, "First in To Do", ToDo, 50),
        },
        labels = new[]
        {
            new { id = Bug, idBoard = Board, name = "Bug", color = (string?)"green" },
            new { id = Sky, idBoard = Board, name = "", color = (string?)"sky" },
            new { id = Chore, idBoard = Board, name = "Chore", color = (string?)null },
            new { id = Urgent, idBoard = Board, name = "Urgent", color = (string?)"red_dark" },
        },
        lists = new[]
        {
            new { id = OldStuff, name = "Old stuff", closed = true, pos = 49152.0, softLimit = (int?)null, creationMethod = (string?)null, idBoard = Board, limits = new { cards = new { openPerList = Limits } }, subscribed = false },
            new { id = ToDo, name = "To Do", closed = false, pos = 16384.0, softLimit = (int?)null, creationMethod = (string?)null, idBoard = Board, limits = new { cards = new { openPerList = Limits } }, subscribed = false },
            new { id = Doing, name = "Doing", closed = false, pos = 32768.5, softLimit = (int?)null, creationMethod = (string?)null, idBoard = Board, limits = new { cards = new { openPerList = Limits } }, subscribed = false },
        },
        members = new[]
        {
            Member(Alice, aliceUsername.ToUpperInvariant(), "Alice Smith"),
            Member(Bob, "bobtrello", "Bob Brown", bobEmail.ToUpperInvariant()),
            Member(Carol, "caroltrello", "Carol Jones"),
        },
        checklists = new[]
        {
            new { id = "5f70000000000000000000c1", name = "Before release", idCard = ShipLogin, pos = 32768.0, idBoard = Board, limits = new { checkItems = new { perChecklist = Limits } },
                checkItems = new[]
                {
                    new { idChecklist = "5f70000000000000000000c1", state = "incomplete", id = "5f71000000000000000000f2", name = "Docs", nameData = (object?)null, pos = 2.0, due = (string?)null, idMember = (string?)null },
                    new { idChecklist = "5f70000000000000000000c1", state = "complete", id = "5f71000000000000000000f1", name = "Tests", nameData = (object?)null, pos = 1.0, due = (string?)null, idMember = (string?)null },
                } },
            new { id = "5f70000000000000000000c2", name = "After release", idCard = ShipLogin, pos = 16384.0, idBoard = Board, limits = new { checkItems = new { perChecklist = Limits } },
                checkItems = new[]
                {
                    new { idChecklist = "5f70000000000000000000c2", state = "incomplete", id = "5f71000000000000000000f3", name = "Announce", nameData = (object?)null, pos = 1.0, due = (string?)null, idMember = (string?)null },
                } },
        },
        customFields = new object[]
        {
            new { id = Customer, idModel = Board, modelType = "board", fieldGroup = "g1", display = new { cardFront = true }, name = "Customer", pos = 1.0, type = "text", isSuggestedField = false },
            new { id = Points, idModel = Board, modelType = "board", fieldGroup = "g2", display = new { cardFront = true }, name = "Story points", pos = 2.0, type = "number", isSuggestedField = false },
            new { id = Launch, idModel = Board, modelType = "board", fieldGroup = "g3", display = new { cardFront = true }, name = "Launch", pos = 3.0, type = "date", isSuggestedField = false },
            new { id = Approved, idModel = Board, modelType = "board", fieldGroup = "g4", display = new { cardFront = true }, name = "Approved", pos = 4.0, type = "checkbox", isSuggestedField = false },
            new { id = Priority, idModel = Board, modelType = "board", fieldGroup = "g5", display = new { cardFront = true }, name = "Priority", pos = 5.0, type = "list", isSuggestedField = false,
                options = new[]
                {
                    new { id = Low, idCustomField = Priority, value = new { text = "Low" }, color = "blue", pos = 2.0 },
                    new { id = High, idCustomField = Priority, value = new { text = "High" }, color = "red", pos = 1.0 },
                } },
        },
        memberships = new[] { new { id = "m1", idMember = Alice, memberType = "admin", unconfirmed = false, deactivated = false } },
        pluginData = Array.Empty<object>(),
    });
}
