using Suite.Platform.Mediator;

namespace Suite.Platform.Presence.UpdateUserStatus;

internal sealed class UpdateUserStatusHandler(IPresence presence) : IRequestHandler<UpdateUserStatusRequest, UserStatus>
{
    public Task<UserStatus> Handle(UpdateUserStatusRequest request, CancellationToken cancellationToken) =>
        presence.SetStatusAsync(request.UserId, request.Status, request.Status == UserStatuses.DoNotDisturb ? request.DndEndTime : 0, cancellationToken);
}
