using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.Views;

/// <summary>
/// Work-in-progress limits of a kanban view: <c>fields.columnWipLimits</c> maps an option id of the view's
/// group-by select property (<c>""</c> for the column of cards without a value) to the most cards the column
/// should hold, a non-negative integer. Reading a view adds <c>fields.columnsOverWipLimit</c>, the option ids of
/// the columns holding more live cards (card templates aside) than their limit; it is computed, never stored.
/// </summary>
internal static class WipLimits
{
    public const string LimitsField = "columnWipLimits";
    public const string OverField = "columnsOverWipLimit";

    /// <summary>Checks the limits of a view about to be stored (only when they changed, for a patch) and drops the computed field.</summary>
    public static void Validate(Board board, Block view, Block? before)
    {
        view.Fields.Remove(OverField);
        if (!view.Fields.TryGetValue(LimitsField, out var limits) || limits.ValueKind == JsonValueKind.Null
            || (before is not null && before.Fields.TryGetValue(LimitsField, out var old) && old.GetRawText() == limits.GetRawText()))
        {
            return;
        }

        if (limits.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("must be an object mapping option ids to limits");
        }

        var property = GroupBy(board, view);
        foreach (var limit in limits.EnumerateObject())
        {
            if (limit.Value.ValueKind != JsonValueKind.Number || !limit.Value.TryGetInt32(out var value) || value < 0)
            {
                throw Invalid($"the limit of column \"{limit.Name}\" must be a whole number from 0 to {int.MaxValue}");
            }

            if (limit.Name.Length > 0 && (property is null || property.Options.All(o => o.Id != limit.Name)))
            {
                throw Invalid(property is null
                    ? "needs the view grouped by a select property (fields.groupById)"
                    : $"\"{limit.Name}\" is not an option of the property \"{property.Name}\" the view is grouped by");
            }
        }
    }

    /// <summary>Adds <see cref="OverField"/> to the views among <paramref name="blocks"/> that have limits.</summary>
    public static async Task<IReadOnlyList<Block>> AnnotateAsync(BoardStore store, Board board, IReadOnlyList<Block> blocks, CancellationToken cancellationToken)
    {
        var views = blocks.Where(b => b.Type == BlockTypes.View && b.Fields.TryGetValue(LimitsField, out var l) && l.ValueKind == JsonValueKind.Object).ToList();
        if (views.Count == 0)
        {
            return blocks;
        }

        var cards = (await store.BlocksAsync(board.Id, "", BlockTypes.Card, cancellationToken))
            .Where(c => !(c.Fields.TryGetValue("isTemplate", out var t) && t.ValueKind == JsonValueKind.True))
            .ToList();
        foreach (var view in views)
        {
            var property = GroupBy(board, view);
            var counts = cards.GroupBy(c => property is null ? "" : SelectValue(c, property.Id)).ToDictionary(g => g.Key, g => g.Count());
            var over = view.Fields[LimitsField].EnumerateObject()
                .Where(l => l.Value.TryGetInt32(out var limit) && counts.GetValueOrDefault(l.Name) > limit && (l.Name.Length == 0 || property is not null))
                .Select(l => l.Name)
                .ToList();
            view.Fields[OverField] = BoardsJson.ToElement(over);
        }

        return blocks;
    }

    private static CardPropertyTemplate? GroupBy(Board board, Block view) =>
        view.Fields.TryGetValue("groupById", out var id) && id.ValueKind == JsonValueKind.String
            ? board.CardProperties.FirstOrDefault(p => p.Id == id.GetString() && p.Type == PropertyTypes.Select)
            : null;

    private static string SelectValue(Block card, string propertyId) =>
        card.Fields.TryGetValue("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
        && properties.TryGetProperty(propertyId, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";

    private static Platform.Errors.AppErrorException Invalid(string detail) => BoardsErrors.BadRequest($"invalid view, {LimitsField} {detail}");
}
