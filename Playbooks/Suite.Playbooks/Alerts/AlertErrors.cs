using Suite.Platform.Errors;

namespace Suite.Playbooks.Alerts;

internal static class AlertErrors
{
    public static AppErrorException SourceNotFound() => new(404, "app.alert_source.not_found", "Alert source not found.");

    /// <summary>Unknown source and wrong secret look the same, so an address cannot be probed for sources.</summary>
    public static AppErrorException NoSourceAtAddress() =>
        new(404, "app.alert_source.invalid_address", "No alert source has this address; check the URL (or routing key) the source was created with.");

    public static AppErrorException InvalidPayload(string detail) => new(400, "app.alert_source.invalid_payload", "The alert payload is not valid.", detail);
}
