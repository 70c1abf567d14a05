using Dapper;
using Npgsql;
using Suite.Platform.Identity;
using Suite.Platform.Identity.Users;
using Suite.Platform.Mediator;
using Suite.Platform.Storage;

namespace Suite.Platform.Teams.CreateTeam;

internal sealed class CreateTeamHandler(NpgsqlDataSource db, TimeProvider time, ICurrentUser currentUser, IPublisher publisher)
    : IRequestHandler<CreateTeamRequest, TeamResponse>
{
    public async Task<TeamResponse> Handle(CreateTeamRequest request, CancellationToken cancellationToken)
    {
        var creatorId = currentUser.RequireUserId();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var creator = await UserRow.FindAsync(connection, creatorId, cancellationToken, transaction) ?? throw UserErrors.NotFound();
        TeamRow team;
        try
        {
            team = await connection.QuerySingleAsync<TeamRow>(new CommandDefinition(
                $"""
                INSERT INTO platform.teams AS t
                       (id, name, display_name, description, email, type, company_name, allowed_domains, invite_id, allow_open_invite, create_at, update_at)
                VALUES (@Id, @Name, @DisplayName, @Description, @Email, @Type, @CompanyName, @AllowedDomains, @InviteId, @AllowOpenInvite, @Now, @Now)
                RETURNING {TeamRow.Columns}
                """,
                new
                {
                    Id = Ids.New(),
                    request.Name,
                    DisplayName = request.DisplayName.Trim(),
                    request.Description,
                    creator.Email,
                    request.Type,
                    request.CompanyName,
                    request.AllowedDomains,
                    InviteId = Ids.New(),
                    AllowOpenInvite = request.Type == TeamRow.Open,
                    Now = now,
                },
                transaction,
                cancellationToken: cancellationToken));
        }
        catch (PostgresException ex) when (ex.IsUniqueViolation("teams_name_key"))
        {
            throw TeamErrors.NameExists();
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO platform.team_members (team_id, user_id, scheme_user, scheme_admin, create_at) VALUES (@teamId, @userId, true, true, @now)",
            new { teamId = team.Id, userId = creatorId, now },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        await publisher.Publish(new TeamCreated(team.Id, creatorId), cancellationToken);
        await publisher.Publish(new TeamMemberAdded(team.Id, creatorId, creatorId), cancellationToken);
        return TeamResponses.From(team, manager: true);
    }
}
