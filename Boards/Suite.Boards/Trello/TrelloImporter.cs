using System.Globalization;
using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Imports;
using Suite.Platform.Errors;
using Suite.Platform.Identity;

namespace Suite.Boards.Trello;

/// <summary>
/// Imports a Trello board export without the losses of Focalboard's Trello script: lists (archived ones too,
/// hidden in the board view) become the options of a "List" select; cards keep their name, description,
/// position (the views' card order), archived state, labels (a multi-select with Trello's colours), start and
/// due dates, <c>dueComplete</c>, members (Suite users of the team matched by username or email; the names of
/// the others kept in "Other members"), checklists under their names with their items' states, comments with
/// author and date, attachments as links, custom fields as properties, and a link back to the Trello card.
/// </summary>
internal sealed class TrelloImporter(IUserDirectory directory)
{
    public const string ListProperty = "trello-list";
    public const string LabelsProperty = "trello-labels";
    public const string MembersProperty = "trello-members";
    public const string OtherMembersProperty = "trello-other-members";
    public const string StartProperty = "trello-start";
    public const string DueProperty = "trello-due";
    public const string DueCompleteProperty = "trello-due-complete";
    public const string ArchivedProperty = "trello-archived";
    public const string LinkProperty = "trello-link";
    public const string CustomFieldPrefix = "trello-field-";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly string[] ListColors =
        ["propColorGray", "propColorBrown", "propColorOrange", "propColorYellow", "propColorGreen", "propColorBlue", "propColorPurple", "propColorPink", "propColorRed"];

    public async Task ImportAsync(ImportContext context, ImportUpload upload, CancellationToken cancellationToken)
    {
        context.Summary.Format = "trello";
        var trello = await ReadAsync(upload, cancellationToken);
        var comments = trello.Actions.Where(a => a.Type == TrelloAction.CommentCard && a.Data.Card is not null).OrderBy(a => a.Date, StringComparer.Ordinal).ToList();
        trello.Actions = [];
        var lists = trello.Lists!.OrderBy(l => l.Pos).ToList();
        var cards = trello.Cards!.OrderBy(c => lists.FindIndex(l => l.Id == c.IdList)).ThenBy(c => c.Pos).ToList();
        context.Progress.SetTotal(cards.Count + comments.Count);

        var people = await TrelloPeople.MatchAsync(context, directory, trello, comments, cancellationToken);
        var board = BoardOf(trello, lists, people.AnyUnmatchedOnCards(cards));
        await context.CreateBoardAsync(board, cancellationToken);
        var cardIds = cards.ToDictionary(c => c.Id, _ => BoardIds.NewFor(BlockTypes.Card), StringComparer.Ordinal);
        await WriteViewsAsync(context, board, lists, cards.Select(c => cardIds[c.Id]).ToList(), cancellationToken);

        var checklists = trello.Checklists.GroupBy(c => c.IdCard).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Pos).ToList(), StringComparer.Ordinal);
        var writer = new TrelloCardWriter(context, board, people);
        foreach (var card in cards)
        {
            await writer.WriteAsync(card, cardIds[card.Id], checklists.GetValueOrDefault(card.Id) ?? [], trello, cancellationToken);
            await context.Progress.AdvanceAsync(1, cancellationToken);
        }

        foreach (var comment in comments)
        {
            await writer.WriteCommentAsync(comment, cardIds, cancellationToken);
            await context.Progress.AdvanceAsync(1, cancellationToken);
        }

        context.Summary.Imported.Labels = trello.Labels.Count;
        context.Summary.Imported.CustomFields = trello.CustomFields.Count;
    }

    private static async Task<TrelloBoard> ReadAsync(ImportUpload upload, CancellationToken cancellationToken)
    {
        await using var file = upload.OpenRead();
        TrelloBoard? trello;
        try
        {
            trello = await JsonSerializer.DeserializeAsync<TrelloBoard>(file, Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"the file is not a valid Trello JSON export: {ex.Message}");
        }

        return trello is { Lists: not null, Cards: not null }
            ? trello
            : throw new InvalidDataException("the JSON file is not a Trello board export: it has no \"lists\" and \"cards\"");
    }

    private static Board BoardOf(TrelloBoard trello, List<TrelloList> lists, bool otherMembers)
    {
        var properties = new List<CardPropertyTemplate>
        {
            new()
            {
                Id = ListProperty,
                Name = "List",
                Type = PropertyTypes.Select,
                Options = lists.Select((l, i) => new PropertyOption { Id = l.Id, Value = l.Name, Color = ListColors[i % ListColors.Length] }).ToList(),
            },
            new()
            {
                Id = LabelsProperty,
                Name = "Labels",
                Type = PropertyTypes.MultiSelect,
                Options = trello.Labels.Select(l => new PropertyOption { Id = l.Id, Value = l.Name.Length > 0 ? l.Name : l.Color ?? "label", Color = TrelloColors.ToFocalboard(l.Color) }).ToList(),
            },
            new() { Id = MembersProperty, Name = "Members", Type = PropertyTypes.MultiPerson },
            new() { Id = StartProperty, Name = "Start date", Type = PropertyTypes.Date },
            new() { Id = DueProperty, Name = "Due date", Type = PropertyTypes.Date },
            new() { Id = DueCompleteProperty, Name = "Due complete", Type = PropertyTypes.Checkbox },
            new() { Id = ArchivedProperty, Name = "Archived", Type = PropertyTypes.Checkbox },
            new() { Id = LinkProperty, Name = "Trello card", Type = PropertyTypes.Url },
        };
        if (otherMembers)
        {
            properties.Insert(3, new CardPropertyTemplate { Id = OtherMembersProperty, Name = "Other members", Type = PropertyTypes.Text });
        }

        properties.AddRange(trello.CustomFields.OrderBy(f => f.Pos).Select(CustomFieldProperty));
        var title = string.IsNullOrWhiteSpace(trello.Name) ? "Trello board" : trello.Name;
        return new Board
        {
            Id = BoardIds.NewBoard(),
            Type = Board.Private,
            Title = title.Length > BoardRules.MaxTitleLength ? title[..BoardRules.MaxTitleLength] : title,
            Description = trello.Desc,
            ShowDescription = trello.Desc.Length > 0,
            Properties = new Dictionary<string, JsonElement>
            {
                ["importedFrom"] = BoardsJson.ToElement("trello"),
                ["trelloUrl"] = BoardsJson.ToElement(trello.Url),
            },
            CardProperties = properties,
        };
    }

    private static CardPropertyTemplate CustomFieldProperty(TrelloCustomField field) => new()
    {
        Id = CustomFieldPrefix + field.Id,
        Name = field.Name,
        Type = field.Type switch
        {
            "number" => PropertyTypes.Number,
            "date" => PropertyTypes.Date,
            "checkbox" => PropertyTypes.Checkbox,
            "list" => PropertyTypes.Select,
            _ => PropertyTypes.Text,
        },
        Options = field.Type == "list"
            ? field.Options.OrderBy(o => o.Pos).Select(o => new PropertyOption { Id = o.Id, Value = o.Value.Text ?? "", Color = TrelloColors.ToFocalboard(o.Color) }).ToList()
            : [],
    };

    private static async Task WriteViewsAsync(ImportContext context, Board board, List<TrelloList> lists, List<string> cardOrder, CancellationToken cancellationToken)
    {
        var kanban = new Dictionary<string, object>
        {
            ["viewType"] = "board",
            ["groupById"] = ListProperty,
            ["visibleOptionIds"] = lists.Where(l => !l.Closed).Select(l => l.Id).ToList(),
            ["hiddenOptionIds"] = lists.Where(l => l.Closed).Select(l => l.Id).ToList(),
            ["collapsedOptionIds"] = Array.Empty<string>(),
            ["visiblePropertyIds"] = new[] { LabelsProperty, MembersProperty, DueProperty },
            ["sortOptions"] = Array.Empty<object>(),
            ["filter"] = new { operation = "and", filters = new[] { new { propertyId = ArchivedProperty, condition = "isNotSet", values = Array.Empty<string>() } } },
            ["cardOrder"] = cardOrder,
            ["columnWidths"] = new Dictionary<string, int>(),
            ["columnCalculations"] = new Dictionary<string, string>(),
            ["kanbanCalculations"] = new Dictionary<string, object>(),
            ["defaultTemplateId"] = "",
        };
        var table = new Dictionary<string, object>(kanban)
        {
            ["viewType"] = "table",
            ["visiblePropertyIds"] = board.CardProperties.Select(p => p.Id).ToList(),
            ["filter"] = new { operation = "and", filters = Array.Empty<object>() },
        };
        table.Remove("groupById");
        foreach (var (title, fields) in (IEnumerable<(string, Dictionary<string, object>)>)[("Board View", kanban), ("All cards", table)])
        {
            var view = new Block
            {
                Id = BoardIds.NewFor(BlockTypes.View),
                BoardId = board.Id,
                ParentId = board.Id,
                Type = BlockTypes.View,
                Title = title,
                Fields = fields.ToDictionary(f => f.Key, f => BoardsJson.ToElement(f.Value)),
                CreatedBy = context.UserId,
                ModifiedBy = context.UserId,
                CreateAt = context.Now,
                UpdateAt = context.Now,
            };
            BlockRules.Validate(board, view);
            await context.Transaction.InsertAsync(view, cancellationToken);
            context.Summary.Imported.Views++;
        }
    }

    /// <summary>Trello's times: ISO 8601 text; null when missing or unreadable.</summary>
    public static long? Millis(string? text) =>
        !string.IsNullOrEmpty(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUnixTimeMilliseconds()
            : null;

    /// <summary>A Trello id is a MongoDB ObjectId: its first 8 hex digits are its creation time in seconds.</summary>
    public static long? CreatedAt(string trelloId) =>
        trelloId.Length >= 8 && long.TryParse(trelloId.AsSpan(0, 8), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var seconds)
            ? seconds * 1000
            : null;

    public static AppErrorException? Check(Action validate)
    {
        try
        {
            validate();
            return null;
        }
        catch (AppErrorException ex)
        {
            return ex;
        }
    }
}

/// <summary>Trello's label colours (and their <c>_light</c>/<c>_dark</c> shades) in Focalboard's palette.</summary>
internal static class TrelloColors
{
    public static string ToFocalboard(string? trelloColor) => (trelloColor?.Split('_')[0]) switch
    {
        "green" or "lime" => "propColorGreen",
        "yellow" => "propColorYellow",
        "orange" => "propColorOrange",
        "red" => "propColorRed",
        "purple" => "propColorPurple",
        "blue" or "sky" => "propColorBlue",
        "pink" => "propColorPink",
        "black" => "propColorGray",
        _ => PropertyTypes.DefaultColor,
    };
}
