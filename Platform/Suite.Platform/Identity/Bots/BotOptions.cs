namespace Suite.Platform.Identity.Bots;

/// <summary>Section <c>Suite:Bots</c>.</summary>
internal sealed class BotOptions
{
    /// <summary>Mattermost's <c>EnableBotAccountCreation</c>: when false nobody, not even a system admin, creates bots.</summary>
    public bool EnableBotAccountCreation { get; set; } = true;

    /// <summary>
    /// Lets every user create bots and manage the bots they own (Mattermost grants this through the
    /// <c>create_bot</c> and <c>manage_bots</c> permissions on the user role); otherwise only system admins.
    /// </summary>
    public bool UsersMayCreateBots { get; set; }
}
