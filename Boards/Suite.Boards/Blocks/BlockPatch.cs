using System.Text.Json;

namespace Suite.Boards.Blocks;

/// <summary>Focalboard's <c>BlockPatch</c>: only the fields given change; <see cref="UpdatedFields"/> replace whole top-level fields.</summary>
public sealed class BlockPatch
{
    public string? ParentId { get; set; }

    public long? Schema { get; set; }

    public string? Type { get; set; }

    public string? Title { get; set; }

    public Dictionary<string, JsonElement>? UpdatedFields { get; set; }

    public List<string>? DeletedFields { get; set; }

    public void ApplyTo(Block block)
    {
        block.ParentId = ParentId ?? block.ParentId;
        block.Schema = Schema ?? block.Schema;
        block.Type = Type ?? block.Type;
        block.Title = Title ?? block.Title;
        foreach (var (key, value) in UpdatedFields ?? [])
        {
            block.Fields[key] = value;
        }

        foreach (var key in DeletedFields ?? [])
        {
            block.Fields.Remove(key);
        }
    }
}
