using System.Text.Json;
using System.Text.Json.Nodes;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Channels.Channels;

namespace Suite.Channels.Posts.CreatePost;

internal sealed class CreatePostHandler(ChannelAccess access, PostDrafts drafts, PostCreation creation, IUserDirectory users) : IRequestHandler<CreatePostRequest, Post>
{
    public async Task<Post> Handle(CreatePostRequest request, CancellationToken cancellationToken)
    {
        var (channel, member) = await access.MembershipAsync(request.ChannelId, cancellationToken);
        var author = await users.FindByIdsAsync([member.UserId], cancellationToken);
        var props = author is [{ IsBot: true }] ? MarkFromBot(request.Props) : request.Props;
        var draft = await drafts.PrepareAsync(
            channel, member.UserId, request.Message ?? "", request.RootId ?? "", props, request.FileIds, request.PendingPostId ?? "", request.Type ?? "",
            fromWebhook: false, cancellationToken);
        return await creation.CreateAsync(draft, cancellationToken);
    }

    // As Mattermost: every post a bot account makes carries props.from_bot = "true".
    private static JsonElement MarkFromBot(JsonElement? props)
    {
        var marked = props is { ValueKind: JsonValueKind.Object } p ? JsonNode.Parse(p.GetRawText())!.AsObject() : [];
        marked["from_bot"] = "true";
        return JsonSerializer.SerializeToElement(marked);
    }
}
