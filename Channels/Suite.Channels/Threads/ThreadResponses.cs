using Suite.Channels.Posts;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Threads;

/// <summary>Turns the store's thread rows into Mattermost's <c>ThreadResponse</c>: the root post and the participants.</summary>
internal sealed class ThreadResponses(ThreadStore store, PostStore posts, ISender sender)
{
    public async Task<IReadOnlyList<UserThread>> ToResponsesAsync(IReadOnlyList<ThreadRow> rows, bool extended, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).Distinct().ToList();
        var roots = (await posts.ByIdsAsync(ids, cancellationToken)).ToDictionary(p => p.Id);
        foreach (var id in ids.Where(id => !roots.ContainsKey(id)))
        {
            if (await posts.FindAsync(id, includeDeleted: true, cancellationToken) is { } deleted)
            {
                roots[id] = deleted;
            }
        }

        var rootsWithMetadata = (await posts.WithMetadataAsync(roots.Values.ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var participants = await store.ParticipantsAsync(ids, cancellationToken);
        var users = extended
            ? (await sender.Send(new GetUsersByIdsRequest(participants.SelectMany(g => g).Distinct().ToList()), cancellationToken)).ToDictionary(u => u.Id)
            : null;

        return rows.Select(row => new UserThread
        {
            Id = row.Id,
            ReplyCount = row.ReplyCount,
            LastReplyAt = row.LastReplyAt,
            LastViewedAt = row.LastViewedAt,
            Participants = participants[row.Id]
                .Select(id => users is not null && users.TryGetValue(id, out var user) ? (object)user : new ParticipantId(id))
                .ToList(),
            Post = rootsWithMetadata.GetValueOrDefault(row.Id),
            UnreadReplies = row.UnreadReplies,
            UnreadMentions = row.UnreadMentions,
            DeleteAt = row.DeleteAt,
            IsFollowing = row.Following,
        }).ToList();
    }

    public async Task<UserThread> ToResponseAsync(ThreadRow row, bool extended, CancellationToken cancellationToken) =>
        (await ToResponsesAsync([row], extended, cancellationToken))[0];
}
