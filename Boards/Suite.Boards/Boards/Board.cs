using System.Text.Json;

namespace Suite.Boards.Boards;

/// <summary>A board, as Focalboard's API v2 shows it; stored as a Marten document in the same JSON.</summary>
public sealed class Board
{
    public const string Open = "O";
    public const string Private = "P";

    public string Id { get; set; } = "";

    public string TeamId { get; set; } = "";

    /// <summary>The linked channel; its members are editors of the board. Empty when none.</summary>
    public string ChannelId { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public string ModifiedBy { get; set; } = "";

    /// <summary><see cref="Open"/> (any team member may join) or <see cref="Private"/>.</summary>
    public string Type { get; set; } = Open;

    /// <summary>The least role every member has (<c>""</c> for none, else a <see cref="Members.BoardRoles"/> name).</summary>
    public string MinimumRole { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string Icon { get; set; } = "";

    public bool ShowDescription { get; set; }

    public bool IsTemplate { get; set; }

    public int TemplateVersion { get; set; }

    public Dictionary<string, JsonElement> Properties { get; set; } = [];

    public List<CardPropertyTemplate> CardProperties { get; set; } = [];

    public long CreateAt { get; set; }

    public long UpdateAt { get; set; }

    /// <summary>When the board was deleted; 0 while it exists. A deleted board answers 404 until it is undeleted.</summary>
    public long DeleteAt { get; set; }
}
