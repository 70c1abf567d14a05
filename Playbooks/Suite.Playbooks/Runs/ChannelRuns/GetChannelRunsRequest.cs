using Suite.Channels.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;
using Suite.Playbooks.Api;
using Suite.Playbooks.Runs.GetRuns;

namespace Suite.Playbooks.Runs.ChannelRuns;

/// <summary>
/// <c>GET /runs/channel/{channel_id}/runs</c> (every run linked to the channel the caller may see, newest
/// first) and <c>GET /runs/channel/{channel_id}</c> (<see cref="Single"/>: the one run, 404 without one,
/// 400 when several share the channel). The caller must be able to read the channel.
/// </summary>
internal sealed record GetChannelRunsRequest(string ChannelId, bool Single) : IRequest<IReadOnlyList<PlaybookRun>>;

internal sealed class GetChannelRunsHandler(ICurrentUser user, ITeamMembership teams, ISender sender) : IRequestHandler<GetChannelRunsRequest, IReadOnlyList<PlaybookRun>>
{
    public async Task<IReadOnlyList<PlaybookRun>> Handle(GetChannelRunsRequest request, CancellationToken cancellationToken)
    {
        var channel = await sender.Send(new GetChannelInfo(request.ChannelId), cancellationToken);
        if (channel is null || channel.TeamId.Length == 0 || !await CanReadAsync(channel, cancellationToken))
        {
            throw AppErrorException.NotFound("channel");
        }

        var runs = await sender.Send(
            new GetRunsRequest { TeamId = channel.TeamId, ChannelId = channel.Id, Paging = new Paging(0, request.Single ? 2 : Paging.MaxPerPage, "create_at", Descending: true) },
            cancellationToken);
        return !request.Single ? runs.Items
            : runs.Items.Count == 0 ? throw AppErrorException.NotFound("playbook run for this channel")
            : runs.Items.Count > 1 ? throw new AppErrorException(400, "app.playbook_run.multiple_runs_in_channel", "There are several runs in this channel; list them with /runs/channel/{channel_id}/runs.")
            : runs.Items;
    }

    private async Task<bool> CanReadAsync(ChannelInfo channel, CancellationToken cancellationToken) =>
        user.IsSystemAdmin
        || await sender.Send(new IsChannelMember(channel.Id, user.UserId), cancellationToken)
        || channel.Type == "O" && await teams.GetRoleAsync(channel.TeamId, user.UserId, cancellationToken) is not null;
}
