using System.Text.Json;
using System.Text.Json.Nodes;
using Suite.Platform.Mediator;

namespace Suite.Platform.Configuration.UpdateConfig;

/// <summary>
/// <c>PUT /api/v4/config</c> (a whole configuration: left-out settings return to their defaults) and
/// <c>PUT /api/v4/config/patch</c> (only the settings given), for system admins; answers the
/// configuration as it is afterwards. A body with any invalid value changes nothing.
/// </summary>
internal sealed record UpdateConfigRequest(JsonElement Body, bool Patch) : IRequest<JsonObject>, ISystemAdminRequest;

internal sealed class UpdateConfigHandler(ConfigSettings settings, ConfigWrites writes) : IRequestHandler<UpdateConfigRequest, JsonObject>
{
    public async Task<JsonObject> Handle(UpdateConfigRequest request, CancellationToken cancellationToken)
    {
        var changes = settings.Changes(request.Body, replace: !request.Patch);
        if (changes.Count > 0)
        {
            await writes.ApplyAsync(changes, cancellationToken);
        }

        return settings.Document();
    }
}
