using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.ProfileImage;

internal sealed class GetProfileImageHandler(ProfileImages images) : IRequestHandler<GetProfileImageRequest, byte[]>
{
    public async Task<byte[]> Handle(GetProfileImageRequest request, CancellationToken cancellationToken) =>
        request.DefaultOnly ? images.Default(request.UserId) : await images.ReadAsync(request.UserId, cancellationToken);
}

internal sealed class SetProfileImageHandler(ProfileImages images, UserUpdatedEvents events) : IRequestHandler<SetProfileImageRequest, Unit>
{
    public async Task<Unit> Handle(SetProfileImageRequest request, CancellationToken cancellationToken)
    {
        var image = request.Image ?? throw new AppErrorException(400, "api.user.upload_profile_user.no_file.app_error", "No file under 'image' in request.");
        await images.SaveAsync(request.UserId, image, cancellationToken);
        await events.PublishAsync(request.UserId, cancellationToken);
        return default;
    }
}

internal sealed class DeleteProfileImageHandler(ProfileImages images, UserUpdatedEvents events) : IRequestHandler<DeleteProfileImageRequest, Unit>
{
    public async Task<Unit> Handle(DeleteProfileImageRequest request, CancellationToken cancellationToken)
    {
        await images.ResetAsync(request.UserId, cancellationToken);
        await events.PublishAsync(request.UserId, cancellationToken);
        return default;
    }
}
