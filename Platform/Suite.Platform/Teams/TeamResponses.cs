using Suite.Platform.Identity;

namespace Suite.Platform.Teams;

/// <summary>Makes <see cref="TeamResponse"/>s from stored teams; <c>email</c> and <c>invite_id</c> only for those who manage the team.</summary>
internal static class TeamResponses
{
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
        LastTeamIconUpdate = row.LastTeamIconUpdate,
    };
}
