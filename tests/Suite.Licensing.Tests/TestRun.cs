using Suite.Testing;

namespace Suite.Licensing.Tests;

[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public async Task StopPostgresAndRemoveKeys()
    {
        await TestPostgres.StopAsync();
        TestKeys.DeleteFiles();
    }
}
