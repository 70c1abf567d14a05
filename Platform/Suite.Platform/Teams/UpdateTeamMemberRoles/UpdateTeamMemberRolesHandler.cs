using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Suite.Platform.Api;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;

namespace Suite.Platform.Teams.UpdateTeamMemberRoles;

/// <summary>As Mattermost: the member's clients hear <c>memberrole_updated</c> with the member as a JSON string.</summary>
internal sealed class UpdateTeamMemberRolesHandler(NpgsqlDataSource db, IServiceProvider services) : IRequestHandler<UpdateTeamMemberRolesRequest, Unit>
{
    public async Task<Unit> Handle(UpdateTeamMemberRolesRequest request, CancellationToken cancellationToken)
    {
        TeamMemberResponse? member;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            member = await connection.QuerySingleOrDefaultAsync<TeamMemberResponse>(new CommandDefinition(
                $"""
                UPDATE platform.team_members m SET scheme_admin = @Admin
                 WHERE m.team_id = @TeamId AND m.user_id = @UserId AND m.delete_at = 0
                RETURNING {TeamMemberResponse.Columns}
                """,
                request,
                cancellationToken: cancellationToken));
        }

        if (member is null)
        {
            throw TeamErrors.MemberNotFound();
        }

        if (services.GetService<IRealtimePublisher>() is { } publisher)
        {
            await publisher.PublishAsync(
                "memberrole_updated",
                new Dictionary<string, object?> { ["member"] = JsonSerializer.Serialize(member, ApiJson.Options) },
                Broadcast.ToUser(member.UserId),
                cancellationToken);
        }

        return Unit.Value;
    }
}
