using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Channels.Channels;
using Suite.Channels.Posts;
using Suite.Channels.Contracts;
using Suite.Platform.Modules;

namespace Suite.Channels;

/// <summary>Team messaging: channels, posts, threads, reactions, search, files, realtime events.</summary>
public sealed class ChannelsModule : SuiteModule
{
    public override string Name => ChannelsModuleName.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ChannelStore>();
        services.AddSingleton<ChannelAccess>();
        services.AddSingleton<PostStore>();
        services.AddSingleton<PostBatchCommitter>();
        services.AddSingleton<PostWriter>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapModuleInfo(this);
    }
}
