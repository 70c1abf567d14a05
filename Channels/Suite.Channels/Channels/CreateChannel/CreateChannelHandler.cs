using Suite.Platform.Mediator;

namespace Suite.Channels.Channels.CreateChannel;

internal sealed class CreateChannelHandler(ChannelAccess access, ChannelCreation creation) : IRequestHandler<CreateChannelRequest, Channel>
{
    public async Task<Channel> Handle(CreateChannelRequest request, CancellationToken cancellationToken)
    {
        await access.EnsureTeamMemberAsync(request.TeamId, cancellationToken);
        return await creation.CreateAsync(
                request.TeamId, request.Type, request.Name, request.DisplayName, request.Purpose ?? "", request.Header ?? "", access.UserId, cancellationToken)
            ?? throw ChannelErrors.NameTaken();
    }
}
