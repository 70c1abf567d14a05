using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Imports;

namespace Suite.Boards.Archives;

/// <summary>
/// New ids for what an archive brings (Focalboard's <c>GenerateBoardsAndBlocksIDs</c>): every block gets a new
/// id, and so do the references to blocks in <c>parentId</c>, <c>contentOrder</c>, <c>cardOrder</c> and
/// <c>defaultTemplateId</c>, and image and attachment files. A reference may come before the block it names
/// (a card's content order lists blocks written after it), so an id is made on first sight. Only ids are kept,
/// never blocks.
/// </summary>
internal sealed class ArchiveIds
{
    private readonly Dictionary<string, string> _blocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public string Block(string oldId, string type)
    {
        if (!_blocks.TryGetValue(oldId, out var newId))
        {
            newId = BoardIds.NewFor(type);
            _blocks[oldId] = newId;
        }

        return newId;
    }

    public string File(string oldName)
    {
        if (!_files.TryGetValue(oldName, out var newName))
        {
            newName = BoardFiles.NewFileId(oldName);
            _files[oldName] = newName;
        }

        return newName;
    }

    public string? KnownFile(string oldName) => _files.GetValueOrDefault(oldName);

    /// <summary>Rewrites the block's own id and its references in place.</summary>
    public void Remap(Block block, string boardId, string oldBoardId)
    {
        block.Id = Block(block.Id, block.Type);
        block.BoardId = boardId;
        block.ParentId = block.ParentId.Length == 0 || block.ParentId == oldBoardId ? boardId : Block(block.ParentId, "");
        RemapList(block, "contentOrder", BlockTypes.Text);
        RemapList(block, "cardOrder", BlockTypes.Card);
        if (block.Fields.TryGetValue("defaultTemplateId", out var template) && template.ValueKind == JsonValueKind.String && template.GetString()!.Length > 0)
        {
            block.Fields["defaultTemplateId"] = BoardsJson.ToElement(Block(template.GetString()!, BlockTypes.Card));
        }

        foreach (var field in (string[])["fileId", "attachmentId"])
        {
            if (block.Fields.TryGetValue(field, out var file) && file.ValueKind == JsonValueKind.String && file.GetString()!.Length > 0)
            {
                block.Fields[field] = BoardsJson.ToElement(File(file.GetString()!));
            }
        }
    }

    private void RemapList(Block block, string field, string type)
    {
        if (!block.Fields.TryGetValue(field, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var mapped = list.EnumerateArray().Select(item => item.ValueKind switch
        {
            JsonValueKind.String => BoardsJson.ToElement(Block(item.GetString()!, type)),
            JsonValueKind.Array => BoardsJson.ToElement(item.EnumerateArray().Select(inner => inner.ValueKind == JsonValueKind.String ? Block(inner.GetString()!, type) : null).ToList()),
            _ => item,
        }).ToList();
        block.Fields[field] = BoardsJson.ToElement(mapped);
    }
}
