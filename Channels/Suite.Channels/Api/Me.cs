using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;

namespace Suite.Channels.Api;

/// <summary>Mattermost lets <c>me</c> stand for the current user wherever a user id is expected.</summary>
internal static class Me
{
    public static bool IsValidUserRef(string? userId) => userId == "me" || Ids.IsValid(userId);

    /// <summary>The user id <paramref name="userId"/> names, after requiring a signed-in user.</summary>
    public static string Resolve(ICurrentUser currentUser, string userId)
    {
        var me = currentUser.RequireUserId();
        return userId == "me" ? me : userId;
    }

    /// <summary>Only the user themselves or a system admin may act on a user's own data.</summary>
    public static string RequireSelf(ICurrentUser currentUser, string userId)
    {
        var resolved = Resolve(currentUser, userId);
        if (resolved != currentUser.UserId && !currentUser.IsSystemAdmin)
        {
            throw AppErrorException.Forbidden("Only the user themselves or a system admin may do this.");
        }

        return resolved;
    }
}
