using Suite.Channels.Channels;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Posts.SearchPosts;

internal sealed class SearchPostsHandler(ChannelAccess access, PostSearchStore store, PostStore posts, IUserDirectory users)
    : IRequestHandler<SearchPostsRequest, PostSearchResults>
{
    public async Task<PostSearchResults> Handle(SearchPostsRequest request, CancellationToken cancellationToken)
    {
        var userId = access.UserId;
        if (request.TeamId.Length > 0)
        {
            await access.EnsureTeamMemberAsync(request.TeamId, cancellationToken);
        }

        var terms = SearchTerms.Parse(request.Terms);
        if (terms.InvalidDates.Count > 0)
        {
            throw new AppErrorException(
                400, "api.post.search_posts.invalid_date.app_error", $"Invalid date in \"{terms.InvalidDates[0]}\": dates are written YYYY-MM-DD.");
        }

        if (terms.IsEmpty)
        {
            return PostSearchResults.Empty();
        }

        var byName = await UserIdsByNameAsync(terms, cancellationToken);
        var fromUserIds = terms.FromUsers.Count == 0 ? null : terms.FromUsers.Select(byName.GetValueOrDefault).OfType<string>().ToList();
        if (fromUserIds is { Count: 0 })
        {
            return PostSearchResults.Empty();
        }

        var channelIds = await store.MemberChannelIdsAsync(
            userId,
            request.TeamId,
            request.IncludeDeletedChannels,
            SearchedChannelNames(terms.InChannels, userId, byName),
            SearchedChannelNames(terms.ExcludedChannels, userId, byName),
            cancellationToken);
        if (channelIds.Count == 0)
        {
            return PostSearchResults.Empty();
        }

        var excludedUserIds = terms.ExcludedUsers.Select(byName.GetValueOrDefault).OfType<string>().ToList();
        var phrasePairs = request.IsOrSearch ? new Dictionary<string, string[]>() : await store.PhrasePairsAsync(terms.Words, cancellationToken);
        var search = PostSearchSql.Build(terms, request.IsOrSearch, channelIds, DateRanges.From(terms, request.TimeZoneOffset), fromUserIds, excludedUserIds, phrasePairs);

        // One extra row tells whether another page follows.
        var page = await store.PageAsync(search, request.Page * request.PerPage, request.PerPage + 1, cancellationToken);
        var hasNext = page.Count > request.PerPage;
        var hits = await posts.WithMetadataAsync(hasNext ? page.Take(request.PerPage).ToList() : page, cancellationToken);

        var matches = await store.MatchedWordsAsync(search, hits.Select(p => p.Id).ToList(), cancellationToken);
        var results = new PostSearchResults { HasNext = hasNext };
        foreach (var post in hits)
        {
            results.Order.Add(post.Id);
            results.Posts[post.Id] = post;
            var matched = matches.GetValueOrDefault(post.Id) ?? [];
            matched.AddRange(MatchedHashtags(post, terms));
            results.Matches[post.Id] = matched;
        }

        return results;
    }

    /// <summary>Ids of the users named by <c>from:</c>, <c>-from:</c> and <c>in:@username</c>, by lower-case username.</summary>
    private async Task<Dictionary<string, string>> UserIdsByNameAsync(SearchTerms terms, CancellationToken cancellationToken)
    {
        var names = terms.FromUsers.Concat(terms.ExcludedUsers)
            .Concat(terms.InChannels.Concat(terms.ExcludedChannels).Where(c => c.StartsWith('@')).Select(c => c[1..]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            return [];
        }

        return (await users.FindByUsernamesAsync(names, cancellationToken)).ToDictionary(u => u.Username, u => u.Id, StringComparer.Ordinal);
    }

    /// <summary>Channel names as <c>in:</c> gives them; <c>@username</c> names the direct channel with that user.</summary>
    private static List<string> SearchedChannelNames(List<string> values, string userId, Dictionary<string, string> byName)
    {
        var names = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (!value.StartsWith('@'))
            {
                names.Add(value);
            }
            else if (byName.TryGetValue(value[1..], out var otherId))
            {
                names.Add(ChannelNames.Direct(userId, otherId));
            }
            else
            {
                // An unknown user has no direct channel: a name no channel can have keeps the filter meaningful.
                names.Add(value);
            }
        }

        return names;
    }

    private static IEnumerable<string> MatchedHashtags(Post post, SearchTerms terms) =>
        terms.Hashtags.Count == 0 || post.Hashtags.Length == 0
            ? []
            : post.Hashtags.Split(' ').Where(tag => terms.Hashtags.Contains(tag.ToLowerInvariant(), StringComparer.Ordinal));
}
