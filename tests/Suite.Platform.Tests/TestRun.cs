using Suite.Testing;

namespace Suite.Platform.Tests;

[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public Task StopPostgres() => TestPostgres.StopAsync();
}
