using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Api;
using Suite.Playbooks.Runs.GetRuns;

namespace Suite.Playbooks.Runs.Owners;

/// <summary>Mattermost's <c>OwnerInfo</c>.</summary>
internal sealed record OwnerInfo(string UserId, string Username, string FirstName, string LastName, string Nickname);

/// <summary><c>GET /runs/owners?team_id=</c>: the owners of the runs the caller may see, ordered by username.</summary>
internal sealed record GetOwnersRequest(string? TeamId) : IRequest<IReadOnlyList<OwnerInfo>>;

internal sealed class GetOwnersHandler(ISender sender) : IRequestHandler<GetOwnersRequest, IReadOnlyList<OwnerInfo>>
{
    public async Task<IReadOnlyList<OwnerInfo>> Handle(GetOwnersRequest request, CancellationToken cancellationToken)
    {
        var owners = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var run in VisibleRuns.AllAsync(sender, new GetRunsRequest { TeamId = request.TeamId, Paging = new Paging(0, Paging.MaxPerPage, "create_at", true) }, cancellationToken))
        {
            owners.Add(run.OwnerUserId);
        }

        if (owners.Count == 0)
        {
            return [];
        }

        var users = await sender.Send(new GetUsersByIdsRequest(owners.ToList()), cancellationToken);
        return users.Select(u => new OwnerInfo(u.Id, u.Username, u.FirstName, u.LastName, u.Nickname)).ToList();
    }
}

/// <summary><c>GET /runs/channels</c> with <c>GET /runs</c>'s filters and paging: the channel ids of that page of runs, as Mattermost.</summary>
internal sealed record GetRunChannelsRequest(GetRunsRequest Runs) : IRequest<IReadOnlyList<string>>;

internal sealed class GetRunChannelsHandler(ISender sender) : IRequestHandler<GetRunChannelsRequest, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(GetRunChannelsRequest request, CancellationToken cancellationToken) =>
        (await sender.Send(request.Runs, cancellationToken)).Items.Select(r => r.ChannelId).ToList();
}

internal static class VisibleRuns
{
    /// <summary>Every run the list request matches, page after page from its own page on.</summary>
    public static async IAsyncEnumerable<PlaybookRun> AllAsync(ISender sender, GetRunsRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = request.Paging; ; page = page with { Page = page.Page + 1 })
        {
            var result = await sender.Send(request with { Paging = page }, cancellationToken);
            foreach (var run in result.Items)
            {
                yield return run;
            }

            if (!result.HasMore)
            {
                yield break;
            }
        }
    }
}
