using System.Text.Json.Serialization;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;

namespace Suite.Boards.BoardsAndBlocks;

/// <summary>Focalboard's <c>BoardsAndBlocks</c>: boards with their blocks, created (or answered) together.</summary>
public sealed class BoardsAndBlocksBody
{
    public List<Board> Boards { get; set; } = [];

    public List<Block> Blocks { get; set; } = [];
}

/// <summary>Focalboard's <c>PatchBoardsAndBlocks</c>: patches of boards and of their blocks, applied together.</summary>
public sealed class PatchBoardsAndBlocksBody
{
    [JsonPropertyName("boardIDs")]
    public List<string> BoardIds { get; set; } = [];

    public List<BoardPatch> BoardPatches { get; set; } = [];

    [JsonPropertyName("blockIDs")]
    public List<string> BlockIds { get; set; } = [];

    public List<BlockPatch> BlockPatches { get; set; } = [];
}

/// <summary>Focalboard's <c>DeleteBoardsAndBlocks</c>: ids of boards and of their blocks, deleted together.</summary>
public sealed class DeleteBoardsAndBlocksBody
{
    public List<string> Boards { get; set; } = [];

    public List<string> Blocks { get; set; } = [];
}
