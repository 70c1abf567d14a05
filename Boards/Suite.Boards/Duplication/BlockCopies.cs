using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;

namespace Suite.Boards.Duplication;

/// <summary>
/// Gives copied blocks new ids and points every reference among them at the new ids, as Focalboard's
/// <c>GenerateBlockIDs</c>: <c>parentId</c>, <c>boardId</c> (through the map of new board ids), a
/// card's <c>contentOrder</c>, a view's <c>cardOrder</c> and <c>defaultTemplateId</c>. References to
/// blocks outside the copy are kept as they are.
/// </summary>
internal static class BlockCopies
{
    public static List<Block> WithNewIds(IEnumerable<Block> blocks, IReadOnlyDictionary<string, string> boardIds)
    {
        var copies = blocks.Select(Clone).ToList();
        var ids = copies.ToDictionary(b => b.Id, b => BoardIds.NewFor(b.Type), StringComparer.Ordinal);
        string Map(string id) => ids.TryGetValue(id, out var mapped) ? mapped : boardIds.TryGetValue(id, out var board) ? board : id;
        foreach (var block in copies)
        {
            block.Id = ids[block.Id];
            block.BoardId = Map(block.BoardId);
            block.ParentId = Map(block.ParentId);
            foreach (var field in new[] { "contentOrder", "cardOrder" })
            {
                if (block.Fields.TryGetValue(field, out var order) && order.ValueKind == JsonValueKind.Array)
                {
                    block.Fields[field] = BoardsJson.ToElement(order.EnumerateArray().Select(item => RemapOrderItem(item, Map)).ToList());
                }
            }

            if (block.Fields.TryGetValue("defaultTemplateId", out var template) && template.ValueKind == JsonValueKind.String)
            {
                block.Fields["defaultTemplateId"] = BoardsJson.ToElement(Map(template.GetString()!));
            }
        }

        return copies;
    }

    public static Block Clone(Block block) => new()
    {
        Id = block.Id,
        ParentId = block.ParentId,
        BoardId = block.BoardId,
        CreatedBy = block.CreatedBy,
        ModifiedBy = block.ModifiedBy,
        Schema = block.Schema,
        Type = block.Type,
        Title = block.Title,
        Fields = new Dictionary<string, JsonElement>(block.Fields),
        CreateAt = block.CreateAt,
        UpdateAt = block.UpdateAt,
        DeleteAt = block.DeleteAt,
    };

    private static object RemapOrderItem(JsonElement item, Func<string, string> map) => item.ValueKind switch
    {
        JsonValueKind.String => map(item.GetString()!),
        JsonValueKind.Array => item.EnumerateArray().Select(inner => inner.ValueKind == JsonValueKind.String ? map(inner.GetString()!) : (object)inner).ToList(),
        _ => item,
    };
}
