using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Users.ProfileImage;

/// <summary><c>GET /api/v4/users/{user_id}/image</c> (<see cref="DefaultOnly"/> false) or <c>.../image/default</c>: a PNG, for any signed-in user.</summary>
internal sealed record GetProfileImageRequest(string UserId, bool DefaultOnly) : IRequest<byte[]>;

/// <summary><c>POST /api/v4/users/{user_id}/image</c>, multipart <c>image</c>: the user or a system admin; <see cref="Image"/> is null when no file came.</summary>
internal sealed record SetProfileImageRequest(string UserId, byte[]? Image) : IRequest<Unit>, IUserScopedRequest;

/// <summary><c>DELETE /api/v4/users/{user_id}/image</c>: back to the generated picture; the user or a system admin.</summary>
internal sealed record DeleteProfileImageRequest(string UserId) : IRequest<Unit>, IUserScopedRequest;
