using Suite.Testing;

namespace Suite.Playbooks.Tests;

[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public Task StopPostgres() => TestPostgres.StopAsync();
}
