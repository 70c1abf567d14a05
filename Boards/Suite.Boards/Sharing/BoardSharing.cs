using System.Text.Json.Serialization;

namespace Suite.Boards.Sharing;

/// <summary>
/// Focalboard's <c>Sharing</c> of a board (one per board, its id the board's): whether the public
/// read-only link is on, and the token the link carries.
/// </summary>
public sealed class BoardSharing
{
    /// <summary>The board's id.</summary>
    public string Id { get; set; } = "";

    public bool Enabled { get; set; }

    public string Token { get; set; } = "";

    public string ModifiedBy { get; set; } = "";

    [JsonPropertyName("update_at")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public long UpdateAt { get; set; }
}
