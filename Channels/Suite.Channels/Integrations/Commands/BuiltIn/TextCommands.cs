using Suite.Platform.Commands;

namespace Suite.Channels.Integrations.Commands.BuiltIn;

/// <summary>
/// <c>/echo "message" [delay]</c>: posts the message as the user, at once or after <c>delay</c> seconds
/// (at most <see cref="DelayedEchoes.MaxDelaySeconds"/>), parsed as Mattermost's echo command does.
/// </summary>
internal sealed class EchoCommand(DelayedEchoes delayed) : ISlashCommand
{
    public string Trigger => "echo";
    public string AutocompleteDescription => "Echo back text from your account";
    public string AutocompleteHint => "\"message\" [delay in seconds]";

    public Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken)
    {
        if (args.Text.Length == 0)
        {
            return Task.FromResult(BuiltInReplies.Say("A message must be provided with the /echo command."));
        }

        var (message, delay) = Parse(args.Text);
        if (delay > DelayedEchoes.MaxDelaySeconds)
        {
            return Task.FromResult(BuiltInReplies.Say($"Delays must be under {DelayedEchoes.MaxDelaySeconds} seconds."));
        }

        if (delay <= 0)
        {
            return Task.FromResult(new SlashCommandResponse { ResponseType = SlashCommandResponse.InChannel, Text = message, SkipSlackParsing = true });
        }

        return Task.FromResult(delayed.TrySchedule(args.ChannelId, args.UserId, args.RootId, message, TimeSpan.FromSeconds(delay))
            ? SlashCommandResponse.Done
            : BuiltInReplies.Say("High volume, cannot process request."));
    }

    /// <summary>
    /// <c>"quoted message" 5</c> or <c>message 5</c>: the message and the delay in seconds (0 when none).
    /// Only a message that starts with a quote and has a closing one is unquoted; otherwise a last word
    /// that is a number is the delay.
    /// </summary>
    public static (string Message, int Delay) Parse(string text)
    {
        var closing = text.LastIndexOf('"');
        if (text[0] == '"' && closing > 1)
        {
            return (text[1..closing], ParseDelay(text[(closing + 1)..].Trim(' ', '"')) ?? 0);
        }

        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace >= 0 && ParseDelay(text[(lastSpace + 1)..]) is { } delay)
        {
            return (text[..lastSpace], delay);
        }

        return (text, 0);
    }

    private static int? ParseDelay(string word) =>
        int.TryParse(word, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
}

/// <summary><c>/shrug [message]</c>: the message followed by ¯\_(ツ)_/¯.</summary>
internal sealed class ShrugCommand : ISlashCommand
{
    public string Trigger => "shrug";
    public string AutocompleteDescription => "Adds ¯\\_(ツ)_/¯ to your message";
    public string AutocompleteHint => "[message]";

    public Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken) =>
        Task.FromResult(new SlashCommandResponse
        {
            ResponseType = SlashCommandResponse.InChannel,
            Text = args.Text.Length == 0 ? "¯\\\\\\_(ツ)\\_/¯" : args.Text + " ¯\\\\\\_(ツ)\\_/¯",
        });
}

/// <summary><c>/me action</c>: a post of type <c>me</c>, shown in italics.</summary>
internal sealed class MeCommand : ISlashCommand
{
    public string Trigger => "me";
    public string AutocompleteDescription => "Do an action";
    public string AutocompleteHint => "[message]";

    public Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken) =>
        Task.FromResult(new SlashCommandResponse { ResponseType = SlashCommandResponse.InChannel, Type = "me", Text = "*" + args.Text + "*" });
}

/// <summary><c>/code text</c>: the text as a code block.</summary>
internal sealed class CodeCommand : ISlashCommand
{
    public string Trigger => "code";
    public string AutocompleteDescription => "Display text as a code block";
    public string AutocompleteHint => "[text]";

    public Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken) =>
        Task.FromResult(args.Text.Length == 0
            ? new SlashCommandResponse { Text = "A message must be provided with the /code command." }
            : new SlashCommandResponse { ResponseType = SlashCommandResponse.InChannel, Text = "    " + args.Text.Replace("\n", "\n    ", StringComparison.Ordinal) });
}
