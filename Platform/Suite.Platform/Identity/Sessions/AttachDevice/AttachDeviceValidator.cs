using FluentValidation;
using Suite.Platform.Api;

namespace Suite.Platform.Identity.Sessions.AttachDevice;

internal sealed class AttachDeviceValidator : AbstractValidator<AttachDeviceRequest>
{
    public const int MaxLength = 512;

    public AttachDeviceValidator() =>
        RuleFor(x => x.DeviceId).Must(BeAPlatformAndToken)
            .WithAppError(ValidationRules.InvalidBodyParam, $"Invalid or missing device_id in request body: <platform>:<token>, at most {MaxLength} characters.");

    private static bool BeAPlatformAndToken(string deviceId)
    {
        var colon = deviceId.IndexOf(':', StringComparison.Ordinal);
        return deviceId.Length <= MaxLength && colon > 0 && colon < deviceId.Length - 1 && !deviceId.Any(char.IsWhiteSpace);
    }
}
