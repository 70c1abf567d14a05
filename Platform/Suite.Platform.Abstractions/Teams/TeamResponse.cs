using System.Text.Json.Serialization;

namespace Suite.Platform.Teams;

/// <summary>Mattermost's Team JSON; <c>email</c> and <c>invite_id</c> only for those who manage the team.</summary>
public sealed record TeamResponse
{
    /// <summary>The team's id.</summary>
    public required string Id { get; init; }

    /// <summary>When the team was made, in Unix milliseconds.</summary>
    public long CreateAt { get; init; }

    /// <summary>When the team last changed, in Unix milliseconds.</summary>
    public long UpdateAt { get; init; }

    /// <summary>When the team was deleted, in Unix milliseconds; 0 while it exists.</summary>
    public long DeleteAt { get; init; }

    /// <summary>The name people read.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The URL name (Mattermost's team domain).</summary>
    public required string Name { get; init; }

    /// <summary>The description.</summary>
    public string Description { get; init; } = "";

    /// <summary>The team's contact address; empty for those who do not manage it.</summary>
    public string Email { get; init; } = "";

    /// <summary><c>O</c> for open (anyone may join), <c>I</c> for invite only.</summary>
    public required string Type { get; init; }

    /// <summary>The company name.</summary>
    public string CompanyName { get; init; } = "";

    /// <summary>Email domains allowed to join, comma-separated; empty for any.</summary>
    public string AllowedDomains { get; init; } = "";

    /// <summary>The invite id for join links; empty for those who do not manage the team.</summary>
    public string InviteId { get; init; } = "";

    /// <summary>Whether any user may join.</summary>
    public bool AllowOpenInvite { get; init; }

    /// <summary>The permission scheme; null for the default.</summary>
    public string? SchemeId { get; init; }

    /// <summary>Whether membership follows synchronised groups; null when not set.</summary>
    public bool? GroupConstrained { get; init; }

    /// <summary>The data retention policy; null for none.</summary>
    public string? PolicyId { get; init; }

    /// <summary>When the team's icon last changed, in Unix milliseconds; left out while the team has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public long LastTeamIconUpdate { get; init; }

    /// <summary>Whether the team was archived by cloud limits (always false here).</summary>
    public bool CloudLimitsArchived { get; init; }
}
