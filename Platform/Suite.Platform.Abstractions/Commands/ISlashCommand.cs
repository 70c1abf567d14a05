using Microsoft.Extensions.DependencyInjection;

namespace Suite.Platform.Commands;

/// <summary>
/// A slash command a module contributes (Channels' built-ins, Playbooks' <c>/playbook</c>). Register it
/// with <see cref="SlashCommandServices.AddSlashCommand{T}"/>; <c>POST /api/v4/commands/execute</c>
/// finds it by <see cref="Trigger"/> and calls it as the signed-in user.
/// </summary>
public interface ISlashCommand
{
    /// <summary>The trigger word, lower-case, without the leading <c>/</c>.</summary>
    string Trigger { get; }

    /// <summary>What the command does, as autocomplete shows it.</summary>
    string AutocompleteDescription { get; }

    /// <summary>The arguments it takes, as autocomplete shows them (for example <c>[message]</c>).</summary>
    string AutocompleteHint { get; }

    /// <summary>Runs the command; throw an <see cref="Errors.AppErrorException"/> for a refusal the caller should see as an error.</summary>
    Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken);
}

/// <summary>Mattermost's command arguments, resolved for the command.</summary>
public sealed record SlashCommandArgs
{
    /// <summary>The invoking user.</summary>
    public required string UserId { get; init; }

    /// <summary>The channel the command was typed in.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The channel's team; empty in direct and group channels.</summary>
    public string TeamId { get; init; } = "";

    /// <summary>The thread root when typed in a thread; empty otherwise.</summary>
    public string RootId { get; init; } = "";

    /// <summary>The full text as typed, starting with <c>/</c>.</summary>
    public required string Command { get; init; }

    /// <summary>Everything after the trigger word, trimmed.</summary>
    public string Text { get; init; } = "";

    /// <summary>An id the command may use to open interactive dialogs.</summary>
    public string TriggerId { get; init; } = "";
}

/// <summary>Mattermost's <c>CommandResponse</c>.</summary>
public sealed record SlashCommandResponse
{
    /// <summary>Shown only to the invoker.</summary>
    public const string Ephemeral = "ephemeral";

    /// <summary>Posted in the channel for everyone.</summary>
    public const string InChannel = "in_channel";

    /// <summary><see cref="Ephemeral"/> (default) or <see cref="InChannel"/>.</summary>
    public string ResponseType { get; init; } = Ephemeral;

    /// <summary>Markdown text; empty for no message.</summary>
    public string Text { get; init; } = "";

    /// <summary>A URL the client navigates to; empty for none.</summary>
    public string GotoLocation { get; init; } = "";

    /// <summary>Slack attachments as a JSON array; null for none.</summary>
    public string? AttachmentsJson { get; init; }

    /// <summary>A post type for an in-channel reply (for example <c>me</c>); empty for an ordinary post.</summary>
    public string Type { get; init; } = "";

    /// <summary>When true, <see cref="Text"/> and the attachments are used as they are, without Mattermost's conversion of Slack's markup.</summary>
    public bool SkipSlackParsing { get; init; }

    /// <summary>An empty ephemeral reply: the command did its work and has nothing to say.</summary>
    public static SlashCommandResponse Done { get; } = new();
}

/// <summary>Registration of module commands.</summary>
public static class SlashCommandServices
{
    /// <summary>Adds <typeparamref name="T"/> as a slash command (a singleton).</summary>
    public static IServiceCollection AddSlashCommand<T>(this IServiceCollection services)
        where T : class, ISlashCommand => services.AddSingleton<ISlashCommand, T>();
}
