using Suite.Boards.Api;
using Suite.Boards.Boards;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Users.UserSettings;

/// <summary><c>GET /users/me/config</c>: the caller's Boards settings as Mattermost preferences of the category <c>focalboard</c>.</summary>
internal sealed record GetUserConfigRequest : IRequest<IReadOnlyList<UserConfigValue>>;

internal sealed class GetUserConfigHandler(BoardStore store, ICurrentUser user) : IRequestHandler<GetUserConfigRequest, IReadOnlyList<UserConfigValue>>
{
    public async Task<IReadOnlyList<UserConfigValue>> Handle(GetUserConfigRequest request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        await using var session = store.QuerySession();
        return UserConfigValue.List(await session.LoadAsync<UserConfig>(userId, cancellationToken), userId);
    }
}

/// <summary>
/// <c>PUT /users/{id}/config</c> (Focalboard's <c>UserPreferencesPatch</c>): sets <c>updatedFields</c> and removes
/// <c>deletedFields</c> of one's own settings (403 for anyone else's); answers every setting.
/// </summary>
internal sealed record UpdateUserConfigRequest(string UserId, UserConfigPatch Patch) : IRequest<IReadOnlyList<UserConfigValue>>;

internal sealed class UpdateUserConfigHandler(UserConfigs configs, ICurrentUser user) : IRequestHandler<UpdateUserConfigRequest, IReadOnlyList<UserConfigValue>>
{
    public const int MaxNameLength = 32;
    public const int MaxValueLength = 2000;

    public async Task<IReadOnlyList<UserConfigValue>> Handle(UpdateUserConfigRequest request, CancellationToken cancellationToken)
    {
        if (request.UserId != user.RequireUserId())
        {
            throw BoardsErrors.Forbidden("");
        }

        var updated = request.Patch.UpdatedFields ?? [];
        var deleted = request.Patch.DeletedFields ?? [];
        if (updated.Keys.Concat(deleted).Any(name => name is not { Length: > 0 and <= MaxNameLength }) || updated.Values.Any(v => v is null || v.Length > MaxValueLength))
        {
            throw BoardsErrors.BadRequest($"invalid settings: names of 1 to {MaxNameLength} characters, values of at most {MaxValueLength}");
        }

        var config = await configs.ChangeAsync(request.UserId, values =>
        {
            foreach (var name in deleted)
            {
                values.Remove(name);
            }

            foreach (var (name, value) in updated)
            {
                values[name] = value;
            }
        }, cancellationToken);
        return UserConfigValue.List(config, request.UserId);
    }
}
