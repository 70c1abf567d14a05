using Suite.Licensing.Portal;

try
{
    var app = await PortalApplication.CreateAsync(args);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException)
{
    await Console.Error.WriteLineAsync($"The trial portal could not start: {ex.Message}");
    return 1;
}
