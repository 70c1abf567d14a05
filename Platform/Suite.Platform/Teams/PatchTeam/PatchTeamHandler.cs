using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;

namespace Suite.Platform.Teams.PatchTeam;

/// <summary>Writes the patch and tells the team's members (<c>update_team</c>, the team as a JSON string, as Mattermost sends it).</summary>
internal sealed class PatchTeamHandler(NpgsqlDataSource db, ICurrentUser currentUser, ITeamMembership membership, TimeProvider time, IServiceProvider services)
    : IRequestHandler<PatchTeamRequest, TeamResponse>
{
    public async Task<TeamResponse> Handle(PatchTeamRequest request, CancellationToken cancellationToken)
    {
        var patch = request.Patch;
        TeamRow? team;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE platform.teams SET
                    display_name = COALESCE(@displayName, display_name),
                    description = COALESCE(@description, description),
                    company_name = COALESCE(@companyName, company_name),
                    allowed_domains = COALESCE(@allowedDomains, allowed_domains),
                    allow_open_invite = COALESCE(@allowOpenInvite, allow_open_invite),
                    update_at = @now
                 WHERE id = @teamId AND delete_at = 0
                """,
                new
                {
                    teamId = request.TeamId,
                    displayName = patch.DisplayName?.Trim(),
                    patch.Description,
                    patch.CompanyName,
                    patch.AllowedDomains,
                    patch.AllowOpenInvite,
                    now = time.GetUtcNow().ToUnixTimeMilliseconds(),
                },
                cancellationToken: cancellationToken));
            team = updated == 0 ? null : await TeamRow.FindAsync(connection, request.TeamId, cancellationToken);
        }

        if (team is null)
        {
            throw TeamErrors.NotFound();
        }

        var role = await membership.GetRoleAsync(team.Id, currentUser.UserId, cancellationToken);
        var response = TeamResponses.For(team, role, currentUser);
        if (services.GetService<IRealtimePublisher>() is { } publisher)
        {
            await publisher.PublishAsync(
                "update_team",
                new Dictionary<string, object?> { ["team"] = JsonSerializer.Serialize(response, ApiJson.Options) },
                Broadcast.ToTeam(team.Id),
                cancellationToken);
        }

        return response;
    }
}
