using Suite.Channels.Channels;
using Suite.Platform.Mediator;

namespace Suite.Channels.Members.UpdateMemberRoles;

internal sealed class UpdateMemberSchemeRolesHandler(ISender sender) : IRequestHandler<UpdateMemberSchemeRolesRequest, Unit>
{
    public Task<Unit> Handle(UpdateMemberSchemeRolesRequest request, CancellationToken cancellationToken) =>
        sender.Send(new UpdateMemberRolesRequest(request.ChannelId, request.UserId, request.SchemeAdmin ? MemberRoles.Admin : MemberRoles.User), cancellationToken);
}
