using Suite.Platform.Identity;

namespace Suite.Platform.Teams;

/// <summary>Mattermost's Team JSON (§2.2); <c>email</c> and <c>invite_id</c> only for those who manage the team.</summary>
internal sealed record TeamResponse
{
    public required string Id { get; init; }

    public long CreateAt { get; init; }

    public long UpdateAt { get; init; }

    public long DeleteAt { get; init; }

    public required string DisplayName { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string Email { get; init; } = "";

    public required string Type { get; init; }

    public string CompanyName { get; init; } = "";

    public string AllowedDomains { get; init; } = "";

    public string InviteId { get; init; } = "";

    public bool AllowOpenInvite { get; init; }

    public string? SchemeId { get; init; }

    public bool? GroupConstrained { get; init; }

    public string? PolicyId { get; init; }

    public bool CloudLimitsArchived { get; init; }

    public static TeamResponse For(TeamRow row, TeamRole? viewerRole, ICurrentUser viewer) =>
        From(row, TeamAccess.CanManage(viewerRole, viewer));

    public static TeamResponse From(TeamRow row, bool manager) => new()
    {
        Id = row.Id,
        CreateAt = row.CreateAt,
        UpdateAt = row.UpdateAt,
        DeleteAt = row.DeleteAt,
        DisplayName = row.DisplayName,
        Name = row.Name,
        Description = row.Description,
        Email = manager ? row.Email : "",
        Type = row.Type,
        CompanyName = row.CompanyName,
        AllowedDomains = row.AllowedDomains,
        InviteId = manager ? row.InviteId : "",
        AllowOpenInvite = row.AllowOpenInvite,
    };
}
