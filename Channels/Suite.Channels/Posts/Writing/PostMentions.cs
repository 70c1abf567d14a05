using Suite.Channels.Channels;

namespace Suite.Channels.Posts.Writing;

/// <summary>Mattermost's mention rules for one post; the author is never mentioned unless the post came from a webhook.</summary>
internal static class PostMentions
{
    public static IReadOnlyList<string> Of(PostDraft draft, ChannelSnapshot channel, ChannelMemberCache cache)
    {
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        if (channel.Type == ChannelTypes.Direct)
        {
            var separator = channel.Name.IndexOf("__", StringComparison.Ordinal);
            foreach (var id in separator < 0 ? [channel.Name] : new[] { channel.Name[..separator], channel.Name[(separator + 2)..] })
            {
                if ((id != draft.UserId || draft.FromWebhook) && cache.ById.ContainsKey(id))
                {
                    mentioned.Add(id);
                }
            }

            return mentioned.ToList();
        }

        var parsed = MentionParser.Parse(draft.Message, cache.IdByUsername.ContainsKey);
        foreach (var username in parsed.Usernames)
        {
            mentioned.Add(cache.IdByUsername[username]);
        }

        if (parsed.ChannelWide && draft.Type is not (PostTypes.HeaderChange or PostTypes.PurposeChange))
        {
            foreach (var member in cache.ById.Values)
            {
                if (!member.IgnoresChannelMentions && draft.ChannelWideAudience?.Contains(member.UserId) != false)
                {
                    mentioned.Add(member.UserId);
                }
            }
        }

        if (channel.Type == ChannelTypes.Group)
        {
            mentioned.UnionWith(cache.MemberIds);
        }

        if (draft.ImplicitMentionUserId is { } implicitId && cache.ById.ContainsKey(implicitId))
        {
            mentioned.Add(implicitId);
        }

        if (!draft.FromWebhook)
        {
            mentioned.Remove(draft.UserId);
        }

        return mentioned.ToList();
    }
}
