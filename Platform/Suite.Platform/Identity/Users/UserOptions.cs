namespace Suite.Platform.Identity.Users;

/// <summary>Section <c>Suite:Users</c>.</summary>
internal sealed class UserOptions
{
    /// <summary>Shortest accepted password; Mattermost's default is 8.</summary>
    public int PasswordMinimumLength { get; set; } = 8;

    /// <summary>
    /// PBKDF2 iterations for new password hashes; null keeps the framework's default. Each stored
    /// hash records its own count, and a login upgrades hashes made with fewer.
    /// </summary>
    public int? PasswordHashIterations { get; set; }
}
