using Suite.Channels.Contracts;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Playbooks.Runs.Metadata;

/// <summary>Mattermost's run <c>Metadata</c>.</summary>
internal sealed record RunMetadata(string ChannelName, string ChannelDisplayName, string TeamName, long NumParticipants, long TotalPosts, IReadOnlyList<string> Followers);

/// <summary>
/// <c>GET /runs/{id}/metadata</c>: for whoever may see the run. The channel's names and post count only
/// for those who may read the channel (its members, anyone in the team for a public one), as Mattermost.
/// </summary>
internal sealed record GetRunMetadataRequest(string RunId) : IRequest<RunMetadata>;

internal sealed class GetRunMetadataHandler(RunAccess access, ITeamDirectory teams, ICurrentUser user, ISender sender) : IRequestHandler<GetRunMetadataRequest, RunMetadata>
{
    public async Task<RunMetadata> Handle(GetRunMetadataRequest request, CancellationToken cancellationToken)
    {
        var run = await access.ReadableAsync(request.RunId, cancellationToken);
        var teamName = await teams.FindNameByIdAsync(run.TeamId, cancellationToken) ?? "";
        var metadata = new RunMetadata("", "", teamName, run.ParticipantIds.Count, 0, run.FollowerIds);
        var channel = await sender.Send(new GetChannelInfo(run.ChannelId), cancellationToken);
        if (channel is null || !(user.IsSystemAdmin || channel.Type == "O" || await sender.Send(new IsChannelMember(channel.Id, user.UserId), cancellationToken)))
        {
            return metadata;
        }

        return metadata with
        {
            ChannelName = channel.Name,
            ChannelDisplayName = channel.DisplayName,
            TotalPosts = await sender.Send(new GetChannelPostCount(channel.Id), cancellationToken),
        };
    }
}
