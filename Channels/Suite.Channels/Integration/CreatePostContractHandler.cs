using System.Text.Json;
using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Channels.Posts;
using Suite.Channels.Posts.CreatePost;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="CreatePost"/> for other modules: the same rules as the API, acting as the given author.</summary>
internal sealed class CreatePostContractHandler(ChannelStore store, PostDrafts drafts, PostCreation creation, IUserDirectory users) : IRequestHandler<CreatePost, PostInfo>
{
    public async Task<PostInfo> Handle(CreatePost request, CancellationToken cancellationToken)
    {
        JsonElement? props = null;
        if (request.PropsJson is { Length: > 0 } json)
        {
            try
            {
                props = JsonDocument.Parse(json).RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw AppErrorException.InvalidBody("props", ex.Message);
            }
        }

        if (!Ids.IsValid(request.ChannelId) || !Ids.IsValid(request.UserId) || !PostInputRules.ValidMessage(request.Message)
            || !(request.RootId.Length == 0 || Ids.IsValid(request.RootId)) || !PostInputRules.ValidFileIds(request.FileIds)
            || !PostInputRules.ValidProps(props) || !PostInputRules.ValidType(request.Type))
        {
            throw AppErrorException.InvalidBody("post");
        }

        var channel = await store.FindAsync(request.ChannelId, cancellationToken) ?? throw ChannelErrors.NotFound();
        var author = (await users.FindByIdsAsync([request.UserId], cancellationToken)).SingleOrDefault();
        var isBot = author is { IsBot: true };
        if (!isBot && !await store.IsMemberAsync(channel.Id, request.UserId, cancellationToken))
        {
            throw AppErrorException.Forbidden("The author must be a member of the channel.");
        }

        if (isBot)
        {
            props = PostProps.MarkFromBot(props);
        }

        var draft = await drafts.PrepareAsync(
            channel, request.UserId, request.Message, request.RootId, props, request.FileIds, "", request.Type, request.FromWebhook, cancellationToken);
        return ContractMapping.ToInfo(await creation.CreateAsync(draft, cancellationToken));
    }
}
