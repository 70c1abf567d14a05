using System.Text.Json.Nodes;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;

namespace Suite.Platform.Configuration.GetClientConfig;

/// <summary>
/// <c>GET /api/v4/config/client?format=old</c>: the flat map of strings Mattermost's apps read
/// first. Anyone gets the limited part; signed-in users get the rest too.
/// </summary>
internal sealed record GetClientConfigRequest(string? Format) : IRequest<JsonObject>, IAnonymousRequest;

internal sealed class GetClientConfigHandler(ConfigSettings settings, ICurrentUser currentUser, IFeatureGate gate) : IRequestHandler<GetClientConfigRequest, JsonObject>
{
    public Task<JsonObject> Handle(GetClientConfigRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Format))
        {
            throw new AppErrorException(501, "api.config.client.old_format.app_error", "New format for the client configuration is not supported yet. Please specify format=old in the query string.");
        }

        if (request.Format != "old")
        {
            throw AppErrorException.InvalidUrl("format");
        }

        var signedIn = currentUser.IsAuthenticated;
        var config = new JsonObject();
        Add(config, ClientConfigFacts.Everyone);
        if (signedIn)
        {
            Add(config, ClientConfigFacts.SignedIn);
        }

        foreach (var setting in settings.All)
        {
            if (setting.Client == ClientExposure.Everyone || (signedIn && setting.Client == ClientExposure.SignedIn))
            {
                var licensed = setting.LicensedFeature is null || gate.IsEnabled(setting.LicensedFeature);
                config[setting.ClientName ?? setting.Name] = licensed ? settings.ClientText(setting) : setting.Default;
            }
        }

        return Task.FromResult(config);
    }

    private static void Add(JsonObject config, IReadOnlyDictionary<string, string> entries)
    {
        foreach (var (name, value) in entries)
        {
            config[name] = value;
        }
    }
}
