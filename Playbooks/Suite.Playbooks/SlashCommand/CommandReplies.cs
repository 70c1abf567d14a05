using System.Globalization;
using Suite.Platform.Commands;
using Suite.Platform.Errors;

namespace Suite.Playbooks.SlashCommand;

/// <summary>What <c>/playbook</c> says to the user who typed it (Mattermost's plugin answers with ephemeral posts).</summary>
internal static class CommandReplies
{
    public const string Help =
        "###### Playbooks - Slash Command Help\n" +
        "* `/playbook run` - List the playbooks you can run.\n" +
        "* `/playbook run <playbook title or id> [run name]` - Run a playbook.\n" +
        "* `/playbook finish` - Finish the playbook run in this channel.\n" +
        "* `/playbook update <message>` - Post a status update.\n" +
        "* `/playbook check <checklist #> <item #>` - Check or uncheck a checklist item.\n" +
        "* `/playbook checkadd <checklist #> <item text>` - Add a checklist item.\n" +
        "* `/playbook checkremove <checklist #> <item #>` - Remove a checklist item.\n" +
        "* `/playbook owner [@username]` - Show or change the current owner.\n" +
        "* `/playbook add <post id or permalink> [summary]` - Add a post to the run's timeline.\n" +
        "* `/playbook info` - Show a summary of the current playbook run.\n" +
        "* `/playbook timeline` - Show the timeline for the current playbook run.\n" +
        "* `/playbook todo` - Get a list of your assigned tasks.\n" +
        "* `/playbook list` - List the runs in progress you take part in.\n" +
        "\n" +
        "Checklists and items are numbered from 0, as `/playbook info` shows them. In a channel with several runs in progress, " +
        "put the run's number (from 0, newest first) before the other arguments.";

    public const string NotInRunChannel = "This command only works when run from a playbook run channel.";

    public static SlashCommandResponse Say(string text) => new() { Text = text };

    /// <summary>Runs a sub-command's changes; a refusal or a bad argument found by the API's checks becomes a message.</summary>
    public static async Task<SlashCommandResponse> RefusedAsAsync(string forbidden, Func<Task<SlashCommandResponse>> change)
    {
        try
        {
            return await change();
        }
        catch (AppErrorException ex) when (ex.Error.StatusCode is 403 or 404)
        {
            return Say(forbidden);
        }
        catch (AppErrorException ex) when (ex.Error.StatusCode is 400 or 409)
        {
            var detail = ex.Error.DetailedError.Length > 0 ? $" ({ex.Error.DetailedError})" : "";
            return Say($"Your request could not be completed: {ex.Error.Message}{detail}");
        }
    }

    /// <summary>A duration as Mattermost's Playbooks writes one: the two largest units, for example <c>2d 3h</c>.</summary>
    public static string Duration(long fromMillis, long toMillis)
    {
        var span = TimeSpan.FromMilliseconds(Math.Max(0, toMillis - fromMillis));
        if (span < TimeSpan.FromMinutes(1))
        {
            return "< 1m";
        }

        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add($"{span.Days}d");
        }

        if (span.Hours > 0)
        {
            parts.Add($"{span.Hours}h");
        }

        if (span.Minutes > 0)
        {
            parts.Add($"{span.Minutes}m");
        }

        return string.Join(" ", parts.Take(2));
    }

    public static string Time(long millis) =>
        DateTimeOffset.FromUnixTimeMilliseconds(millis).UtcDateTime.ToString("MMM d HH:mm", CultureInfo.InvariantCulture);
}
