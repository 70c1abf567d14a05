using Suite.Testing.Licensing;

namespace Suite.Boards.Tests;

/// <summary>Removes the run's license keys once every fixture is done: several fixtures share them.</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public void RemoveKeys() => TestKeys.DeleteFiles();
}
