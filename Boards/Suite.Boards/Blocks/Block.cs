using System.Text.Json;

namespace Suite.Boards.Blocks;

/// <summary>
/// Focalboard's block: a card, a view, or a card's content (text, checkbox, comment, image, divider...),
/// as the API shows it; stored as a Marten document in the same JSON. <see cref="Fields"/> holds the
/// type's data (a card's <c>properties</c> and <c>contentOrder</c>, a view's <c>viewType</c>, <c>filter</c>, <c>sortOptions</c>...).
/// </summary>
public sealed class Block
{
    public string Id { get; set; } = "";

    /// <summary>The board for cards and views, the card for its content.</summary>
    public string ParentId { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public string ModifiedBy { get; set; } = "";

    public long Schema { get; set; } = 1;

    public string Type { get; set; } = "";

    public string Title { get; set; } = "";

    public Dictionary<string, JsonElement> Fields { get; set; } = [];

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    public long DeleteAt { get; set; }

    public string BoardId { get; set; } = "";
}
