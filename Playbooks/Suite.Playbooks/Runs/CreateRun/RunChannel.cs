using System.Text;
using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Runs.CreateRun;

/// <summary>The run's channel: an existing one the caller belongs to, or a new one; its participants become members.</summary>
internal sealed class RunChannel(ISender sender, ICurrentUser user)
{
    private const int MaxDisplayName = 64;
    private const int MaxNameStem = 50;

    public async Task<string> OpenAsync(CreateRunRequest request, Playbook? playbook, PlaybookRun run, CancellationToken cancellationToken)
    {
        if (playbook is { NewChannelOnly: true } && request.ChannelId.Length > 0)
        {
            throw AppErrorException.InvalidBody("channel_id", "This playbook's runs must create a new channel (new_channel_only).");
        }

        var linked = request.ChannelId.Length > 0 ? request.ChannelId
            : playbook is { ChannelMode: ChannelModes.LinkExisting } ? playbook.ChannelId
            : "";
        var channelId = linked.Length > 0
            ? await LinkAsync(linked, request.TeamId, cancellationToken)
            : (await sender.Send(
                new CreateChannel
                {
                    TeamId = request.TeamId,
                    Name = ChannelName(run.Name, run.Id),
                    DisplayName = DisplayName(run.Name),
                    Type = request.CreatePublicRun ?? playbook?.CreatePublicPlaybookRun ?? false ? "O" : "P",
                    Purpose = Truncate(run.Summary, 250),
                    CreatorId = user.UserId,
                },
                cancellationToken)).Id;

        foreach (var participant in run.ParticipantIds)
        {
            await sender.Send(new AddChannelMember { ChannelId = channelId, UserId = participant, ActorId = user.UserId }, cancellationToken);
        }

        return channelId;
    }

    private async Task<string> LinkAsync(string channelId, string teamId, CancellationToken cancellationToken)
    {
        var channel = await sender.Send(new GetChannelInfo(channelId), cancellationToken);
        if (channel is null || channel.TeamId != teamId || channel.DeleteAt != 0
            || !await sender.Send(new IsChannelMember(channelId, user.UserId), cancellationToken))
        {
            throw AppErrorException.InvalidBody("channel_id", "The run's channel must be an active channel of its team that you belong to.");
        }

        return channelId;
    }

    /// <summary>A URL name from the run's name, with part of the run's id so two runs of the same name get two channels.</summary>
    internal static string ChannelName(string runName, string runId)
    {
        var stem = new StringBuilder();
        foreach (var c in runName.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                stem.Append(c);
            }
            else if (stem.Length > 0 && stem[^1] != '-')
            {
                stem.Append('-');
            }

            if (stem.Length >= MaxNameStem)
            {
                break;
            }
        }

        var name = stem.ToString().Trim('-');
        return $"{(name.Length == 0 ? "run" : name)}-{runId[..6]}";
    }

    private static string DisplayName(string runName) => Truncate(runName.Trim(), MaxDisplayName);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
