using System.Text.Json;

namespace Suite.Channels.Posts.Writing;

/// <summary>A <see cref="PostDraft"/> as a grain message: its JSON props as text, its sets as arrays.</summary>
[GenerateSerializer, Immutable]
internal sealed record PostWriteRequest
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string ChannelId { get; init; }
    [Id(2)] public required string UserId { get; init; }
    [Id(3)] public required string RootId { get; init; }
    [Id(4)] public required string Message { get; init; }
    [Id(5)] public required string Type { get; init; }
    [Id(6)] public required string PropsJson { get; init; }
    [Id(7)] public required string[] FileIds { get; init; }
    [Id(8)] public required string PendingPostId { get; init; }
    [Id(9)] public bool MarkAuthorRead { get; init; }
    [Id(10)] public bool FromWebhook { get; init; }
    [Id(11)] public bool SetOnline { get; init; }
    [Id(12)] public string? ImplicitMentionUserId { get; init; }
    [Id(13)] public bool RequireMembership { get; init; }
    [Id(14)] public string[]? ChannelWideAudience { get; init; }

    public static PostWriteRequest From(PostDraft draft) => new()
    {
        Id = draft.Id,
        ChannelId = draft.ChannelId,
        UserId = draft.UserId,
        RootId = draft.RootId,
        Message = draft.Message,
        Type = draft.Type,
        PropsJson = draft.Props.ValueKind == JsonValueKind.Object ? draft.Props.GetRawText() : "{}",
        FileIds = [.. draft.FileIds],
        PendingPostId = draft.PendingPostId,
        MarkAuthorRead = draft.MarkAuthorRead,
        FromWebhook = draft.FromWebhook,
        SetOnline = draft.SetOnline,
        ImplicitMentionUserId = draft.ImplicitMentionUserId,
        RequireMembership = draft.RequireMembership,
        ChannelWideAudience = draft.ChannelWideAudience?.ToArray(),
    };

    public PostDraft ToDraft() => new()
    {
        Id = Id,
        ChannelId = ChannelId,
        UserId = UserId,
        RootId = RootId,
        Message = Message,
        Type = Type,
        Props = JsonSerializer.Deserialize<JsonElement>(PropsJson),
        FileIds = FileIds,
        PendingPostId = PendingPostId,
        MarkAuthorRead = MarkAuthorRead,
        FromWebhook = FromWebhook,
        SetOnline = SetOnline,
        ImplicitMentionUserId = ImplicitMentionUserId,
        RequireMembership = RequireMembership,
        ChannelWideAudience = ChannelWideAudience?.ToHashSet(StringComparer.Ordinal),
    };
}
