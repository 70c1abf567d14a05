using System.Text.Json.Nodes;
using Suite.Platform.Mediator;

namespace Suite.Platform.Configuration.GetConfig;

/// <summary><c>GET /api/v4/config</c>: every declared setting with its current value, for system admins.</summary>
internal sealed record GetConfigRequest : IRequest<JsonObject>, ISystemAdminRequest;

internal sealed class GetConfigHandler(ConfigSettings settings) : IRequestHandler<GetConfigRequest, JsonObject>
{
    public Task<JsonObject> Handle(GetConfigRequest request, CancellationToken cancellationToken) => Task.FromResult(settings.Document());
}
