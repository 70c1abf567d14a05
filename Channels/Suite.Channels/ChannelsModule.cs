using Microsoft.AspNetCore.Routing;
using Suite.Platform.Modules;

namespace Suite.Channels;

/// <summary>Team messaging: channels, posts, threads, reactions, search, files, realtime events.</summary>
public sealed class ChannelsModule : SuiteModule
{
    public override string Name => "Channels";

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleInfo(this);
}
