using Suite.Platform.Mediator;

namespace Suite.Channels.Contracts;

/// <summary>
/// Runs a slash command (a built-in or one of the team's custom commands) as the signed-in user in
/// a channel they belong to, exactly as <c>POST /api/v4/commands/execute</c> does: the command's
/// reply is posted or shown as it would be there. A command that is unknown, disabled or fails
/// throws the same error the API answers.
/// </summary>
public sealed record ExecuteSlashCommand : IRequest<SlashCommandResult>
{
    /// <summary>The channel the command runs in; the caller must be a member.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The channel's team.</summary>
    public required string TeamId { get; init; }

    /// <summary>The full text, starting with <c>/</c> (for example <c>/echo hello</c>).</summary>
    public required string Command { get; init; }
}

/// <summary>What a command answered.</summary>
/// <param name="ResponseType"><c>ephemeral</c> or <c>in_channel</c>.</param>
/// <param name="Text">The reply's text; empty for none.</param>
/// <param name="TriggerId">The id the command may use to open an interactive dialog; empty for none.</param>
public sealed record SlashCommandResult(string ResponseType, string Text, string TriggerId);
