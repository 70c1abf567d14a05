using Suite.Testing;

namespace Suite.Channels.Tests;

[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public Task StopPostgres() => TestPostgres.StopAsync();
}
