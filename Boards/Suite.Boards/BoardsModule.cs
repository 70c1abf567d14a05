using Microsoft.AspNetCore.Routing;
using Suite.Channels.Contracts;
using Suite.Platform.Modules;

namespace Suite.Boards;

/// <summary>Kanban boards with typed card properties, views and templates, linked to channels.</summary>
public sealed class BoardsModule : SuiteModule
{
    public override string Name => "Boards";

    public override IReadOnlyList<string> DependsOn => [ChannelsModuleName.Value];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleInfo(this);
}
