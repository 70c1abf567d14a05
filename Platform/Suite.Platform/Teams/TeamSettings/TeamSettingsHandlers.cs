using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Suite.Platform.Api;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;

namespace Suite.Platform.Teams.TeamSettings;

/// <summary>Changes one team row and tells its members (<c>update_team</c>, the team as a JSON string), as a patch does.</summary>
internal sealed class TeamRowUpdates(NpgsqlDataSource db, ICurrentUser currentUser, ITeamMembership membership, TimeProvider time, IServiceProvider services)
{
    public async Task<TeamResponse> UpdateAsync(string teamId, string setClause, object parameters, CancellationToken cancellationToken)
    {
        TeamRow? team;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            var arguments = new DynamicParameters(parameters);
            arguments.Add("teamId", teamId);
            arguments.Add("now", time.GetUtcNow().ToUnixTimeMilliseconds());
            var updated = await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE platform.teams SET {setClause}, update_at = @now WHERE id = @teamId AND delete_at = 0", arguments, cancellationToken: cancellationToken));
            team = updated == 0 ? null : await TeamRow.FindAsync(connection, teamId, cancellationToken);
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

/// <summary>As Mattermost: making a team invite-only also gives it a new invite id, so links already shared stop working.</summary>
internal sealed class UpdateTeamPrivacyHandler(TeamRowUpdates updates) : IRequestHandler<UpdateTeamPrivacyRequest, TeamResponse>
{
    public Task<TeamResponse> Handle(UpdateTeamPrivacyRequest request, CancellationToken cancellationToken) =>
        updates.UpdateAsync(
            request.TeamId,
            "type = @privacy, allow_open_invite = (@privacy = 'O'), invite_id = CASE WHEN @privacy = 'I' AND type <> 'I' THEN @inviteId ELSE invite_id END",
            new { privacy = request.Privacy, inviteId = Ids.New() },
            cancellationToken);
}

internal sealed class RegenerateInviteIdHandler(TeamRowUpdates updates) : IRequestHandler<RegenerateInviteIdRequest, TeamResponse>
{
    public Task<TeamResponse> Handle(RegenerateInviteIdRequest request, CancellationToken cancellationToken) =>
        updates.UpdateAsync(request.TeamId, "invite_id = @inviteId", new { inviteId = Ids.New() }, cancellationToken);
}
