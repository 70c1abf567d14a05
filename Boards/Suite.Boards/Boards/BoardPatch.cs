using System.Text.Json;

namespace Suite.Boards.Boards;

/// <summary>Focalboard's <c>BoardPatch</c>: only the fields given change.</summary>
public sealed class BoardPatch
{
    public string? Type { get; set; }

    public string? MinimumRole { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Icon { get; set; }

    public bool? ShowDescription { get; set; }

    public string? ChannelId { get; set; }

    public Dictionary<string, JsonElement>? UpdatedProperties { get; set; }

    public List<string>? DeletedProperties { get; set; }

    /// <summary>Card properties added (an unknown id, at the end) or replaced (a known id, in place).</summary>
    public List<CardPropertyTemplate>? UpdatedCardProperties { get; set; }

    public List<string>? DeletedCardProperties { get; set; }

    public void ApplyTo(Board board)
    {
        board.Type = Type ?? board.Type;
        board.MinimumRole = MinimumRole ?? board.MinimumRole;
        board.Title = Title ?? board.Title;
        board.Description = Description ?? board.Description;
        board.Icon = Icon ?? board.Icon;
        board.ShowDescription = ShowDescription ?? board.ShowDescription;
        board.ChannelId = ChannelId ?? board.ChannelId;
        foreach (var (key, value) in UpdatedProperties ?? [])
        {
            board.Properties[key] = value;
        }

        foreach (var key in DeletedProperties ?? [])
        {
            board.Properties.Remove(key);
        }

        var deleted = new HashSet<string>(DeletedCardProperties ?? [], StringComparer.Ordinal);
        var properties = board.CardProperties.Where(p => !deleted.Contains(p.Id)).ToList();
        foreach (var updated in UpdatedCardProperties ?? [])
        {
            var index = properties.FindIndex(p => p.Id == updated.Id);
            if (index >= 0)
            {
                properties[index] = updated;
            }
            else
            {
                properties.Add(updated);
            }
        }

        board.CardProperties = properties;
    }
}
