using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Serialization.TypeSystem;
using Suite.Platform.Modules;

namespace Suite.Platform.Cluster;

/// <summary>
/// Makes the process an Orleans silo beside ASP.NET Core. Membership lives in Suite's database
/// (<see cref="PostgresMembershipTable"/>), so a single node runs the same code as a cluster.
/// Silos only talk to each other: the web server is the only way in, so there is no gateway.
/// </summary>
internal static class SiloHosting
{
    public static void Add(WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        var options = builder.Configuration.GetSection("Suite:Silo").Get<SiloOptions>() ?? new SiloOptions();
        if (options.Port == 0)
        {
            options.Port = FreePort();
        }

        builder.Services.AddSingleton(options);
        KeepOrleansOnSystemClock(builder.Services);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = "suite";
            });
            silo.Configure<EndpointOptions>(endpoints =>
            {
                endpoints.AdvertisedIPAddress = IPAddress.Parse(options.AdvertisedAddress);
                endpoints.SiloPort = options.Port;
                endpoints.GatewayPort = 0;
            });
            silo.Configure<Orleans.Configuration.SiloOptions>(silo => silo.SiloName = SiloNames.ForThisProcess());
            silo.Configure<ClusterMembershipOptions>(Tune);
            silo.Services.AddSingleton<IMembershipTable, PostgresMembershipTable>();
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, ClusterAdmission>();

            // Modules load in their own load contexts, out of sight of Orleans' assembly scan:
            // each one that holds grains or messages is added by its loaded assembly.
            silo.Services.AddSerializer(serializer =>
            {
                serializer.AddAssembly(typeof(SiloHosting).Assembly);
                foreach (var module in catalog.Modules)
                {
                    serializer.AddAssembly(module.Assembly);
                }
            });
        });
        builder.Services.AddSingleton<TypeResolver>(new HostTypeResolver(catalog));
        ForeignModuleTypes.Remove(builder.Services, catalog);
    }

    /// <summary>
    /// A dead node is noticed in about a second (measured: 1.0-1.1 s from <c>kill -9</c> to the
    /// grain answering on the other node, against 5-14 s with the defaults); a node that merely
    /// stalls keeps its connections' liveness checks, which suppress suspicion of a live node.
    /// </summary>
    private static void Tune(ClusterMembershipOptions membership)
    {
        membership.ProbeTimeout = TimeSpan.FromSeconds(1);
        membership.NumMissedProbesLimit = 2;
        membership.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
        membership.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
    }

    /// <summary>
    /// Orleans asks for its clocks by area name (membership, timers, activation collection...) and
    /// falls back to the process's <see cref="TimeProvider"/>, which tests replace with a fake clock
    /// they move by hand. Membership and activation must keep real time whatever Suite's features
    /// are told, or advancing the fake clock expires live silos and a still clock stalls start-up.
    /// </summary>
    private static void KeepOrleansOnSystemClock(IServiceCollection services) =>
        services.AddKeyedSingleton(KeyedService.AnyKey, TimeProvider.System);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
