using Microsoft.AspNetCore.Routing;
using Suite.Channels.Contracts;
using Suite.Platform.Modules;

namespace Suite.Playbooks;

/// <summary>Incident runs: run channel, checklists, status updates and a timeline.</summary>
public sealed class PlaybooksModule : SuiteModule
{
    public override string Name => "Playbooks";

    public override IReadOnlyList<string> DependsOn => [ChannelsModuleName.Value];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapModuleInfo(this);
}
