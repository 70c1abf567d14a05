using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;

namespace Suite.Boards.Cards;

/// <summary>Focalboard's <c>/cards</c> view of a card block: its fields flattened (<c>server/model/card.go</c>).</summary>
public sealed class Card
{
    public string Id { get; set; } = "";

    public string BoardId { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public string ModifiedBy { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Content block ids in display order; an entry may be an array of ids shown side by side.</summary>
    public List<JsonElement> ContentOrder { get; set; } = [];

    public string Icon { get; set; } = "";

    public bool IsTemplate { get; set; }

    public Dictionary<string, JsonElement> Properties { get; set; } = [];

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    public long DeleteAt { get; set; }

    public static Card From(Block block) => new()
    {
        Id = block.Id,
        BoardId = block.BoardId,
        CreatedBy = block.CreatedBy,
        ModifiedBy = block.ModifiedBy,
        Title = block.Title,
        ContentOrder = Field(block, "contentOrder", JsonValueKind.Array, e => e.EnumerateArray().ToList(), []),
        Icon = Field(block, "icon", JsonValueKind.String, e => e.GetString()!, ""),
        IsTemplate = block.Fields.TryGetValue("isTemplate", out var template) && template.ValueKind == JsonValueKind.True,
        Properties = Field(block, "properties", JsonValueKind.Object, e => e.Deserialize<Dictionary<string, JsonElement>>(BoardsJson.Options)!, []),
        CreateAt = block.CreateAt,
        UpdateAt = block.UpdateAt,
        DeleteAt = block.DeleteAt,
    };

    /// <summary>The card block this card is (Focalboard's <c>Card2Block</c>): parent and board are the card's board.</summary>
    public Block ToBlock() => new()
    {
        Id = Id,
        ParentId = BoardId,
        BoardId = BoardId,
        Schema = 1,
        Type = BlockTypes.Card,
        Title = Title,
        Fields = new Dictionary<string, JsonElement>
        {
            ["contentOrder"] = BoardsJson.ToElement(ContentOrder),
            ["icon"] = BoardsJson.ToElement(Icon),
            ["isTemplate"] = BoardsJson.ToElement(IsTemplate),
            ["properties"] = BoardsJson.ToElement(Properties),
        },
    };

    private static T Field<T>(Block block, string name, JsonValueKind kind, Func<JsonElement, T> read, T fallback) =>
        block.Fields.TryGetValue(name, out var value) && value.ValueKind == kind ? read(value) : fallback;
}

/// <summary>Focalboard's <c>CardPatch</c>: <see cref="UpdatedProperties"/> merge into the card's properties.</summary>
public sealed class CardPatch
{
    public string? Title { get; set; }

    public List<JsonElement>? ContentOrder { get; set; }

    public string? Icon { get; set; }

    public Dictionary<string, JsonElement>? UpdatedProperties { get; set; }
}
