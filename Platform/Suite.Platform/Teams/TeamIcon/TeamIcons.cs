using Npgsql;
using Suite.Platform.Errors;
using Suite.Platform.Files;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams.TeamSettings;

namespace Suite.Platform.Teams.TeamIcon;

/// <summary>
/// Teams' icons in the server's file storage (<c>teams/{id}/teamIcon.png</c>, Mattermost's path), stored as a
/// 128-pixel square PNG; <c>last_team_icon_update</c> says when one was set (0: none). Setting or removing one
/// tells the team's members (<c>update_team</c>).
/// </summary>
internal static class TeamIcons
{
    public const string ErrorPrefix = "api.team.set_team_icon";
    public const int Size = 128;

    public static string PathOf(string teamId) => $"teams/{teamId}/teamIcon.png";
}

internal sealed class GetTeamIconHandler(NpgsqlDataSource db, IFileStore files, ICurrentUser currentUser, ITeamMembership membership)
    : IRequestHandler<GetTeamIconRequest, byte[]>
{
    public async Task<byte[]> Handle(GetTeamIconRequest request, CancellationToken cancellationToken)
    {
        TeamRow? team;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            team = await TeamRow.FindAsync(connection, request.TeamId, cancellationToken);
        }

        if (team is null)
        {
            throw TeamErrors.NotFound();
        }

        TeamAccess.EnsureCanView(team, await membership.GetRoleAsync(team.Id, currentUser.UserId, cancellationToken), currentUser);
        var icon = team.LastTeamIconUpdate > 0 ? await files.ReadAsync(TeamIcons.PathOf(team.Id), cancellationToken) : null;
        return icon ?? throw new AppErrorException(404, "api.team.get_team_icon.read_file.app_error", "Unable to read the team icon file.");
    }
}

internal sealed class SetTeamIconHandler(IFileStore files, IImageCodec images, TeamRowUpdates updates, TimeProvider time) : IRequestHandler<SetTeamIconRequest, Unit>
{
    public async Task<Unit> Handle(SetTeamIconRequest request, CancellationToken cancellationToken)
    {
        var image = request.Image ?? throw new AppErrorException(400, $"{TeamIcons.ErrorPrefix}.no_file.app_error", "No file under 'image' in request.");
        var png = (images.Inspect(image) is null ? null : images.SquareAsPng(image, TeamIcons.Size))
            ?? throw new AppErrorException(400, $"{TeamIcons.ErrorPrefix}.decode.app_error", "Could not decode the team icon: the file must be a PNG, JPEG, GIF, WebP or BMP image.");
        await files.WriteAsync(TeamIcons.PathOf(request.TeamId), png, cancellationToken);
        await updates.UpdateAsync(request.TeamId, "last_team_icon_update = @at", new { at = time.GetUtcNow().ToUnixTimeMilliseconds() }, cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RemoveTeamIconHandler(IFileStore files, TeamRowUpdates updates) : IRequestHandler<RemoveTeamIconRequest, Unit>
{
    public async Task<Unit> Handle(RemoveTeamIconRequest request, CancellationToken cancellationToken)
    {
        await updates.UpdateAsync(request.TeamId, "last_team_icon_update = 0", new { }, cancellationToken);
        files.Delete(TeamIcons.PathOf(request.TeamId));
        return Unit.Value;
    }
}
