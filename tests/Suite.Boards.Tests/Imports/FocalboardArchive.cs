using System.Text;

namespace Suite.Boards.Tests.Imports;

/// <summary>A version 2 archive as Focalboard's <c>ExportArchive</c> writes one: a board with two views, two cards, content of every kind, a comment, members and an image.</summary>
internal static class FocalboardArchive
{
    public const string BoardId = "bfocalboardoldid";
    public const string ImageFile = "7oldimagefile.png";
    public const string OriginalAuthor = "uoriginalauthor0000000000a";

    public static readonly byte[] Image = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 250, 251, 252];

    public static object Board() => new
    {
        type = "board",
        data = new
        {
            id = BoardId,
            teamId = "oldteamid",
            channelId = "",
            createdBy = OriginalAuthor,
            modifiedBy = OriginalAuthor,
            type = "O",
            minimumRole = "",
            title = "Launch plan",
            description = "Everything for the launch",
            icon = "🚀",
            showDescription = true,
            isTemplate = false,
            templateVersion = 0,
            properties = new { theme = "dark" },
            cardProperties = new object[]
            {
                new { id = "status", name = "Status", type = "select", options = new[] { new { id = "todo", value = "To Do", color = "propColorGray" }, new { id = "doing", value = "Doing", color = "propColorBlue" } } },
                new { id = "estimate", name = "Estimate", type = "number", options = Array.Empty<object>() },
                new { id = "tags", name = "Tags", type = "multiSelect", options = new[] { new { id = "bug", value = "Bug", color = "propColorRed" } } },
                new { id = "due", name = "Due", type = "date", options = Array.Empty<object>() },
            },
            createAt = 1690000000000,
            updateAt = 1690000500000,
            deleteAt = 0,
        },
    };

    public static object Block(string id, string parentId, string type, string title, object fields, long createAt, string createdBy = OriginalAuthor) => new
    {
        type = "block",
        data = new
        {
            id,
            parentId,
            createdBy,
            modifiedBy = createdBy,
            schema = 1,
            type,
            title,
            fields,
            createAt,
            updateAt = createAt + 1,
            deleteAt = 0,
            boardId = BoardId,
        },
    };

    public static IEnumerable<object> Blocks(string commenterId) =>
    [
        Block("vkanban", BoardId, "view", "Kanban", new
        {
            viewType = "board",
            groupById = "status",
            sortOptions = new[] { new { propertyId = "estimate", reversed = true } },
            visiblePropertyIds = new[] { "estimate", "tags" },
            visibleOptionIds = new[] { "todo", "doing" },
            hiddenOptionIds = Array.Empty<string>(),
            collapsedOptionIds = Array.Empty<string>(),
            filter = new { operation = "and", filters = new[] { new { propertyId = "tags", condition = "includes", values = new[] { "bug" } } } },
            cardOrder = new[] { "ccardone", "ccardtwo" },
            columnWidths = new Dictionary<string, int> { ["__title"] = 280 },
            columnCalculations = new Dictionary<string, string>(),
            kanbanCalculations = new Dictionary<string, object>(),
            defaultTemplateId = "ccardtwo",
        }, 1690000001000),
        Block("ccardone", BoardId, "card", "Write the press release", new
        {
            icon = "📰",
            isTemplate = false,
            properties = new Dictionary<string, object> { ["status"] = "todo", ["estimate"] = "3", ["tags"] = new[] { "bug" }, ["due"] = "{\"from\":1700000000000}" },
            contentOrder = new object[] { "atextone", new[] { "iimageone", "adividerone" }, "acheckone" },
        }, 1690000002000),
        Block("atextone", "ccardone", "text", "Draft it **first**", new { }, 1690000003000),
        Block("iimageone", "ccardone", "image", "", new { fileId = ImageFile }, 1690000004000),
        Block("adividerone", "ccardone", "divider", "", new { }, 1690000005000),
        Block("acheckone", "ccardone", "checkbox", "Send to legal", new { value = true }, 1690000006000),
        Block("acommentone", "ccardone", "comment", "Looks good to me", new { }, 1690000007000, commenterId),
        Block("ccardtwo", BoardId, "card", "Book the venue", new
        {
            icon = "",
            isTemplate = true,
            properties = new Dictionary<string, object> { ["status"] = "doing", ["gone"] = "a property the board no longer has" },
            contentOrder = Array.Empty<string>(),
        }, 1690000008000),
        Block("vtable", BoardId, "view", "Everything", new { viewType = "table", visiblePropertyIds = new[] { "status", "due" }, cardOrder = Array.Empty<string>() }, 1690000009000),
    ];

    public static object Member(string userId, bool editor) => new
    {
        type = "boardMember",
        data = new { boardId = BoardId, userId, roles = "", minimumRole = "", schemeAdmin = false, schemeEditor = editor, schemeCommenter = !editor, schemeViewer = false, synthetic = false },
    };

    public static byte[] Version(int version) => Encoding.UTF8.GetBytes($"{{\"version\":{version},\"date\":1700000000000}}");
}
