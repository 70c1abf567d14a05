using Suite.Platform.Commands;

namespace Suite.Channels.Integrations.Commands.BuiltIn;

internal static class BuiltInReplies
{
    /// <summary>A reply only the invoker sees.</summary>
    public static SlashCommandResponse Say(string text) => new() { Text = text };

    public static string FirstWord(string text) => text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
