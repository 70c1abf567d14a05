using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Teams.UpdateTeamMemberRoles;

internal static class UpdateTeamMemberRolesEndpoint
{
    private const string User = "team_user";
    private const string Admin = "team_admin";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/api/v4/teams/{team_id}/members/{user_id}/roles", async (string team_id, string user_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<TeamMemberRolesBody>("roles");
            var roles = (body.Roles ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!roles.Contains(User) || roles.Any(r => r is not (User or Admin)) || roles.Distinct().Count() != roles.Length)
            {
                throw AppErrorException.InvalidBody("roles", "Roles must be team_user, optionally with team_admin.");
            }

            await sender.Send(new UpdateTeamMemberRolesRequest(team_id, user_id, roles.Contains(Admin)), http.RequestAborted);
            return ApiResults.StatusOk();
        });
        endpoints.MapPut("/api/v4/teams/{team_id}/members/{user_id}/schemeRoles", async (string team_id, string user_id, HttpContext http, ISender sender) =>
        {
            var body = await http.ReadBodyAsync<TeamMemberSchemeRolesBody>("scheme_roles");
            if (body.SchemeGuest || !body.SchemeUser)
            {
                throw AppErrorException.InvalidBody("scheme_roles", "Suite has no guest accounts: every member is a team user.");
            }

            await sender.Send(new UpdateTeamMemberRolesRequest(team_id, user_id, body.SchemeAdmin), http.RequestAborted);
            return ApiResults.StatusOk();
        });
    }
}
