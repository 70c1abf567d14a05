using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Files;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Realtime;

namespace Suite.Platform.Teams.DeleteTeam;

/// <summary>
/// As Mattermost: archiving sets the team's <c>delete_at</c>; a permanent delete removes the team and its
/// memberships here and, through <see cref="TeamDeleted"/>, what modules keep for it. Its members hear
/// <c>delete_team</c> with the team as a JSON string.
/// </summary>
internal sealed class DeleteTeamHandler(
    NpgsqlDataSource db, ICurrentUser currentUser, TimeProvider time, IPublisher publisher, IFileStore files, IServiceProvider services)
    : IRequestHandler<DeleteTeamRequest, Unit>
{
    public async Task<Unit> Handle(DeleteTeamRequest request, CancellationToken cancellationToken)
    {
        if (request.Permanent && !currentUser.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden("Only system admins may delete a team permanently.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        TeamRow? team;
        List<string> memberIds;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            team = await connection.QuerySingleOrDefaultAsync<TeamRow>(new CommandDefinition(
                $"SELECT {TeamRow.Columns} FROM platform.teams t WHERE t.id = @TeamId AND (@Permanent OR t.delete_at = 0) FOR UPDATE",
                request,
                transaction,
                cancellationToken: cancellationToken)) ?? throw TeamErrors.NotFound();
            memberIds = (await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT user_id FROM platform.team_members WHERE team_id = @TeamId AND delete_at = 0",
                request,
                transaction,
                cancellationToken: cancellationToken))).AsList();
            var statement = request.Permanent
                ? "DELETE FROM platform.team_members WHERE team_id = @TeamId; DELETE FROM platform.teams WHERE id = @TeamId"
                : "UPDATE platform.teams SET delete_at = @now, update_at = @now WHERE id = @TeamId";
            await connection.ExecuteAsync(new CommandDefinition(statement, new { request.TeamId, now }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }

        if (request.Permanent)
        {
            files.Delete(TeamIcon.TeamIcons.PathOf(team.Id));
        }

        await publisher.Publish(new TeamDeleted(team.Id, currentUser.UserId, request.Permanent), cancellationToken);
        if (services.GetService<IRealtimePublisher>() is { } realtime && memberIds.Count > 0)
        {
            var deleted = TeamResponses.From(team with { DeleteAt = now, UpdateAt = now }, manager: false);
            await realtime.PublishAsync(
                "delete_team",
                new Dictionary<string, object?> { ["team"] = JsonSerializer.Serialize(deleted, ApiJson.Options) },
                Broadcast.ToTeam(team.Id, memberIds),
                cancellationToken);
        }

        return Unit.Value;
    }
}
