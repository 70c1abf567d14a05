using Suite.Platform.Mediator;

namespace Suite.Playbooks.Settings;

/// <summary>Mattermost's <c>GlobalSettings</c> of the Playbooks plugin.</summary>
internal sealed record PlaybooksSettings(bool EnableExperimentalFeatures);

/// <summary><c>GET /settings</c>: the plugin's settings its web app reads at start; Suite has no experimental features to switch on.</summary>
internal sealed record GetSettingsRequest : IRequest<PlaybooksSettings>;

internal sealed class GetSettingsHandler : IRequestHandler<GetSettingsRequest, PlaybooksSettings>
{
    public Task<PlaybooksSettings> Handle(GetSettingsRequest request, CancellationToken cancellationToken) => Task.FromResult(new PlaybooksSettings(false));
}
