using System.Globalization;
using System.Text;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Commands;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.Playbooks.GetPlaybooks;
using Suite.Playbooks.Runs.CreateRun;
using static Suite.Playbooks.SlashCommand.CommandReplies;

namespace Suite.Playbooks.SlashCommand;

/// <summary>
/// <c>/playbook run</c>. Mattermost opens a dialog to choose the playbook and name the run; Suite has no
/// dialogs, so the playbook is named in the command, by id or by title (the longest title of the team's
/// playbooks the caller may see that the text starts with, any case; it may be quoted), and what follows
/// is the run's name (the playbook's title when nothing follows). Without arguments it lists the
/// playbooks the caller can run.
/// </summary>
internal sealed class StartRun(ISender sender)
{
    private const string Usage = "/playbook run <playbook title or id> [run name]";

    public async Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CommandWords words, CancellationToken cancellationToken)
    {
        if (args.TeamId.Length == 0)
        {
            return Say("Type `/playbook run` in a channel of a team: a run belongs to a team.");
        }

        var playbooks = (await sender.Send(new GetPlaybooksRequest(args.TeamId, new Paging(0, Paging.MaxPerPage, "title", Descending: false), "", WithArchived: false), cancellationToken)).Items;
        if (words.IsEmpty)
        {
            return Say(List(playbooks, "Playbooks you can run in this team"));
        }

        var (playbook, rest) = Choose(playbooks, words.Rest);
        if (playbook is null)
        {
            return Say(List(playbooks, $"There is no playbook \"{words.Rest}\" you can run in this team. Playbooks you can run"));
        }

        var name = rest.Length > 0 ? rest : playbook.Title;
        return await RefusedAsAsync("You do not have permission to run this playbook.", async () =>
        {
            var run = await sender.Send(new CreateRunRequest { Name = name, TeamId = args.TeamId, PlaybookId = playbook.Id }, cancellationToken);
            var channel = await sender.Send(new GetChannelInfo(run.ChannelId), cancellationToken);
            return Say($"You started the run **{run.Name}** from the playbook **{playbook.Title}**{(channel is null ? "" : $" in ~{channel.Name}")}.");
        });
    }

    private static (Playbook? Playbook, string RunName) Choose(IReadOnlyList<Playbook> playbooks, string text)
    {
        var first = text.Split([' ', '\t', '\n'], 2);
        if (Ids.IsValid(first[0]) && playbooks.FirstOrDefault(p => p.Id == first[0]) is { } byId)
        {
            return (byId, first.Length > 1 ? first[1].Trim() : "");
        }

        if (text.StartsWith('"') && text.IndexOf('"', 1) is var close and > 0)
        {
            var quoted = text[1..close];
            var match = playbooks.FirstOrDefault(p => string.Equals(p.Title, quoted, StringComparison.OrdinalIgnoreCase));
            return (match, text[(close + 1)..].Trim());
        }

        var byTitle = playbooks
            .Where(p => p.Title.Length > 0 && text.StartsWith(p.Title, StringComparison.OrdinalIgnoreCase)
                && (text.Length == p.Title.Length || char.IsWhiteSpace(text[p.Title.Length])))
            .MaxBy(p => p.Title.Length);
        return (byTitle, byTitle is null ? "" : text[byTitle.Title.Length..].Trim());
    }

    private static string List(IReadOnlyList<Playbook> playbooks, string heading)
    {
        if (playbooks.Count == 0)
        {
            return "There are no playbooks you can run in this team.";
        }

        var text = new StringBuilder($"{heading} (`{Usage}`):\n");
        foreach (var playbook in playbooks)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- **{playbook.Title}** (`{playbook.Id}`)");
        }

        return text.ToString();
    }
}
