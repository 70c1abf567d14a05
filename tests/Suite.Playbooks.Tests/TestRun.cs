using Suite.Testing;
using Suite.Testing.Licensing;

namespace Suite.Playbooks.Tests;

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
