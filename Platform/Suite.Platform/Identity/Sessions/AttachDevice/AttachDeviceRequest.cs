using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Sessions.AttachDevice;

/// <summary>
/// <c>PUT /api/v4/users/sessions/device</c>: the signed-in session's mobile device, as Mattermost's
/// <c>&lt;platform&gt;:&lt;token&gt;</c> (for example <c>android_rn:abc</c>), for push notifications.
/// </summary>
internal sealed record AttachDeviceRequest(string DeviceId) : IRequest<Unit>;
