namespace Suite.Platform.Identity.Users;

internal static class UserRoute
{
    /// <summary>The user id from a URL, where <c>me</c> stands for the signed-in user (401 when nobody is).</summary>
    public static string Resolve(string userId, ICurrentUser currentUser) =>
        userId == "me" ? currentUser.RequireUserId() : userId;
}
