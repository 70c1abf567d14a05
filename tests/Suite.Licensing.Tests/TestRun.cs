using Suite.Testing;

namespace Suite.Licensing.Tests;

[SetUpFixture]
public sealed class TestRun
{
    // The skeleton's session lookup needs this until the identity branch (which fixes it) is merged.
    [OneTimeSetUp]
    public void TemporaryDapperWorkaround() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;

    [OneTimeTearDown]
    public async Task StopPostgresAndRemoveKeys()
    {
        await TestPostgres.StopAsync();
        TestKeys.DeleteFiles();
    }
}
