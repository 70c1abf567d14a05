using Suite.Platform.Commands;

namespace Suite.Channels.Integrations.Commands.BuiltIn;

/// <summary><c>/echo text</c>: posts the text as the user.</summary>
internal sealed class EchoCommand : ISlashCommand
{
    public string Trigger => "echo";
    public string AutocompleteDescription => "Echo back text from your account";
    public string AutocompleteHint => "\"message\" [delay in seconds]";

    public Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken) =>
        Task.FromResult(args.Text.Length == 0
            ? new SlashCommandResponse { Text = "A message must be provided with the /echo command." }
            : new SlashCommandResponse { ResponseType = SlashCommandResponse.InChannel, Text = args.Text.Trim('"') });
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
