using Suite.Testing;

namespace Suite.Web.Tests;

[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public Task StopPostgres() => TestPostgres.StopAsync();
}
