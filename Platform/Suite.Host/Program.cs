using Suite.Platform;
using Suite.Platform.Cluster;
using Suite.Platform.Modules;
using Suite.Platform.Storage.Migrations;

try
{
    var app = await SuiteApplication.CreateAsync(args);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is ModuleLoadException or MigrationException or InvalidOperationException)
{
    await Console.Error.WriteLineAsync($"Suite could not start: {ex.Message}");
    return 1;
}
catch (Exception ex) when (ClusterLicenseRequiredException.FindIn(ex) is { } refusal)
{
    await Console.Error.WriteLineAsync($"Suite could not start: {refusal.Message}");
    return 1;
}
